// The person's finished attempts in this browser: date, score and band, newest first.
import { bandFor } from "../../lib/quiz/bands.ts";
import type { QuizAttempt } from "../../lib/quiz/schema.ts";
import "./attempt-history.css";

/**
 * Made on first use, not when the module loads: a date format's first use loads calendar data
 * (20 ms on a desktop), which a page with no attempts to show should not pay for.
 */
let dateFormat: Intl.DateTimeFormat | undefined;

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "Unknown date";
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return dateFormat.format(date);
}

export function AttemptHistory({ attempts }: { attempts: readonly QuizAttempt[] }) {
  if (attempts.length === 0) return null;
  return (
    <section class="quiz-history" aria-labelledby="quiz-history-heading" data-quiz-history>
      <h3 id="quiz-history-heading">Your attempts in this browser</h3>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">Finished</th>
            <th scope="col">Score</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {[...attempts].reverse().map((attempt) => (
            <tr>
              <td>{formatDate(attempt.finishedAt)}</td>
              <td>{attempt.score}</td>
              <td>{bandFor(attempt.score).label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
