// The starter library in content/tasks/: enough common tasks, each valid and each a usable task.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { starterTaskSchema } from "../../../src/schemas/starter-task.ts";
import { taskSchema } from "../../../src/lib/matrix/schema.ts";
import { placementOf } from "../../../src/lib/matrix/placement.ts";

const entries = parse(readFileSync("content/tasks/starter-library.yaml", "utf8")) as {
  id: string;
}[];

test("the library has at least 20 tasks with unique ids", () => {
  expect(entries.length).toBeGreaterThanOrEqual(20);
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
});

test.each(entries.map((entry) => [entry.id, entry] as const))(
  "%s passes the content schema and becomes a valid matrix task",
  (id, entry) => {
    const { group: _group, ...fields } = starterTaskSchema.parse(entry);
    expect(taskSchema.safeParse({ ...fields, id }).success).toBe(true);
  },
);

test("the library offers tasks for every placement", () => {
  const placed = new Set(entries.map((entry) => placementOf(starterTaskSchema.parse(entry))));
  expect(placed.size).toBe(5);
});
