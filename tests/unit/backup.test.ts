// The backup file: making, reading and planning an import (replace or merge), with property
// tests that random documents come back unchanged through export and import.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  createBackup,
  planImport,
  readBackup,
  serializeBackup,
  type AnySpec,
} from "../../src/lib/storage/backup.ts";
import { checklistsDocumentSpec } from "../../src/lib/checklist/schema.ts";
import { matrixDocumentSpec } from "../../src/lib/matrix/schema.ts";
import { progressDocumentSpec } from "../../src/lib/progress/schema.ts";
import { quizDocumentSpec } from "../../src/lib/quiz/schema.ts";
import { settingsDocumentSpec } from "../../src/lib/settings/schema.ts";
import {
  checklistsArbitrary,
  matrixArbitrary,
  progressArbitrary,
  quizArbitrary,
  settingsDocumentArbitrary,
} from "../support/arbitraries.ts";

const specs = [
  matrixDocumentSpec,
  checklistsDocumentSpec,
  quizDocumentSpec,
  progressDocumentSpec,
  settingsDocumentSpec,
] as AnySpec[];

/** One random value for every document the site saves. */
const everyDocument = fc.record({
  matrix: matrixArbitrary,
  checklists: checklistsArbitrary,
  quiz: quizArbitrary,
  progress: progressArbitrary,
  settings: settingsDocumentArbitrary,
});
const at = "2026-12-01T10:00:00.000Z";

function backupText(documents: Record<string, unknown>, recovery: Record<string, string> = {}) {
  const entries = specs
    .filter((spec) => spec.name in documents)
    .map((spec) => ({ spec, value: documents[spec.name] }));
  return serializeBackup(createBackup(entries, recovery, at));
}

describe("generators", () => {
  test("make documents that pass their schemas", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(everyDocument, (documents) => {
        for (const spec of specs) {
          const value = documents[spec.name as keyof typeof documents];
          expect(spec.schema.parse(value)).toEqual(value);
        }
      }),
    );
  });
});

describe("export and import", () => {
  test("random documents round-trip unchanged", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        everyDocument,
        // Recovery copies are named after their document, sometimes with a timestamp.
        fc.dictionary(
          fc.stringMatching(/^[a-z][a-z0-9-]{0,20}(:\d{1,13})?$/),
          fc.string({ unit: "binary" }),
        ),
        (documents, recovery) => {
          const result = readBackup(backupText(documents, recovery), specs);
          if (!result.ok) throw new Error(result.message);
          expect(result.documents).toEqual(documents);
          expect(result.recovery).toEqual(recovery);
          expect(result.skipped).toEqual([]);
          // Replacing an empty device with the backup stores exactly the backup's documents.
          const plan = planImport(specs, {}, result.documents, "replace");
          expect(Object.fromEntries(plan.map((c) => [c.name, c.next]))).toEqual(documents);
        },
      ),
    );
  });

  test("a hostile __proto__ recovery entry is dropped without touching any prototype", () => {
    const backup = JSON.parse(backupText({}, {}));
    // JSON.parse keeps "__proto__" as an own key, as a hand-edited or hostile file would have it.
    const text = JSON.stringify({
      ...backup,
      recovery: JSON.parse('{"__proto__":{"polluted":1}}'),
    });
    expect(text).toContain('"__proto__":{"polluted":1}');
    const result = readBackup(text, specs);
    if (!result.ok) throw new Error(result.message);
    expect(Object.keys(result.recovery)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("random text never throws and is never taken for a backup", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.json()), (text) => {
        const result = readBackup(text, specs);
        if (result.ok) expect(JSON.parse(text)).toMatchObject({ format: "handoff-backup" });
      }),
    );
  });

  test.each([
    ["not JSON", "{", "it is not JSON text"],
    ["another JSON file", JSON.stringify({ tasks: [] }), "not a Handoff backup"],
    [
      "a newer backup format",
      JSON.stringify({ format: "handoff-backup", version: 2, exportedAt: at, documents: {} }),
      "newer version of Handoff",
    ],
  ])("%s is turned away with a plain message", (_, text, words) => {
    const result = readBackup(text, specs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(words);
  });

  test("a damaged or unknown document is skipped by name; the rest comes in", () => {
    const text = JSON.stringify({
      format: "handoff-backup",
      version: 1,
      exportedAt: at,
      documents: {
        matrix: { version: 1, data: { tasks: "oops" } },
        progress: { version: 1, data: { read: { "what-you-keep": at } } },
        garden: { version: 1, data: {} },
      },
    });
    const result = readBackup(text, specs);
    expect(result).toMatchObject({
      ok: true,
      documents: { progress: { read: { "what-you-keep": at } } },
      skipped: [
        { name: "task matrix", reason: expect.stringContaining("tasks") },
        { name: "garden", reason: "This version of Handoff does not know this part." },
      ],
    });
  });
});

/** The plan tests look at two documents, so each change can be found by its position. */
const twoSpecs = [matrixDocumentSpec, progressDocumentSpec] as AnySpec[];

describe("planImport", () => {
  const mine = { read: { "what-you-keep": "2026-01-01" } };
  const theirs = { read: { "are-you-ready": "2026-02-01" } };
  const matrix = { ...matrixDocumentSpec.empty(), tasks: [] };

  test("replace swaps documents in and clears the ones the backup lacks", () => {
    const plan = planImport(twoSpecs, { progress: mine, matrix }, { progress: theirs }, "replace");
    expect(plan.map(({ name, action }) => [name, action])).toEqual([
      ["matrix", "same"],
      ["progress", "replace"],
    ]);
    expect(plan[1]).toMatchObject({ before: "1 lesson read", after: "1 lesson read" });
    expect(plan[1]?.next).toEqual(theirs);
  });

  test("replace empties a document the backup does not have", () => {
    const plan = planImport(twoSpecs, { progress: mine }, {}, "replace");
    expect(plan[1]).toMatchObject({
      action: "clear",
      before: "1 lesson read",
      after: "nothing yet",
    });
  });

  test("merge combines where a document knows how, and keeps what the backup lacks", () => {
    const plan = planImport(twoSpecs, { progress: mine }, { progress: theirs }, "merge");
    expect(plan[1]).toMatchObject({ action: "merge", after: "2 lessons read" });
    expect(planImport(twoSpecs, { progress: mine }, {}, "merge")[1]).toMatchObject({
      action: "keep",
      next: mine,
    });
  });

  test("merge into an empty device adds", () => {
    const task = {
      id: "t1",
      name: "Bookkeeping",
      cadence: "weekly",
      hoursEach: 2,
      skill: "weakness",
      feeling: "dislike",
      impact: "keeps-running",
      salesMarketing: false,
    } as const;
    const incoming = { ...matrixDocumentSpec.empty(), tasks: [task] };
    expect(planImport(twoSpecs, {}, { matrix: incoming }, "merge")[0]).toMatchObject({
      action: "add",
      before: "nothing yet",
      after: "saved work",
      next: incoming,
    });
  });
});
