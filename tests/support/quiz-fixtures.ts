// Quiz data for tests: the real published versions from content/quiz/, and arbitrary quizzes.
import fc from "fast-check";
import v1 from "../../content/quiz/v1.json";
import { dimensionIds } from "../../src/lib/quiz/dimensions.ts";
import type { QuizScoring } from "../../src/lib/quiz/scoring.ts";
import { scoringOf } from "../../src/lib/quiz/versions.ts";
import { quizVersionSchema } from "../../src/schemas/quiz.ts";

/** Every quiz version in content/quiz/, checked by the content schema. */
export const contentVersions = [v1].map((raw) => quizVersionSchema.parse(raw));

/** Their scoring, as the result page's decoder receives it. */
export const publishedScorings: QuizScoring[] = contentVersions.map(scoringOf);

export const currentScoring = publishedScorings.at(-1)!;

/** An arbitrary quiz version: 1 to 30 questions of 3 or 4 answers, any dimension. */
export const arbitraryScoring = (version = fc.integer({ min: 1, max: 63 })) =>
  fc.record({
    version,
    questions: fc.array(
      fc.record({
        dimension: fc.constantFrom(...dimensionIds),
        scores: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  });

/** A complete, valid answer set for `scoring`. */
export const arbitraryAnswers = (scoring: QuizScoring) =>
  fc.tuple(
    ...scoring.questions.map((q) => fc.integer({ min: 0, max: q.scores.length - 1 })),
  ) as fc.Arbitrary<number[]>;
