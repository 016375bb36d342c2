// One question of the quiz: its answers as a radio group (arrow keys move between them),
// with Back and Next; Enter on an answer continues.
import { useEffect, useRef, useState } from "preact/hooks";
import type { QuizQuestionView } from "../../lib/quiz/versions.ts";

interface Props {
  question: QuizQuestionView;
  position: number;
  total: number;
  chosen: number | null;
  onChoose: (answer: number) => void;
  onBack: () => void;
  /** Moves on if the question is answered; returns false (and stays) if it is not. */
  onNext: () => boolean;
  /** Whether to move focus to the answers when this step appears (not on first load). */
  focusOnShow: boolean;
}

export function QuestionStep(props: Props) {
  const { question, position, total, chosen, onChoose, onBack, onNext, focusOnShow } = props;
  const [missing, setMissing] = useState(false);
  const group = useRef<HTMLFieldSetElement>(null);
  const isLast = position === total - 1;

  useEffect(() => {
    setMissing(false);
    if (!focusOnShow) return;
    const inputs = group.current?.querySelectorAll<HTMLInputElement>("input[type=radio]");
    const target = [...(inputs ?? [])].find((input) => input.checked) ?? inputs?.[0];
    target?.focus();
  }, [question.id]);

  // The store, not this render's `chosen`, decides: a fast Space then Enter can arrive before
  // the re-render that carries the new answer.
  function next() {
    if (!onNext()) {
      setMissing(true);
      group.current?.querySelector<HTMLInputElement>("input[type=radio]")?.focus();
    }
  }

  return (
    <form
      class="quiz-step"
      data-quiz-step={position + 1}
      onSubmit={(event) => {
        event.preventDefault();
        next();
      }}
      onKeyDown={(event) => {
        const target = event.target as HTMLInputElement;
        if (event.key === "Enter" && target.type === "radio") {
          event.preventDefault();
          next();
        }
      }}
    >
      <p class="quiz-progress-text" data-quiz-progress>
        Question {position + 1} of {total}
      </p>
      <progress class="quiz-progress" max={total} value={position + 1} aria-hidden="true" />
      <fieldset ref={group} aria-describedby={missing ? "quiz-missing" : undefined}>
        <legend class="quiz-prompt">{question.prompt}</legend>
        {question.answers.map((answer, index) => (
          <label class="quiz-answer">
            <input
              type="radio"
              name={`quiz-${question.id}`}
              value={index}
              checked={chosen === index}
              onChange={() => {
                setMissing(false);
                onChoose(index);
              }}
            />
            <span>{answer.text}</span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <p id="quiz-missing" class="quiz-missing" role="alert">
          Choose an answer to continue.
        </p>
      )}
      <div class="quiz-actions">
        <button type="button" class="button" onClick={onBack} disabled={position === 0}>
          Back
        </button>
        <button type="submit" class="button primary" data-quiz-next>
          {isLast ? "See my result" : "Next"}
        </button>
      </div>
    </form>
  );
}
