// The site's only inline script, which runs before the first paint, and its CSP hash.
import { createHash } from "node:crypto";
import { storageKey } from "./storage/document-basics.ts";
import { firstVisitDocuments } from "./first-visit.ts";
import { legacyThemeKey, settingsKey, settingsVersion } from "./settings/theme-setting.ts";

/**
 * Runs before the page paints. It marks the root element `data-scripting`, so CSS can hide what
 * only works with JavaScript from readers without it (the `scripting` media feature does not see
 * every way of turning it off). It applies the reader's chosen theme, so they never see the other
 * one flash. And it names the worksheets' documents this browser has saved in `data-saved`, so a
 * worksheet's first-visit HTML is hidden instead of shown for a moment in place of their work
 * (see src/islands/first-visit-html.ts). It has to be inline (a file would arrive too late), so
 * the Content-Security-Policy allows it by its hash rather than by allowing inline scripts in
 * general. Each part has its own `try`: damaged settings must not stop the other.
 */
export const firstPaintScript = `document.documentElement.dataset.scripting = "";
try {
  const saved = JSON.parse(localStorage.getItem("${settingsKey}") || "null");
  const theme = saved && saved.version === ${settingsVersion} && saved.data ? saved.data.theme : localStorage.getItem("${legacyThemeKey}");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch {
  /* Storage can be blocked or the text damaged; the page then follows the system theme. */
}
try {
  const keys = ${JSON.stringify(Object.fromEntries(firstVisitDocuments.map((name) => [name, storageKey(name)])))};
  document.documentElement.dataset.saved = Object.keys(keys).filter((name) => localStorage.getItem(keys[name]) !== null).join(" ");
} catch {
  /* Blocked storage holds no saved work. */
}`;

/** The CSP source expression that lets exactly this script run, e.g. "sha256-…". */
export const firstPaintScriptHash =
  `sha256-${createHash("sha256").update(firstPaintScript).digest("base64")}` as const;
