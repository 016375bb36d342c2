// With JavaScript off, lessons and navigation still work and JS-only controls stay out of the way.
import { expect, test } from "vitest";
import { siteUrl, useBrowser } from "../support/browser.ts";

const openPage = useBrowser();

test("a reader without JavaScript can go from the home page through the lessons", async () => {
  const page = await openPage({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  await page.goto(siteUrl());
  await page.locator("a", { hasText: "Start the guide" }).click();
  await page.waitForURL(siteUrl("lessons/"));
  await page.locator("[data-lesson-list] .lesson-title a").first().click();
  await page.waitForURL(/\/lessons\/[^/]+\/$/);
  await expect(page.locator("article h1").isVisible()).resolves.toBe(true);
  await expect(page.locator("[data-takeaways]").isVisible()).resolves.toBe(true);

  // The collapsed "On this page" list opens with its summary, no script needed.
  await page.locator("[data-toc] summary").click();
  await expect(page.locator("[data-toc] a").first().isVisible()).resolves.toBe(true);

  // Search and the theme toggle need JavaScript, so they are hidden rather than broken.
  await expect(page.locator("[data-search-open]").isVisible()).resolves.toBe(false);
  await expect(page.locator("[data-theme-toggle]").isVisible()).resolves.toBe(false);

  const before = page.url();
  await page.locator("a[rel='next']").click();
  await page.waitForURL((url) => url.href !== before);
  await expect(page.locator("article h1").isVisible()).resolves.toBe(true);
});

test("without JavaScript a worksheet page explains itself instead of showing dead controls", async () => {
  const page = await openPage({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  await page.goto(siteUrl("tools/matrix/"));
  // Playwright's text search skips <noscript>, so the paragraph is found by its place.
  const note = page.locator("noscript p");
  await expect(note.isVisible()).resolves.toBe(true);
  await expect(note.textContent()).resolves.toContain("The task matrix needs JavaScript");
  // The worksheet is in the page's HTML, for readers with JavaScript, but not shown here.
  await expect(page.locator(".worksheet-root").count()).resolves.toBe(1);
  await expect(page.getByRole("heading", { name: "Add a task" }).isVisible()).resolves.toBe(false);
});
