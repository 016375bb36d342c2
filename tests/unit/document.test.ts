// The versioned document codec: every way stored text can be good, old or broken.
import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import {
  decodeDocument,
  encodeDocument,
  type DocumentSpec,
} from "../../src/lib/storage/document.ts";

const spec: DocumentSpec<{ items: string[] }> = {
  name: "sample",
  label: "sample list",
  version: 2,
  schema: z.object({ items: z.array(z.string()) }),
  empty: () => ({ items: [] }),
  // Version 1 stored a single comma-separated string.
  migrations: { 1: (data) => ({ items: String((data as { list: string }).list).split(",") }) },
};

describe("decodeDocument", () => {
  test("nothing stored gives the empty document", () => {
    expect(decodeDocument(spec, null)).toEqual({ status: "empty", value: { items: [] } });
    expect(decodeDocument(spec, "")).toEqual({ status: "empty", value: { items: [] } });
  });

  test("a current document round-trips through encode and decode", () => {
    const value = { items: ["a", "b"] };
    expect(decodeDocument(spec, encodeDocument(spec, value))).toEqual({ status: "ok", value });
  });

  test("an older version is migrated, not dropped", () => {
    const raw = JSON.stringify({ version: 1, data: { list: "x,y" } });
    expect(decodeDocument(spec, raw)).toEqual({
      status: "ok",
      value: { items: ["x", "y"] },
      migratedFrom: 1,
    });
  });

  test.each([
    ["not JSON", "{oops", "unreadable"],
    ["no envelope", JSON.stringify({ items: [] }), "invalid"],
    ["wrong shape", JSON.stringify({ version: 2, data: { items: [1] } }), "invalid"],
    ["newer version", JSON.stringify({ version: 3, data: { items: [] } }), "newer-version"],
    ["failing migration", JSON.stringify({ version: 1, data: null }), "invalid"],
  ])("%s gives the empty document, the problem and the raw text", (_, raw, problem) => {
    const result = decodeDocument(spec, raw);
    expect(result).toMatchObject({ status: "problem", value: { items: [] }, problem, raw });
  });
});
