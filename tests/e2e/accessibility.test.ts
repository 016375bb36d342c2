// axe-core scan of every page in the sitemap, in light and dark, at phone and desktop widths.
import { describe, expect, test } from "vitest";
import { axeViolations, describeViolations } from "../support/axe.ts";
import { sitemapPaths, siteUrl, useBrowser } from "../support/browser.ts";

const openPage = useBrowser();
const paths = sitemapPaths();

const variants = [
  { name: "desktop light", viewport: { width: 1280, height: 900 }, colorScheme: "light" },
  { name: "phone dark", viewport: { width: 375, height: 800 }, colorScheme: "dark" },
] as const;

describe.each(variants)("axe, $name", ({ viewport, colorScheme }) => {
  test("the sitemap lists the pages we expect", () => {
    expect(paths).toContain("");
    expect(paths).toContain("lessons/");
    expect(paths.filter((path) => path.startsWith("lessons/")).length).toBeGreaterThan(1);
  });

  test.each(paths)("/%s has no WCAG 2.2 AA violations", async (path) => {
    const page = await openPage({ viewport, colorScheme });
    await page.goto(siteUrl(path), { waitUntil: "networkidle" });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(path, violations)).toEqual([]);
  });
});

test("the 404 page has no WCAG 2.2 AA violations", async () => {
  const page = await openPage();
  const response = await page.goto(siteUrl("no-such-page/"));
  expect(response?.status()).toBe(404);
  const violations = await axeViolations(page);
  expect(violations, describeViolations("404", violations)).toEqual([]);
});
