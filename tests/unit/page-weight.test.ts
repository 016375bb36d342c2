// The page-weight check must catch a lesson that ships JavaScript it does not need.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import {
  formatWeightTable,
  lessonScriptViolations,
  measureRoutes,
  scriptBudgetViolations,
} from "../../scripts/lib/page-weight.ts";

function fakeDist(lessonHtml: string): string {
  const dist = mkdtempSync(join(tmpdir(), "handoff-weight-"));
  const write = (path: string, content: string) => {
    mkdirSync(join(dist, path, ".."), { recursive: true });
    writeFileSync(join(dist, path), content);
  };
  const shell = `<script type="module" src="/base/_astro/shell.js"></script>`;
  write("_astro/shell.js", `import "./helper.js"; console.log("shell");`);
  write("_astro/helper.js", `export const x = 1;`);
  write("_astro/extra.js", `console.log("extra");`);
  write("_astro/renderer.js", `console.log("renderer");`);
  write("_astro/site.css", `body { color: red; }`);
  write("404.html", `<link rel="stylesheet" href="/base/_astro/site.css">${shell}`);
  write("lessons/one/index.html", `${shell}${lessonHtml}`);
  return dist;
}

test("a lesson that loads only the site shell passes, with its weight measured", () => {
  const rows = measureRoutes(fakeDist("<p>Just prose.</p>"), "/base/");
  expect(lessonScriptViolations(rows)).toEqual([]);
  const lesson = rows.find((row) => row.route === "/lessons/one/");
  expect(lesson?.scripts).toEqual(["_astro/helper.js", "_astro/shell.js"]);
  expect(lesson?.jsBytes).toBeGreaterThan(0);
  expect(formatWeightTable(rows)).toMatch(/\/lessons\/one\//);
});

test("a lesson without a worksheet that loads another script fails", () => {
  const rows = measureRoutes(
    fakeDist(`<script type="module" src="/base/_astro/extra.js"></script>`),
    "/base/",
  );
  expect(lessonScriptViolations(rows)).toEqual([
    "/lessons/one/ has no worksheet but loads _astro/extra.js",
  ]);
});

test("a lesson that embeds a worksheet island may load its code", () => {
  const island = `<astro-island component-url="/base/_astro/extra.js" renderer-url="/base/_astro/helper.js"></astro-island>`;
  const rows = measureRoutes(fakeDist(island), "/base/");
  expect(lessonScriptViolations(rows)).toEqual([]);
  expect(rows.find((row) => row.route === "/lessons/one/")?.scripts).toContain("_astro/extra.js");
});

test("an island's component and its renderer both count", () => {
  const island = `<astro-island uid="a" component-url="/base/_astro/extra.js" component-export="default" renderer-url="/base/_astro/renderer.js" client="load"></astro-island>`;
  const rows = measureRoutes(fakeDist(island), "/base/");
  expect(rows.find((row) => row.route === "/lessons/one/")?.scripts).toEqual([
    "_astro/extra.js",
    "_astro/helper.js",
    "_astro/renderer.js",
    "_astro/shell.js",
  ]);
});

test("a page over the JavaScript budget is named with its weight; one under it passes", () => {
  const island = `<astro-island component-url="/base/_astro/extra.js" renderer-url="/base/_astro/renderer.js"></astro-island>`;
  const rows = measureRoutes(fakeDist(island), "/base/");
  const lesson = rows.find((row) => row.route === "/lessons/one/");
  if (!lesson) throw new Error("the fake lesson was not measured");
  expect(scriptBudgetViolations(rows, lesson.jsBytes + 1)).toEqual([]);
  expect(scriptBudgetViolations(rows, lesson.jsBytes)).toEqual([
    `/lessons/one/ loads ${(lesson.jsBytes / 1024).toFixed(1)} kB of JavaScript (limit ${(lesson.jsBytes / 1024).toFixed(1)})`,
  ]);
});
