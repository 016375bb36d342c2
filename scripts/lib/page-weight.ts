// Measures what each built page costs to load: gzipped HTML, CSS and eagerly loaded JavaScript.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface RouteWeight {
  /** The route, e.g. "/lessons/what-you-keep/". */
  route: string;
  htmlBytes: number;
  cssBytes: number;
  /** JavaScript the page loads on its own: its module scripts and their static imports. */
  jsBytes: number;
  /** Dist-relative paths of every JavaScript file counted in jsBytes. */
  scripts: string[];
  /** Whether the page embeds a hydrated island (a worksheet). */
  hasIsland: boolean;
}

const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** Maps a URL path in the built HTML (which carries the base) to a file in dist. */
function distFile(dist: string, base: string, url: string): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, "");
  return join(dist, path);
}

/** A script and, recursively, every module it imports statically (dynamic imports are lazy). */
function staticImportClosure(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  const imports = source.matchAll(
    /(?:^|[;\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.\.?\/[^"']+)["']/g,
  );
  for (const match of imports) {
    const target = join(file, "..", match[1] ?? "");
    staticImportClosure(dist, target, seen);
  }
  return seen;
}

function routeOf(dist: string, file: string): string {
  const rel = relative(dist, file).replaceAll("\\", "/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
}

export function measureRoutes(dist: string, base: string): RouteWeight[] {
  return htmlFiles(dist)
    .map((file) => {
      const html = readFileSync(file, "utf8");
      const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
        (m) => m[1] ?? "",
      );
      const moduleScripts = [...html.matchAll(/<script[^>]+type="module"[^>]*src="([^"]+)"/g)].map(
        (m) => m[1] ?? "",
      );
      // Islands load their component and renderer through attributes, not <script src>.
      const islandScripts = [...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((tag) =>
        [...tag[0].matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1] ?? ""),
      );
      const jsFiles = new Set<string>();
      for (const src of [...moduleScripts, ...islandScripts]) {
        for (const path of staticImportClosure(dist, distFile(dist, base, src))) jsFiles.add(path);
      }
      return {
        route: routeOf(dist, file),
        htmlBytes: gzipSize(html),
        // Inline <style> and <script> blocks are part of the HTML and counted in htmlBytes.
        cssBytes: styles.reduce(
          (sum, href) => sum + gzipSize(readFileSync(distFile(dist, base, href))),
          0,
        ),
        jsBytes: [...jsFiles].reduce((sum, path) => sum + gzipSize(readFileSync(path)), 0),
        scripts: [...jsFiles].map((path) => relative(dist, path)).sort(),
        hasIsland: html.includes("<astro-island"),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * Lessons without a worksheet may load only the site shell, the one script every page has
 * (theme toggle and the search launcher; Pagefind itself loads when search opens). The 404
 * page has nothing else, so its scripts define the shell. Returns one message per offending lesson.
 */
export function lessonScriptViolations(rows: readonly RouteWeight[]): string[] {
  const shell = new Set(rows.find((row) => row.route === "/404.html")?.scripts ?? []);
  return rows
    .filter((row) => /^\/lessons\/[^/]+\/$/.test(row.route) && !row.hasIsland)
    .flatMap((row) => {
      const extra = row.scripts.filter((script) => !shell.has(script));
      return extra.length > 0
        ? [`${row.route} has no worksheet but loads ${extra.join(", ")}`]
        : [];
    });
}

/** Bytes as kilobytes with one decimal, the unit every weight table prints. */
export const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

/** The most gzipped JavaScript a worksheet page may load on a first visit (#8): 20 kB. */
export const worksheetScriptBudget = 20 * 1024;

/** One message per page that loads more JavaScript than the budget allows. */
export function scriptBudgetViolations(
  rows: readonly RouteWeight[],
  budget = worksheetScriptBudget,
): string[] {
  return rows
    .filter((row) => row.jsBytes >= budget)
    .map(
      (row) =>
        `${row.route} loads ${kilobytes(row.jsBytes)} kB of JavaScript (limit ${kilobytes(budget)})`,
    );
}

/** The weights as an aligned plain-text table, in kilobytes. */
export function formatWeightTable(rows: readonly RouteWeight[]): string {
  const header = ["route", "HTML kB", "CSS kB", "JS kB", "total kB"];
  const body = rows.map((row) => [
    row.route,
    kilobytes(row.htmlBytes),
    kilobytes(row.cssBytes),
    kilobytes(row.jsBytes),
    kilobytes(row.htmlBytes + row.cssBytes + row.jsBytes),
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((cells) => (cells[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
