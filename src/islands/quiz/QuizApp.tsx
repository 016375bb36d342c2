// The readiness quiz on /quiz/: one question at a time, saved as answered, then the person's
// result (loaded when first needed) with its share link, next steps and history of attempts.
import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useRef } from "preact/hooks";
import type { ResultWords } from "../../lib/quiz/area-views.ts";
import { scoringOf, type QuizView } from "../../lib/quiz/versions.ts";
import { fitToQuiz } from "../../lib/quiz/progress.ts";
import { $quiz, chooseAnswer, finishQuiz, goToQuestion, retakeQuiz } from "../../stores/quiz.ts";
import { quizDocument } from "../../lib/quiz/document.ts";
import { loadOnce } from "../../lib/load-once.ts";
import DataNotice from "../DataNotice.tsx";
import { dropFirstVisitHtml } from "../first-visit-html.ts";
import { useLoadedCode } from "../use-loaded-code.ts";
import { WorksheetRoot } from "../WorksheetRoot.tsx";
import { QuestionStep } from "./QuestionStep.tsx";
import "./quiz.css";

interface Props {
  quiz: QuizView;
  /** The words and links for each area and band, prepared at build time. */
  words: ResultWords;
}

/** The result loads when first needed: a first visit is spent answering questions. */
const ownResult = loadOnce(() => import("./OwnResult.tsx").then((module) => module.OwnResult));

// The build's HTML is the first question, unanswered; saved answers are drawn in its place.
const documents = [quizDocument.name];
dropFirstVisitHtml(documents);

/** The build renders it as a first visit sees it: the first question. */
export default function QuizApp({ quiz, words }: Props) {
  const stored = useStore($quiz);
  const scoring = useMemo(() => scoringOf(quiz), [quiz]);
  const doc = useMemo(() => fitToQuiz(stored, scoring), [stored, scoring]);
  const interacted = useRef(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const showResult = doc.finished && doc.history.length > 0;
  const { loaded: OwnResult, failed: resultFailed } = useLoadedCode(ownResult, showResult);
  useEffect(() => {
    if (showResult && OwnResult && interacted.current) resultHeading.current?.focus();
  }, [showResult, OwnResult]);

  if (showResult && !OwnResult) {
    return (
      <div class="quiz-app quiz-taking">
        <DataNotice />
        <div class="quiz-placeholder" data-quiz-loading role={resultFailed ? "alert" : undefined}>
          <p>
            {resultFailed
              ? "Your result could not be shown: part of this page did not load. Your answers are still saved in this browser. Check your connection and reload the page."
              : "Loading your result…"}
          </p>
        </div>
      </div>
    );
  }

  const act = (action: () => void) => () => {
    interacted.current = true;
    action();
  };

  if (showResult && OwnResult) {
    return (
      <div class="quiz-app quiz-taking" data-quiz-app>
        <DataNotice />
        <OwnResult
          scoring={scoring}
          history={doc.history}
          words={words}
          onRetake={act(() => retakeQuiz(scoring))}
          headingRef={resultHeading}
        />
      </div>
    );
  }

  const position = doc.position;
  return (
    <WorksheetRoot class="quiz-app quiz-taking" data-quiz-app documents={documents}>
      <DataNotice />
      <QuestionStep
        question={quiz.questions[position]!}
        position={position}
        total={quiz.questions.length}
        chosen={doc.answers[position] ?? null}
        focusOnShow={interacted.current}
        onChoose={(answer) => {
          interacted.current = true;
          chooseAnswer(scoring, position, answer);
        }}
        onBack={act(() => goToQuestion(scoring, position - 1))}
        onNext={() => {
          if (fitToQuiz($quiz.get(), scoring).answers[position] == null) return false;
          interacted.current = true;
          if (position === quiz.questions.length - 1) finishQuiz(scoring);
          else goToQuestion(scoring, position + 1);
          return true;
        }}
      />
    </WorksheetRoot>
  );
}
