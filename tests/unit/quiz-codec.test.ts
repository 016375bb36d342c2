// The result link codec: every answer set round-trips, and damaged text never decodes wrongly.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bands } from "../../src/lib/quiz/bands.ts";
import { decodeAnswers, encodeAnswers } from "../../src/lib/quiz/link-codec.ts";
import { resultLinkPath } from "../../src/lib/quiz/result-link.ts";
import {
  arbitraryAnswers,
  arbitraryScoring,
  currentScoring,
  publishedScorings,
} from "../support/quiz-fixtures.ts";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Every text one character away from `text`: changed, removed or added anywhere. */
function singleEdits(text: string): string[] {
  const edits = new Set<string>();
  const chars = [...alphabet, "#", "%", " ", "é", "<"];
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length) edits.add(text.slice(0, i) + text.slice(i + 1));
    for (const c of chars) {
      edits.add(text.slice(0, i) + c + text.slice(i));
      if (i < text.length) edits.add(text.slice(0, i) + c + text.slice(i + 1));
    }
  }
  edits.delete(text);
  return [...edits];
}

describe("encodeAnswers and decodeAnswers", () => {
  test("a known answer set gives a short, stable link text", () => {
    const answers = currentScoring.questions.map(() => 0);
    const text = encodeAnswers(currentScoring, answers);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text).toHaveLength(2 + Math.ceil(currentScoring.questions.length / 3));
    expect(text[0]).toBe("B"); // version 1
    expect(decodeAnswers(publishedScorings, text)).toEqual({ ok: true, version: 1, answers });
  });

  test("every answer set of the published quiz round-trips", () => {
    fc.assert(
      fc.property(arbitraryAnswers(currentScoring), (answers) => {
        const text = encodeAnswers(currentScoring, answers);
        expect(decodeAnswers(publishedScorings, text)).toEqual({
          ok: true,
          version: currentScoring.version,
          answers,
        });
      }),
      { numRuns: 2000 },
    );
  });

  test("every answer set of any quiz shape round-trips", () => {
    fc.assert(
      fc.property(
        arbitraryScoring().chain((s) => fc.tuple(fc.constant(s), arbitraryAnswers(s))),
        ([scoring, answers]) => {
          const decoded = decodeAnswers([scoring], encodeAnswers(scoring, answers));
          expect(decoded).toEqual({ ok: true, version: scoring.version, answers });
        },
      ),
    );
  });

  test("every single-character edit of a valid link is rejected or decodes to the original", () => {
    fc.assert(
      fc.property(arbitraryAnswers(currentScoring), (answers) => {
        const text = encodeAnswers(currentScoring, answers);
        const wrong = singleEdits(text).filter((edited) => {
          const decoded = decodeAnswers(publishedScorings, edited);
          return decoded.ok && decoded.answers.join() !== answers.join();
        });
        expect(wrong, `edits of "${text}" that decode to other answers`).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test("random strings are rejected, or are exactly what the encoder writes for their answers", () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 7, maxLength: 7 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const decoded = decodeAnswers(publishedScorings, text);
        if (decoded.ok) {
          const scoring = publishedScorings.find((s) => s.version === decoded.version)!;
          expect(encodeAnswers(scoring, decoded.answers)).toBe(text);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ["", "empty"],
    ["B", "bad-check"],
    ["B<script>", "bad-character"],
    ["BAAAA A", "bad-character"],
  ])("%j is reported as %s", (text, problem) => {
    expect(decodeAnswers(publishedScorings, text)).toEqual({ ok: false, problem });
  });

  test("a link for a version this page does not know is reported, not guessed", () => {
    const future = { ...currentScoring, version: 9 };
    const text = encodeAnswers(
      future,
      future.questions.map(() => 0),
    );
    expect(decodeAnswers(publishedScorings, text)).toEqual({
      ok: false,
      problem: "unknown-version",
    });
  });

  test("an answer beyond a question's options is rejected even with a correct check", () => {
    const three = { version: 1, questions: [{ dimension: "plan" as const, scores: [0, 1, 3] }] };
    const four = { version: 1, questions: [{ dimension: "plan" as const, scores: [0, 1, 2, 3] }] };
    const text = encodeAnswers(four, [3]);
    expect(decodeAnswers([three], text)).toEqual({ ok: false, problem: "bad-answer" });
  });

  test("the encoder refuses incomplete or impossible answer sets", () => {
    expect(() => encodeAnswers(currentScoring, [0])).toThrow();
    expect(() =>
      encodeAnswers(
        currentScoring,
        currentScoring.questions.map(() => 7),
      ),
    ).toThrow();
  });
});

describe("result links", () => {
  test("the whole path and fragment stay under 80 characters for every band", () => {
    const answers = currentScoring.questions.map((q) => q.scores.length - 1);
    const payload = encodeAnswers(currentScoring, answers);
    for (const band of bands) {
      const path = resultLinkPath("/handoff/", band.slug, payload);
      expect(path.length).toBeLessThan(80);
      expect(path).toBe(`/handoff/quiz/result/${band.slug}/#${payload}`);
    }
  });
});
