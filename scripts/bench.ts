// The performance benchmark (not a test): page weights, Lighthouse scores, build times at scale,
// the matrix benchmark, and whether the targets in README hold. Prints tables; exits 1 on a miss.
// Usage: npm run bench [-- --no-lighthouse] [-- --no-scale] [-- --runs=N] [-- --cpu-slowdown=N]
// It rebuilds dist/ under /handoff/, so run `npm run test:build` before the e2e tests afterwards.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { projectCopyWithLessons, removeCopy, timeBuild } from "./lib/build-timing.ts";
import {
  auditPages,
  type CpuSlowdownSetting,
  type LighthouseResult,
} from "./lib/lighthouse-audit.ts";
import { freePort, startPreview } from "./lib/preview-server.ts";
import {
  kilobytes as kb,
  lessonScriptViolations,
  measureRoutes,
  type RouteWeight,
} from "./lib/page-weight.ts";
import { measureVisits } from "./lib/returning-visit.ts";

const BASE = "/handoff/";
const DIST = "dist";
const SCALES = [100, 1000];
const TARGETS = { lighthouse: 100, worksheetJsKb: 20, lessonFirstVisitKb: 30 };

const args = new Set(process.argv.slice(2));
/** The number given as `--name=<number>`, or undefined when the option is absent. */
function numberOption(name: string): number | undefined {
  const prefix = `--${name}=`;
  const arg = [...args].find((candidate) => candidate.startsWith(prefix));
  return arg === undefined ? undefined : Number(arg.slice(prefix.length));
}
const withLighthouse = !args.has("--no-lighthouse");
const withScale = !args.has("--no-scale");
/**
 * Lighthouse runs per route. Its guide to variability advises five and the median: on a shared
 * machine a single run can lose ten or twenty points to a neighbour's burst of work, and with
 * three runs two such bursts decide the median.
 */
const runs = numberOption("runs") ?? 5;
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs needs a whole number of at least 1, e.g. --runs=3");
  process.exit(2);
}

/**
 * Lighthouse's CPU slowdown. By default each run is calibrated to the machine as Lighthouse's
 * guide to throttling advises, so the mobile preset means the same phone on a slow or busy
 * machine as on a fast desktop. `--cpu-slowdown=4` applies the preset's fixed value instead.
 */
const cpuSlowdown: CpuSlowdownSetting = numberOption("cpu-slowdown") ?? "calibrated";
if (typeof cpuSlowdown === "number" && !(cpuSlowdown >= 1)) {
  console.error("--cpu-slowdown needs a number of at least 1, e.g. --cpu-slowdown=4");
  process.exit(2);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Prints rows as an aligned table: the first column left-aligned, the rest right-aligned. */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
}

/** What a compressing host would send for a file of the build: its gzipped size. */
function gzippedFileSize(url: string, origin: string): number {
  const parsed = new URL(url);
  if (parsed.origin !== origin || !parsed.pathname.startsWith(BASE)) return 0;
  let path = join(DIST, decodeURIComponent(parsed.pathname.slice(BASE.length)));
  if (parsed.pathname.endsWith("/")) path = join(path, "index.html");
  if (!existsSync(path) || statSync(path).isDirectory()) return 0;
  const content = readFileSync(path);
  return Math.min(content.length, gzipSync(content, { level: 9 }).length);
}

/** Runs Lighthouse on every route while `astro preview` serves dist/ on `port`. */
async function lighthouseRoutes(rows: RouteWeight[], port: number): Promise<LighthouseResult[]> {
  const server = await startPreview(BASE, port);
  try {
    const urls = rows.map((row) => `${server.origin}${BASE}${row.route.slice(1)}`);
    return await auditPages(urls, runs, cpuSlowdown, (result) =>
      console.log(
        `  ${result.url}: ${Object.values(result.scores).join(" / ")}` +
          ` (performance over ${runs} runs: ${result.performanceRange.join(" to ")})`,
      ),
    );
  } finally {
    server.stop();
  }
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".html"))
    .length;
}

/** The service worker's precache: what a first visit downloads in the background for offline use. */
function precacheSize(): { files: number; gzBytes: number } {
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? "");
  const gzBytes = urls.reduce((sum, url) => sum + gzippedFileSize(`http://x${url}`, "http://x"), 0);
  return { files: urls.length, gzBytes };
}

// --- Build the real site, as deployed under /handoff/, with canonical URLs on the preview port.
const port = await freePort();
const siteEnv = { BASE_PATH: BASE, SITE_URL: `http://127.0.0.1:${port}` };
console.log(`Handoff benchmark, ${new Date().toISOString()}`);
console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}; Node ${process.version}; ` +
    `${spawnSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).stdout.trim()}\n`,
);
console.log("Building the site…");
const realBuildMs = timeBuild(".", siteEnv);
const rows = measureRoutes(DIST, BASE);

// --- Lighthouse, mobile preset, every route.
let audits: LighthouseResult[] = [];
if (withLighthouse) {
  console.log(
    `Running Lighthouse ${runs} times on each of ${rows.length} routes (mobile preset, CPU ` +
      (cpuSlowdown === "calibrated"
        ? "slowdown calibrated to the machine before each run"
        : `slowed ${cpuSlowdown} times`) +
      ") and keeping each route's median run; this takes a while…",
  );
  audits = await lighthouseRoutes(rows, port);
}
const origin = `http://127.0.0.1:${port}`;
const firstVisit = (audit: LighthouseResult | undefined) =>
  audit?.requests.reduce((sum, request) => sum + gzippedFileSize(request.url, origin), 0) ?? 0;

console.log(
  "\nEvery route: gzipped HTML, CSS and JS it loads; Lighthouse mobile on the preview server",
);
printTable(
  [
    "route",
    "HTML",
    "CSS",
    "JS",
    "req",
    "1st visit",
    "perf",
    "a11y",
    "best",
    "SEO",
    "LCP",
    "TBT",
    "CPU",
    "perf range",
  ],
  rows.map((row, i) => {
    const audit = audits[i];
    const score = (id: keyof LighthouseResult["scores"]) =>
      audit ? String(audit.scores[id]) : "-";
    return [
      row.route,
      kb(row.htmlBytes),
      kb(row.cssBytes),
      kb(row.jsBytes),
      audit ? String(audit.requests.length) : "-",
      audit ? kb(firstVisit(audit)) : "-",
      score("performance"),
      score("accessibility"),
      score("best-practices"),
      score("seo"),
      audit ? `${seconds(audit.lcpMs)} s` : "-",
      audit ? `${Math.round(audit.tbtMs)} ms` : "-",
      audit ? `${audit.cpuSlowdown.toFixed(1)}×` : "-",
      audit ? audit.performanceRange.join("–") : "-",
    ];
  }),
);
console.log(
  "Sizes in kB (gzip, level 9). req: requests the page made. 1st visit: those requests' files " +
    "gzipped, as a compressing host sends them (the preview server does not compress). " +
    "Scores, LCP and TBT are from each route's median run (Lighthouse's own choice, nearest the " +
    "median first paint and time to interactive); CPU: how many times Lighthouse slowed the " +
    "CPU in that run; perf range: the lowest and highest performance score over all its runs.",
);
const precache = precacheSize();
console.log(
  `Offline copy: after the first page has loaded, the service worker downloads ${precache.files} ` +
    `files (${kb(precache.gzBytes)} kB gzipped) in the background.`,
);
if (audits.length > 0) {
  const indexes = audits.map((audit) => Math.round(audit.benchmarkIndex));
  const slowdowns = audits.map((audit) => audit.cpuSlowdown);
  console.log(
    `Lighthouse benchmarkIndex in the median runs: ${Math.min(...indexes)} to ${Math.max(...indexes)} ` +
      "(Lighthouse's own CPU speed test, higher is faster); CPU slowed " +
      `${Math.min(...slowdowns).toFixed(1)} to ${Math.max(...slowdowns).toFixed(1)} times.`,
  );
  console.log("Audits that cost points:");
  for (const audit of audits) {
    if (audit.failing.length > 0) console.log(`  ${audit.url}: ${audit.failing.join("; ")}`);
  }
}

// --- Worksheet pages for someone returning with saved work, measured in Chromium.
const worksheetRoutes = rows.filter((row) => row.hasIsland).map((row) => row.route);
const visitServer = await startPreview(BASE, port);
try {
  const visits = await measureVisits(
    worksheetRoutes.map((route) => `${visitServer.origin}${BASE}${route.slice(1)}`),
    (url) => gzippedFileSize(url, visitServer.origin),
  );
  console.log("\nJavaScript on worksheet pages: a first visit, and a return with saved work");
  printTable(
    ["route", "first visit", "with saved work"],
    visits.map((visit, i) => [
      worksheetRoutes[i] ?? visit.url,
      `${kb(visit.firstVisitBytes)} kB`,
      `${kb(visit.returningBytes)} kB`,
    ]),
  );
  console.log(
    "Scripts requested in Chromium until the network is quiet, with each worksheet scrolled " +
      "into view, gzipped. Saved work: a task, a handoff, quiz answers, a read lesson and a " +
      "theme. It adds each document's schema and zod, which a first visit never loads, and on " +
      "the checklist the parts that show a handoff.",
  );
} finally {
  visitServer.stop();
}

// --- The matrix with 500 tasks, measured by the matrix's own benchmark once it exists.
console.log("\nMatrix with 500 tasks");
if (existsSync("scripts/bench-matrix.ts")) {
  const matrix = spawnSync(process.execPath, ["scripts/bench-matrix.ts"], { stdio: "inherit" });
  if (matrix.status !== 0) console.log(`The matrix benchmark exited with ${matrix.status}.`);
} else {
  console.log("Not measured: scripts/bench-matrix.ts is not in this checkout yet.");
}

// --- Build time as the number of lessons grows.
const buildRows: string[][] = [["real site", String(countHtml(DIST)), `${seconds(realBuildMs)} s`]];
if (withScale) {
  for (const count of SCALES) {
    console.log(`\nBuilding a temporary copy with ${count} generated lessons…`);
    const dir = projectCopyWithLessons(".", count);
    try {
      const ms = timeBuild(dir, { BASE_PATH: BASE });
      buildRows.push([
        `+${count} generated lessons`,
        String(countHtml(join(dir, DIST))),
        `${seconds(ms)} s`,
      ]);
    } finally {
      removeCopy(dir);
    }
  }
}
console.log("\nBuild time (npm run build: astro build, Pagefind index, service worker)");
printTable(["site", "pages", "build"], buildRows);

// --- Targets.
const lessons = rows.filter((row) => /^\/lessons\/[^/]+\/$/.test(row.route));
const worksheetPages = rows.filter((row) => row.hasIsland);
const shellKb = kb(rows.find((row) => row.route === "/404.html")?.jsBytes ?? 0);
const misses: string[] = [];
const check = (ok: boolean, text: string) => {
  console.log(`  ${ok ? "met   " : "MISSED"}  ${text}`);
  if (!ok) misses.push(text);
};
console.log("\nTargets");
if (withLighthouse) {
  const below = audits.flatMap((audit, i) =>
    Object.entries(audit.scores)
      .filter(([, value]) => value < TARGETS.lighthouse)
      .map(([id, value]) => `${rows[i]?.route} ${id} ${value}`),
  );
  check(
    below.length === 0,
    `Lighthouse 100 in all four categories on every route${below.length ? ` (below: ${below.join(", ")})` : ""}`,
  );
  const heaviest = lessons
    .map((row) => ({ route: row.route, bytes: firstVisit(audits[rows.indexOf(row)]) }))
    .toSorted((a, b) => b.bytes - a.bytes)[0];
  check(
    (heaviest?.bytes ?? 0) < TARGETS.lessonFirstVisitKb * 1024,
    `Every lesson under ${TARGETS.lessonFirstVisitKb} kB on a first visit (largest: ${heaviest?.route} ${kb(heaviest?.bytes ?? 0)} kB)`,
  );
} else {
  console.log("  (Lighthouse skipped: its targets were not checked)");
}
const scriptMisses = lessonScriptViolations(rows);
check(
  scriptMisses.length === 0,
  `Lessons without a worksheet load no JavaScript but the ${shellKb} kB site shell (theme, search launcher; search loads on demand)` +
    (scriptMisses.length ? `: ${scriptMisses.join("; ")}` : ""),
);
const heaviestWorksheet = worksheetPages.toSorted((a, b) => b.jsBytes - a.jsBytes)[0];
check(
  (heaviestWorksheet?.jsBytes ?? 0) <= TARGETS.worksheetJsKb * 1024,
  `At most ${TARGETS.worksheetJsKb} kB gzipped JavaScript on any worksheet page (largest: ${heaviestWorksheet ? `${heaviestWorksheet.route} ${kb(heaviestWorksheet.jsBytes)} kB` : "no worksheet pages yet"})`,
);
process.exit(misses.length > 0 ? 1 : 0);
