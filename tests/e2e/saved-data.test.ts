// Saved data in a real Chromium: lesson progress, damaged keys, blocked and full storage, two
// tabs, and backup, forget and restore on My plan.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, test, vi } from "vitest";
import { failToLoad, pageErrors, siteUrl, useBrowser } from "../support/browser.ts";
import { addTask, gotoMatrix } from "../support/matrix-page.ts";

const openPage = useBrowser();
// Each test drives several page loads on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const LESSON = "what-you-keep";
const OTHER_LESSON = "what-not-to-outsource";

/** Every Handoff key in the page's localStorage. */
function storedKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith("handoff:"))),
  );
}

async function openPlan(page: Page): Promise<void> {
  await page.goto(siteUrl("plan/"));
  await page.waitForSelector("[data-plan-ready]");
}

/**
 * Ticks or unticks "I have read this lesson" without scrolling to it: scrolling there would
 * already count as reaching the end, and this tests the box on its own.
 */
async function setReadBox(page: Page, read: boolean): Promise<void> {
  const toggle = page.locator("[data-read-toggle]");
  await page.waitForSelector("[data-read-toggle-wrap]:not([hidden])");
  if ((await toggle.isChecked()) !== read) {
    await toggle.evaluate((box) => (box as HTMLInputElement).click());
  }
  await expect.poll(() => toggle.isChecked()).toBe(read);
}

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8"), path };
}

test("reaching the end of a lesson marks it read in the sidebar and on the home page", async () => {
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(siteUrl(`lessons/${LESSON}/`));
  const toggle = page.locator("[data-read-toggle]");
  await expect(toggle.isChecked()).resolves.toBe(false);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() =>
    localStorage.getItem("handoff:progress")?.includes("what-you-keep"),
  );
  await page.waitForSelector(`.lesson-sidebar li[data-lesson-id="${LESSON}"][data-read]`);
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await expect
    .poll(() =>
      page
        .locator(`.lesson-sidebar li[data-lesson-id="${LESSON}"] [data-read-label]`)
        .textContent(),
    )
    .toBe("(read)");

  await page.goto(siteUrl());
  await page.waitForSelector(`[data-lesson-list] li[data-lesson-id="${LESSON}"][data-read]`);
  await expect(
    page.locator(`[data-lesson-list] li[data-lesson-id="${OTHER_LESSON}"][data-read]`).count(),
  ).resolves.toBe(0);

  // Unticking the box takes the mark away again.
  await page.goto(siteUrl(`lessons/${LESSON}/`));
  await page.waitForSelector("[data-read-toggle-wrap]:not([hidden])");
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await setReadBox(page, false);
  await page.waitForSelector(`.lesson-sidebar li[data-lesson-id="${LESSON}"]:not([data-read])`);
  // The page saves a change just after it is drawn.
  await expect
    .poll(async () => JSON.parse((await storedKeys(page))["handoff:progress"] ?? "null"))
    .toEqual({ version: 1, data: { read: {} } });
  expect(pageErrors(page)).toEqual([]);
});

test("a lesson loads no progress code until it is needed, and never Preact", async () => {
  const page = await openPage();
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(siteUrl(`lessons/${LESSON}/`));
  await page.waitForLoadState("networkidle");
  const before = scripts.length;
  await setReadBox(page, true);
  await page.waitForFunction(() => localStorage.getItem("handoff:progress") !== null);
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(before);
  // Preact's renderer names the SVG namespace; a lesson without a worksheet needs no renderer.
  const texts = await Promise.all(scripts.map(async (url) => (await fetch(url)).text()));
  expect(texts.filter((text) => text.includes("http://www.w3.org/2000/svg"))).toEqual([]);
});

test("a first visit loads no validation code; saved work is read through its schema", async () => {
  const page = await openPage();
  const scripts = new Set<string>();
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.add(request.url());
  });
  // zod/mini's type names survive minification, so they mark whichever file carries it. The
  // files are fetched again here because the browser reuses cached ones without a body.
  const validating = async () => {
    const texts = await Promise.all(
      [...scripts].map(async (url) => [url, await (await fetch(url)).text()] as const),
    );
    return texts.filter(([, text]) => text.includes("ZodMini")).map(([url]) => url);
  };
  for (const path of ["tools/matrix/", "tools/checklist/", "quiz/", "plan/"]) {
    await page.goto(siteUrl(path));
    await page.waitForLoadState("networkidle");
  }
  expect(scripts.size).toBeGreaterThan(5);
  await expect(validating()).resolves.toEqual([]);

  await gotoMatrix(page);
  await addTask(page, "Bookkeeping", "weekly", "2", ["Weakness", "Dislike it", "Keeps it running"]);
  await page.waitForFunction(() => localStorage.getItem("handoff:matrix") !== null);
  await page.reload();
  await page
    .getByRole("button", { name: /Bookkeeping/ })
    .first()
    .waitFor();
  await expect.poll(() => validating()).not.toEqual([]);
  expect(pageErrors(page)).toEqual([]);
});

test.each(["matrix", "checklists", "quiz", "progress", "settings"])(
  "a damaged %s key: the page works, says so, and the raw text downloads",
  async (name) => {
    const page = await openPage();
    await openPlan(page);
    const raw = `{"version":1,"data":  damaged ${name} ✂ <script>alert(1)</script>`;
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key!, text!),
      [`handoff:${name}`, raw],
    );
    await page.reload();
    await page.waitForSelector("[data-plan-ready]");
    const notice = page.locator(`[data-problem="${name}"]`);
    await expect.poll(() => notice.textContent()).toMatch(/could not be read/);
    // The rest of the page works: every part of the plan is there.
    await expect.poll(() => page.locator(".plan-part h2").count()).toBeGreaterThanOrEqual(5);
    const file = await downloadText(page, () =>
      notice.getByRole("button", { name: "Download the saved text" }).click(),
    );
    expect(file.text).toBe(raw);
    // Nothing was overwritten while the person has not decided.
    const stored = await storedKeys(page);
    expect(stored[`handoff:${name}`]).toBe(raw);
    expect(stored[`handoff:recovery:${name}`]).toBe(raw);
    expect(pageErrors(page)).toEqual([]);
  },
);

test("blocked storage: pages work and My plan says changes will not be kept", async () => {
  const page = await openPage();
  await page.context().addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The user has blocked storage.", "SecurityError");
      },
    });
  });
  await page.goto(siteUrl(`lessons/${LESSON}/`));
  await setReadBox(page, true);
  await page.waitForSelector(`.lesson-sidebar li[data-lesson-id="${LESSON}"][data-read]`);

  await openPlan(page);
  const notice = page.locator("[data-storage-health='blocked']");
  await expect.poll(() => notice.textContent()).toMatch(/will not be kept after this tab closes/);
  // The backup's code loads when it is first used; if it cannot, the notice says so.
  const letBackupLoad = await failToLoad(page, "backup");
  await notice.getByRole("button", { name: "Download a backup" }).click();
  await expect
    .poll(() => notice.getByRole("alert").textContent())
    .toBe(
      "The backup could not be made: part of this page did not load. Your changes are still in this tab; check your connection and try again.",
    );
  await letBackupLoad();
  const file = await downloadText(page, () =>
    notice.getByRole("button", { name: "Download a backup" }).click(),
  );
  expect(JSON.parse(file.text)).toMatchObject({ format: "handoff-backup", version: 1 });
  await expect.poll(() => notice.getByRole("alert").count()).toBe(0);
  expect(pageErrors(page)).toEqual([]);
});

test("full storage: the change is kept in the tab and My plan says it will not be kept", async () => {
  const page = await openPage();
  await openPlan(page);
  // Fill this origin's storage to the quota with other data.
  await page.evaluate(() => {
    // Halving piece sizes fills the last gaps, down to a single character.
    let n = 0;
    for (let size = 4 * 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler:${n++}`, "x".repeat(size));
        } catch {
          break;
        }
      }
    }
  });
  const backup = JSON.stringify({
    format: "handoff-backup",
    version: 1,
    exportedAt: "2026-12-01T10:00:00.000Z",
    documents: { progress: { version: 1, data: { read: { [LESSON]: "2026-12-01" } } } },
  });
  await page.setInputFiles("#restore-file", {
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(backup),
  });
  await page.getByRole("button", { name: "Restore this backup" }).click();
  const notice = page.locator("[data-storage-health='full']");
  await expect.poll(() => notice.textContent()).toMatch(/storage for this site is full/);
  await expect
    .poll(() => page.locator("[data-plan-lessons-count]").textContent())
    .toMatch(/read 1 of/);
  expect((await storedKeys(page))["handoff:progress"]).toBeUndefined();
  expect(pageErrors(page)).toEqual([]);
});

test("two tabs: each sees the other's changes and no write is lost", async () => {
  const first = await openPage({ viewport: { width: 1280, height: 800 } });
  const second = await first.context().newPage();
  const plan = await first.context().newPage();
  await first.goto(siteUrl(`lessons/${LESSON}/`));
  await second.goto(siteUrl(`lessons/${OTHER_LESSON}/`));
  await openPlan(plan);

  await setReadBox(first, true);
  await first.waitForSelector(`.lesson-sidebar li[data-lesson-id="${LESSON}"][data-read]`);
  // A person who goes to another tab leaves this one, and the browser tells it so (blur), which
  // saves its edit at once. Headless tabs all keep focus, so the test says it for the browser.
  await first.evaluate(() => dispatchEvent(new Event("blur")));
  // The second tab loaded before anything was saved; its write must not drop the first's.
  await setReadBox(second, true);
  await second.waitForSelector(`.lesson-sidebar li[data-lesson-id="${LESSON}"][data-read]`);
  await second.waitForSelector(`.lesson-sidebar li[data-lesson-id="${OTHER_LESSON}"][data-read]`);
  // The first tab follows the second's change without a reload, and so does My plan.
  await first.waitForSelector(`.lesson-sidebar li[data-lesson-id="${OTHER_LESSON}"][data-read]`);
  await plan.waitForFunction(() =>
    document.querySelector("[data-plan-lessons-count]")?.textContent?.includes("read 2 of"),
  );
  const read = JSON.parse((await storedKeys(first))["handoff:progress"] ?? "").data.read;
  expect(Object.keys(read).sort()).toEqual([OTHER_LESSON, LESSON].sort());

  // Unticking in one tab unticks in the other.
  await setReadBox(first, false);
  await second.waitForSelector(`.lesson-sidebar li[data-lesson-id="${LESSON}"]:not([data-read])`);
  for (const page of [first, second, plan]) expect(pageErrors(page)).toEqual([]);
});

test("an edit made just as the page is left is kept", async () => {
  const page = await openPage();
  await gotoMatrix(page);
  await page.getByLabel("Task", { exact: true }).fill("Invoices");
  await page.getByLabel("Your hours each time").fill("2");
  await page.evaluate((planUrl) => {
    // As in a tab that paints no more frames before it goes: only saving on the way out can
    // keep the task, since the usual save waits for the next frame.
    window.requestAnimationFrame = () => 0;
    document.querySelector<HTMLFormElement>(".matrix-editor")?.requestSubmit();
    location.assign(planUrl);
  }, siteUrl("plan/"));
  await page.waitForSelector("[data-plan-ready]");
  const saved = JSON.parse((await storedKeys(page))["handoff:matrix"] ?? "null");
  expect(saved?.data.tasks).toMatchObject([{ name: "Invoices", hoursEach: 2 }]);
  await expect.poll(() => page.locator("[data-plan-matrix-count]").textContent()).toMatch(/1 task/);
  expect(pageErrors(page)).toEqual([]);
});

test("saved work whose checking code does not load: the page says so and keeps the text", async () => {
  const page = await openPage();
  await gotoMatrix(page);
  await addTask(page, "Bookkeeping", "weekly", "2", ["Weakness", "Dislike it", "Keeps it running"]);
  await page.waitForFunction(() => localStorage.getItem("handoff:matrix") !== null);
  const saved = (await storedKeys(page))["handoff:matrix"];
  const letSchemaLoad = await failToLoad(page, "schema");
  await page.reload();
  await expect
    .poll(() => page.locator('[data-not-loaded="matrix"]').textContent())
    .toMatch(/Your saved task matrix could not be opened.*still saved in this browser, untouched/);
  // The worksheet still works; what is added now stays in the tab and the saved text is kept.
  await addTask(page, "Invoices", "monthly", "1", ["Strength"]);
  await page
    .getByRole("button", { name: /Invoices/ })
    .first()
    .waitFor();
  await page.evaluate(() => dispatchEvent(new Event("pagehide")));
  expect((await storedKeys(page))["handoff:matrix"]).toBe(saved);

  await letSchemaLoad();
  await page.reload();
  await page
    .getByRole("button", { name: /Bookkeeping/ })
    .first()
    .waitFor();
  await expect(page.locator("[data-not-loaded]").count()).resolves.toBe(0);
  expect(pageErrors(page)).toEqual([]);
});

test("backup, forget everything, restore: the same state comes back, and undo works", async () => {
  const page = await openPage();
  await openPlan(page);
  const matrix = {
    version: 1,
    data: {
      tasks: [
        {
          id: "t1",
          name: "Bookkeeping <b>&</b>",
          cadence: "weekly",
          hoursEach: 2.5,
          skill: "weakness",
          feeling: "dislike",
          impact: "keeps-running",
          salesMarketing: false,
        },
      ],
      settings: {
        hourlyValue: 80,
        currency: "EUR",
        workingDaysPerWeek: 5,
        defaultProviderRate: 30,
        oversightShare: 0.1,
      },
    },
  };
  await page.evaluate(
    ([matrixText, lesson]) => {
      localStorage.setItem("handoff:matrix", matrixText!);
      localStorage.setItem(
        "handoff:progress",
        JSON.stringify({ version: 1, data: { read: { [lesson!]: "2026-11-30T09:00:00.000Z" } } }),
      );
    },
    [JSON.stringify(matrix), LESSON],
  );
  await page.reload();
  await page.waitForSelector("[data-plan-ready]");
  await expect.poll(() => page.locator("[data-plan-matrix-count]").textContent()).toMatch(/1 task/);
  const before = await storedKeys(page);

  const file = await downloadText(page, () =>
    page.getByRole("button", { name: "Download a backup", exact: true }).click(),
  );
  expect(file.name).toMatch(/^handoff-backup-\d{4}-\d\d-\d\d\.json$/);

  await page.getByRole("button", { name: /Forget everything on this device/ }).click();
  await page.waitForSelector("[data-forget-confirm]");
  // The last-chance download is offered inside the confirmation.
  const lastChance = await downloadText(page, () =>
    page.getByRole("button", { name: "Download a backup first" }).click(),
  );
  expect(JSON.parse(lastChance.text).documents).toEqual(JSON.parse(file.text).documents);
  await page.getByRole("button", { name: "Yes, forget everything" }).click();
  await page.getByText("has been deleted").waitFor();
  expect(await storedKeys(page)).toEqual({});
  await page.reload();
  await page.waitForSelector("[data-plan-ready]");
  await expect.poll(() => page.getByText("You have not charted any tasks yet.").count()).toBe(1);

  await page.setInputFiles("#restore-file", file.path);
  await page.waitForSelector("[data-restore-preview]");
  await expect
    .poll(() => page.locator("[data-change='matrix']").getAttribute("data-action"))
    .toBe("add");
  await page.getByRole("button", { name: "Restore this backup" }).click();
  await page.getByText("Restored the backup").waitFor();
  await expect.poll(() => storedKeys(page)).toEqual(before);
  // The parts that had nothing to show when the page loaded show the restored work at once.
  await expect.poll(() => page.locator("[data-plan-matrix-count]").textContent()).toMatch(/1 task/);
  await page.reload();
  await page.waitForSelector("[data-plan-ready]");
  await expect.poll(() => page.locator("[data-plan-matrix-count]").textContent()).toMatch(/1 task/);
  // The task name is shown as text, never as markup.
  await expect
    .poll(() => page.locator("[data-plan-first]").textContent())
    .toMatch(/^Hand off first: Bookkeeping <b>&<\/b> \(10\.8 hours a month\)\.$/);

  // Restoring an empty backup with "replace", then undoing, gives the state back again.
  const empty = JSON.stringify({
    format: "handoff-backup",
    version: 1,
    exportedAt: "2026-12-01T10:00:00.000Z",
    documents: {},
  });
  await page.setInputFiles("#restore-file", {
    name: "empty.json",
    mimeType: "application/json",
    buffer: Buffer.from(empty),
  });
  await expect
    .poll(() => page.locator("[data-change='matrix']").getAttribute("data-action"))
    .toBe("clear");
  await page.getByRole("button", { name: "Restore this backup" }).click();
  await page.getByText("You have not charted any tasks yet.").waitFor();
  await page.getByRole("button", { name: "Undo the restore" }).click();
  await page.locator("[data-plan-matrix-count]").waitFor();
  await expect.poll(() => storedKeys(page)).toEqual(before);
  expect(pageErrors(page)).toEqual([]);
});

test("a file that is not a backup is turned away and nothing changes", async () => {
  const page = await openPage();
  await openPlan(page);
  await page.setInputFiles("#restore-file", {
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect
    .poll(() => page.getByRole("alert").textContent())
    .toMatch(/not a Handoff backup.*Nothing was changed/);
  expect(await storedKeys(page)).toEqual({});
});
