// Theme choice without a flash, keyboard search that loads on demand, and a clean printed lesson.
import { expect, test } from "vitest";
import { pageErrors, sitemapPaths, siteUrl, useBrowser } from "../support/browser.ts";

const openPage = useBrowser();
const firstLesson = sitemapPaths().find((path) => /^lessons\/.+/.test(path)) ?? "";

const background = (page: import("playwright-core").Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test("the theme follows the system until the reader picks one, and the pick is remembered", async () => {
  const page = await openPage({ colorScheme: "dark" });
  await page.goto(siteUrl());
  const darkBackground = await background(page);
  const toggle = page.locator("[data-theme-toggle]");
  await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");

  await toggle.click();
  await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
  const lightBackground = await background(page);
  expect(lightBackground).not.toBe(darkBackground);

  // The choice is kept in the versioned settings document.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("handoff:settings")))
    .toBe(JSON.stringify({ version: 1, data: { theme: "light" } }));

  await page.reload();
  await expect.poll(() => background(page)).toBe(lightBackground);
  await expect.poll(() => page.locator("html").getAttribute("data-theme")).toBe("light");
});

test("a theme an older build saved still applies, and moves into the settings document", async () => {
  const page = await openPage({ colorScheme: "light" });
  await page.goto(siteUrl());
  await page.evaluate(() => localStorage.setItem("handoff:theme", "dark"));
  await page.reload();
  await expect.poll(() => page.locator("html").getAttribute("data-theme")).toBe("dark");
  await expect
    .poll(() =>
      page.evaluate(() => [
        localStorage.getItem("handoff:theme"),
        localStorage.getItem("handoff:settings"),
      ]),
    )
    .toEqual([null, JSON.stringify({ version: 1, data: { theme: "dark" } })]);
});

test("damaged settings: the theme toggle still works and the damaged text is kept", async () => {
  const page = await openPage({ colorScheme: "light" });
  await page.goto(siteUrl());
  await page.evaluate(() => localStorage.setItem("handoff:settings", "{ damaged"));
  await page.reload();
  await page.locator("[data-theme-toggle]").click();
  await expect.poll(() => page.locator("html").getAttribute("data-theme")).toBe("dark");
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("handoff:settings")))
    .toBe("{ damaged");
  expect(pageErrors(page)).toEqual([]);
});

test("a stored theme applies before any bundled script runs, so there is no flash", async () => {
  const page = await openPage({ colorScheme: "light" });
  await page.goto(siteUrl());
  const lightBackground = await background(page);
  // Stored as the next page starts, before its own scripts: a write made in this page and read
  // at once by the next one can still be on its way between Chromium's processes on a busy
  // machine (CI once saw the next page read nothing).
  await page.addInitScript(() =>
    localStorage.setItem(
      "handoff:settings",
      JSON.stringify({ version: 1, data: { theme: "dark" } }),
    ),
  );
  // Block every bundled script: only the inline head script can set the theme now.
  await page.route("**/_astro/*.js", (route) => route.abort());
  await page.goto(siteUrl(firstLesson), { waitUntil: "commit" });
  await page.waitForSelector("body");
  await expect.poll(() => page.locator("html").getAttribute("data-theme")).toBe("dark");
  expect(await background(page)).not.toBe(lightBackground);
});

test("pressing / opens search, which loads Pagefind only then and finds lessons", async () => {
  const page = await openPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(siteUrl(firstLesson), { waitUntil: "networkidle" });
  expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);

  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  const input = page.locator("[data-search-input]");
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await input.fill("responsibility");
  const firstResult = page.locator("[data-search-results] li a").first();
  await firstResult.waitFor();
  expect(requests.some((url) => url.includes("/pagefind/pagefind.js"))).toBe(true);
  await expect.poll(() => page.locator("[data-search-status]").textContent()).toMatch(/result/);

  const href = await firstResult.getAttribute("href");
  expect(href).toMatch(/\/handoff\/lessons\/[^/]+\/$/);
  await firstResult.click();
  await page.waitForURL((url) => url.pathname === href);
  expect(pageErrors(page)).toEqual([]);
});

test("search says so plainly when nothing matches, and Escape closes it", async () => {
  const page = await openPage();
  await page.goto(siteUrl());
  await page.locator("[data-search-open]").click();
  await page.locator("[data-search-input]").fill("zzqxv");
  await page.waitForFunction(() =>
    /No lessons mention/.test(document.querySelector("[data-search-status]")?.textContent ?? ""),
  );
  await page.keyboard.press("Escape");
  await expect
    .poll(() => page.locator("[data-search-dialog]").evaluate((d) => (d as HTMLDialogElement).open))
    .toBe(false);
});

test("a printed lesson shows the article and none of the site's navigation", async () => {
  const page = await openPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(siteUrl(firstLesson));
  await page.emulateMedia({ media: "print" });
  for (const selector of [
    ".site-header",
    ".site-footer",
    ".lesson-sidebar",
    "[data-toc]",
    ".prev-next",
    ".skip-link",
  ]) {
    await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
  }
  await expect.poll(() => page.locator("article h1").isVisible()).toBe(true);
  await expect.poll(() => page.locator("[data-takeaways]").isVisible()).toBe(true);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});
