// The settings document and the theme inside it: the shell's schema-free reader and writer, and
// the move from the old "handoff:theme" key. The inline script that applies it is tested in
// first-paint-script.test.ts.
import { describe, expect, test } from "vitest";
import { settingsDocumentSpec } from "../../src/lib/settings/schema.ts";
import {
  legacyThemeKey,
  migratedLegacyTheme,
  settingsKey,
  themes,
  withTheme,
} from "../../src/lib/settings/theme-setting.ts";
import { decodeDocument } from "../../src/lib/storage/document.ts";
import { storageKey } from "../../src/lib/storage/document-basics.ts";

const envelope = (data: unknown, version = 1) => JSON.stringify({ version, data });

describe("the theme inside the settings document", () => {
  test("the shell writes under the settings document's own key and version", () => {
    expect(storageKey(settingsDocumentSpec.name)).toBe(settingsKey);
    for (const theme of themes) {
      expect(decodeDocument(settingsDocumentSpec, withTheme(null, theme))).toEqual({
        status: "ok",
        value: { theme },
      });
    }
  });

  test("choosing a theme keeps the other settings", () => {
    const text = withTheme(envelope({ theme: "dark", later: 1 }), "light")!;
    expect(JSON.parse(text)).toEqual({ version: 1, data: { theme: "light", later: 1 } });
  });

  test("damaged or newer settings are never overwritten by a theme choice", () => {
    for (const raw of ["{", "null", "[]", envelope([]), envelope({ theme: "dark" }, 2), '"x"']) {
      expect(withTheme(raw, "dark")).toBeUndefined();
    }
  });

  test("the schema rejects a theme it does not know", () => {
    const result = decodeDocument(settingsDocumentSpec, envelope({ theme: "<b>blue</b>" }));
    expect(result.status).toBe("problem");
    expect(result.value).toEqual({});
  });

  test("a theme under the old key moves into the settings document, once", () => {
    expect(JSON.parse(migratedLegacyTheme(null, "dark")!)).toEqual({
      version: 1,
      data: { theme: "dark" },
    });
    expect(migratedLegacyTheme(envelope({ theme: "light" }), "dark")).toBeUndefined();
    expect(migratedLegacyTheme(null, "purple")).toBeUndefined();
  });
});
