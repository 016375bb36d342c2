// The inline script that runs before the first paint: the reader's theme, and which worksheets'
// documents this browser has saved, so their first-visit HTML is hidden instead of flashed.
import { afterEach, describe, expect, test, vi } from "vitest";
import { firstPaintScript } from "../../src/lib/first-paint-script.ts";
import { firstVisitDocuments } from "../../src/lib/first-visit.ts";
import { legacyThemeKey, settingsKey } from "../../src/lib/settings/theme-setting.ts";

const envelope = (data: unknown, version = 1) => JSON.stringify({ version, data });
const run = () => new Function(firstPaintScript)();
const root = document.documentElement;

afterEach(() => {
  delete root.dataset.scripting;
  delete root.dataset.theme;
  delete root.dataset.saved;
  vi.restoreAllMocks();
});

test("marks the page as running scripts, even when storage is blocked", () => {
  vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  });
  run();
  expect(root.dataset.scripting).toBe("");
});

describe("the theme", () => {
  test("applies the saved theme before paint", () => {
    localStorage.setItem(settingsKey, envelope({ theme: "dark" }));
    run();
    expect(root.dataset.theme).toBe("dark");
  });

  test("falls back to a theme an older build saved", () => {
    localStorage.setItem(legacyThemeKey, "light");
    run();
    expect(root.dataset.theme).toBe("light");
  });

  test("damaged settings leave the system theme and never throw", () => {
    localStorage.setItem(settingsKey, "{ damaged");
    expect(run).not.toThrow();
    localStorage.setItem(settingsKey, envelope({ theme: "url(javascript:1)" }));
    run();
    expect(root.dataset.theme).toBeUndefined();
  });
});

describe("the saved work it marks", () => {
  test("names each worksheet document this browser has saved, and only those", () => {
    localStorage.setItem("handoff:matrix", envelope({ tasks: [] }));
    localStorage.setItem("handoff:progress", "damaged text still counts as saved");
    localStorage.setItem("handoff:settings", envelope({ theme: "dark" }));
    run();
    expect(root.dataset.saved?.split(" ").toSorted()).toEqual(["matrix", "progress"]);
  });

  test("names nothing on a first visit", () => {
    run();
    expect(root.dataset.saved).toBe("");
  });

  test("covers every document a worksheet's first visit depends on", () => {
    for (const name of firstVisitDocuments) localStorage.setItem(`handoff:${name}`, "{}");
    run();
    expect(root.dataset.saved?.split(" ").toSorted()).toEqual([...firstVisitDocuments].toSorted());
  });

  test("damaged settings do not stop the marks", () => {
    localStorage.setItem(settingsKey, "{ damaged");
    localStorage.setItem("handoff:quiz", envelope({ answers: [] }));
    run();
    expect(root.dataset.saved).toBe("quiz");
  });

  test("blocked storage marks nothing and never throws", () => {
    // As in a browser set to block site data: reading localStorage itself throws.
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    expect(run).not.toThrow();
    expect(root.dataset.saved).toBeUndefined();
    expect(root.dataset.theme).toBeUndefined();
  });
});
