// Private by construction: walking and using the whole site talks only to the site, sets no cookies.
import type { Request } from "playwright-core";
import { expect, test } from "vitest";
import { pageErrors, sitemapPaths, siteUrl, useBrowser } from "../support/browser.ts";
import { hydrateIslands, useIslandControls } from "../support/page-walk.ts";

const openPage = useBrowser();
/** Both tests walk every page in the sitemap, so they need more time as the site grows. */
const wholeSite = { timeout: 120_000 };

test(
  "every request while reading, searching and using every worksheet stays on the site",
  wholeSite,
  async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    const origin = new URL(siteUrl()).origin;
    const requests: Request[] = [];
    // Context-wide, so requests from workers and the service worker are recorded as well.
    page.context().on("request", (request) => requests.push(request));

    let islands = 0;
    let controlsUsed = 0;
    const paths = sitemapPaths();
    for (const path of paths) {
      await page.goto(siteUrl(path), { waitUntil: "networkidle" });
      islands += await hydrateIslands(page);
      controlsUsed += await useIslandControls(page);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.cookie), `/${path} set a cookie`).toBe("");
    }

    // Search loads Pagefind's code, WebAssembly and index chunks: all from the site itself.
    await page.goto(siteUrl("lessons/"));
    await page.locator("[data-search-open]").first().click();
    await page.locator("[data-search-input]").fill("outsource");
    await page.locator("[data-search-results] li a").first().waitFor();
    await page.waitForLoadState("networkidle");

    const urls = requests.map((request) => request.url());
    const elsewhere = urls.filter((url) => {
      const { protocol, origin: requestOrigin } = new URL(url);
      return !(protocol === "data:" || protocol === "blob:" || requestOrigin === origin);
    });
    expect(elsewhere, "requests to other hosts").toEqual([]);
    // Reading sends nothing: no form posts, beacons or uploads, only fetching the site's files.
    const sending = requests.filter((request) => request.method() !== "GET");
    expect(sending.map((request) => `${request.method()} ${request.url()}`)).toEqual([]);
    expect(urls.some((url) => url.includes("/pagefind/"))).toBe(true);
    expect(urls.length).toBeGreaterThan(paths.length);
    expect(await page.context().cookies()).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    // The walk is only meaningful if it really used the worksheets it found.
    if (islands > 0) expect(controlsUsed).toBeGreaterThan(0);
  },
);

test(
  "the built pages reference no other host for scripts, styles, images, fonts or frames",
  wholeSite,
  async () => {
    const page = await openPage();
    for (const path of sitemapPaths()) {
      await page.goto(siteUrl(path));
      const foreign = await page.evaluate(() => {
        const here = location.origin;
        const sources = [
          ...[...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((s) => s.src),
          ...[...document.querySelectorAll<HTMLImageElement>("img[src]")].map((i) => i.src),
          ...[...document.querySelectorAll<HTMLIFrameElement>("iframe[src]")].map((f) => f.src),
          ...[
            ...document.querySelectorAll<HTMLLinkElement>(
              "link[rel~='stylesheet'], link[rel~='preload'], link[rel~='modulepreload'], link[rel~='icon'], link[rel~='manifest']",
            ),
          ].map((l) => l.href),
          ...[...document.querySelectorAll("astro-island")].flatMap((island) =>
            ["component-url", "renderer-url"].map(
              (name) => new URL(island.getAttribute(name) ?? "", location.href).href,
            ),
          ),
        ];
        return sources.filter((source) => new URL(source).origin !== here);
      });
      expect(foreign, `/${path}`).toEqual([]);
    }
  },
);
