import { describe, expect, test } from "vitest";
import { normalizeBase, withBase } from "../../src/lib/site-path.ts";

describe("normalizeBase", () => {
  test.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["handoff", "/handoff/"],
    ["/handoff", "/handoff/"],
    ["/handoff/", "/handoff/"],
    ["  //docs/handoff// ", "/docs/handoff/"],
  ])("%j becomes %j", (raw, expected) => {
    expect(normalizeBase(raw)).toBe(expected);
  });
});

describe("withBase", () => {
  test("joins without doubled slashes", () => {
    expect(withBase("/handoff/", "/lessons/why/")).toBe("/handoff/lessons/why/");
    expect(withBase("/", "quiz/")).toBe("/quiz/");
    expect(withBase("handoff", "")).toBe("/handoff/");
  });
});
