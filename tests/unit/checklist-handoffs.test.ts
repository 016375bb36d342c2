// The checklists document: names, starting, finding, deleting and restoring handoffs, and its schema.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  activeHandoff,
  cleanName,
  handoffForTask,
  newHandoff,
  updateHandoff,
  withHandoff,
  withoutHandoff,
  withRestored,
} from "../../src/lib/checklist/handoffs.ts";
import { checklistsDocumentSpec } from "../../src/lib/checklist/schema.ts";
import { decodeDocument } from "../../src/lib/storage/document.ts";
import { encodeDocument } from "../../src/lib/storage/document-basics.ts";
import { readStartRequest, withoutStartParams } from "../../src/lib/checklist/start-link.ts";
import type { ChecklistsDocument } from "../../src/lib/checklist/schema.ts";
import { completeHandoff, emptyHandoff } from "../support/checklist-fixtures.ts";

const doc = (...ids: string[]): ChecklistsDocument => ({
  handoffs: ids.map((id) => emptyHandoff({ id, name: `Task ${id}` })),
  activeId: ids[0],
});

describe("cleanName", () => {
  test("trims, joins lines and shortens to 120 characters", () => {
    expect(cleanName("  Book\nkeeping  ")).toBe("Book keeping");
    expect(cleanName("x".repeat(200))).toHaveLength(120);
    expect(cleanName("   ")).toBeUndefined();
    expect(cleanName(null)).toBeUndefined();
  });

  test("keeps markup as plain characters; rendering decides it is text", () => {
    expect(cleanName("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("the checklists document", () => {
  test("a new handoff is empty and passes the schema", () => {
    const handoff = newHandoff({ id: "a", name: "Ads", createdAt: "2026-12-01T00:00:00Z" });
    const value = { handoffs: [handoff] };
    expect(checklistsDocumentSpec.schema.safeParse(value).success).toBe(true);
    expect(handoff.taskId).toBeUndefined();
  });

  test("a complete handoff round-trips through storage unchanged", () => {
    const value: ChecklistsDocument = { handoffs: [completeHandoff()], activeId: "h1" };
    const raw = encodeDocument(checklistsDocumentSpec, value);
    expect(decodeDocument(checklistsDocumentSpec, raw)).toEqual({ status: "ok", value });
  });

  test("stored text of the wrong shape is reported, not used", () => {
    const raw = JSON.stringify({ version: 1, data: { handoffs: [{ id: "x" }] } });
    const result = decodeDocument(checklistsDocumentSpec, raw);
    expect(result.status).toBe("problem");
    expect(result.value).toEqual({ handoffs: [] });
  });

  test("random stored text never throws out of decoding", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(() => decodeDocument(checklistsDocumentSpec, raw)).not.toThrow();
      }),
    );
  });
});

describe("changes to the document", () => {
  test("a started handoff is added at the end and opened", () => {
    const next = withHandoff(doc("a"), emptyHandoff({ id: "b" }));
    expect(next.handoffs.map((h) => h.id)).toEqual(["a", "b"]);
    expect(next.activeId).toBe("b");
  });

  test("the handoff for a matrix task is found by the task's id", () => {
    const value = withHandoff(doc("a"), emptyHandoff({ id: "b", taskId: "t7" }));
    expect(handoffForTask(value, "t7")?.id).toBe("b");
    expect(handoffForTask(value, "t8")).toBeUndefined();
  });

  test("the open handoff falls back to the first one not archived", () => {
    const value: ChecklistsDocument = {
      handoffs: [emptyHandoff({ id: "a", archived: true }), emptyHandoff({ id: "b" })],
      activeId: "gone",
    };
    expect(activeHandoff(value)?.id).toBe("b");
    expect(activeHandoff({ handoffs: [] })).toBeUndefined();
  });

  test("an update to an unknown id changes nothing", () => {
    const value = doc("a");
    expect(updateHandoff(value, "zz", (h) => ({ ...h, name: "x" }))).toBe(value);
  });

  test("delete then restore gives back the same document, in the same place", () => {
    const value = { ...doc("a", "b", "c"), activeId: "b" };
    const { doc: without, removed } = withoutHandoff(value, "b");
    expect(without.handoffs.map((h) => h.id)).toEqual(["a", "c"]);
    expect(without.activeId).toBeUndefined();
    expect(withRestored(without, removed!)).toEqual(value);
    // Restoring twice does not duplicate it.
    expect(withRestored(value, removed!)).toBe(value);
  });

  test("deleting a handoff that is not open keeps the open one", () => {
    const { doc: without } = withoutHandoff(doc("a", "b"), "b");
    expect(without.activeId).toBe("a");
    expect(withoutHandoff(doc("a"), "zz").removed).toBeUndefined();
  });
});

describe("start links", () => {
  test("reads ?task= and ?name=", () => {
    expect(readStartRequest("?task=abc")).toEqual({ taskId: "abc" });
    expect(readStartRequest("?name=Book%20keeping")).toEqual({ name: "Book keeping" });
    expect(readStartRequest("?name=%20%20&task=")).toEqual({});
    expect(readStartRequest(`?task=${"x".repeat(65)}`)).toEqual({});
  });

  test("reads ?open= for a saved handoff, ignoring empty or over-long ids", () => {
    expect(readStartRequest("?open=h1")).toEqual({ openId: "h1" });
    expect(readStartRequest("?open=%20")).toEqual({});
    expect(readStartRequest(`?open=${"x".repeat(65)}`)).toEqual({});
  });

  test("removes only the start parameters", () => {
    expect(withoutStartParams("https://h.test/handoff/tools/checklist/?task=a&x=1#top")).toBe(
      "/handoff/tools/checklist/?x=1#top",
    );
    expect(withoutStartParams("https://h.test/tools/checklist/?name=A")).toBe("/tools/checklist/");
    expect(withoutStartParams("https://h.test/tools/checklist/?open=h1")).toBe("/tools/checklist/");
  });
});
