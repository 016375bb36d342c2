// Shows one quiz result: score and band, distance to the next band, dimension bars and table,
// next steps for the two weakest dimensions, and (when there is one) the change since last time.
import type { Ref } from "preact";
import { nextBand } from "../../lib/quiz/bands.ts";
import type { ResultWords } from "../../lib/quiz/area-views.ts";
import { dimensionIds } from "../../lib/quiz/dimensions.ts";
import { weakestDimensions, type QuizResult, type ResultChange } from "../../lib/quiz/scoring.ts";

interface Props {
  result: QuizResult;
  /** The words and links for each area and band, prepared at build time. */
  words: ResultWords;
  /** The change since the previous attempt, for the person's own result. */
  change?: ResultChange | undefined;
  /** Heading text, e.g. "Your result" or "A shared result". */
  heading: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "±0";
}

export function ResultView({ result, words, change, heading, headingRef }: Props) {
  const { areas, bandSummaries } = words;
  const next = nextBand(result.score);
  const weakest = weakestDimensions(result.dimensions, 2);
  return (
    <section class="quiz-result" aria-labelledby="quiz-result-heading" data-quiz-result>
      <h2 id="quiz-result-heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      <div class="quiz-score">
        <p class="quiz-score-number">
          <span data-quiz-score>{result.score}</span>
          <span class="quiz-score-out-of"> out of 100</span>
        </p>
        <p class="pill quiz-band" data-quiz-band={result.band.slug}>
          {result.band.label}
        </p>
      </div>
      <p>{bandSummaries[result.band.slug]}</p>
      <p data-quiz-next-band>
        {next
          ? `${next.pointsAway} ${next.pointsAway === 1 ? "point" : "points"} to the next band, ${next.band.label} (${next.band.min} and up).`
          : "This is the top band."}
      </p>
      {change && (
        <p data-quiz-change>
          Since your previous attempt: <strong>{signed(change.score)}</strong>{" "}
          {Math.abs(change.score) === 1 ? "point" : "points"} overall.
        </p>
      )}

      <h3>Your scores by area</h3>
      <ul class="quiz-bars" aria-hidden="true">
        {dimensionIds.map((id) => (
          <li>
            <span class="quiz-bar-label">{areas[id].label}</span>
            <span class="quiz-bar-track">
              <span class="quiz-bar-fill" style={{ width: `${result.dimensions[id]}%` }} />
            </span>
            <span class="quiz-bar-value">{result.dimensions[id]}</span>
          </li>
        ))}
      </ul>
      <table class="data-table quiz-table" data-quiz-dimensions>
        <caption>Score for each area, out of 100</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">What it measures</th>
            <th scope="col">Score</th>
            {change && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {dimensionIds.map((id) => (
            <tr data-dimension={id}>
              <th scope="row">{areas[id].label}</th>
              <td>{areas[id].about}</td>
              <td>{result.dimensions[id]}</td>
              {change && <td>{signed(change.dimensions[id])}</td>}
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Where to start</h3>
      <ol class="quiz-next-steps" data-quiz-next-steps>
        {weakest.map((id) => {
          const area = areas[id];
          return (
            <li data-dimension={id}>
              <p>
                <strong>
                  {area.label} ({result.dimensions[id]})
                </strong>
                : {area.nextStep}
              </p>
              <p>
                Read{" "}
                {area.lessons.map((lesson, i) => (
                  <>
                    {i > 0 && " and "}
                    <a href={lesson.href}>{lesson.title}</a>
                  </>
                ))}
                , then open the{" "}
                <a href={area.worksheet.href}>{area.worksheet.title.toLowerCase()}</a>.
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
