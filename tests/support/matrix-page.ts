// Helpers for browser tests that drive the task matrix through its own form, as a person would.
import type { Page } from "playwright-core";
import { siteUrl } from "./browser.ts";
import { worksheetReady } from "./page-walk.ts";

/** Goes to the matrix page and waits until its form is ready to take a task. */
export async function gotoMatrix(page: Page): Promise<void> {
  await page.goto(siteUrl("tools/matrix/"));
  await worksheetReady(page);
}

/** Adds a task through the "Add a task" form; `choices` are the radio labels to tick. */
export async function addTask(
  page: Page,
  name: string,
  cadence: string,
  hours: string,
  choices: string[],
): Promise<void> {
  await page.getByLabel("Task", { exact: true }).fill(name);
  await page.getByLabel("How often").selectOption(cadence);
  await page.getByLabel("Your hours each time").fill(hours);
  for (const choice of choices) await page.getByLabel(choice, { exact: true }).check();
  await page.getByRole("button", { name: "Add task" }).click();
}
