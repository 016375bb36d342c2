// Nothing on a page moves once it is on screen: pages load on a slow phone connection, as
// Lighthouse's mobile preset has them, and every layout shift the browser reports is added up.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { pageErrors, siteUrl, sitemapPaths, useBrowser } from "../support/browser.ts";

const openPage = useBrowser();

/** Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
async function slowPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/** Loads `path`, waits for it to settle, and returns each layout shift with what moved. */
async function layoutShifts(path: string): Promise<string[]> {
  const page = await openPage({ viewport: { width: 412, height: 823 }, isMobile: true });
  await slowPhone(page);
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        sources?: { node?: Node }[];
      }[]) {
        const moved = (entry.sources ?? [])
          .map(({ node }) => (node instanceof Element ? node.tagName + "." + node.className : "?"))
          .join(", ");
        shifts.push(`${entry.value.toFixed(4)} ${moved}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(siteUrl(path), { waitUntil: "load" });
  // Islands hydrate and read storage after load; give them time to finish drawing.
  await page.waitForTimeout(1500);
  expect(pageErrors(page)).toEqual([]);
  return page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
}

const pages = sitemapPaths().filter(
  (path) =>
    path === "" ||
    path === "lessons/what-you-keep/" ||
    path === "lessons/chart-your-tasks/" ||
    path === "quiz/" ||
    path === "plan/" ||
    path.startsWith("tools/"),
);

test("the pages checked here are in the sitemap", () => {
  expect(pages).toHaveLength(8);
});

test.each(pages)("/%s does not move as it loads on a phone", async (path) => {
  const shifts = await layoutShifts(path);
  const total = shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0);
  // A shift under a thousandth of the screen is a sub-pixel rounding, not something a person sees.
  expect(total, shifts.join("\n")).toBeLessThan(0.001);
});
