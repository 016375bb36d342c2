// Runs Lighthouse (mobile preset) on pages of the site, driving Debian's Chromium over CDP.
import lighthouse from "lighthouse";
import { throttling } from "lighthouse/core/config/constants.js";
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";
import { chromium, type Browser } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../tests/support/chromium.ts";
import { slowdownForBenchmarkIndex } from "./cpu-slowdown.ts";
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
  /** The CPU slowdown Lighthouse simulated for this page (its preset uses 4). */
  cpuSlowdown: number;
}

/**
 * How the CPU is slowed: a fixed multiplier, or "calibrate" to measure the host before the first
 * page and use the multiplier Lighthouse's throttling guide gives for its speed on every page.
 */
export type CpuSlowdown = number | "calibrate";

/**
 * Runs Lighthouse's own CPU benchmark in a blank page, as it does at the start of an audit, five
 * times, and gives the median: one run on a shared machine can be far off either way.
 */
async function measureBenchmarkIndex(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  try {
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      runs.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
    }
    return runs.toSorted((a, b) => a - b)[2] ?? Number.NaN;
  } finally {
    await page.close();
  }
}

interface NetworkItem {
  url: string;
  transferSize?: number;
  sessionTargetType?: string;
}

/**
 * Audits each URL in turn in one Chromium, which Lighthouse reaches through its DevTools port.
 * Lighthouse resets storage (and with it the service worker) before every page, so each run is
 * a first visit. Nothing is downloaded: the browser is Debian's.
 */
export async function auditPages(
  urls: readonly string[],
  cpuSlowdown: CpuSlowdown,
  onDone: (result: LighthouseResult) => void = () => {},
): Promise<LighthouseResult[]> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
    headless: true,
  });
  try {
    const results: LighthouseResult[] = [];
    const slowdown =
      cpuSlowdown === "calibrate"
        ? slowdownForBenchmarkIndex(await measureBenchmarkIndex(browser))
        : cpuSlowdown;
    for (const url of urls) {
      const run = await lighthouse(url, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: slowdown },
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      if (lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const score = (id: Category) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const items = ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] })
        ?.items ?? []) as NetworkItem[];
      const failing = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${id}: ${audit?.title}`),
      );
      results.push({
        url,
        scores: {
          performance: score("performance"),
          accessibility: score("accessibility"),
          "best-practices": score("best-practices"),
          seo: score("seo"),
        },
        lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        requests: items
          .filter((item) => (item.sessionTargetType ?? "page") === "page")
          .map((item) => ({ url: item.url, transferSize: item.transferSize ?? 0 })),
        failing,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? slowdown,
      });
      const last = results.at(-1);
      if (last) onDone(last);
    }
    return results;
  } finally {
    await browser.close();
  }
}
