// The quiz content: every version passes its schema, covers every dimension, points to the
// agreed lessons, and published versions keep the scoring their links depend on.
import { describe, expect, test } from "vitest";
import { dimensionIds, dimensions } from "../../src/lib/quiz/dimensions.ts";
import { publishedSignatures, scoringSignature } from "../../src/lib/quiz/versions.ts";
import { quizVersionSchema } from "../../src/schemas/quiz.ts";
import { contentVersions, publishedScorings } from "../support/quiz-fixtures.ts";
import v1 from "../../content/quiz/v1.json";

/** The lesson slugs the team agreed on (routes /lessons/<slug>/). */
const lessonSlugs = [
  "what-you-keep",
  "what-not-to-outsource",
  "chart-your-tasks",
  "master-or-delegate",
  "before-you-hand-off",
  "why-outsourcing-fails",
  "are-you-ready",
];

describe("quiz content", () => {
  test("has fourteen or more questions, at least two per dimension", () => {
    for (const quiz of contentVersions) {
      for (const id of dimensionIds) {
        expect(quiz.questions.filter((q) => q.dimension === id).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  test("every question and dimension points to an agreed lesson", () => {
    for (const quiz of contentVersions) {
      for (const question of quiz.questions) expect(lessonSlugs).toContain(question.lesson);
    }
    for (const info of Object.values(dimensions)) {
      expect(lessonSlugs).toContain(info.lesson);
      if (info.alsoLesson) expect(lessonSlugs).toContain(info.alsoLesson);
    }
  });

  test("published versions keep the scoring their shared links were made with", () => {
    for (const scoring of publishedScorings) {
      expect(
        scoringSignature(scoring),
        `content/quiz/v${scoring.version}.json changed the order, answers or scores of a published version. Put the change in a new version instead.`,
      ).toBe(publishedSignatures[scoring.version]);
    }
    expect(publishedScorings.map((s) => s.version)).toEqual(
      Object.keys(publishedSignatures).map(Number),
    );
  });

  test("the schema rejects a dimension with one question, repeated ids and no top answer", () => {
    const oneSystems = { ...v1, questions: v1.questions.filter((q) => q.id !== "systems-written") };
    expect(quizVersionSchema.safeParse(oneSystems).success).toBe(false);
    const repeated = {
      ...v1,
      questions: v1.questions.map((q, i) => (i === 1 ? { ...q, id: v1.questions[0]!.id } : q)),
    };
    expect(quizVersionSchema.safeParse(repeated).success).toBe(false);
    const noTop = {
      ...v1,
      questions: v1.questions.map((q, i) =>
        i === 0 ? { ...q, answers: q.answers.map((a) => ({ ...a, score: 1 })) } : q,
      ),
    };
    expect(quizVersionSchema.safeParse(noTop).success).toBe(false);
    const twoAnswers = {
      ...v1,
      questions: v1.questions.map((q, i) => (i === 0 ? { ...q, answers: q.answers.slice(2) } : q)),
    };
    expect(quizVersionSchema.safeParse(twoAnswers).success).toBe(false);
  });
});
