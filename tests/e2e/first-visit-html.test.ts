// Worksheets in the page's HTML, in real Chromium: a first visit sees the worksheet before its
// script has run, with its controls waiting for it; a returning visit never sees that empty
// worksheet in place of its saved work.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { pageErrors, siteUrl, useBrowser } from "../support/browser.ts";
import { task, workedExampleSettings } from "../support/matrix-fixtures.ts";

const openPage = useBrowser();

/**
 * Holds back the island's component script (its file name starts with `component`) until the
 * returned function is called, as a slow connection would.
 */
async function holdScript(page: Page, component: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[^/]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The text shown over a worksheet's hidden first-visit HTML, or "none". */
const loadingLine = (page: Page) =>
  page
    .locator("[data-first-visit]")
    .evaluate((root) => getComputedStyle(root, "::before").content)
    .catch(() => "none");

test("a first visit sees the task matrix before its script runs, its controls waiting", async () => {
  const page = await openPage({ viewport: { width: 1280, height: 900 } });
  const release = await holdScript(page, "MatrixWorksheet");
  await page.goto(siteUrl("tools/matrix/"), { waitUntil: "domcontentloaded" });

  const heading = page.getByRole("heading", { name: "Add a task" });
  await heading.waitFor();
  await expect(page.getByText("Add your first task above").isVisible()).resolves.toBe(true);
  // A click or a letter typed now would be lost, so the controls say they are not ready.
  await expect(page.getByRole("button", { name: "Add task" }).isDisabled()).resolves.toBe(true);
  await expect(page.getByLabel("Task", { exact: true }).isDisabled()).resolves.toBe(true);
  await expect(loadingLine(page)).resolves.toBe("none");

  release();
  await page.getByLabel("Task", { exact: true }).fill("Weekly books");
  await page.getByLabel("Your hours each time").fill("3");
  await page.getByRole("button", { name: "Add task" }).click();
  await page
    .getByRole("region", { name: "Systemize, then delegate" })
    .getByRole("button", { name: /Weekly books/ })
    .waitFor();
  expect(pageErrors(page)).toEqual([]);
});

test("a returning visit sees a loading line, never the empty matrix, then its tasks", async () => {
  const page = await openPage({ viewport: { width: 1280, height: 900 } });
  const saved = JSON.stringify({
    version: 1,
    data: { tasks: [task({ name: "Bookkeeping" })], settings: workedExampleSettings },
  });
  await page.addInitScript((text) => localStorage.setItem("handoff:matrix", text), saved);
  const release = await holdScript(page, "MatrixWorksheet");
  await page.goto(siteUrl("tools/matrix/"), { waitUntil: "domcontentloaded" });

  await page.locator("[data-first-visit]").waitFor({ state: "attached" });
  await expect(loadingLine(page)).resolves.toBe('"Loading your saved work…"');
  await expect(page.getByText("Add your first task above").isVisible()).resolves.toBe(false);
  await expect(page.getByRole("heading", { name: "Add a task" }).isVisible()).resolves.toBe(false);

  release();
  await page
    .getByRole("button", { name: /Bookkeeping/ })
    .first()
    .waitFor();
  await expect(page.getByText("Add your first task above").count()).resolves.toBe(0);
  await expect(page.getByRole("heading", { name: "Add a task" }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole("button", { name: "Add task" }).isEnabled()).resolves.toBe(true);
  expect(pageErrors(page)).toEqual([]);
});

test("My plan shows what nothing saved looks like, and a read lesson replaces it", async () => {
  const page = await openPage({ viewport: { width: 412, height: 823 } });
  const release = await holdScript(page, "PlanDashboard");
  await page.goto(siteUrl("plan/"), { waitUntil: "domcontentloaded" });
  await page.getByText("You have not finished a lesson yet").waitFor();
  release();
  await page.waitForSelector("[data-plan-ready]");

  await page.evaluate(() =>
    localStorage.setItem(
      "handoff:progress",
      JSON.stringify({
        version: 1,
        data: { read: { "what-you-keep": "2026-12-01T10:00:00.000Z" } },
      }),
    ),
  );
  const releaseAgain = await holdScript(page, "PlanDashboard");
  await page.reload({ waitUntil: "domcontentloaded" });
  await expect(loadingLine(page)).resolves.toBe('"Loading your saved work…"');
  await expect(page.getByText("You have not finished a lesson yet").isVisible()).resolves.toBe(
    false,
  );
  releaseAgain();
  await page.getByText("You have read 1 of").waitFor();
  await expect(page.getByText("You have not finished a lesson yet").count()).resolves.toBe(0);
  expect(pageErrors(page)).toEqual([]);
});
