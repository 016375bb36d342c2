// Measures the JavaScript each worksheet page loads on a first visit and for someone returning
// with saved work, whose visit also loads each document's schema and the validation library.
import type { Page } from "playwright-core";
import { launchChromium } from "../../tests/support/chromium.ts";
import { completeHandoff } from "../../tests/support/checklist-fixtures.ts";
import { task, workedExampleSettings } from "../../tests/support/matrix-fixtures.ts";
import { checklistsDocument } from "../../src/lib/checklist/document.ts";
import { matrixDocument } from "../../src/lib/matrix/document.ts";
import { progressDocument } from "../../src/lib/progress/document.ts";
import { quizDocument } from "../../src/lib/quiz/document.ts";
import { settingsDocument } from "../../src/lib/settings/document.ts";
import { encodeDocument, storageKey } from "../../src/lib/storage/document-basics.ts";

export interface VisitWeight {
  url: string;
  /** Gzipped bytes of every script a first visit loads, until the network is quiet. */
  firstVisitBytes: number;
  /** The same with a task, a handoff, quiz answers, a read lesson and a theme already saved. */
  returningBytes: number;
}

/** Saved work as a returning person has it: one of each document a worksheet page reads. */
const savedWork: Record<string, string> = {
  [storageKey(matrixDocument.name)]: encodeDocument(matrixDocument, {
    tasks: [task()],
    settings: workedExampleSettings,
  }),
  [storageKey(checklistsDocument.name)]: encodeDocument(checklistsDocument, {
    handoffs: [completeHandoff()],
  }),
  [storageKey(quizDocument.name)]: encodeDocument(quizDocument, {
    ...quizDocument.empty(),
    quizVersion: 1,
    answers: [2, 1],
    position: 2,
  }),
  [storageKey(progressDocument.name)]: encodeDocument(progressDocument, {
    read: { "what-you-keep": "2026-12-01T10:00:00.000Z" },
  }),
  [storageKey(settingsDocument.name)]: encodeDocument(settingsDocument, { theme: "dark" }),
};

/** Loads `url` and adds up the scripts it requested, sized by `scriptSize`. */
async function scriptBytes(page: Page, url: string, scriptSize: (url: string) => number) {
  const scripts = new Set<string>();
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.add(request.url());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  // A lesson's worksheet loads when it scrolls into view: bring each one there, as a reader would,
  // and wait until every island has hydrated (Astro then drops its ssr attribute).
  for (const island of await page.locator("astro-island").all()) {
    await island.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => document.querySelector("astro-island[ssr]") === null);
  // Parts loaded on demand (a saved handoff's steps) follow; wait until no script is requested
  // for half a second.
  for (let count = -1; count !== scripts.size;) {
    count = scripts.size;
    await page.waitForTimeout(500);
  }
  return [...scripts].reduce((sum, script) => sum + scriptSize(script), 0);
}

export async function measureVisits(
  urls: readonly string[],
  scriptSize: (url: string) => number,
): Promise<VisitWeight[]> {
  const browser = await launchChromium();
  try {
    const results: VisitWeight[] = [];
    for (const url of urls) {
      const fresh = await browser.newContext({ serviceWorkers: "block" });
      const firstVisitBytes = await scriptBytes(await fresh.newPage(), url, scriptSize);
      await fresh.close();

      const returning = await browser.newContext({ serviceWorkers: "block" });
      await returning.addInitScript((work) => {
        for (const [key, text] of Object.entries(work)) localStorage.setItem(key, text);
      }, savedWork);
      const returningBytes = await scriptBytes(await returning.newPage(), url, scriptSize);
      await returning.close();
      results.push({ url, firstVisitBytes, returningBytes });
    }
    return results;
  } finally {
    await browser.close();
  }
}
