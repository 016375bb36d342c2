// Scores a set of quiz answers: overall 0-100, its band, and one score per dimension.
import { bandFor, type Band } from "./bands.ts";
import { dimensionIds, type DimensionId } from "./dimensions.ts";

/** The highest score an answer can carry. */
export const maxAnswerScore = 3;

/** What scoring needs to know about one question: its dimension and each answer's score. */
export interface ScoringQuestion {
  dimension: DimensionId;
  /** The score of each answer, in the order the answers are shown. */
  scores: readonly number[];
}

/** One version of the quiz as far as scoring and link decoding are concerned. */
export interface QuizScoring {
  version: number;
  questions: readonly ScoringQuestion[];
}

export type DimensionScores = Record<DimensionId, number>;

export interface QuizResult {
  /** 0 to 100: the mean answer score as a percentage of the highest possible, rounded. */
  score: number;
  band: Band;
  dimensions: DimensionScores;
}

function percent(points: number, questions: number): number {
  return questions === 0 ? 0 : Math.round((points * 100) / (questions * maxAnswerScore));
}

/**
 * Scores a complete answer set. `answers[i]` is the index of the answer chosen for question i.
 * Throws on an incomplete or out-of-range set: callers validate first (the link codec does).
 */
export function scoreAnswers(scoring: QuizScoring, answers: readonly number[]): QuizResult {
  if (answers.length !== scoring.questions.length) {
    throw new Error(`Expected ${scoring.questions.length} answers, got ${answers.length}.`);
  }
  let total = 0;
  const points = Object.fromEntries(dimensionIds.map((id) => [id, 0])) as DimensionScores;
  const counts = Object.fromEntries(dimensionIds.map((id) => [id, 0])) as DimensionScores;
  scoring.questions.forEach((question, i) => {
    const value = question.scores[answers[i] ?? -1];
    if (value === undefined) throw new Error(`Answer ${answers[i]} is not an option for ${i + 1}.`);
    total += value;
    points[question.dimension] += value;
    counts[question.dimension] += 1;
  });
  const score = percent(total, scoring.questions.length);
  const dimensions = Object.fromEntries(
    dimensionIds.map((id) => [id, percent(points[id], counts[id])]),
  ) as DimensionScores;
  return { score, band: bandFor(score), dimensions };
}

/** The `count` lowest-scoring dimensions, lowest first; ties keep the order of dimensionIds. */
export function weakestDimensions(scores: DimensionScores, count = 2): DimensionId[] {
  return [...dimensionIds]
    .sort((a, b) => scores[a] - scores[b] || dimensionIds.indexOf(a) - dimensionIds.indexOf(b))
    .slice(0, count);
}

/** How much each number moved between two attempts (positive means it went up). */
export interface ResultChange {
  score: number;
  dimensions: DimensionScores;
}

export function changeBetween(
  previous: { score: number; dimensions: DimensionScores },
  current: { score: number; dimensions: DimensionScores },
): ResultChange {
  return {
    score: current.score - previous.score,
    dimensions: Object.fromEntries(
      dimensionIds.map((id) => [id, current.dimensions[id] - previous.dimensions[id]]),
    ) as DimensionScores,
  };
}
