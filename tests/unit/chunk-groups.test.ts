// The build's chunk groups must leave out every module that waits at its top level.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { chunkGroups } from "../../src/lib/chunk-groups.ts";

const sourceRoot = resolve(import.meta.dirname, "../../src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** An `await` in a statement that starts at the left margin: outside any function. */
const waitsAtTopLevel = (text: string) => /^[^\s/*].*\bawait\b/m.test(text);

const waiting = sourceFiles(sourceRoot).filter((path) =>
  waitsAtTopLevel(readFileSync(path, "utf8")),
);

test("the check finds the modules that wait at their top level", () => {
  expect(waiting.map((path) => path.slice(sourceRoot.length))).toEqual(
    expect.arrayContaining(["/stores/matrix.ts", "/islands/matrix/MatrixWorksheet.tsx"]),
  );
});

test("no chunk group takes in a module that waits at its top level", () => {
  const grouped = waiting.flatMap((path) =>
    chunkGroups.filter((group) => group.test(path)).map((group) => `${group.name}: ${path}`),
  );
  expect(grouped).toEqual([]);
});

test("each group takes in the modules it names", () => {
  const claimed = sourceFiles(sourceRoot).filter((path) =>
    chunkGroups.some((group) => group.test(path)),
  );
  expect(claimed.map((path) => path.slice(sourceRoot.length))).toEqual(
    expect.arrayContaining(["/lib/matrix/document.ts", "/islands/matrix/TaskEditor.tsx"]),
  );
});
