// Runs Lighthouse (mobile preset) on pages of the site, driving Debian's Chromium over CDP.
import lighthouse, { type Result } from "lighthouse";
import { computeMedianRun, filterToValidRuns } from "lighthouse/core/lib/median-run.js";
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";
import { chromium, type Browser } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../tests/support/chromium.ts";
import { cpuSlowdownFor, medianIndex } from "./cpu-slowdown.ts";
import { freePort } from "./preview-server.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface RequestRecord {
  url: string;
  /** Bytes as the preview server sent them (it does not compress). */
  transferSize: number;
}

export interface LighthouseResult {
  url: string;
  /** Scores from 0 to 100 per category. */
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  /** Requests the page itself made (not its service worker), from Lighthouse's network log. */
  requests: RequestRecord[];
  /** Titles of the audits that cost points, to explain a score under 100. */
  failing: string[];
  /** Lighthouse's measure of how fast the machine ran during the audit (higher is faster). */
  benchmarkIndex: number;
  /** How many times the CPU was slowed for the median run. */
  cpuSlowdown: number;
  /** The lowest and highest performance score over all runs of the page, median run included. */
  performanceRange: [number, number];
}

interface NetworkItem {
  url: string;
  transferSize?: number;
  sessionTargetType?: string;
}

/**
 * How much to slow the CPU: "calibrated" measures the machine before every run and slows it to
 * the phone the mobile preset stands for (see cpu-slowdown.ts), a number is used as it is (4 is
 * the preset's own fixed value).
 */
export type CpuSlowdownSetting = "calibrated" | number;

/**
 * Readings of the benchmark index behind each run's slowdown. One reading takes about half a
 * second, and single readings a moment apart differed by up to two fifths on this shared machine;
 * the median of three ignores one odd reading.
 */
const benchmarkReadings = 3;

/**
 * Lighthouse's own benchmark index, measured now in `browser` with the test Lighthouse runs at the
 * start of an audit, as the median of a few readings: a calibrated run follows the machine's load,
 * not one reading's luck. Each reading gets a new page, as Lighthouse's does: read twice in one
 * page, the test's code is already optimised and the second reading comes out up to twice as high.
 */
async function measureBenchmarkIndex(browser: Browser): Promise<number> {
  const readings: number[] = [];
  for (let reading = 0; reading < benchmarkReadings; reading++) {
    const page = await browser.newPage();
    try {
      readings.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
    } finally {
      await page.close();
    }
  }
  return medianIndex(readings);
}

/**
 * Runs Lighthouse once on `url` in a Chromium started for this run alone, which Lighthouse reaches
 * through its DevTools port, as the Lighthouse command line starts a new Chrome for every run: no
 * run inherits the processes, caches or service workers of the runs before it. Nothing is
 * downloaded: the browser is Debian's.
 */
async function runLighthouse(url: string, cpuSlowdown: CpuSlowdownSetting): Promise<Result> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
    headless: true,
  });
  try {
    const cpuSlowdownMultiplier =
      cpuSlowdown === "calibrated"
        ? cpuSlowdownFor(await measureBenchmarkIndex(browser))
        : cpuSlowdown;
    // Only the CPU slowdown changes: the screen, the network and the rest stay the preset's.
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      throttling: { cpuSlowdownMultiplier },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await browser.close();
  }
}

/**
 * Audits each URL `runs` times and keeps the median run. Every run starts a browser with an empty
 * profile (and Lighthouse resets storage besides), so each is a first visit.
 */
export async function auditPages(
  urls: readonly string[],
  runs: number,
  cpuSlowdown: CpuSlowdownSetting,
  onDone: (result: LighthouseResult) => void = () => {},
): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const url of urls) {
    const lhrs: Result[] = [];
    for (let run = 0; run < runs; run++) lhrs.push(await runLighthouse(url, cpuSlowdown));
    // Lighthouse's own choice of the run nearest the median first paint and time to
    // interactive, as Lighthouse CI makes it: one busy moment on the machine cannot decide it.
    // It needs both metrics; a page that never painted has neither, and its first run is
    // reported as it is, so the target check names the page instead of the benchmark failing.
    const valid = filterToValidRuns(lhrs);
    const lhr = valid.length > 0 ? computeMedianRun(valid) : lhrs[0];
    if (!lhr) throw new Error(`Lighthouse made no runs of ${url}`);
    const scores = lhrs.map((run) => percent(run, "performance"));
    const result: LighthouseResult = {
      ...summarize(url, lhr),
      performanceRange: [Math.min(...scores), Math.max(...scores)],
    };
    results.push(result);
    onDone(result);
  }
  return results;
}

/** A category's score from 0 to 100. */
function percent(lhr: Result, id: Category): number {
  return Math.round((lhr.categories[id]?.score ?? 0) * 100);
}

/** What the benchmark keeps of one Lighthouse report. */
function summarize(url: string, lhr: Result): Omit<LighthouseResult, "performanceRange"> {
  const items = ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] })?.items ??
    []) as NetworkItem[];
  const failing = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${id}: ${audit?.title}`),
  );
  return {
    url,
    scores: {
      performance: percent(lhr, "performance"),
      accessibility: percent(lhr, "accessibility"),
      "best-practices": percent(lhr, "best-practices"),
      seo: percent(lhr, "seo"),
    },
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    requests: items
      .filter((item) => (item.sessionTargetType ?? "page") === "page")
      .map((item) => ({ url: item.url, transferSize: item.transferSize ?? 0 })),
    failing,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
  };
}
