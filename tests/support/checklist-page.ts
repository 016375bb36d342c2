// Helpers for the checklist's browser tests: seed the matrix, and fill in every required step.
import type { Page } from "playwright-core";
import { siteUrl } from "./browser.ts";

export interface SeedTask {
  id: string;
  name: string;
  skill?: "strength" | "weakness";
  leaderJob?: "team-building" | "mission-vision" | "team-training" | "results-reporting";
  salesMarketing?: boolean;
}

/** Stores a task matrix the way the matrix worksheet does, before the page under test loads. */
export async function seedMatrix(page: Page, tasks: SeedTask[]): Promise<void> {
  await page.goto(siteUrl("404.html"));
  const data = {
    tasks: tasks.map((task) => ({
      cadence: "weekly",
      hoursEach: 2,
      skill: "weakness",
      feeling: "dislike",
      impact: "keeps-running",
      salesMarketing: false,
      ...task,
    })),
    settings: {
      hourlyValue: 50,
      currency: "USD",
      workingDaysPerWeek: 5,
      defaultProviderRate: 25,
      oversightShare: 0.1,
    },
  };
  await page.evaluate(
    (raw) => localStorage.setItem("handoff:matrix", raw),
    JSON.stringify({ version: 1, data }),
  );
}

/** Every required written answer, by its field's label. */
export const writtenAnswers: [RegExp, string][] = [
  [/^The goal/, "Get my Friday afternoons back."],
  [/^The objective/, "Every invoice sent within two days."],
  [/^The success factors/, "No invoice older than 30 days."],
  [/^Your expectations of the provider/, "Weekly reconciliation; replies within a day."],
  [/^The access and tools/, "Read access to the bank."],
  [/^What stays with you/, "Approving payments."],
  [/^A shortlist of providers/, "Ann, Ben, Cleo"],
  [/^A first scope/, "Sales invoices only."],
  [/^The channel you will talk on/, "A shared chat channel"],
  [/^The measure the provider reports/, "Invoices sent and unpaid"],
  [/^Who on your side owns the result/, "Me"],
];

/** Every required tick box, by its label. */
export const requiredTicks = [
  "The procedure is written down",
  "An example of good work is ready",
  "Feedback from other business owners who used them",
  "Their work samples checked",
  "An agreement on price, ownership and confidentiality",
  "Time agreed for both sides to learn",
];

/** Fills in every required step of the open handoff, with the keyboard where it matters. */
export async function fillEverything(page: Page): Promise<void> {
  for (const [label, text] of writtenAnswers) await page.getByLabel(label).fill(text);
  for (const label of requiredTicks) await page.getByLabel(label, { exact: true }).check();
  await page.getByLabel("A ramp-up date to widen the scope").fill("2027-01-15");
  await page.getByLabel("How often").selectOption("weekly");
  await page.getByLabel("Which day").selectOption("tue");
  await page.getByLabel("What time").fill("09:30");
}
