// The person's own finished result on /quiz/: the result, its share link, "take it again" and
// the history of attempts. Loaded only once an attempt is finished, so taking the quiz ships less.
import type { Ref } from "preact";
import type { ResultWords } from "../../lib/quiz/area-views.ts";
import { bandFor } from "../../lib/quiz/bands.ts";
import type { QuizAttempt } from "../../lib/quiz/schema.ts";
import { encodeAnswers } from "../../lib/quiz/link-codec.ts";
import { resultLinkPath } from "../../lib/quiz/result-link.ts";
import { changeBetween, type QuizScoring } from "../../lib/quiz/scoring.ts";
import { AttemptHistory } from "./AttemptHistory.tsx";
import { ResultView } from "./ResultView.tsx";
import { ShareLink } from "./ShareLink.tsx";

export interface OwnResultProps {
  scoring: QuizScoring;
  /** Every finished attempt, oldest first; the last one is shown. */
  history: readonly QuizAttempt[];
  words: ResultWords;
  onRetake: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function OwnResult({ scoring, history, words, onRetake, headingRef }: OwnResultProps) {
  const latest = history.at(-1)!;
  const previous = history.at(-2);
  const result = {
    score: latest.score,
    band: bandFor(latest.score),
    dimensions: latest.dimensions,
  };
  const payload = encodeAnswers(scoring, latest.answers);
  const url = `${location.origin}${resultLinkPath(import.meta.env.BASE_URL, result.band.slug, payload)}`;
  return (
    <>
      <ResultView
        result={result}
        words={words}
        change={previous ? changeBetween(previous, latest) : undefined}
        heading="Your result"
        headingRef={headingRef}
      />
      <ShareLink url={url} bandLabel={result.band.label} />
      <div class="quiz-actions">
        <button type="button" class="button" onClick={onRetake} data-quiz-retake>
          Take the quiz again
        </button>
      </div>
      <AttemptHistory attempts={history} />
    </>
  );
}
