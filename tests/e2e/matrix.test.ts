// The task matrix in real Chromium: add tasks, see them land with figures, reload, edit, undo a
// delete, export CSV, print, and pass axe with tasks filled in.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { axeViolations, describeViolations } from "../support/axe.ts";
import { failToLoad, pageErrors, useBrowser } from "../support/browser.ts";
import { addTask, gotoMatrix } from "../support/matrix-page.ts";

const openPage = useBrowser();

async function openMatrix(options: Parameters<typeof openPage>[0] = {}): Promise<Page> {
  const page = await openPage({
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    ...options,
  });
  await gotoMatrix(page);
  return page;
}

const chipIn = (page: Page, placement: string, name: string) =>
  page.getByRole("region", { name: placement }).getByRole("button", { name: new RegExp(name) });

async function fillSettings(page: Page) {
  await page.getByLabel("What an hour of your time is worth").fill("100");
  await page.getByLabel("Currency").fill("USD");
  await page.getByLabel("A provider's usual hourly rate").fill("25");
  await page.getByLabel("Time you will spend overseeing (%)").fill("10");
}

test("add three tasks, see them land with figures, reload, edit, undo a delete", async () => {
  const page = await openMatrix();
  await addTask(page, "Weekly books", "weekly", "3", [
    "Weakness",
    "Dislike it",
    "Keeps it running",
  ]);
  await addTask(page, "Client proposals", "weekly", "2", [
    "Strength",
    "Like it",
    "Grows the business",
  ]);
  await addTask(page, "Inbox", "daily", "1", ["Strength", "Dislike it", "Keeps it running"]);
  // The calculator's settings appear with the first task.
  await fillSettings(page);

  await chipIn(page, "Outsource first", "Weekly books").waitFor();
  await chipIn(page, "Master and keep", "Client proposals").waitFor();
  await chipIn(page, "Systemize, then delegate", "Inbox").waitFor();

  // The worked example is the first row of the queue: 13 hours, $325, 1.3 hours, $845.
  const firstRow = page.locator(".matrix-queue tbody tr").first();
  await expect
    .poll(() => firstRow.innerText())
    .toMatch(/Weekly books[\s\S]*13\s+\$325\s+1\.3\s+\$845/);
  await expect.poll(() => page.locator(".matrix-queue tbody tr").count()).toBe(2);
  await expect
    .poll(() =>
      page.getByRole("link", { name: /Plan this handoff.*Weekly books/ }).getAttribute("href"),
    )
    .toMatch(/^\/handoff\/tools\/checklist\/\?task=t[a-z0-9]+$/);

  await page.reload();
  await chipIn(page, "Outsource first", "Weekly books").waitFor();
  await expect
    .poll(() => page.locator(".matrix-chip-name").allInnerTexts())
    .toEqual(["Client proposals", "Inbox", "Weekly books"]);

  // Edit: the inbox turns out to be a weakness, so it moves to Outsource first.
  await chipIn(page, "Systemize, then delegate", "Inbox").click();
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value))
    .toBe("Inbox");
  await page.getByLabel("Weakness", { exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await chipIn(page, "Outsource first", "Inbox").waitFor();

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("status").getByText("Deleted “Inbox”.").waitFor();
  await expect(chipIn(page, "Outsource first", "Inbox").count()).resolves.toBe(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await chipIn(page, "Outsource first", "Inbox").waitFor();
  await page.reload();
  await chipIn(page, "Outsource first", "Inbox").waitFor();
  expect(pageErrors(page)).toEqual([]);
}, 90_000);

test("the starter library opens from the keyboard and adds a task with one press", async () => {
  const page = await openMatrix();
  await expect
    .poll(() =>
      page.getByText(/Once you add tasks, the ones that keep the business running/).count(),
    )
    .toBe(1);
  const summary = page.getByText(/^Show \d+ common small-business tasks$/);
  const count = Number(/\d+/.exec(await summary.innerText())?.[0]);
  expect(count).toBeGreaterThanOrEqual(20);
  await summary.focus();
  await page.keyboard.press("Enter");
  const add = page.getByRole("button", { name: "Add Running payroll" });
  await add.focus();
  await page.keyboard.press("Enter");
  await chipIn(page, "Outsource first", "Running payroll").waitFor();
  await expect.poll(() => page.locator(".matrix-library .matrix-add").count()).toBe(count);
  await page.getByRole("table", { name: /Hours a month by placement/ }).waitFor();
  expect(pageErrors(page)).toEqual([]);
});

test("CSV export neutralises formulas; the print view keeps the matrix and the table", async () => {
  const page = await openMatrix({ acceptDownloads: true });
  await addTask(page, "=1+2 sneaky", "monthly", "2", [
    "Weakness",
    "Dislike it",
    "Keeps it running",
  ]);
  // The export's code loads when it is first used; if it cannot (offline, or a newer deploy
  // replaced the files), the page says so, and the next try works.
  const letCsvLoad = await failToLoad(page, "csv");
  await page.getByRole("button", { name: "Download as CSV" }).click();
  await expect
    .poll(() => page.locator(".matrix-actions + [role=alert]").textContent())
    .toBe(
      "The CSV file could not be made: part of this page did not load. Your tasks are still saved. Check your connection and try again.",
    );
  await letCsvLoad();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("handoff-tasks.csv");
  await expect.poll(() => page.locator(".matrix-actions + [role=alert]").count()).toBe(0);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  expect(csv.split("\r\n")[1]).toMatch(/^'=1\+2 sneaky,Monthly,2,/);
  expect(pageErrors(page)).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect.poll(() => page.locator(".matrix-board").isVisible()).toBe(true);
  await expect.poll(() => page.locator(".matrix-queue table").isVisible()).toBe(true);
  for (const hidden of [".matrix-editor", ".matrix-library", ".site-header"])
    await expect(page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});

test("a hostile task name renders as text, and the filled-in page passes axe in both themes", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await openMatrix({ colorScheme, viewport: { width: 375, height: 800 } });
    await page.evaluate(() => ((window as unknown as { hacked: boolean }).hacked = false));
    await addTask(page, `<img src=x onerror="window.hacked=true">Videos`, "weekly", "3", [
      "Weakness",
      "Keeps it running",
    ]);
    await page.getByLabel("Kind of work").selectOption("team-building");
    await addTask(page, "Team day", "monthly", "4", ["Strength"]);
    await chipIn(page, "Keep: lead it yourself", "Team day").waitFor();
    await chipIn(page, "Outsource first", "Videos").waitFor();
    await expect(page.locator(".matrix img").count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { hacked: boolean }).hacked),
    ).resolves.toBe(false);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(`matrix ${colorScheme}`, violations)).toEqual([]);
  }
}, 90_000);

test("the currency defaults from the browser's locale", async () => {
  const page = await openMatrix({ locale: "de-CH" });
  // The calculator's settings appear with the first task.
  await addTask(page, "Weekly books", "weekly", "3", ["Weakness", "Dislike it"]);
  await expect.poll(() => page.getByLabel("Currency").inputValue()).toBe("CHF");
});
