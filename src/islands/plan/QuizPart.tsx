// My plan: the readiness quiz's latest result and every attempt, or where an attempt stands.
import { useStore } from "@nanostores/preact";
import { bandFor } from "../../lib/quiz/bands.ts";
import { $quiz } from "../../stores/quiz.ts";
import { AttemptHistory } from "../quiz/AttemptHistory.tsx";
import { quizInvitation, PartInvitation } from "./PartInvitations.tsx";
import "./plan.css";

export default function QuizPart({ base }: { base: string }) {
  const quiz = useStore($quiz);
  const href = `${base}quiz/`;
  const latest = quiz.history.at(-1);
  const previous = quiz.history.at(-2);
  const answered = quiz.answers.filter((answer) => answer !== null).length;
  const inProgress = !quiz.finished && answered > 0;
  if (!latest && !inProgress) return <PartInvitation invitation={quizInvitation} base={base} />;
  return (
    <section class="plan-part" aria-labelledby="plan-quiz">
      <h2 id="plan-quiz">Readiness quiz</h2>
      {latest ? (
        <p data-plan-quiz-latest>
          Your latest score is <strong>{latest.score} out of 100</strong>:{" "}
          {bandFor(latest.score).label}.
          {previous &&
            ` That is ${describeChange(latest.score - previous.score)} your attempt before.`}
        </p>
      ) : null}
      {inProgress && (
        <p data-plan-quiz-progress>
          You are partway through {latest ? "a new attempt" : "the quiz"}: {answered} of{" "}
          {quiz.answers.length} questions answered.
        </p>
      )}
      <AttemptHistory attempts={quiz.history} />
      <p>
        <a class={latest ? "button" : "button primary"} href={href}>
          {inProgress
            ? "Carry on with the quiz"
            : latest && quiz.finished
              ? "See your result"
              : latest
                ? "Take the quiz again"
                : "Take the quiz"}
        </a>
      </p>
    </section>
  );
}

function describeChange(points: number): string {
  if (points === 0) return "the same as";
  const size = Math.abs(points);
  return `${size} ${size === 1 ? "point" : "points"} ${points > 0 ? "up on" : "down on"}`;
}
