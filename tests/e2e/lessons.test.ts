// Every lesson in a real browser: its promise, worked example, takeaways and next step are
// there, its links lead to real pages of the built site, and it prints cleanly.
import { describe, expect, test } from "vitest";
import { pageErrors, sitemapPaths, siteUrl, useBrowser } from "../support/browser.ts";

const openPage = useBrowser();
const lessonPaths = sitemapPaths().filter((path) => /^lessons\/[^/]+\/$/.test(path));

describe.each(lessonPaths)("/%s", (path) => {
  test("shows its promise, a worked example, its takeaways and a next step", async () => {
    const page = await openPage({ viewport: { width: 375, height: 800 } });
    await page.goto(siteUrl(path));
    await expect(page.locator("[data-lesson-summary]").textContent()).resolves.toMatch(/\w{3,}/);
    await expect(page.locator("article h2").count()).resolves.toBeGreaterThan(2);
    await expect(page.locator("[data-worked-example]").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("[data-takeaways] li").count()).resolves.toBeGreaterThan(1);
    await expect(page.locator("[data-next-step] a").count()).resolves.toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
  });

  test("links only to pages and headings that exist in the built site", async () => {
    const page = await openPage();
    await page.goto(siteUrl(path));
    const hrefs = await page
      .locator("article a[href]")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const here = new URL(page.url());
    const internal = [...new Set(hrefs)].filter((href) => new URL(href).origin === here.origin);
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) {
      const url = new URL(href);
      const response = await page.request.get(`${url.origin}${url.pathname}`);
      expect(response.status(), href).toBe(200);
      if (url.hash) {
        const target = await page.request.get(`${url.origin}${url.pathname}`);
        const id = decodeURIComponent(url.hash.slice(1));
        expect(await target.text(), `${href} has no #${id}`).toContain(`id="${id}"`);
      }
    }
  });

  test(
    "prints cleanly in light colours, even for a reader who chose the dark theme",
    { timeout: 60_000 },
    async () => {
      const page = await openPage({ viewport: { width: 794, height: 1123 }, colorScheme: "dark" });
      await page.goto(siteUrl(path));
      await page.evaluate(() =>
        localStorage.setItem(
          "handoff:settings",
          JSON.stringify({ version: 1, data: { theme: "dark" } }),
        ),
      );
      await page.reload();
      await expect(page.locator("html").getAttribute("data-theme")).resolves.toBe("dark");
      await page.emulateMedia({ media: "print" });
      await expect(
        page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
      ).resolves.toBe("light");
      for (const selector of [".site-header", ".lesson-sidebar", "[data-toc]", ".prev-next"]) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      for (const selector of ["article h1", "[data-worked-example]", "[data-takeaways]"]) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(true);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "the printed page is wider than the paper").toBeLessThanOrEqual(0);
      // Printed boxes keep their outline but drop their background, and text is black on white.
      const boxes = await page
        .locator("[data-worked-example], [data-callout], [data-takeaways]")
        .evaluateAll((elements) =>
          elements.map((element) => {
            const style = getComputedStyle(element);
            return { background: style.backgroundColor, color: style.color };
          }),
        );
      expect(boxes.length).toBeGreaterThan(1);
      for (const box of boxes) {
        expect(box.background).toMatch(/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/);
        expect(box.color).toBe("rgb(0, 0, 0)");
      }
    },
  );
});
