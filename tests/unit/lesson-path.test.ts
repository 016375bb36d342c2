import { expect, test } from "vitest";
import { neighbours, orderLessons } from "../../src/lib/lesson-path.ts";
import { readingMinutes } from "../../src/lib/reading-time.ts";
import { tocHeadings } from "../../src/lib/lesson-toc.ts";
import { isCurrentSection } from "../../src/lib/site-nav.ts";

const lesson = (id: string, order: number, draft = false) => ({
  id,
  data: { order, title: id, draft },
});

test("lessons are ordered by their order field, then id, and drafts are left out", () => {
  const ordered = orderLessons([
    lesson("c", 2),
    lesson("a", 1),
    lesson("b", 2),
    lesson("x", 0.5, true),
  ]);
  expect(ordered.map((l) => l.id)).toEqual(["a", "b", "c"]);
});

test("neighbours are the lessons either side, and undefined at the ends or for strangers", () => {
  const ordered = orderLessons([lesson("a", 1), lesson("b", 2), lesson("c", 3)]);
  expect(neighbours(ordered, "b")).toEqual({ previous: ordered[0], next: ordered[2] });
  expect(neighbours(ordered, "a").previous).toBeUndefined();
  expect(neighbours(ordered, "c").next).toBeUndefined();
  expect(neighbours(ordered, "zzz")).toEqual({ previous: undefined, next: undefined });
});

test("reading time counts prose words, not MDX imports or tags, and is at least a minute", () => {
  expect(readingMinutes("")).toBe(1);
  const words = Array.from({ length: 401 }, () => "word").join(" ");
  expect(readingMinutes(words)).toBe(3);
  const mdx = `import Callout from "../x.astro";\n\n<Callout type="tip">${words}</Callout>\n## Heading`;
  expect(readingMinutes(mdx)).toBe(3);
});

test("the table of contents keeps h2 and h3 only", () => {
  const headings = [1, 2, 3, 4].map((depth) => ({ depth, slug: `h${depth}`, text: `H${depth}` }));
  expect(tocHeadings(headings).map((h) => h.slug)).toEqual(["h2", "h3"]);
});

test("a nav item is current for its own section and pages below it", () => {
  expect(isCurrentSection("lessons/", "/handoff/lessons/what-you-keep/", "/handoff/")).toBe(true);
  expect(isCurrentSection("lessons/", "/handoff/lessons", "/handoff/")).toBe(true);
  expect(isCurrentSection("quiz/", "/handoff/lessons/", "/handoff/")).toBe(false);
});
