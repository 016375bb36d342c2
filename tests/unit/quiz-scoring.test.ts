// Quiz scoring: overall score, bands and the distance to the next, dimension scores, weakest
// dimensions and the change between attempts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bandFor, bands, nextBand } from "../../src/lib/quiz/bands.ts";
import { dimensionIds, type DimensionId } from "../../src/lib/quiz/dimensions.ts";
import {
  changeBetween,
  scoreAnswers,
  weakestDimensions,
  type DimensionScores,
  type QuizScoring,
} from "../../src/lib/quiz/scoring.ts";
import { arbitraryAnswers, arbitraryScoring, currentScoring } from "../support/quiz-fixtures.ts";

/** A small quiz: two questions for plan, one for each other dimension. */
const small: QuizScoring = {
  version: 1,
  questions: [
    { dimension: "plan", scores: [0, 1, 2, 3] },
    { dimension: "plan", scores: [0, 1, 3] },
    ...dimensionIds.slice(1).map((dimension) => ({ dimension, scores: [0, 1, 3] })),
  ],
};

const scores = (values: Partial<DimensionScores>, fill = 50): DimensionScores =>
  Object.fromEntries(dimensionIds.map((id) => [id, values[id] ?? fill])) as DimensionScores;

describe("bands", () => {
  test("cover 0 to 100 without gaps or overlaps, lowest first", () => {
    for (let score = 0; score <= 100; score++) {
      expect(bands.filter((band) => score >= band.min && score <= band.max)).toHaveLength(1);
    }
    expect(bands.map((band) => band.slug)).toEqual([
      "not-ready-yet",
      "getting-ready",
      "ready-to-start-small",
      "ready-to-scale",
    ]);
  });

  test.each([
    [0, "Not ready yet"],
    [39, "Not ready yet"],
    [40, "Getting ready"],
    [64, "Getting ready"],
    [65, "Ready to start small"],
    [84, "Ready to start small"],
    [85, "Ready to scale"],
    [100, "Ready to scale"],
  ])("a score of %i is %s", (score, label) => {
    expect(bandFor(score).label).toBe(label);
  });

  test("the distance to the next band counts the points still needed", () => {
    expect(nextBand(0)).toEqual({ band: bands[1], pointsAway: 40 });
    expect(nextBand(39)).toEqual({ band: bands[1], pointsAway: 1 });
    expect(nextBand(40)).toEqual({ band: bands[2], pointsAway: 25 });
    expect(nextBand(80)).toEqual({ band: bands[3], pointsAway: 5 });
    expect(nextBand(85)).toBeUndefined();
    expect(nextBand(100)).toBeUndefined();
  });
});

describe("scoreAnswers", () => {
  test("all best answers score 100 everywhere; all first answers score 0", () => {
    const best = scoreAnswers(
      small,
      small.questions.map((q) => q.scores.length - 1),
    );
    expect(best.score).toBe(100);
    expect(best.band.slug).toBe("ready-to-scale");
    expect(Object.values(best.dimensions)).toEqual(dimensionIds.map(() => 100));
    const worst = scoreAnswers(
      small,
      small.questions.map(() => 0),
    );
    expect(worst.score).toBe(0);
    expect(worst.band.slug).toBe("not-ready-yet");
  });

  test("the overall score is the mean answer score as a rounded percentage", () => {
    // Answer scores: plan 2 and 1, then 3 for the six other questions: 2+1+18 = 21 of 24.
    const result = scoreAnswers(small, [2, 1, 2, 2, 2, 2, 2, 2]);
    expect(result.score).toBe(88); // 21 / 24 = 87.5 %
    expect(result.dimensions.plan).toBe(50); // (2 + 1) / 6
    expect(result.dimensions.systems).toBe(100);
    expect(result.band.slug).toBe("ready-to-scale");
  });

  test("for any quiz and answers, the score is the mean percentage and matches its band", () => {
    fc.assert(
      fc.property(
        arbitraryScoring().chain((s) => fc.tuple(fc.constant(s), arbitraryAnswers(s))),
        ([scoring, answers]) => {
          const result = scoreAnswers(scoring, answers);
          const points = answers.reduce((sum, a, i) => sum + scoring.questions[i]!.scores[a]!, 0);
          expect(result.score).toBe(Math.round((points / (3 * answers.length)) * 100));
          expect(result.band).toBe(bandFor(result.score));
          for (const id of dimensionIds) {
            expect(result.dimensions[id]).toBeGreaterThanOrEqual(0);
            expect(result.dimensions[id]).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });

  test("the published quiz scores every answer set between 0 and 100", () => {
    fc.assert(
      fc.property(arbitraryAnswers(currentScoring), (answers) => {
        const { score } = scoreAnswers(currentScoring, answers);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  test("incomplete or impossible answers throw instead of scoring wrongly", () => {
    expect(() => scoreAnswers(small, [0])).toThrow();
    expect(() =>
      scoreAnswers(
        small,
        small.questions.map(() => 3),
      ),
    ).toThrow();
  });
});

describe("weakestDimensions and changeBetween", () => {
  test("the two lowest dimensions come first, ties in the listed order", () => {
    expect(weakestDimensions(scores({ pace: 10, ownership: 20 }))).toEqual(["pace", "ownership"]);
    expect(weakestDimensions(scores({}, 40))).toEqual(["plan", "systems"]);
    expect(weakestDimensions(scores({ management: 0 }), 1)).toEqual(["management"]);
  });

  test("the change is current minus previous, overall and per dimension", () => {
    const previous = { score: 50, dimensions: scores({ plan: 20 }) };
    const current = { score: 62, dimensions: scores({ plan: 60, pace: 40 }) };
    const change = changeBetween(previous, current);
    expect(change.score).toBe(12);
    expect(change.dimensions.plan).toBe(40);
    expect(change.dimensions.pace).toBe(-10);
    expect(change.dimensions.systems).toBe(0);
    expect(Object.keys(change.dimensions).sort()).toEqual(
      [...dimensionIds].sort() as DimensionId[],
    );
  });
});
