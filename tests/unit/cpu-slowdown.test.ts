// The benchmark's CPU slowdown must follow Lighthouse's calibration guide for any host speed.
import fc from "fast-check";
import { expect, test } from "vitest";
import { PRESET_SLOWDOWN, slowdownForBenchmarkIndex } from "../../scripts/lib/cpu-slowdown.ts";

test("hosts at the guide's anchor points get the guide's multipliers", () => {
  expect(slowdownForBenchmarkIndex(150)).toBe(1);
  expect(slowdownForBenchmarkIndex(800)).toBe(2);
  expect(slowdownForBenchmarkIndex(1300)).toBe(3);
  expect(slowdownForBenchmarkIndex(1533)).toBe(4);
  expect(slowdownForBenchmarkIndex(2000)).toBe(6);
});

test("hosts between anchors are interpolated, and faster hosts past the table keep the slope", () => {
  expect(slowdownForBenchmarkIndex(1050)).toBe(2.5);
  expect(slowdownForBenchmarkIndex(475)).toBe(1.5);
  expect(slowdownForBenchmarkIndex(2233)).toBeCloseTo(7, 1);
});

test("a very slow host is never sped up, and a missing index falls back to the preset", () => {
  expect(slowdownForBenchmarkIndex(100)).toBe(1);
  expect(slowdownForBenchmarkIndex(Number.NaN)).toBe(PRESET_SLOWDOWN);
  expect(slowdownForBenchmarkIndex(0)).toBe(PRESET_SLOWDOWN);
});

test("a faster host always gets at least as much slowdown as a slower one", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
      const [slow, fast] = a <= b ? [a, b] : [b, a];
      return slowdownForBenchmarkIndex(slow) <= slowdownForBenchmarkIndex(fast);
    }),
  );
});
