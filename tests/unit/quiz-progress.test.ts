// Taking the quiz as stored data: answering, moving, finishing, retaking, and changed quizzes.
import { describe, expect, test } from "vitest";
import { decodeDocument } from "../../src/lib/storage/document.ts";
import { encodeDocument } from "../../src/lib/storage/document-basics.ts";
import { quizDocumentSpec, type QuizDocument } from "../../src/lib/quiz/schema.ts";
import {
  chooseAnswer,
  finishAttempt,
  fitToQuiz,
  moveTo,
  startAttempt,
} from "../../src/lib/quiz/progress.ts";
import { currentScoring } from "../support/quiz-fixtures.ts";

const empty = quizDocumentSpec.empty();
const now = new Date("2026-03-01T10:00:00Z");

function answerAll(doc: QuizDocument, answer: (i: number) => number): QuizDocument {
  return doc.answers.reduce((d, _, i) => chooseAnswer(d, i, answer(i)), doc);
}

describe("quiz progress", () => {
  test("a new person gets a fresh attempt at the current version", () => {
    const doc = fitToQuiz(empty, currentScoring);
    expect(doc.quizVersion).toBe(currentScoring.version);
    expect(doc.answers).toEqual(currentScoring.questions.map(() => null));
    expect(doc.position).toBe(0);
  });

  test("answers and position survive a save and reload", () => {
    let doc = fitToQuiz(empty, currentScoring);
    doc = moveTo(chooseAnswer(doc, 0, 2), 1);
    const reloaded = decodeDocument(quizDocumentSpec, encodeDocument(quizDocumentSpec, doc));
    expect(reloaded).toEqual({ status: "ok", value: doc });
    expect(fitToQuiz(doc, currentScoring)).toBe(doc);
  });

  test("moving stays within the questions", () => {
    const doc = fitToQuiz(empty, currentScoring);
    expect(moveTo(doc, -1).position).toBe(0);
    expect(moveTo(doc, 99).position).toBe(currentScoring.questions.length - 1);
  });

  test("an attempt finishes only when every question is answered", () => {
    const partial = chooseAnswer(fitToQuiz(empty, currentScoring), 0, 1);
    expect(finishAttempt(partial, currentScoring, now)).toBe(partial);
    const done = finishAttempt(
      answerAll(partial, () => 0),
      currentScoring,
      now,
    );
    expect(done.finished).toBe(true);
    expect(done.history).toHaveLength(1);
    expect(done.history[0]).toMatchObject({ finishedAt: now.toISOString(), score: 0 });
  });

  test("retaking clears the answers and keeps the history", () => {
    const first = finishAttempt(
      answerAll(fitToQuiz(empty, currentScoring), () => 0),
      currentScoring,
      now,
    );
    const again = startAttempt(first, currentScoring);
    expect(again.finished).toBe(false);
    expect(again.answers.every((a) => a === null)).toBe(true);
    expect(again.history).toEqual(first.history);
    const second = finishAttempt(
      answerAll(again, () => 2),
      currentScoring,
      now,
    );
    expect(second.history.map((h) => h.score)).toEqual([0, second.history[1]!.score]);
    expect(second.history[1]!.score).toBeGreaterThan(0);
  });

  test("answers saved for another quiz version start again, but history stays", () => {
    const stored: QuizDocument = {
      quizVersion: 99,
      answers: [1, 2],
      position: 1,
      finished: false,
      history: [
        {
          finishedAt: now.toISOString(),
          quizVersion: 99,
          answers: [1, 2],
          score: 50,
          dimensions: {
            plan: 50,
            systems: 50,
            "self-knowledge": 50,
            partner: 50,
            pace: 50,
            management: 50,
            ownership: 50,
          },
        },
      ],
    };
    const doc = fitToQuiz(stored, currentScoring);
    expect(doc.quizVersion).toBe(currentScoring.version);
    expect(doc.answers).toHaveLength(currentScoring.questions.length);
    expect(doc.history).toEqual(stored.history);
  });

  test("stored data that breaks the schema is reported, not used", () => {
    const raw = JSON.stringify({ version: 1, data: { ...empty, answers: [7] } });
    expect(decodeDocument(quizDocumentSpec, raw).status).toBe("problem");
  });
});
