// The DataNotice island: plain words for damaged saved text and for storage that will not keep
// changes, a download of the raw text, and discarding only after the person confirms.
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from "vitest";

async function loadNotice() {
  vi.resetModules();
  const { default: DataNotice } = await import("../../src/islands/DataNotice.tsx");
  const documents = await import("../../src/stores/persisted-document.ts");
  const engine = await import("../../src/stores/storage-engine.ts");
  const { $matrix } = await import("../../src/stores/matrix.ts");
  const unlisten = $matrix.listen(() => {});
  cleanups.push(unlisten);
  return { DataNotice, ...documents, ...engine };
}

const cleanups: (() => void)[] = [];
// A store read outside a subscription unmounts a second later (nanostores' delay); let that
// happen while the page environment still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 1100)));
let downloads: { name: string; text: string }[] = [];

beforeEach(() => {
  downloads = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation(() => "blob:test");
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  // Record what each download link would save instead of navigating.
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, text: lastBlobText });
  });
  const RealBlob = Blob;
  vi.stubGlobal(
    "Blob",
    class extends RealBlob {
      constructor(parts: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        lastBlobText = parts.map(String).join("");
      }
    },
  );
});
let lastBlobText = "";
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("DataNotice", () => {
  test("shows nothing when all is well", async () => {
    const { DataNotice } = await loadNotice();
    const { container } = render(<DataNotice />);
    await waitFor(() => expect(container.querySelector(".data-notices")).not.toBeNull());
    expect(container.textContent).toBe("");
  });

  test("damaged text: says what happened, downloads it, discards only after confirming", async () => {
    localStorage.setItem("handoff:matrix", "{not json");
    const { DataNotice, $dataProblems } = await loadNotice();
    render(<DataNotice />);
    await screen.findByText(/Your saved task matrix could not be read/);

    fireEvent.click(screen.getByRole("button", { name: "Download the saved text" }));
    expect(downloads).toEqual([{ name: "handoff-matrix-saved-text.txt", text: "{not json" }]);

    fireEvent.click(screen.getByRole("button", { name: /Discard the saved text/ }));
    fireEvent.click(screen.getByRole("button", { name: "Keep it" }));
    expect(localStorage.getItem("handoff:recovery:matrix")).toBe("{not json");

    fireEvent.click(screen.getByRole("button", { name: /Discard the saved text/ }));
    fireEvent.click(screen.getByRole("button", { name: "Yes, discard it" }));
    await waitFor(() => expect(screen.queryByText(/could not be read/)).toBeNull());
    expect($dataProblems.get()).toEqual({});
    expect(localStorage.getItem("handoff:recovery:matrix")).toBeNull();
  });

  test("newer version and wrong shape have their own words", async () => {
    localStorage.setItem("handoff:matrix", '{"version":7,"data":{}}');
    const { DataNotice } = await loadNotice();
    render(<DataNotice />);
    await screen.findByText(/made by a newer version of Handoff/);
  });

  test.each([
    ["blocked", /not letting Handoff save anything/],
    ["full", /storage for this site is full/],
  ] as const)("storage %s: a polite notice and a backup download", async (health, words) => {
    const { DataNotice, $storageHealth } = await loadNotice();
    $storageHealth.set(health);
    render(<DataNotice />);
    await screen.findByText(/will not be kept after this tab closes/);
    screen.getByText(words);
    fireEvent.click(screen.getByRole("button", { name: "Download a backup" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^handoff-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(downloads[0]?.text ?? "")).toMatchObject({
      format: "handoff-backup",
      documents: { matrix: { version: 1 } },
    });
  });
});

test("saved work whose schema did not load: says so in plain words, without the notice body", async () => {
  localStorage.setItem(
    "handoff:matrix",
    JSON.stringify({ version: 1, data: { tasks: [], settings: {} } }),
  );
  vi.doMock("../../src/lib/matrix/schema.ts", () => {
    throw new Error("Failed to fetch dynamically imported module");
  });
  vi.doMock("../../src/islands/DataNoticeBody.tsx", () => {
    throw new Error("Failed to fetch dynamically imported module");
  });
  try {
    const { DataNotice } = await loadNotice();
    render(<DataNotice />);
    await screen.findByText(/Your saved task matrix could not be opened/);
    screen.getByText(/still saved in this browser, untouched/);
  } finally {
    vi.doUnmock("../../src/lib/matrix/schema.ts");
    vi.doUnmock("../../src/islands/DataNoticeBody.tsx");
  }
});

test("damaged text when the notice's own code did not load: still says so, and keeps the text", async () => {
  localStorage.setItem("handoff:matrix", "{not json");
  vi.doMock("../../src/islands/DataNoticeBody.tsx", () => {
    throw new Error("Failed to fetch dynamically imported module");
  });
  try {
    const { DataNotice } = await loadNotice();
    render(<DataNotice />);
    await screen.findByText(/A notice about your saved work could not be shown/);
    screen.getByText(/Nothing saved has been deleted\. Check your connection, then reload/);
    expect(localStorage.getItem("handoff:matrix")).toBe("{not json");
  } finally {
    vi.doUnmock("../../src/islands/DataNoticeBody.tsx");
  }
});
