// The versioned document codec: every way stored text can be good, old or broken.
import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  decodeDocument,
  decodeEnvelope,
  type DocumentSpec,
} from "../../src/lib/storage/document.ts";
import { encodeDocument } from "../../src/lib/storage/document-basics.ts";
import { matrixDocumentSpec } from "../../src/lib/matrix/schema.ts";
import { progressDocumentSpec } from "../../src/lib/progress/schema.ts";

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

describe("decodeEnvelope", () => {
  test("a migration that throws is a problem, not an exception", () => {
    const throwing: DocumentSpec<{ items: string[] }> = {
      ...spec,
      migrations: {
        1: () => {
          throw new Error("bug");
        },
      },
    };
    expect(decodeEnvelope(throwing, { version: 1, data: {} })).toEqual({
      status: "problem",
      problem: "invalid",
      detail: "Upgrading version 1 data failed.",
    });
  });

  test("a missing migration step is a problem", () => {
    const gap = { ...spec, version: 3 };
    expect(decodeEnvelope(gap, { version: 1, data: { list: "a" } })).toMatchObject({
      status: "problem",
      detail: "No way to upgrade version 2 data.",
    });
  });

  test.each([null, 3, "text", [], { version: 0, data: {} }, { version: 1.5, data: {} }])(
    "%j is not an envelope",
    (value) => {
      expect(decodeEnvelope(spec, value)).toMatchObject({ status: "problem", problem: "invalid" });
    },
  );
});

describe("decodeDocument never throws", () => {
  const specs = [spec, matrixDocumentSpec, progressDocumentSpec] as DocumentSpec<unknown>[];

  test.each(specs.map((s) => [s.name, s] as const))(
    "random text for %s gives a value that passes its schema",
    { timeout: 60_000 },
    (_, anySpec) => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: "binary" }),
            fc.json(),
            fc.jsonValue().map((data) => JSON.stringify({ version: 1, data })),
            fc.uint8Array().map((bytes) => String.fromCharCode(...bytes)),
          ),
          (raw) => {
            const result = decodeDocument(anySpec, raw);
            expect(anySpec.schema.safeParse(result.value).success).toBe(true);
            if (result.status === "problem") expect(result.raw).toBe(raw);
          },
        ),
      );
    },
  );
});
