// The matrix store's actions: each change is one call, saved through the versioned document.
import { beforeEach, expect, test } from "vitest";
import {
  $matrix,
  addTask,
  deleteTask,
  duplicateTask,
  restoreTask,
  updateSettings,
  updateTask,
} from "../../../src/stores/matrix.ts";
import { $matrixAnalysis } from "../../../src/stores/matrix-analysis.ts";
import { currencyOf } from "../../../src/lib/matrix/currency.ts";
import { matrixDocumentSpec } from "../../../src/lib/matrix/schema.ts";
import type { TaskFields } from "../../../src/lib/matrix/validation.ts";
import { savedDocument } from "../../support/saved-text.ts";
import { taskFields } from "../../support/matrix-fixtures.ts";

const fields: TaskFields = taskFields();

// A listener for the whole file keeps the store mounted: otherwise nanostores unmounts it a
// second after the last island goes, and that timer would fire after the test window is gone.
$matrix.listen(() => {});

beforeEach(() => $matrix.set(matrixDocumentSpec.empty()));

test("adding a task saves it as a versioned document and places it", () => {
  const id = addTask(fields);
  expect($matrix.get().tasks).toEqual([{ ...fields, id }]);
  const stored = savedDocument("handoff:matrix");
  expect(stored.version).toBe(1);
  expect(stored.data.tasks[0].name).toBe("Bookkeeping");
  expect($matrixAnalysis.get().queue.map((entry) => entry.task.id)).toEqual([id]);
});

test("updating keeps the id and place; duplicating puts a copy just after the original", () => {
  const first = addTask(fields);
  const second = addTask({ ...fields, name: "Payroll" });
  updateTask(first, { ...fields, name: "Books", skill: "strength" });
  const copy = duplicateTask(first);
  expect($matrix.get().tasks.map((t) => [t.id, t.name])).toEqual([
    [first, "Books"],
    [copy, "Books (copy)"],
    [second, "Payroll"],
  ]);
  expect(new Set($matrix.get().tasks.map((t) => t.id)).size).toBe(3);
});

test("a deleted task comes back where it was on undo, once", () => {
  const ids = [
    addTask(fields),
    addTask({ ...fields, name: "Two" }),
    addTask({ ...fields, name: "Three" }),
  ];
  const removed = deleteTask(ids[1] ?? "");
  expect($matrix.get().tasks.map((t) => t.id)).toEqual([ids[0], ids[2]]);
  if (!removed) throw new Error("expected the task to be deleted");
  restoreTask(removed);
  restoreTask(removed);
  expect($matrix.get().tasks.map((t) => t.id)).toEqual(ids);
  expect(deleteTask("no-such-task")).toBeUndefined();
});

test("settings changes are saved and change the figures", () => {
  addTask(fields);
  updateSettings({
    ...$matrix.get().settings,
    hourlyValue: 100,
    defaultProviderRate: 25,
    oversightShare: 0.1,
  });
  expect($matrixAnalysis.get().queueMonth.netGain).toBeCloseTo(845, 8);
});

test("the empty document passes its own schema and leaves the currency to the locale", () => {
  const empty = matrixDocumentSpec.empty();
  expect(matrixDocumentSpec.schema.safeParse(empty).success).toBe(true);
  expect(empty.settings.currency).toBeUndefined();
  expect(currencyOf(empty.settings)).toMatch(/^[A-Z]{3}$/);
});
