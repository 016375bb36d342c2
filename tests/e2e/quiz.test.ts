// The readiness quiz in a real browser: taking it by keyboard, resuming after a reload, the
// result, sharing it, opening the link elsewhere, and broken links.
// These flows click through all fourteen questions, some twice, so they get more time than a
// single-page check: on a loaded two-core machine they take tens of seconds.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { failToLoad, pageErrors, siteUrl, useBrowser } from "../support/browser.ts";
import { worksheetReady } from "../support/page-walk.ts";
import { TEST_BASE } from "../support/site.ts";

const longFlow = 120_000;

const openPage = useBrowser();

const storedQuiz = (page: Page) => page.evaluate(() => localStorage.getItem("handoff:quiz"));

/**
 * Answers the question on screen by keyboard and presses Enter: Space picks the first answer,
 * ArrowDown moves to the second, and ArrowUp wraps round to the last (the best answer).
 */
async function answerByKeyboard(page: Page, which: "first" | "second" | "last"): Promise<void> {
  const current = await page.locator("[data-quiz-progress]").textContent();
  await page.locator(".quiz-answer input").first().focus();
  await page.keyboard.press("Space");
  if (which === "second") await page.keyboard.press("ArrowDown");
  if (which === "last") await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (before) =>
      document.querySelector("[data-quiz-progress]")?.textContent !== before ||
      document.querySelector("[data-quiz-result]") !== null,
    current,
  );
}

async function startQuiz(page: Page): Promise<void> {
  await page.goto(siteUrl("quiz/"));
  await worksheetReady(page);
}

test(
  "take the quiz by keyboard, resume after a reload, share the result, open it elsewhere",
  async () => {
    const page = await openPage({ permissions: ["clipboard-read", "clipboard-write"] });
    await startQuiz(page);
    await expect
      .poll(() => page.locator("[data-quiz-progress]").textContent())
      .toBe("Question 1 of 14");

    // Next without an answer says what is missing and stays put.
    await page.locator("[data-quiz-next]").click();
    await expect
      .poll(() => page.locator(".quiz-missing").textContent())
      .toMatch(/choose an answer/i);
    await expect(page.locator("[data-quiz-progress]").textContent()).resolves.toBe(
      "Question 1 of 14",
    );

    for (let i = 0; i < 5; i++) await answerByKeyboard(page, "second");
    await expect
      .poll(() => page.locator("[data-quiz-progress]").textContent())
      .toBe("Question 6 of 14");

    // A reload resumes on the same question with the earlier answers kept.
    await page.reload();
    await worksheetReady(page);
    await expect
      .poll(() => page.locator("[data-quiz-progress]").textContent())
      .toBe("Question 6 of 14");
    await page.locator("button", { hasText: "Back" }).click();
    // Wait for the earlier question to be on screen before looking at its answers.
    await page.locator("[data-quiz-progress]", { hasText: "Question 5 of 14" }).waitFor();
    await expect.poll(() => page.locator(".quiz-answer input:checked").count()).toBe(1);
    await expect.poll(() => page.locator(".quiz-answer input").nth(1).isChecked()).toBe(true);
    await page.locator("[data-quiz-next]").click();
    // Answering starts from the question on screen, so wait for the next one to be drawn.
    await page.locator("[data-quiz-progress]", { hasText: "Question 6 of 14" }).waitFor();

    // The rest get the best answer: 3 points each. The first five answers score 1 each.
    for (let i = 5; i < 14; i++) await answerByKeyboard(page, "last");
    await page.locator("[data-quiz-result]").waitFor();

    // (5 × 1 + 9 × 3) / 42 = 76 %, in "Ready to start small".
    const score = Number(await page.locator("[data-quiz-score]").textContent());
    const band = await page.locator("[data-quiz-band]").getAttribute("data-quiz-band");
    expect(score).toBe(76);
    expect(band).toBe("ready-to-start-small");
    await expect
      .poll(() => page.locator("[data-quiz-next-band]").textContent())
      .toMatch(/^9 points to the next band, Ready to scale/);
    await expect.poll(() => page.locator("[data-quiz-dimensions] tbody tr").count()).toBe(7);
    await expect.poll(() => page.locator("[data-quiz-next-steps] > li").count()).toBe(2);
    await expect.poll(() => page.locator("[data-quiz-history] tbody tr").count()).toBe(1);

    await page.locator("[data-quiz-copy]").click();
    // The status follows the clipboard's promise, so it is waited for, not read at once.
    await page.locator(".quiz-status", { hasText: /^Link copied\.$/ }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.locator("[data-quiz-share-url]").inputValue());
    const url = new URL(link);
    expect(url.pathname).toBe(`${TEST_BASE}quiz/result/${band}/`);
    expect((url.pathname + url.hash).length).toBeLessThan(80);

    // A visitor with their own quiz under way opens the link in another browser.
    const visitor = await openPage();
    await startQuiz(visitor);
    await answerByKeyboard(visitor, "first");
    const visitorOwn = await storedQuiz(visitor);
    expect(visitorOwn).toContain('"position":1');

    await visitor.goto(link);
    await visitor.locator("[data-quiz-shared]").waitFor();
    await expect
      .poll(() => visitor.locator("[data-quiz-shared-label]").textContent())
      .toMatch(/a shared result/i);
    await expect.poll(() => visitor.locator("[data-quiz-score]").textContent()).toBe(String(score));
    await expect
      .poll(() => visitor.locator("[data-quiz-band]").getAttribute("data-quiz-band"))
      .toBe(band);
    await expect
      .poll(() => visitor.locator("[data-quiz-take-yourself]").getAttribute("href"))
      .toBe(`${TEST_BASE}quiz/`);
    expect(await storedQuiz(visitor)).toBe(visitorOwn);

    // Their own quiz is exactly where they left it.
    await visitor.locator("[data-quiz-take-yourself]").click();
    await worksheetReady(visitor);
    await expect
      .poll(() => visitor.locator("[data-quiz-progress]").textContent())
      .toBe("Question 2 of 14");
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(visitor)).toEqual([]);
  },
  longFlow,
);

test(
  "retaking keeps the history and shows the change since the previous attempt",
  async () => {
    const page = await openPage();
    await startQuiz(page);
    for (let i = 0; i < 14; i++) await answerByKeyboard(page, "first");
    await page.locator("[data-quiz-result]").waitFor();
    await expect.poll(() => page.locator("[data-quiz-score]").textContent()).toBe("0");
    await expect(page.locator("[data-quiz-change]").count()).resolves.toBe(0);

    await page.locator("[data-quiz-retake]").click();
    await expect
      .poll(() => page.locator("[data-quiz-progress]").textContent())
      .toBe("Question 1 of 14");
    for (let i = 0; i < 14; i++) await answerByKeyboard(page, "last");
    await page.locator("[data-quiz-result]").waitFor();
    await expect.poll(() => page.locator("[data-quiz-score]").textContent()).toBe("100");
    await expect
      .poll(() => page.locator("[data-quiz-change]").textContent())
      .toMatch(/\+100 points/);
    await expect.poll(() => page.locator("[data-quiz-history] tbody tr").count()).toBe(2);
    expect(pageErrors(page)).toEqual([]);
  },
  longFlow,
);

test(
  "a result whose code does not load says so, keeps the answers, and shows after a reload",
  async () => {
    const page = await openPage();
    await startQuiz(page);
    const letResultLoad = await failToLoad(page, "OwnResult");
    for (let i = 0; i < 14; i++) await answerByKeyboard(page, "last");
    await expect
      .poll(() => page.locator("[data-quiz-loading][role=alert]").textContent())
      .toBe(
        "Your result could not be shown: part of this page did not load. Your answers are still saved in this browser. Check your connection and reload the page.",
      );
    await expect
      .poll(async () => JSON.parse((await storedQuiz(page)) ?? "null")?.data.history.length)
      .toBe(1);

    await letResultLoad();
    await page.reload();
    await expect.poll(() => page.locator("[data-quiz-score]").textContent()).toBe("100");
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  },
  longFlow,
);

/** A valid link text for the all-first-answers set, read from a finished quiz in the browser. */
async function validPayload(): Promise<{ payload: string; band: string }> {
  const page = await openPage();
  await startQuiz(page);
  for (let i = 0; i < 14; i++) await answerByKeyboard(page, "first");
  await page.locator("[data-quiz-result]").waitFor();
  const url = new URL(await page.locator("[data-quiz-share-url]").inputValue());
  return { payload: url.hash.slice(1), band: url.pathname.split("/").at(-2)! };
}

test(
  "a link whose path names the wrong band shows the computed result and fixes the address",
  async () => {
    const { payload, band } = await validPayload();
    expect(band).toBe("not-ready-yet");
    const page = await openPage();
    await page.goto(siteUrl(`quiz/result/ready-to-scale/#${payload}`));
    await page.locator("[data-quiz-shared]").waitFor();
    await expect
      .poll(() => page.locator("[data-quiz-band]").getAttribute("data-quiz-band"))
      .toBe("not-ready-yet");
    await page.waitForURL(siteUrl(`quiz/result/not-ready-yet/#${payload}`));
    await expect.poll(() => page.title()).toMatch(/^Not ready yet/);
    expect(pageErrors(page)).toEqual([]);
  },
  longFlow,
);

test(
  "damaged, tampered, unknown-version and hostile links show a plain message",
  async () => {
    const { payload } = await validPayload();
    const flip = (c: string) => (c === "A" ? "B" : "A");
    const damaged = [
      payload.slice(0, -1), // truncated
      payload.slice(0, 3) + flip(payload[3]!) + payload.slice(4), // one character changed
      `${payload}A`, // one character added
      `J${payload.slice(1)}`, // another version
      "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", // markup
      "<b>bold</b>",
    ];
    const page = await openPage();
    for (const text of damaged) {
      await page.goto(siteUrl(`quiz/result/getting-ready/#${text}`));
      await page.reload(); // a fragment-only change does not reload by itself
      await page.locator("[data-quiz-broken]").waitFor();
      await expect
        .poll(() => page.locator("[data-quiz-broken] h2").textContent())
        .toBe("This result link is broken");
      await expect(page.locator("[data-quiz-result]").count()).resolves.toBe(0);
      await expect(page.locator("main img, main b").count()).resolves.toBe(0);
      expect(new URL(page.url()).pathname).toBe(`${TEST_BASE}quiz/result/getting-ready/`);
    }
    expect(pageErrors(page)).toEqual([]);
  },
  longFlow,
);
