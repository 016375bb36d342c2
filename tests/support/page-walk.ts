// Walking the built site in Chromium: CSP violation capture, island hydration and using controls.
import type { Page } from "playwright-core";

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

/**
 * Records every Content-Security-Policy violation on pages this page opens from now on. The
 * listener is installed through the DevTools protocol, which the policy does not govern.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __cspViolations: unknown[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
}

/** The violations recorded on the current document since it loaded. */
export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? [],
  );
}

/**
 * Scrolls every island into view (lessons hydrate theirs with client:visible) and waits until
 * Astro has hydrated them all: it removes the `ssr` attribute once a component has rendered.
 */
export async function hydrateIslands(page: Page, timeout = 10_000): Promise<number> {
  const islands = page.locator("astro-island");
  const count = await islands.count();
  for (let i = 0; i < count; i += 1) {
    // An island is `display: contents` and has no box of its own, so scrolling it does nothing:
    // scroll its first child, which is what client:visible watches, and let it hydrate.
    await islands
      .nth(i)
      .evaluate((island) =>
        (island.firstElementChild ?? island).scrollIntoView({ block: "center" }),
      );
    await page.waitForTimeout(50);
  }
  if (count > 0) {
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0, {
      timeout,
    });
  }
  return count;
}

/**
 * Waits until the page's worksheet takes input. The build's HTML already shows the worksheet
 * with its controls disabled until the island hydrates, so a key pressed before then goes nowhere
 * (and `focus()` on a disabled control does nothing, without an error).
 */
export async function worksheetReady(page: Page): Promise<void> {
  await page.locator("fieldset.worksheet-root:enabled").first().waitFor();
}

/** Words that mark a control as one that leaves the page or the browser (print, download, go). */
const LEAVING = /print|download|export|share|copy|email|mail|calendar|\.ics/i;

/** A cap per kind of control, so a worksheet with hundreds of rows still walks in seconds. */
const MAX_CONTROLS = 80;

/**
 * Uses every form control inside the page's islands the way a reader would: types into text
 * fields, picks options, ticks boxes and presses buttons, so whatever each worksheet does with
 * the network (nothing, we hope) happens during the walk. Dialogs are accepted. Buttons that
 * print or hand data to the system are skipped (they cannot reach another host anyway, and
 * headless Chromium cannot complete them). Returns how many controls were used.
 */
export async function useIslandControls(page: Page): Promise<number> {
  page.on("dialog", (dialog) => void dialog.accept().catch(() => undefined));
  let used = 0;
  const fields = page.locator(
    "astro-island input:not([type=hidden]):not([type=file]):not([disabled]), astro-island textarea:not([disabled])",
  );
  const fieldCount = Math.min(await fields.count(), MAX_CONTROLS);
  for (let i = 0; i < fieldCount; i += 1) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    const type = (await field.getAttribute("type")) ?? "text";
    if (type === "checkbox" || type === "radio") await field.check({ timeout: 2000 }).catch(noop);
    else if (type === "number" || type === "range") await field.fill("3").catch(noop);
    else if (type === "date") await field.fill("2030-01-15").catch(noop);
    else await field.fill("Bookkeeping").catch(noop);
    used += 1;
  }
  const selects = page.locator("astro-island select:not([disabled])");
  const selectCount = Math.min(await selects.count(), MAX_CONTROLS);
  for (let i = 0; i < selectCount; i += 1) {
    const select = selects.nth(i);
    if (!(await select.isVisible())) continue;
    const values = await select.evaluate((element) =>
      [...(element as HTMLSelectElement).options].map((option) => option.value),
    );
    const last = values.at(-1);
    if (last !== undefined) await select.selectOption(last).catch(noop);
    used += 1;
  }
  const buttons = page.locator("astro-island button:not([disabled])");
  // Counted once: a button that adds rows would otherwise make the walk endless.
  const buttonCount = Math.min(await buttons.count(), MAX_CONTROLS);
  for (let i = 0; i < buttonCount; i += 1) {
    const button = buttons.nth(i);
    if (!(await button.isVisible().catch(() => false))) continue;
    const label = `${await button.textContent()} ${(await button.getAttribute("aria-label")) ?? ""}`;
    if (LEAVING.test(label)) continue;
    const before = page.url();
    await button.click({ timeout: 2000 }).catch(noop);
    used += 1;
    // A button that navigated (a form submit, a "next" link) ends this page's walk.
    if (page.url() !== before) break;
  }
  return used;
}

function noop(): void {}
