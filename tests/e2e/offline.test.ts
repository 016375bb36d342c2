// Offline reading: after one visit the guide, search and worksheets work with no network, and a
// new deploy reaches readers cleanly through the service worker's update notice.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { afterAll, expect, test } from "vitest";
import { pageErrors, sitemapPaths, siteUrl, useBrowser } from "../support/browser.ts";
import { hydrateIslands, useIslandControls } from "../support/page-walk.ts";
import { TEST_BASE } from "../support/site.ts";

const openPage = useBrowser();

/** Waits until the service worker has precached the site and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test(
  "after a first visit, every page, search and the worksheets work offline",
  { timeout: 180_000 },
  async () => {
    const page = await openPage({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: "allow",
    });
    await page.goto(siteUrl());
    await waitForServiceWorker(page);
    await page.context().setOffline(true);

    let islands = 0;
    let controlsUsed = 0;
    for (const path of sitemapPaths()) {
      const response = await page.goto(siteUrl(path));
      expect(response?.ok(), `/${path}`).toBe(true);
      expect(response?.fromServiceWorker(), `/${path}`).toBe(true);
      await expect.poll(() => page.locator("main h1").first().isVisible()).toBe(true);
      islands += await hydrateIslands(page);
      controlsUsed += await useIslandControls(page);
    }
    if (islands > 0) {
      // The worksheets were used and kept what was typed, with no network at all.
      expect(controlsUsed).toBeGreaterThan(0);
      const saved = await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith("handoff:")),
      );
      expect(saved.length).toBeGreaterThan(0);
    }

    // Search runs from the precached Pagefind bundle, WebAssembly and index.
    await page.goto(siteUrl("lessons/"));
    await page.locator("[data-search-open]").first().click();
    await page.locator("[data-search-input]").fill("outsource");
    await page.locator("[data-search-results] li a").first().waitFor();
    expect(await page.locator("[data-search-results] li").count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);

    // Proof that the network really was gone: an address the worker never cached cannot load.
    await expect(page.goto(siteUrl("not-cached/"))).rejects.toThrow();
  },
);

// A copy of the built site on its own server, so the test can deploy a "new build" over it.
let copy: { dir: string; server: PreviewServer } | undefined;
afterAll(async () => {
  await copy?.server.close();
  if (copy) rmSync(copy.dir, { recursive: true, force: true });
});

test(
  "a new deploy is offered once, applied on request, and then read offline",
  { timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "handoff-offline-"));
    cpSync("dist", join(dir, "dist"), { recursive: true });
    const server = await preview({
      configFile: false,
      root: dir,
      base: TEST_BASE,
      appType: "mpa",
      logLevel: "silent",
      build: { outDir: "dist" },
      preview: { port: 0, host: "127.0.0.1" },
    });
    copy = { dir, server };
    const origin = server.resolvedUrls?.local[0] ?? "";
    const lesson = sitemapPaths().find((path) => /^lessons\/.+\//.test(path)) ?? "";

    const page = await openPage({ serviceWorkers: "allow" });
    await page.goto(`${origin}${lesson}`);
    await waitForServiceWorker(page);
    const oldTitle = await page.locator("main h1").first().textContent();
    await expect(page.locator("[data-update-notice]").isVisible()).resolves.toBe(false);

    // Deploy a new build: one lesson's heading changes and the worker is regenerated from it.
    const file = join(dir, "dist", lesson, "index.html");
    const before = readFileSync(file, "utf8");
    const after = before.replace(/(<main[\s\S]*?<h1[^>]*>)[\s\S]*?(<\/h1>)/, "$1Updated lesson$2");
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    execFileSync(process.execPath, ["scripts/service-worker.ts", join(dir, "dist")], {
      env: { ...process.env, BASE_PATH: TEST_BASE },
      stdio: "ignore",
    });

    // The next visit still shows the old build whole, and offers the new one.
    await page.reload();
    const notice = page.locator("[data-update-notice]");
    await notice.waitFor({ state: "visible" });
    await expect.poll(() => page.locator("main h1").first().textContent()).toBe(oldTitle);

    // Accepting activates the new worker and reloads into the new build.
    await Promise.all([page.waitForEvent("load"), page.locator("[data-update-reload]").click()]);
    await expect.poll(() => page.locator("main h1").first().textContent()).toBe("Updated lesson");
    await expect(notice.isVisible()).resolves.toBe(false);

    // The old build's copy is gone from the cache: offline, the new page is what a reader gets.
    await page.context().setOffline(true);
    await page.goto(`${origin}`);
    await page.goto(`${origin}${lesson}`);
    await expect.poll(() => page.locator("main h1").first().textContent()).toBe("Updated lesson");
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      return names.filter((name) => name.includes("precache"));
    });
    expect(cached).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
  },
);
