// Runs Lighthouse (mobile preset) on pages of the site, driving Debian's Chromium over CDP.
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../tests/support/chromium.ts";
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
    for (const url of urls) {
      const run = await lighthouse(url, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
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
      });
      const last = results.at(-1);
      if (last) onDone(last);
    }
    return results;
  } finally {
    await browser.close();
  }
}
