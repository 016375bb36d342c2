// Shared browser for an e2e test file: one Chromium per file, a fresh context per test.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.ts";
import { siteUrl, TEST_BASE } from "./site.ts";

/**
 * Launches Chromium once for the calling test file and closes it afterwards. Returns a function
 * that opens a page in a fresh, isolated context (its own storage), closed after the file.
 */
export function useBrowser(): (options?: BrowserContextOptions) => Promise<Page> {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });
  return async (options = {}) => {
    // The offline service worker downloads the whole site in the background on a first visit.
    // Tests opt in to it (offline, privacy); elsewhere it would only slow every fresh context.
    const context = await browser.newContext({ serviceWorkers: "block", ...options });
    contexts.push(context);
    // Every page of the context records its errors, also a second tab a test opens itself.
    // Playwright announces a page before newPage() returns it, so the first one is covered too.
    context.on("page", recordErrors);
    return context.newPage();
  };
}

/** Script errors by page: a page error is a bug, so tests can assert there were none. */
const errorsByPage = new WeakMap<Page, Error[]>();

function recordErrors(page: Page): void {
  const errors: Error[] = [];
  errorsByPage.set(page, errors);
  page.on("pageerror", (error) => errors.push(error));
}

/** Errors thrown by scripts on a page opened with useBrowser() (or in one of its contexts). */
export function pageErrors(page: Page): Error[] {
  const errors = errorsByPage.get(page);
  // An untracked page would report no errors whatever happened on it.
  if (!errors) throw new Error("pageErrors: this page was not opened through useBrowser().");
  return errors;
}

/**
 * Makes the site's script file called `name` (before its content hash) fail to load, as when the
 * connection drops or a newer deploy has replaced the site's files. Returns what lets it load again.
 */
export async function failToLoad(page: Page, name: string): Promise<() => Promise<void>> {
  const files = new RegExp(`/_astro/${name}\\.[^/]+\\.js$`);
  await page.route(files, (route) => route.abort());
  return () => page.unroute(files);
}

/** Every page path listed in the built sitemap, relative to the site's base. */
export function sitemapPaths(): string[] {
  const xml = readFileSync("dist/sitemap-0.xml", "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const path = new URL(match[1] ?? "").pathname;
    if (!path.startsWith(TEST_BASE)) throw new Error(`Sitemap URL outside the base: ${path}`);
    return path.slice(TEST_BASE.length);
  });
}

export { siteUrl };
