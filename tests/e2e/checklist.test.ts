// The pre-outsourcing checklist in Chromium: start from the matrix, fill in, brief, .ics, undo.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, test } from "vitest";
import { axeViolations, describeViolations } from "../support/axe.ts";
import { failToLoad, pageErrors, siteUrl, useBrowser } from "../support/browser.ts";
import { fillEverything, seedMatrix } from "../support/checklist-page.ts";
import { addTask, gotoMatrix } from "../support/matrix-page.ts";
import { worksheetReady } from "../support/page-walk.ts";

const openPage = useBrowser();
const checklistUrl = siteUrl("tools/checklist/");

/** These flows fill in a whole checklist; on a busy machine that takes a while. */
const FLOW_TIMEOUT = 120_000;

const headingText = (page: import("playwright-core").Page) =>
  page.locator(".handoff-header h2").textContent();

test(
  "start a handoff from the matrix, fill it in, see it become ready, and find it after a reload",
  async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await gotoMatrix(page);
    await addTask(page, "Bookkeeping", "weekly", "2", [
      "Weakness",
      "Dislike it",
      "Keeps it running",
    ]);
    const planLink = page.getByRole("link", { name: /Plan this handoff.*Bookkeeping/ });
    const taskHref = await planLink.getAttribute("href");
    await planLink.click();
    await expect.poll(() => headingText(page)).toBe("Bookkeeping");
    // The start parameter is gone, so a reload never starts a second handoff.
    expect(new URL(page.url()).search).toBe("");

    const readiness = page.locator("[data-readiness]");
    await expect.poll(() => readiness.getAttribute("data-readiness")).toBe("not-ready");
    const missing = await page.locator(".missing-list li").allTextContents();
    expect(missing[0]).toBe("Define the work: The goal: what you hope to gain");
    expect(missing.at(-1)).toBe("Stay in charge: Who on your side owns the result");

    await fillEverything(page);
    await expect.poll(() => readiness.getAttribute("data-readiness")).toBe("ready");
    await expect
      .poll(() => page.locator(".handoff-progress").textContent())
      .toMatch(/^19 of 20 steps done/);
    await expect
      .poll(() => page.locator(".checklist-section .section-progress").allTextContents())
      .toEqual(["4 of 4 done", "4 of 4 done", "4 of 5 done", "3 of 3 done", "4 of 4 done"]);

    await page.reload();
    await expect.poll(() => headingText(page)).toBe("Bookkeeping");
    await expect
      .poll(() => page.getByLabel(/^The goal/).inputValue())
      .toBe("Get my Friday afternoons back.");
    await expect.poll(() => page.getByLabel("How often").inputValue()).toBe("weekly");
    await expect.poll(() => readiness.getAttribute("data-readiness")).toBe("ready");
    // Opening the same task from the matrix again opens this handoff rather than a new one.
    await page.goto(new URL(taskHref ?? "", page.url()).href);
    await worksheetReady(page);
    await expect.poll(() => page.locator(".handoff-choice").count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  },
  FLOW_TIMEOUT,
);

test(
  "a ready handoff gives a brief to print, Markdown to copy, and a calendar file",
  async () => {
    const page = await openPage({
      viewport: { width: 1280, height: 900 },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.goto(`${checklistUrl}?name=${encodeURIComponent("Bookkeeping")}`);
    await fillEverything(page);
    await page.getByRole("button", { name: "Open the handoff brief" }).click();
    const brief = page.locator("[data-brief]");
    await brief.waitFor();
    await expect.poll(() => brief.locator("h2").textContent()).toBe("Handoff brief: Bookkeeping");
    // Focus moves to the brief's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("brief-title");
    const entries = await brief.locator(".brief-entry").allTextContents();
    expect(entries).toContain("Check-insEvery week on Tuesday at 09:30");
    expect(entries).toContain("The first scopeSales invoices only.");

    const markdown = await page.locator("#brief-markdown-text").inputValue();
    expect(markdown).toMatch(/^# Handoff brief: Bookkeeping\n\n## The goal\n\nGet my Friday/);
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await page.locator(".brief-status", { hasText: /^Copied the brief/ }).waitFor();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download check-ins (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("handoff-bookkeeping.ics");
    const ics = readFileSync((await download.path())!, "utf8");
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const [checkIn] = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
    expect(checkIn!.summary).toBe("Check-in: Bookkeeping");
    const rule = checkIn!.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect([rule.freq, rule.interval, rule.parts["BYDAY"]]).toEqual(["WEEKLY", 1, ["TU"]]);
    expect(checkIn!.startDate.dayOfWeek()).toBe(ICAL.Time.TUESDAY);
    expect(checkIn!.startDate.toString().slice(11, 16)).toBe("09:30");

    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".page-intro", ".brief-actions", ".brief-markdown"]) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect.poll(() => brief.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.emulateMedia({ media: "screen" });

    const violations = await axeViolations(page);
    expect(violations, describeViolations("brief", violations)).toEqual([]);
    await page.getByRole("button", { name: "Back to the checklist" }).click();
    await expect
      .poll(() => page.locator("[data-readiness]").getAttribute("data-readiness"))
      .toBe("ready");
    expect(pageErrors(page)).toEqual([]);
  },
  FLOW_TIMEOUT,
);

test(
  "a brief whose code does not load says so, keeps the checklist, and opens on the next try",
  async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${checklistUrl}?name=${encodeURIComponent("Bookkeeping")}`);
    await fillEverything(page);
    const letBriefLoad = await failToLoad(page, "BriefView");
    const openBrief = page.getByRole("button", { name: "Open the handoff brief" });
    await openBrief.click();
    // The message sits in the ready panel, next to the button that was pressed.
    await expect
      .poll(() => page.locator("[data-readiness] [role=alert]").textContent())
      .toBe(
        "The brief could not be loaded. Your checklist is safe; check your connection and try again.",
      );
    await expect
      .poll(() => page.getByLabel(/^The goal/).inputValue())
      .toBe("Get my Friday afternoons back.");
    const violations = await axeViolations(page);
    expect(violations, describeViolations("brief not loaded", violations)).toEqual([]);

    await letBriefLoad();
    await openBrief.click();
    await expect
      .poll(() => page.locator("[data-brief] h2").textContent())
      .toBe("Handoff brief: Bookkeeping");
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  },
  FLOW_TIMEOUT,
);

test(
  "several handoffs: add by name, switch, rename, archive, delete and undo",
  async () => {
    const page = await openPage({ viewport: { width: 375, height: 800 } });
    await page.goto(checklistUrl);
    const nameInput = page.getByLabel("What do you want to hand off?");
    await page.getByRole("button", { name: "Start a handoff" }).click();
    await expect
      .poll(() => page.locator("#start-handoff-error").textContent())
      .toMatch(/Type what/);

    await nameInput.fill("Bookkeeping");
    await nameInput.press("Enter");
    await expect.poll(() => headingText(page)).toBe("Bookkeeping");
    await page.getByLabel(/^The goal/).fill("Fridays back");
    await nameInput.fill("Social media posts");
    await nameInput.press("Enter");
    await expect.poll(() => headingText(page)).toBe("Social media posts");
    await expect
      .poll(() => page.locator("[data-warning='too-much-too-soon']").textContent())
      .toMatch(/2 handoffs in progress/);

    // Switch back with the keyboard.
    await page.locator(".handoff-choice", { hasText: "Bookkeeping" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => headingText(page)).toBe("Bookkeeping");
    await expect.poll(() => page.getByLabel(/^The goal/).inputValue()).toBe("Fridays back");

    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("New name").fill("   ");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect
      .poll(() => page.locator(".rename-form .field-error").textContent())
      .toMatch(/empty/);
    await page.getByLabel("New name").fill("Bookkeeping and invoices");
    await page.keyboard.press("Enter");
    await expect.poll(() => headingText(page)).toBe("Bookkeeping and invoices");

    await page.getByRole("button", { name: "Archive" }).click();
    await expect.poll(() => page.locator("[data-warning='too-much-too-soon']").count()).toBe(0);
    await expect.poll(() => page.locator(".archived summary").textContent()).toBe("Archived (1)");

    await page.getByRole("button", { name: "Delete" }).click();
    await expect
      .poll(() => page.locator("[data-undo-bar]").textContent())
      .toMatch(/Deleted “Bookkeeping and invoices”/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Undo");
    await expect.poll(() => headingText(page)).toBe("Social media posts");
    await page.keyboard.press("Enter");
    await expect.poll(() => headingText(page)).toBe("Bookkeeping and invoices");
    await expect.poll(() => page.getByLabel(/^The goal/).inputValue()).toBe("Fridays back");

    await page.reload();
    await worksheetReady(page);
    await expect
      .poll(() => page.locator(".handoff-list > .handoff-choices .handoff-choice").count())
      .toBe(1);
    await expect.poll(() => page.locator(".archived summary").textContent()).toBe("Archived (1)");
    expect(pageErrors(page)).toEqual([]);
  },
  FLOW_TIMEOUT,
);

test(
  "a leader's job is held back until the person says explicitly to go on",
  async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await seedMatrix(page, [
      { id: "lead", name: "Team training", leaderJob: "team-training" },
      { id: "ads", name: "Facebook ads", salesMarketing: true, skill: "weakness" },
    ]);
    await page.goto(`${checklistUrl}?task=lead`);
    const warning = page.locator("[data-warning='leader-job']");
    await expect.poll(() => warning.textContent()).toMatch(/should not be outsourced/);
    await expect.poll(() => warning.textContent()).toMatch(/training the team/);
    await expect(page.locator(".checklist-section").count()).resolves.toBe(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations("leader warning", violations)).toEqual([]);

    await page.getByRole("button", { name: /I still want to plan handing it off/ }).click();
    await page.locator(".checklist-section").first().waitFor();
    await expect.poll(() => page.locator(".checklist-section").count()).toBe(5);
    await expect.poll(() => warning.textContent()).toMatch(/You chose to plan this handoff anyway/);

    await page.goto(`${checklistUrl}?task=ads`);
    await expect.poll(() => headingText(page)).toBe("Facebook ads");
    await expect
      .poll(() => page.locator("[data-warning='learn-first']").textContent())
      .toMatch(/Learn it well enough/);
    await expect
      .poll(() => page.locator("[data-warning='learn-first'] a").getAttribute("href"))
      .toBe("/handoff/lessons/master-or-delegate/");
  },
  FLOW_TIMEOUT,
);

test("an unknown task link says so plainly and offers to start by name", async () => {
  const page = await openPage();
  await page.goto(`${checklistUrl}?task=no-such-task`);
  await expect
    .poll(() => page.locator("[data-unknown-task]").textContent())
    .toMatch(/not in your task matrix/);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id))
    .toBe("start-handoff-name");
  await worksheetReady(page);
  await expect(page.locator(".handoff-choice").count()).resolves.toBe(0);
  expect(new URL(page.url()).search).toBe("");
});

test("a name with markup in it is shown as text, everywhere", async () => {
  const page = await openPage();
  const hostile = `<img src=x onerror="window.__pwned=1">`;
  await page.goto(`${checklistUrl}?name=${encodeURIComponent(hostile)}`);
  await expect.poll(() => headingText(page)).toBe(hostile);
  await worksheetReady(page);
  await expect(page.locator(".checklist-app img").count()).resolves.toBe(0);
  await expect(page.evaluate(() => "__pwned" in window)).resolves.toBe(false);
});

test(
  "long answers are kept whole",
  async () => {
    const page = await openPage();
    await page.goto(`${checklistUrl}?name=Long`);
    const long = "A long answer with many words. ".repeat(150).trim();
    await page.getByLabel(/^The goal/).fill(long);
    await page.reload();
    await expect.poll(() => page.getByLabel(/^The goal/).inputValue()).toBe(long);
  },
  FLOW_TIMEOUT,
);

test(
  "the blank checklist prints on paper and needs no JavaScript",
  async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(siteUrl("tools/checklist/"));
    const blankLink = page.locator(".page-intro a", { hasText: "Print a blank checklist" });
    await blankLink.click();
    await page.waitForURL(siteUrl("tools/checklist/blank/"));
    await expect
      .poll(() => page.locator(".paper-section h2").allTextContents())
      .toEqual([
        "1. Define the work",
        "2. Write the system down",
        "3. Choose the partner",
        "4. Start small",
        "5. Stay in charge",
        "Ready?",
      ]);
    await expect.poll(() => page.locator(".paper-step").count()).toBe(20);
    await expect.poll(() => page.locator("script[type='module']").count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header").isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  },
  FLOW_TIMEOUT,
);
