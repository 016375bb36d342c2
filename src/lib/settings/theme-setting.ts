// The reader's theme choice inside the settings document, readable and writable without the
// schema library, because the site shell that applies it runs on every page and must stay tiny.

/** The settings document's storage key and schema version; its spec imports these. */
export const settingsKey = "handoff:settings";
export const settingsVersion = 1;

/** Where the theme was kept before settings became a versioned document. */
export const legacyThemeKey = "handoff:theme";

export const themes = ["light", "dark"] as const;
export type Theme = (typeof themes)[number];

export function isTheme(value: unknown): value is Theme {
  return value === "light" || value === "dark";
}

/** The settings data inside stored text, or undefined when the text is not a current envelope. */
function currentData(raw: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { version, data } = parsed as { version?: unknown; data?: unknown };
    if (version !== settingsVersion || typeof data !== "object" || data === null) return undefined;
    if (Array.isArray(data)) return undefined;
    return data as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * The settings text with `theme` chosen, keeping every other setting. Returns undefined when
 * the stored text is damaged or from a newer version: it is left for My plan's notice to offer
 * as a download, so the choice then lasts only until the page is left.
 */
export function withTheme(raw: string | null, theme: Theme): string | undefined {
  const data = raw === null ? {} : currentData(raw);
  if (data === undefined) return undefined;
  return JSON.stringify({ version: settingsVersion, data: { ...data, theme } });
}

/**
 * Moves a theme saved under the old key into the settings document. Returns the settings text
 * to write, or undefined when there is nothing to move (no valid old value, or settings exist).
 */
export function migratedLegacyTheme(
  settingsRaw: string | null,
  legacyRaw: string | null,
): string | undefined {
  if (settingsRaw !== null || !isTheme(legacyRaw)) return undefined;
  return withTheme(null, legacyRaw);
}
