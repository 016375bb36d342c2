// The site's only inline script (it applies the saved theme before first paint) and its CSP hash.
import { createHash } from "node:crypto";

/**
 * Runs before the page paints, so a reader who chose a theme never sees the other one flash.
 * It has to be inline (a file would arrive too late), so the Content-Security-Policy allows it
 * by its hash rather than by allowing inline scripts in general.
 */
export const themeScript = `try {
  const stored = localStorage.getItem("handoff:theme");
  if (stored === "light" || stored === "dark") document.documentElement.dataset.theme = stored;
} catch {
  /* Storage can be blocked; the page then follows the system theme. */
}`;

/** The CSP source expression that lets exactly this script run, e.g. "sha256-…". */
export const themeScriptHash =
  `sha256-${createHash("sha256").update(themeScript).digest("base64")}` as const;
