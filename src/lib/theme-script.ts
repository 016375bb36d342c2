// The site's only inline script (it applies the saved theme before first paint) and its CSP hash.
import { createHash } from "node:crypto";
import { legacyThemeKey, settingsKey, settingsVersion } from "./settings/theme-setting.ts";

/**
 * Runs before the page paints, so a reader who chose a theme never sees the other one flash.
 * It has to be inline (a file would arrive too late), so the Content-Security-Policy allows it
 * by its hash rather than by allowing inline scripts in general.
 */
export const themeScript = `try {
  const saved = JSON.parse(localStorage.getItem("${settingsKey}") || "null");
  const theme = saved && saved.version === ${settingsVersion} && saved.data ? saved.data.theme : localStorage.getItem("${legacyThemeKey}");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch {
  /* Storage can be blocked or the text damaged; the page then follows the system theme. */
}`;

/** The CSP source expression that lets exactly this script run, e.g. "sha256-…". */
export const themeScriptHash =
  `sha256-${createHash("sha256").update(themeScript).digest("base64")}` as const;
