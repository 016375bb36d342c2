// A result opened from a shared link: decodes the fragment with every quiz version's scoring,
// shows it as someone else's result, and corrects the address if its band is wrong. It never
// reads or writes the visitor's own quiz, and nothing from the link is rendered as markup.
import { useEffect, useState } from "preact/hooks";
import { bandBySlug, type BandSlug } from "../../lib/quiz/bands.ts";
import { decodeAnswers, type LinkDecodeResult } from "../../lib/quiz/link-codec.ts";
import { bandFromPath, payloadFromHash, resultPagePath } from "../../lib/quiz/result-link.ts";
import { scoreAnswers, type QuizResult, type QuizScoring } from "../../lib/quiz/scoring.ts";
import type { ResultWords } from "../../lib/quiz/area-views.ts";
import { useHydrated } from "../use-hydrated.ts";
import { quizHref } from "./quiz-href.ts";
import { ResultView } from "./ResultView.tsx";
import "./quiz.css";

interface Props {
  /** Scoring of every quiz version ever published, so old links keep their meaning. */
  versions: QuizScoring[];
  /** The words and links for each area and band, prepared at build time. */
  words: ResultWords;
}

type Reading = { kind: "none" } | { kind: "broken" } | { kind: "ok"; result: QuizResult };

function read(versions: QuizScoring[], hash: string): Reading {
  const payload = payloadFromHash(hash);
  if (payload === "") return { kind: "none" };
  try {
    const decoded: LinkDecodeResult = decodeAnswers(versions, payload);
    if (!decoded.ok) return { kind: "broken" };
    const version = decoded.version;
    const scoring = versions.find((v) => v.version === version)!;
    return { kind: "ok", result: scoreAnswers(scoring, decoded.answers) };
  } catch {
    return { kind: "broken" };
  }
}

/** Puts the computed band in the address (keeping the fragment) and the tab title. */
function correctAddress(band: BandSlug): void {
  if (bandFromPath(location.pathname) === band) return;
  const path = `${import.meta.env.BASE_URL}${resultPagePath(band)}${location.hash}`;
  history.replaceState(history.state, "", path);
  document.title = `${bandBySlug(band).label}: a shared readiness result | Handoff`;
}

export default function SharedResult({ versions, words }: Props) {
  const hydrated = useHydrated();
  const [reading, setReading] = useState<Reading>({ kind: "none" });

  useEffect(() => {
    const update = () => setReading(read(versions, location.hash));
    update();
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, [versions]);

  useEffect(() => {
    if (reading.kind === "ok") correctAddress(reading.result.band.slug);
  }, [reading]);

  if (!hydrated) {
    return (
      <div class="quiz-placeholder" data-quiz-loading>
        <p>Reading the result in this link…</p>
      </div>
    );
  }

  if (reading.kind === "broken") {
    return (
      <div class="quiz-broken" role="alert" data-quiz-broken>
        <h2>This result link is broken</h2>
        <p>
          Part of the link is missing or was changed, so it cannot show a result. Nothing is wrong
          with your own quiz.
        </p>
        <p>
          Ask the person who sent it to open their result and use “Copy link” again, then paste the
          whole link. Or <a href={quizHref}>take the quiz yourself</a>.
        </p>
      </div>
    );
  }

  if (reading.kind === "none") {
    return (
      <div class="quiz-empty" data-quiz-no-result>
        <p>
          This page shows a result when it is opened from a result link, and this link has none in
          it. <a href={quizHref}>Take the quiz yourself</a> to get your own.
        </p>
      </div>
    );
  }

  return (
    <div class="quiz-app" data-quiz-shared>
      <p class="quiz-shared-label" data-quiz-shared-label>
        <strong>A shared result.</strong> Someone took the readiness quiz and sent you their result.
        It is not saved in your browser, and your own answers are untouched.
      </p>
      <ResultView result={reading.result} words={words} heading="Their result" />
      <p>
        <a class="button primary" href={quizHref} data-quiz-take-yourself>
          Take the quiz yourself
        </a>
      </p>
    </div>
  );
}
