// The reading experience in a real browser: navigation, lesson furniture, meta, 404 and sub-path.
import { expect, test } from "vitest";
import { pageErrors, sitemapPaths, siteUrl, useBrowser } from "../support/browser.ts";
import { TEST_BASE } from "../support/site.ts";

const openPage = useBrowser();
/** Tests that visit every page in the sitemap need more time as the guide grows. */
const wholeSite = { timeout: 120_000 };

test("the home page explains Handoff and links every lesson in order", async () => {
  const page = await openPage();
  await page.goto(siteUrl());
  await expect.poll(() => page.locator("h1").textContent()).toMatch(/hand off/i);
  const links = await page
    .locator("[data-lesson-list] .lesson-title a")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(1);
  for (const link of links) expect(link).toMatch(new RegExp(`^${TEST_BASE}lessons/[a-z0-9-]+/$`));
  expect(pageErrors(page)).toEqual([]);
});

test("a lesson has its sidebar, table of contents, reading time, takeaways and next links", async () => {
  const page = await openPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(siteUrl());
  await page.locator("[data-lesson-list] .lesson-title a").first().click();
  await page.waitForURL(/\/lessons\/[^/]+\/$/);

  const current = page.locator(".lesson-sidebar a[aria-current='page']");
  await expect.poll(() => current.count()).toBe(1);
  expect(new URL(page.url()).pathname).toBe(
    await current.evaluate((a) => (a as HTMLAnchorElement).pathname),
  );

  await expect
    .poll(() => page.locator(".eyebrow").textContent())
    .toMatch(/Lesson 1 of \d+ · \d+ min read/);
  await expect.poll(() => page.locator("[data-takeaways] li").count()).toBeGreaterThan(1);
  await expect.poll(() => page.locator("[data-next-step] a").count()).toBeGreaterThan(0);

  // The table of contents points at headings that exist on the page.
  const targets = await page
    .locator("[data-toc] a")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
  expect(targets.length).toBeGreaterThan(1);
  for (const hash of targets) await expect.poll(() => page.locator(hash).count()).toBe(1);

  // Following "Next" lands on the second lesson, whose "Previous" leads back.
  const first = page.url();
  await page.locator("a[rel='next']").click();
  await page.waitForURL((url) => url.href !== first);
  await expect.poll(() => page.locator(".eyebrow").textContent()).toMatch(/Lesson 2 of/);
  await page.locator("a[rel='prev']").click();
  await page.waitForURL(first);
  expect(pageErrors(page)).toEqual([]);
});

test("the table of contents marks the section being read", async () => {
  const page = await openPage({ viewport: { width: 1280, height: 700 } });
  await page.goto(
    siteUrl(sitemapPaths().find((path) => path.startsWith("lessons/") && path !== "lessons/")),
  );
  const last = page.locator("[data-toc] a").last();
  const hash = await last.evaluate((a) => (a as HTMLAnchorElement).hash);
  await page.locator(hash).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.querySelector(id)?.scrollIntoView({ block: "start" }), hash);
  await page.waitForFunction(
    (id) =>
      document.querySelector(`[data-toc] a[href='${id}']`)?.getAttribute("aria-current") === "true",
    hash,
  );
  await expect.poll(() => page.locator("[data-toc] a[aria-current='true']").count()).toBe(1);
});

test("the skip link is the first stop and moves focus to the main content", async () => {
  const page = await openPage();
  await page.goto(siteUrl("lessons/"));
  await page.keyboard.press("Tab");
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
    .toBe("Skip to content");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
});

test(
  "every page has a canonical URL, a description and Open Graph and Twitter meta",
  wholeSite,
  async () => {
    const page = await openPage();
    for (const path of sitemapPaths()) {
      await page.goto(siteUrl(path));
      const meta = await page.evaluate(() => {
        const content = (selector: string) =>
          document.querySelector(selector)?.getAttribute("content");
        return {
          canonical: document.querySelector("link[rel='canonical']")?.getAttribute("href"),
          description: content("meta[name='description']"),
          ogTitle: content("meta[property='og:title']"),
          ogUrl: content("meta[property='og:url']"),
          ogDescription: content("meta[property='og:description']"),
          twitterCard: content("meta[name='twitter:card']"),
          twitterTitle: content("meta[name='twitter:title']"),
        };
      });
      expect(meta.canonical, path).toMatch(new RegExp(`${TEST_BASE}${path}$`));
      expect(meta.ogUrl, path).toBe(meta.canonical);
      expect(meta.description?.length, path).toBeGreaterThan(20);
      expect(meta.ogTitle, path).toBeTruthy();
      expect(meta.ogDescription, path).toBe(meta.description);
      expect(meta.twitterCard, path).toMatch(/^summary/);
      expect(meta.twitterTitle, path).toBe(meta.ogTitle);
    }
  },
);

test("the icon every page links is a small PNG, so no page draws an SVG document for it", async () => {
  const page = await openPage();
  await page.goto(siteUrl());
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  const response = await page.request.get(new URL(href ?? "", page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/png/);
  expect((await response.body()).length).toBeLessThan(2048);
});

test("an unknown address gets the 404 page with a way back", async () => {
  const page = await openPage();
  const response = await page.goto(siteUrl("lessons/not-a-lesson/"));
  expect(response?.status()).toBe(404);
  await expect.poll(() => page.locator("h1").textContent()).toMatch(/could not find/i);
  await page.locator("main a", { hasText: "home page" }).click();
  await page.waitForURL(siteUrl());
});

test("robots.txt and the sitemap use the configured base path", async () => {
  const page = await openPage();
  const robots = await (await page.goto(siteUrl("robots.txt")))?.text();
  expect(robots).toMatch(new RegExp(`Sitemap: https?://[^\\s]+${TEST_BASE}sitemap-index\\.xml`));
  const paths = sitemapPaths();
  expect(paths).toEqual(
    expect.arrayContaining(["", "lessons/", "tools/matrix/", "tools/checklist/", "quiz/", "plan/"]),
  );
});

test("no page is wider than a 320 px phone", wholeSite, async () => {
  const page = await openPage({ viewport: { width: 320, height: 640 } });
  for (const path of sitemapPaths()) {
    await page.goto(siteUrl(path));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `/${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});
