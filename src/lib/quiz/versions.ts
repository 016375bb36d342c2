// Turns quiz content into what scoring and the link decoder need, and guards published versions.
import type { DimensionId } from "./dimensions.ts";
import type { QuizScoring } from "./scoring.ts";

/** One question as the quiz island shows it: built from content/quiz/v<N>.json at build time. */
export interface QuizQuestionView {
  id: string;
  dimension: DimensionId;
  prompt: string;
  answers: readonly { text: string; score: number }[];
  lesson: string;
}

/** One version of the quiz with its questions, as passed to the islands. */
export interface QuizView {
  version: number;
  questions: readonly QuizQuestionView[];
}

/** What scoring and decoding need from a quiz version: dimensions and answer scores only. */
export function scoringOf(quiz: {
  version: number;
  questions: readonly { dimension: DimensionId; answers: readonly { score: number }[] }[];
}): QuizScoring {
  return {
    version: quiz.version,
    questions: quiz.questions.map((q) => ({
      dimension: q.dimension,
      scores: q.answers.map((a) => a.score),
    })),
  };
}

/**
 * A short fingerprint of everything a result link depends on: the order of questions, their
 * dimensions, and each answer's score. Prompts and answer wording are free to change.
 */
export function scoringSignature(scoring: QuizScoring): string {
  return scoring.questions.map((q) => `${q.dimension}:${q.scores.join("")}`).join(" ");
}

/**
 * The signature of every published quiz version. Links already shared carry these versions, so
 * a test fails if the content of a published version changes what its links mean: make a new
 * version (content/quiz/v<N+1>.json) instead, and add its signature here when it goes live.
 */
export const publishedSignatures: Readonly<Record<number, string>> = {
  1: [
    "plan:0123 plan:013",
    "systems:0123 systems:013",
    "self-knowledge:0123 self-knowledge:013",
    "partner:0123 partner:023",
    "pace:013 pace:013",
    "management:0123 management:013",
    "ownership:013 ownership:013",
  ].join(" "),
};
