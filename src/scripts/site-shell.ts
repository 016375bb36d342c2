// The only script every page loads: theme toggle, search shortcut, the "on this page" highlight
// and offline reading. Search itself (the Pagefind bundle and its index) is imported only when a
// reader opens it, and the service worker registration only once the page has loaded.

import {
  legacyThemeKey,
  migratedLegacyTheme,
  settingsKey,
  withTheme,
  type Theme,
} from "../lib/settings/theme-setting.ts";

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function setupThemeToggle(): void {
  const toggle = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  if (!toggle) return;
  const sync = () => toggle.setAttribute("aria-pressed", String(currentTheme() === "dark"));
  sync();
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", sync);
  toggle.addEventListener("click", () => {
    const next = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      const text = withTheme(localStorage.getItem(settingsKey), next);
      if (text !== undefined) {
        localStorage.setItem(settingsKey, text);
        // The settings store on this page (My plan's backups) hears only other tabs' writes,
        // so tell it about this one the same way.
        dispatchEvent(new StorageEvent("storage", { key: settingsKey, newValue: text }));
      }
    } catch {
      // Storage can be blocked or full; the choice then lasts until the page is left.
    }
    sync();
  });
}

/** Moves a theme saved by an older build into the settings document, once. */
function migrateLegacyTheme(): void {
  try {
    const legacy = localStorage.getItem(legacyThemeKey);
    if (legacy === null) return;
    const text = migratedLegacyTheme(localStorage.getItem(settingsKey), legacy);
    if (text !== undefined) localStorage.setItem(settingsKey, text);
    localStorage.removeItem(legacyThemeKey);
  } catch {
    // Blocked or full storage: the old key stays, and the theme script still reads it.
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function setupSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>("[data-search-dialog]");
  if (!dialog) return;
  let started = false;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>("[data-search-input]")?.focus();
    if (!started) {
      started = true;
      void import("./search-engine.ts").then(({ attachSearch }) => attachSearch(dialog));
    }
  };
  // In a search field Chromium's first Escape only clears the text; readers expect it to close.
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      dialog.close();
    }
  });
  for (const button of document.querySelectorAll("[data-search-open]")) {
    button.addEventListener("click", open);
  }
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
    if (isTyping(event.target) || dialog.open) return;
    event.preventDefault();
    open();
  });
}

/** Marks the table-of-contents link of the section being read with aria-current. */
function setupTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-toc] a[href^='#']")];
  if (links.length === 0) return;
  const byId = new Map(links.map((link) => [decodeURIComponent(link.hash.slice(1)), link]));
  const headings = [...byId.keys()]
    .map((id) => document.getElementById(id))
    .filter((heading): heading is HTMLElement => heading !== null);
  const mark = () => {
    // The current section is the last heading that has scrolled above a third of the viewport.
    const line = window.innerHeight / 3;
    let active = headings[0];
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) active = heading;
    }
    for (const link of links) link.removeAttribute("aria-current");
    if (active) byId.get(active.id)?.setAttribute("aria-current", "true");
  };
  let queued = false;
  document.addEventListener(
    "scroll",
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}

/**
 * Lesson progress. The store and its schema load only when there is progress to show or to
 * record, so a first-time reader's lesson carries nothing but this shell.
 */
function setupLessonProgress(): void {
  const lessonId = document.querySelector<HTMLElement>("[data-lesson]")?.dataset.lesson;
  const hasMarks = document.querySelector("[data-lesson-id]") !== null;
  if (!lessonId && !hasMarks) return;
  const progress = () => import("./lesson-progress.ts");
  let stored = false;
  try {
    stored = localStorage.getItem("handoff:progress") !== null;
  } catch {
    // Blocked storage holds no progress; recording it then lives in this tab only.
  }
  if (stored) void progress().then(({ showProgress }) => showProgress());
  if (!lessonId) return;

  const toggle = document.querySelector<HTMLInputElement>("[data-read-toggle]");
  const end = document.querySelector("[data-lesson-end]");
  // Once the reader has ticked or unticked the box themselves, scrolling no longer decides.
  let decided = false;
  toggle?.addEventListener("change", () => {
    decided = true;
    const read = toggle.checked;
    void progress().then(({ setLessonRead }) => setLessonRead(lessonId, read));
  });
  // The box is shown once its state is known: right away when nothing is stored.
  const wrap = document.querySelector<HTMLElement>("[data-read-toggle-wrap]");
  if (wrap) {
    if (stored) void progress().then(() => (wrap.hidden = false));
    else wrap.hidden = false;
  }
  if (!end) return;
  // The reader has reached the end once its top has come into view by scrolling (a page that
  // opens there does not count). Checking on scroll also catches a jump straight to the bottom.
  let queued = false;
  const check = () => {
    queued = false;
    if (decided || end.getBoundingClientRect().top > window.innerHeight) return;
    decided = true;
    removeEventListener("scroll", onScroll);
    void progress().then(({ setLessonRead }) => setLessonRead(lessonId, true));
  };
  const onScroll = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(check);
  };
  addEventListener("scroll", onScroll, { passive: true });
}

for (const element of document.querySelectorAll("[data-needs-js]")) {
  element.removeAttribute("data-needs-js");
}
/** Offline reading starts after the page has loaded, so it never competes with the first paint. */
function setupOfflineReading(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () => void import("./offline-reading.ts").then((m) => m.registerServiceWorker());
  const start = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(register, { timeout: 10_000 })
      : register();
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}

migrateLegacyTheme();
setupThemeToggle();
setupSearch();
setupTocHighlight();
setupLessonProgress();
setupOfflineReading();
