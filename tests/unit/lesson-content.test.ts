// The content test: every lesson has its frontmatter, takeaways, a next step, a worked example,
// working internal links and plain English; and the checks themselves catch broken lessons.
import { describe, expect, test } from "vitest";
import {
  countText,
  lessonProblems,
  linkProblems,
  loadSite,
  MIN_READING_EASE,
  parseLesson,
  proseOf,
  readingEase,
  routeExists,
  siteRoutes,
  type PathPlace,
  type SiteMap,
} from "../../scripts/lib/lesson-content.ts";

const { lessons, site } = loadSite(process.cwd());

describe("the lessons in content/lessons", () => {
  test("follow the agreed learning path, slug by slug", () => {
    const path = lessons
      .filter((lesson) => lesson.order !== undefined)
      .toSorted((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((lesson) => lesson.slug);
    expect(path.slice(0, 7)).toEqual([
      "what-you-keep",
      "what-not-to-outsource",
      "chart-your-tasks",
      "master-or-delegate",
      "before-you-hand-off",
      "why-outsourcing-fails",
      "are-you-ready",
    ]);
  });

  test("introduce each worksheet in the lesson it belongs to", () => {
    const worksheetOf = (slug: string) =>
      (lessons.find((lesson) => lesson.slug === slug)?.frontmatter as { worksheet?: string })
        ?.worksheet;
    expect(worksheetOf("chart-your-tasks")).toBe("matrix");
    expect(worksheetOf("before-you-hand-off")).toBe("checklist");
    expect(worksheetOf("are-you-ready")).toBe("quiz");
  });

  test.each(lessons.map((lesson) => [lesson.slug, lesson] as const))(
    "%s has frontmatter, takeaways, a next step, working links and reading ease >= 60",
    (_, lesson) => {
      expect(lessonProblems(lesson, lesson.place, site)).toEqual([]);
    },
  );
});

/** A small, complete lesson that passes every check; the broken fixtures start from it. */
const goodFrontmatter = `---
title: A good lesson
description: A short lesson used to prove that the content checks pass and fail as they should.
order: 1
summary: You will see what a lesson that passes every check looks like.
takeaways:
  - Keep sentences short.
  - Use plain words.
worksheet: matrix
---`;

const goodBody = `
import WorkedExample from "../../src/components/mdx/WorkedExample.astro";
import WorksheetEmbed from "../../src/components/WorksheetEmbed.astro";

## Start here

You do a lot. Some of it can go. Read [the next part](../other-lesson/) when you are ready.

<WorkedExample title="A baker hands off her books">

The baker keeps the baking. A bookkeeper does the books. She checks them each month.

</WorkedExample>

## Then do this

Open the [task matrix](../../tools/matrix/) and [plan](../../plan/). Jump to [this part](#then-do-this).

<WorksheetEmbed id="matrix" />
`;

const fixtureSite: SiteMap = {
  routes: siteRoutes(
    [
      "index.astro",
      "lessons/index.astro",
      "lessons/[slug].astro",
      "tools/matrix/index.astro",
      "plan/index.astro",
    ],
    ["fixture", "other-lesson"],
  ),
  headings: new Map([
    ["fixture", new Set(["start-here", "then-do-this"])],
    ["other-lesson", new Set(["one-heading"])],
  ]),
};

/** The fixture's problems; unless told otherwise, another lesson follows it in the path. */
const problemsOf = (source: string, place: PathPlace = { nextSlug: "other-lesson" }) =>
  lessonProblems(parseLesson("fixture", source), place, fixtureSite);

describe("the content checks", () => {
  test("pass a complete lesson", () => {
    expect(problemsOf(goodFrontmatter + goodBody)).toEqual([]);
  });

  test("fail a lesson with a required frontmatter field missing", () => {
    const source = goodFrontmatter.replace(/^summary:.*\n/m, "") + goodBody;
    expect(problemsOf(source)).toEqual([expect.stringMatching(/^frontmatter summary:/)]);
  });

  test("fail a lesson with no frontmatter at all", () => {
    expect(problemsOf(goodBody)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^frontmatter/),
        "no takeaways in the frontmatter",
      ]),
    );
  });

  test("fail a lesson without takeaways", () => {
    const source = goodFrontmatter.replace(/takeaways:\n(  - .*\n)+/, "") + goodBody;
    expect(problemsOf(source)).toEqual(expect.arrayContaining(["no takeaways in the frontmatter"]));
  });

  test("fail the last lesson when it names no worksheet, since it has no next step", () => {
    const noWorksheet = goodFrontmatter.replace(/^worksheet:.*\n/m, "");
    const body = goodBody.replace(/^<WorksheetEmbed.*$/m, "");
    expect(problemsOf(noWorksheet + body, { nextSlug: "other-lesson" })).toEqual([]);
    expect(problemsOf(noWorksheet + body, { nextSlug: undefined })).toEqual([
      "no next step: it is the last lesson and names no worksheet",
    ]);
    expect(problemsOf(goodFrontmatter + goodBody, { nextSlug: undefined })).toEqual([]);
  });

  test("fail a lesson that names a worksheet but never embeds it", () => {
    const body = goodBody.replace(/^<WorksheetEmbed.*$/m, "");
    expect(problemsOf(goodFrontmatter + body)).toEqual([
      'names worksheet "matrix" but never embeds <WorksheetEmbed />',
    ]);
  });

  test("fail a lesson without a worked example or with a single section", () => {
    const body = goodBody
      .replace(/<WorkedExample[\s\S]*<\/WorkedExample>/, "")
      .replace("## Then do this", "");
    expect(problemsOf(goodFrontmatter + body)).toEqual([
      "no <WorkedExample> from a small business",
      'only 1 "##" section heading(s); use short sections',
    ]);
  });

  test("fail links to pages, lessons or headings that do not exist", () => {
    const body = `${goodBody}
See [a lost lesson](../no-such-lesson/), [a lost tool](../../tools/nothing/),
[a lost heading](../other-lesson/#nowhere) and <a href="../../quizz/">a typo</a>.
`;
    expect(problemsOf(goodFrontmatter + body)).toEqual([
      '"../no-such-lesson/" points to /lessons/no-such-lesson/, which is not a page of the site',
      '"../../tools/nothing/" points to /tools/nothing/, which is not a page of the site',
      '"../other-lesson/#nowhere" points to #nowhere, which is not a heading of other-lesson',
      '"../../quizz/" points to /quizz/, which is not a page of the site',
    ]);
  });

  test("fail root-relative links, which would skip the base path, but leave external ones", () => {
    expect(
      linkProblems(
        "fixture",
        ["/lessons/other-lesson/", "https://example.org/", "mailto:a@example.org", "../fixture/"],
        fixtureSite,
      ),
    ).toEqual([expect.stringMatching(/^"\/lessons\/other-lesson\/" starts with "\/"/)]);
  });

  test("fail a lesson whose prose is hard to read", () => {
    const hard = `${goodBody}
Notwithstanding considerable organisational heterogeneity, comprehensive operational
documentation substantially facilitates the systematic identification, prioritisation and
subsequent delegation of administrative responsibilities to appropriately qualified external
contractors, particularly where institutional knowledge is unevenly distributed across
geographically dispersed collaborators, consequently necessitating deliberate, methodical
communication infrastructure.
`;
    const problems = problemsOf(goodFrontmatter + hard);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^reading ease -?\d+\.\d is below 60; shorten these first: /);
  });
});

describe("prose extraction and reading ease", () => {
  test("strip frontmatter, imports, JSX tags and code but keep the text inside components", () => {
    const { tree } = parseLesson(
      "fixture",
      goodFrontmatter + goodBody + "\n```\nconst x = 1;\n```\n",
    );
    const prose = proseOf(tree);
    expect(prose).toContain("The baker keeps the baking.");
    expect(prose).toContain("A baker hands off her books.");
    expect(prose).toContain("Start here.");
    expect(prose).not.toMatch(/import|WorkedExample|WorksheetEmbed|takeaways|const x|<|>/);
  });

  test("count sentences, words and syllables with an English tokenizer", () => {
    expect(countText("The cat sat on the mat. It was a happy cat!")).toEqual({
      sentence: 2,
      word: 11,
      syllable: 12,
    });
  });

  test("score plain text high and dense text low, on the Flesch scale", () => {
    expect(readingEase("The cat sat on the mat. It was warm.")).toBeGreaterThan(100);
    expect(
      readingEase(
        "Organisational heterogeneity necessitates comprehensive documentation of responsibilities.",
      ),
    ).toBeLessThan(MIN_READING_EASE);
    expect(readingEase("")).toBe(0);
  });
});

describe("site routes", () => {
  const routes = siteRoutes(
    [
      "index.astro",
      "404.astro",
      "robots.txt.ts",
      "lessons/index.astro",
      "lessons/[slug].astro",
      "quiz/index.astro",
      "quiz/result/[band].astro",
    ],
    ["what-you-keep"],
  );

  test("come from the page files and the lesson slugs, without the 404 page", () => {
    expect(routes).toEqual([
      "/",
      "/robots.txt",
      "/lessons/",
      "/lessons/what-you-keep/",
      "/quiz/",
      "/quiz/result/[band]/",
    ]);
  });

  test("match whole paths, with a dynamic segment matching any one segment", () => {
    expect(routeExists("/quiz/result/ready/", routes)).toBe(true);
    expect(routeExists("/quiz/result/", routes)).toBe(false);
    expect(routeExists("/lessons/what-you-keep/", routes)).toBe(true);
    expect(routeExists("/lessons/what-you-keep", routes)).toBe(false);
    expect(routeExists("/lessons/unknown/", routes)).toBe(false);
  });
});
