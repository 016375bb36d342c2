// Lesson progress document: schema, marking read and unread, and merging two devices' progress.
import { describe, expect, test } from "vitest";
import { markRead, markUnread } from "../../src/lib/progress/document.ts";
import { progressDocumentSpec as spec } from "../../src/lib/progress/schema.ts";
import { decodeDocument } from "../../src/lib/storage/document.ts";
import { encodeDocument } from "../../src/lib/storage/document-basics.ts";

describe("progress document", () => {
  test("marking read keeps the first date, unmarking removes it", () => {
    const once = markRead(spec.empty(), "what-you-keep", "2026-01-01T00:00:00.000Z");
    const twice = markRead(once, "what-you-keep", "2026-02-01T00:00:00.000Z");
    expect(twice.read).toEqual({ "what-you-keep": "2026-01-01T00:00:00.000Z" });
    expect(markUnread(twice, "what-you-keep")).toEqual({ read: {} });
    expect(markUnread(twice, "not-there")).toBe(twice);
  });

  test("merge keeps every lesson read on either side, with the earlier date", () => {
    const merge = spec.merge!;
    const mine = { read: { a: "2026-03-01", b: "2026-01-01" } };
    const theirs = { read: { a: "2026-02-01", c: "2026-04-01" } };
    expect(merge(mine, theirs)).toEqual({
      read: { a: "2026-02-01", b: "2026-01-01", c: "2026-04-01" },
    });
  });

  test("summaries count lessons", () => {
    expect(spec.summarize!({ read: { a: "x" } })).toBe("1 lesson read");
    expect(spec.summarize!({ read: { a: "x", b: "y" } })).toBe("2 lessons read");
  });

  test("round-trips, and rejects ids that are not lesson slugs", () => {
    const value = { read: { "what-you-keep": "2026-01-01T00:00:00.000Z" } };
    expect(decodeDocument(spec, encodeDocument(spec, value))).toEqual({ status: "ok", value });
    for (const id of ["Bad Id", "../x", ""]) {
      const raw = JSON.stringify({ version: 1, data: { read: { [id]: "2026" } } });
      expect(decodeDocument(spec, raw)).toMatchObject({ status: "problem", problem: "invalid" });
    }
  });

  test("a hostile __proto__ key is dropped without touching any prototype", () => {
    const raw = '{"version":1,"data":{"read":{"__proto__":{"polluted":"yes"}}}}';
    const result = decodeDocument(spec, raw);
    expect(result.value).toEqual({ read: {} });
    expect(Object.getPrototypeOf(result.value.read)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
