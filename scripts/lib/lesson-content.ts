// Checks a lesson's MDX source: frontmatter, next step, internal links and reading ease.
// The content test runs these on every lesson and on deliberately broken fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { flesch } from "flesch";
import GithubSlugger from "github-slugger";
import type { Heading, Nodes, Root } from "mdast";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { frontmatter } from "micromark-extension-frontmatter";
import { mdxjs } from "micromark-extension-mdxjs";
import type { Sentence, Word } from "nlcst";
import { toString as nlcstToString } from "nlcst-to-string";
import { ParseEnglish } from "parse-english";
import { syllable } from "syllable";
import { visit } from "unist-util-visit";
import { parse as parseYaml } from "yaml";
import { orderLessons } from "../../src/lib/lesson-path.ts";
import { lessonSchema, type LessonFrontmatter } from "../../src/schemas/lesson.ts";

/** The lowest Flesch reading ease a lesson may have: 60 is plain English, about grade 8. */
export const MIN_READING_EASE = 60;

/** One lesson's source, parsed: its slug, raw frontmatter and MDX syntax tree. */
export interface ParsedLesson {
  slug: string;
  frontmatter: unknown;
  tree: Root;
}

/** Parses an MDX lesson the way the site reads it: YAML frontmatter, then MDX. */
export function parseLesson(slug: string, source: string): ParsedLesson {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(["yaml"]), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"]), mdxFromMarkdown()],
  });
  const yamlNode = tree.children.find((node) => node.type === "yaml");
  const data: unknown = yamlNode ? parseYaml(yamlNode.value) : undefined;
  return { slug, frontmatter: data, tree };
}

/** Node types whose content a reader never sees as prose: code, imports, JSX expressions. */
const hiddenTypes = new Set([
  "yaml",
  "code",
  "html",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
]);

/** Block types that each become one run of prose, ended as a sentence. */
const blockTypes = new Set(["paragraph", "heading", "tableCell"]);

/** The visible text inside a node, skipping anything a reader does not see. */
function visibleText(node: Nodes): string {
  if (hiddenTypes.has(node.type)) return "";
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return node.children.map((child) => visibleText(child)).join("");
  return "";
}

/**
 * The lesson's prose as plain text: one block per paragraph, heading or table cell, with
 * frontmatter, imports, code and JSX tags stripped (text inside components such as a worked
 * example is kept, and so is a component's visible `title`). A block that does not end with
 * a full stop, question or exclamation mark gets one, so a heading counts as its own sentence.
 */
export function proseOf(tree: Root): string {
  const blocks: string[] = [];
  const add = (text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (trimmed) blocks.push(/[.!?:]["')\u201d\u2019]?$/.test(trimmed) ? trimmed : `${trimmed}.`);
  };
  visit(tree, (node) => {
    if (hiddenTypes.has(node.type)) return "skip";
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (
          attribute.type === "mdxJsxAttribute" &&
          attribute.name === "title" &&
          typeof attribute.value === "string"
        ) {
          add(attribute.value);
        }
      }
    }
    if (blockTypes.has(node.type)) {
      add(visibleText(node));
      return "skip";
    }
    return undefined;
  });
  return blocks.join("\n\n");
}

/** Sentence, word and syllable counts of plain English text. */
export interface TextCounts {
  sentence: number;
  word: number;
  syllable: number;
}

/** Counts sentences and words with an English tokenizer and syllables with `syllable`. */
export function countText(text: string): TextCounts {
  const root = new ParseEnglish().parse(text);
  const counts: TextCounts = { sentence: 0, word: 0, syllable: 0 };
  visit(root, (node) => {
    if (node.type === "SentenceNode") counts.sentence += 1;
    if (node.type === "WordNode") {
      counts.word += 1;
      counts.syllable += syllable(nlcstToString(node as Word));
    }
  });
  return counts;
}

/** Flesch reading ease of plain text (higher is easier; 60 to 70 is plain English). */
export function readingEase(text: string): number {
  const counts = countText(text);
  if (counts.word === 0 || counts.sentence === 0) return 0;
  return flesch(counts as unknown as Record<string, number>);
}

/** The longest sentences of a text, to show an author where to start when a lesson is hard. */
export function longestSentences(text: string, count = 3): string[] {
  const sentences: string[] = [];
  visit(new ParseEnglish().parse(text), "SentenceNode", (node) => {
    sentences.push(nlcstToString(node as Sentence));
  });
  return sentences
    .toSorted((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)
    .slice(0, count);
}

/** Every link target in a lesson: Markdown links and `href` props on JSX elements. */
export function linksOf(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition") links.push(node.url);
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (
          attribute.type === "mdxJsxAttribute" &&
          attribute.name === "href" &&
          typeof attribute.value === "string"
        ) {
          links.push(attribute.value);
        }
      }
    }
  });
  return links;
}

/** The ids Astro gives a lesson's headings (github-slugger, as Astro's Markdown does). */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, "heading", (node: Heading) => {
    ids.add(slugger.slug(visibleText(node)));
  });
  return ids;
}

/** Whether a lesson uses the named MDX component anywhere. */
export function usesComponent(tree: Root, name: string): boolean {
  let found = false;
  visit(tree, (node) => {
    if (
      (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
      node.name === name
    ) {
      found = true;
    }
  });
  return found;
}

/** The `id` of every `<WorksheetEmbed id="..." />` in a lesson. */
export function embeddedWorksheets(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, (node) => {
    if (
      (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
      node.name === "WorksheetEmbed"
    ) {
      for (const attribute of node.attributes) {
        if (
          attribute.type === "mdxJsxAttribute" &&
          attribute.name === "id" &&
          typeof attribute.value === "string"
        ) {
          ids.push(attribute.value);
        }
      }
    }
  });
  return ids;
}

/**
 * The site's routes as path patterns (no base, leading and trailing slash, e.g.
 * `/tools/matrix/`), from the page files under src/pages and the lesson slugs. A `[param]`
 * segment matches any one segment, except lessons/[slug], which becomes one route per lesson.
 */
export function siteRoutes(pageFiles: readonly string[], lessonSlugs: readonly string[]): string[] {
  const routes: string[] = [];
  for (const file of pageFiles) {
    const path = file.replace(/\\/g, "/").replace(/^\/+/, "");
    if (!/\.(astro|md|mdx|ts|js)$/.test(path) || path.startsWith("404.")) continue;
    // An endpoint such as robots.txt.ts serves a file, so its route keeps the file's own name.
    if (/\.[a-z]+\.(ts|js)$/.test(path)) {
      routes.push(`/${path.replace(/\.(ts|js)$/, "")}`);
      continue;
    }
    const route = `/${path.replace(/\.(astro|md|mdx|ts|js)$/, "").replace(/(^|\/)index$/, "")}/`;
    const normalised = route.replace(/\/+/g, "/");
    if (normalised === "/lessons/[slug]/") {
      routes.push(...lessonSlugs.map((slug) => `/lessons/${slug}/`));
    } else {
      routes.push(normalised);
    }
  }
  return routes;
}

/** Whether a site path (with trailing slash for pages) matches one of the route patterns. */
export function routeExists(pathname: string, routes: readonly string[]): boolean {
  const parts = pathname.split("/");
  return routes.some((route) => {
    const pattern = route.split("/");
    if (pattern.some((segment) => segment.startsWith("[..."))) {
      const fixed = pattern.findIndex((segment) => segment.startsWith("[..."));
      return pattern.slice(0, fixed).every((segment, index) => segment === parts[index]);
    }
    return (
      pattern.length === parts.length &&
      pattern.every((segment, index) => segment === parts[index] || /^\[.+\]$/.test(segment))
    );
  });
}

/** What the link checker needs to know about the whole site. */
export interface SiteMap {
  routes: readonly string[];
  /** Heading ids of each lesson, for links with a #fragment. */
  headings: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Problems with a lesson's internal links. Links are written relative to the lesson's own
 * address (`../chart-your-tasks/`, `../../tools/matrix/`) so they work under any base path;
 * a root-relative link would skip the base path, so it is reported too.
 */
export function linkProblems(slug: string, links: readonly string[], site: SiteMap): string[] {
  const problems: string[] = [];
  const origin = "https://handoff.invalid";
  for (const href of links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue;
    if (href.startsWith("/")) {
      problems.push(`"${href}" starts with "/", so it skips the site's base path; link relatively`);
      continue;
    }
    const url = new URL(href, `${origin}/lessons/${slug}/`);
    if (url.origin !== origin || !routeExists(url.pathname, site.routes)) {
      problems.push(`"${href}" points to ${url.pathname}, which is not a page of the site`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    const target = /^\/lessons\/([^/]+)\/$/.exec(url.pathname)?.[1];
    if (fragment && target && !site.headings.get(target)?.has(fragment)) {
      problems.push(`"${href}" points to #${fragment}, which is not a heading of ${target}`);
    }
  }
  return problems;
}

/** A lesson's place in the path, for the next-step check. */
export interface PathPlace {
  /** The lesson that follows this one in the published path, if any. */
  nextSlug: string | undefined;
}

/**
 * Everything wrong with one lesson, as plain sentences (empty when the lesson is fine):
 * invalid or missing frontmatter, no takeaways, no next step (neither a next lesson nor a
 * worksheet), a worksheet named but not embedded, broken internal links, hard reading.
 */
export function lessonProblems(lesson: ParsedLesson, place: PathPlace, site: SiteMap): string[] {
  const problems: string[] = [];
  const parsed = lessonSchema.safeParse(lesson.frontmatter);
  let data: LessonFrontmatter | undefined;
  if (parsed.success) {
    data = parsed.data;
  } else {
    for (const issue of parsed.error.issues) {
      problems.push(`frontmatter ${issue.path.join(".") || "(all)"}: ${issue.message}`);
    }
  }
  const takeaways = (lesson.frontmatter as { takeaways?: unknown } | undefined)?.takeaways;
  if (!Array.isArray(takeaways) || takeaways.length === 0) {
    problems.push("no takeaways in the frontmatter");
  }
  if (!place.nextSlug && !data?.worksheet) {
    problems.push("no next step: it is the last lesson and names no worksheet");
  }
  if (!usesComponent(lesson.tree, "WorkedExample")) {
    problems.push("no <WorkedExample> from a small business");
  }
  const sections = lesson.tree.children.filter(
    (node) => node.type === "heading" && node.depth === 2,
  ).length;
  if (sections < 2) problems.push(`only ${sections} "##" section heading(s); use short sections`);
  const embeds = embeddedWorksheets(lesson.tree);
  if (data?.worksheet && !embeds.includes(data.worksheet)) {
    problems.push(`names worksheet "${data.worksheet}" but never embeds <WorksheetEmbed />`);
  }
  problems.push(...linkProblems(lesson.slug, linksOf(lesson.tree), site));
  const prose = proseOf(lesson.tree);
  const ease = readingEase(prose);
  if (ease < MIN_READING_EASE) {
    problems.push(
      `reading ease ${ease.toFixed(1)} is below ${MIN_READING_EASE}; shorten these first: ` +
        longestSentences(prose).join(" | "),
    );
  }
  return problems;
}

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replace(/\\/g, "/"));
}

/** One lesson with everything the checks need, as loaded from the repository. */
export interface LoadedLesson extends ParsedLesson {
  place: PathPlace;
  /** The published position, or undefined for drafts and lessons whose frontmatter is broken. */
  order: number | undefined;
}

/** Reads every lesson in content/lessons and every page in src/pages under a project root. */
export function loadSite(root: string): { lessons: LoadedLesson[]; site: SiteMap } {
  const lessonDir = join(root, "content/lessons");
  const parsed = filesUnder(lessonDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) =>
      parseLesson(file.replace(/\.mdx$/, ""), readFileSync(join(lessonDir, file), "utf8")),
    );
  const valid = parsed.flatMap((lesson) => {
    const result = lessonSchema.safeParse(lesson.frontmatter);
    return result.success ? [{ id: lesson.slug, data: result.data }] : [];
  });
  const path = orderLessons(valid).map((lesson) => lesson.id);
  const lessons = parsed.map((lesson) => {
    const index = path.indexOf(lesson.slug);
    return {
      ...lesson,
      order: index === -1 ? undefined : index + 1,
      place: { nextSlug: index === -1 ? undefined : path[index + 1] },
    };
  });
  const site: SiteMap = {
    routes: siteRoutes(filesUnder(join(root, "src/pages")), path),
    headings: new Map(parsed.map((lesson) => [lesson.slug, headingIds(lesson.tree)])),
  };
  return { lessons, site };
}
