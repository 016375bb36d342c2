// The browser side of the data layer: damaged text is kept and offered back, blocked or full
// storage falls back to memory, and backup, forget and restore give back the same state.
import fc from "fast-check";
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { matrixArbitrary, progressArbitrary } from "../support/arbitraries.ts";
import { task, workedExampleSettings } from "../support/matrix-fixtures.ts";
import { savedText } from "../support/saved-text.ts";

/** Fresh copies of the data-layer modules, as a new page load would have them. */
async function loadPage() {
  vi.resetModules();
  const engine = await import("../../src/stores/storage-engine.ts");
  const documents = await import("../../src/stores/persisted-document.ts");
  const backup = await import("../../src/stores/backup.ts");
  const restore = await import("../../src/stores/restore.ts");
  const { $matrix } = await import("../../src/stores/matrix.ts");
  const { $progress, markLessonRead } = await import("../../src/stores/progress.ts");
  // Stores read storage when first used, as an island's subscription does.
  const stop = [$matrix.listen(() => {}), $progress.listen(() => {})];
  cleanups.push(() => stop.forEach((unlisten) => unlisten()));
  return { ...engine, ...documents, ...backup, ...restore, $matrix, $progress, markLessonRead };
}

const cleanups: (() => void)[] = [];
// A store read outside a subscription unmounts a second later (nanostores' delay); let that
// happen while the page environment still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 1100)));
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.restoreAllMocks();
});

describe("damaged saved text", () => {
  test.each([
    ["not JSON", "{broken", "unreadable"],
    ["wrong shape", '{"version":1,"data":{"tasks":5}}', "invalid"],
    ["newer version", '{"version":99,"data":{}}', "newer-version"],
  ])("%s: empty document, a problem, and the raw text kept", async (_, raw, problem) => {
    localStorage.setItem("handoff:matrix", raw);
    const page = await loadPage();
    expect(page.$matrix.get().tasks).toEqual([]);
    const found = page.$dataProblems.get()["matrix"];
    expect(found).toMatchObject({ problem, recoveryKey: "handoff:recovery:matrix" });
    expect(localStorage.getItem("handoff:recovery:matrix")).toBe(raw);
    expect(page.recoveryText(found!)).toBe(raw);
    // Nothing is overwritten until the person decides, even after a reload.
    expect(localStorage.getItem("handoff:matrix")).toBe(raw);
    const again = await loadPage();
    expect(again.$dataProblems.get()["matrix"]?.recoveryKey).toBe("handoff:recovery:matrix");
  });

  test("a second, different damaged text gets its own recovery key", async () => {
    localStorage.setItem("handoff:recovery:matrix", "older damage");
    localStorage.setItem("handoff:matrix", "new damage");
    const page = await loadPage();
    const key = page.$dataProblems.get()["matrix"]?.recoveryKey ?? "";
    expect(key).toMatch(/^handoff:recovery:matrix:\d+$/);
    expect(localStorage.getItem(key)).toBe("new damage");
    expect(localStorage.getItem("handoff:recovery:matrix")).toBe("older damage");
  });

  test("discarding removes the copy and stores a valid document", async () => {
    localStorage.setItem("handoff:progress", "garbage");
    const page = await loadPage();
    page.discardProblem("progress");
    expect(page.$dataProblems.get()).toEqual({});
    expect(localStorage.getItem("handoff:recovery:progress")).toBeNull();
    expect(JSON.parse(savedText("handoff:progress") ?? "")).toEqual({
      version: 1,
      data: { read: {} },
    });
  });

  test("when the copy cannot be saved, the original stays put and edits stay in memory", async () => {
    localStorage.setItem("handoff:progress", "garbage");
    const setItem = vi.spyOn(localStorage, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    const page = await loadPage();
    expect(page.$dataProblems.get()["progress"]?.recoverySaved).toBe(false);
    expect(page.$storageHealth.get()).toBe("full");
    setItem.mockRestore();
    page.markLessonRead("what-you-keep");
    expect(Object.keys(page.$progress.get().read)).toEqual(["what-you-keep"]);
    expect(savedText("handoff:progress")).toBe("garbage");
    expect(page.recoveryText(page.$dataProblems.get()["progress"]!)).toBe("garbage");
  });

  test(
    "random bytes under every key never throw out of the data layer",
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: "binary" }),
          fc.string({ unit: "binary" }),
          async (matrix, progress) => {
            localStorage.clear();
            localStorage.setItem("handoff:matrix", matrix);
            localStorage.setItem("handoff:progress", progress);
            const page = await loadPage();
            expect(() => page.makeBackup()).not.toThrow();
            expect(Array.isArray(page.$matrix.get().tasks)).toBe(true);
          },
        ),
        { numRuns: 25 },
      );
    },
  );
});

describe("storage that will not keep anything", () => {
  test("blocked storage: everything works in memory and health says blocked", async () => {
    // As in a browser with storage switched off: even reading window.localStorage throws.
    const original = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
    cleanups.push(() => Object.defineProperty(globalThis, "localStorage", original!));
    const page = await loadPage();
    expect(page.$storageHealth.get()).toBe("blocked");
    page.markLessonRead("what-you-keep");
    expect(Object.keys(page.$progress.get().read)).toEqual(["what-you-keep"]);
    expect(page.listKeys()).toEqual(["handoff:progress"]);
  });

  test("full storage: the write is kept in memory, and health recovers when space frees", async () => {
    const page = await loadPage();
    const setItem = vi.spyOn(localStorage, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    page.markLessonRead("what-you-keep");
    expect(savedText("handoff:progress")).toBeNull();
    expect(page.$storageHealth.get()).toBe("full");
    expect(page.readRaw("handoff:progress")).toContain("what-you-keep");
    setItem.mockRestore();
    page.markLessonRead("are-you-ready");
    expect(savedText("handoff:progress")).toContain("are-you-ready");
    expect(page.$storageHealth.get()).toBe("ok");
  });
});

describe("backup, forget, restore", () => {
  test("gives back the same state", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(matrixArbitrary, progressArbitrary, async (matrix, progress) => {
        localStorage.clear();
        const page = await loadPage();
        page.$matrix.set(matrix);
        page.$progress.set(progress);
        const backup = page.makeBackup();
        page.forgetEverything();
        expect(page.listKeys()).toEqual([]);
        expect(page.$matrix.get().tasks).toEqual([]);
        expect(page.$progress.get()).toEqual({ read: {} });
        const { readBackup, serializeBackup } = await import("../../src/lib/storage/backup.ts");
        const read = readBackup(serializeBackup(backup), page.knownSpecs());
        if (!read.ok) throw new Error(read.message);
        page.applyImport(page.previewImport(read.documents, "replace"), read.recovery);
        expect(page.$matrix.get()).toEqual(matrix);
        expect(page.$progress.get()).toEqual(progress);
        expect(page.makeBackup().documents).toEqual(backup.documents);
      }),
      { numRuns: 20 },
    );
  });

  test("undo gives back what an import replaced", async () => {
    const page = await loadPage();
    page.markLessonRead("what-you-keep");
    const mine = page.$progress.get();
    const changes = page.previewImport({ progress: { read: { "are-you-ready": "x" } } }, "replace");
    page.applyImport(changes, {});
    expect(page.$progress.get()).toEqual({ read: { "are-you-ready": "x" } });
    page.undoImport();
    expect(page.$progress.get()).toEqual(mine);
    expect(page.$lastImport.get()).toBeNull();
  });
});

describe("saving an edit", () => {
  const progressText = (lesson: string) =>
    JSON.stringify({ version: 1, data: { read: { [lesson]: "2026-11-30T10:00:00.000Z" } } });

  test("an edit shows at once and is saved just after, without waiting for the page to close", async () => {
    const page = await loadPage();
    page.markLessonRead("what-you-keep");
    expect(Object.keys(page.$progress.get().read)).toEqual(["what-you-keep"]);
    // Other code in this tab already reads the new text before the browser has it.
    expect(page.readRaw("handoff:progress")).toContain("what-you-keep");
    expect(page.isPersisted("handoff:progress")).toBe(false);
    await vi.waitFor(
      () => expect(localStorage.getItem("handoff:progress")).toContain("what-you-keep"),
      { timeout: 1000, interval: 5 },
    );
    expect(page.isPersisted("handoff:progress")).toBe(true);
  });

  test.each(["pagehide", "blur"])("%s saves a waiting edit at once", async (type) => {
    const page = await loadPage();
    page.markLessonRead("what-you-keep");
    expect(localStorage.getItem("handoff:progress")).toBeNull();
    window.dispatchEvent(new Event(type));
    expect(localStorage.getItem("handoff:progress")).toContain("what-you-keep");
  });

  test("a tab that is hidden saves a waiting edit at once", async () => {
    const page = await loadPage();
    page.markLessonRead("what-you-keep");
    vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(localStorage.getItem("handoff:progress")).toContain("what-you-keep");
  });

  test("another tab's newer text is shown and kept, not overwritten by an older waiting edit", async () => {
    const page = await loadPage();
    page.markLessonRead("what-you-keep");
    // What the browser does when another tab saves: the text changes, then a storage event.
    const theirs = progressText("are-you-ready");
    localStorage.setItem("handoff:progress", theirs);
    window.dispatchEvent(
      new StorageEvent("storage", { key: "handoff:progress", newValue: theirs }),
    );
    // This page had nothing saved when it loaded, so it reads their text once the schema is in.
    await vi.waitFor(() =>
      expect(Object.keys(page.$progress.get().read)).toEqual(["are-you-ready"]),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(localStorage.getItem("handoff:progress")).toBe(theirs);
  });

  test("forgetting everything also drops edits that were waiting to be saved", async () => {
    const page = await loadPage();
    page.markLessonRead("what-you-keep");
    page.forgetEverything();
    expect(page.listKeys()).toEqual([]);
    window.dispatchEvent(new Event("pagehide"));
    expect(localStorage.getItem("handoff:progress")).toBeNull();
  });
});

describe("saved work whose schema does not load", () => {
  const schemaPath = "../../src/lib/matrix/schema.ts";
  afterEach(() => {
    vi.doUnmock(schemaPath);
  });
  /** A page with the matrix's store only: backups, which need every schema, are not opened. */
  async function loadMatrixPage() {
    vi.resetModules();
    const documents = await import("../../src/stores/persisted-document.ts");
    const { $matrix } = await import("../../src/stores/matrix.ts");
    const stop = $matrix.listen(() => {});
    cleanups.push(stop);
    return { ...documents, $matrix };
  }

  test("the store starts empty, says so, and never overwrites the saved text", async () => {
    const saved = JSON.stringify({
      version: 1,
      data: { tasks: [{ ...task(), name: "Books" }], settings: workedExampleSettings },
    });
    localStorage.setItem("handoff:matrix", saved);
    // As when the network drops, or a newer deploy has removed the file.
    vi.doMock(schemaPath, () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    const page = await loadMatrixPage();
    expect(page.$matrix.get().tasks).toEqual([]);
    expect(page.$unopenedDocuments.get()).toEqual({ matrix: "task matrix" });
    expect(page.$dataProblems.get()).toEqual({});

    // What the person does meanwhile is kept in the tab, and the saved text is left alone.
    page.$matrix.set({ ...page.$matrix.get(), tasks: [{ ...task(), name: "New" }] });
    expect(page.$matrix.get().tasks.map((entry) => entry.name)).toEqual(["New"]);
    expect(savedText("handoff:matrix")).toBe(saved);

    // Once the schema loads again, a reload opens the saved work as it was.
    vi.doUnmock(schemaPath);
    const again = await loadMatrixPage();
    expect(again.$matrix.get().tasks.map((entry) => entry.name)).toEqual(["Books"]);
    expect(again.$unopenedDocuments.get()).toEqual({});
  });

  test("a first visit with nothing saved does not need the schema at all", async () => {
    vi.doMock(schemaPath, () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    const page = await loadMatrixPage();
    expect(page.$unopenedDocuments.get()).toEqual({});
    page.$matrix.set({ ...page.$matrix.get(), tasks: [task()] });
    expect(JSON.parse(savedText("handoff:matrix") ?? "null")).toMatchObject({ version: 1 });
  });
});
