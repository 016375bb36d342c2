// Tests the CPU slowdown the benchmark derives from Lighthouse's benchmark index.
import { describe, expect, it } from "vitest";
import {
  cpuSlowdownFor,
  medianIndex,
  slowestCalibratedIndex,
} from "../../scripts/lib/cpu-slowdown.ts";

describe("cpuSlowdownFor", () => {
  it("gives the preset's fixed 4x to the fast desktop it was chosen for", () => {
    expect(cpuSlowdownFor(1533)).toBeCloseTo(4, 5);
  });

  it("follows Lighthouse's calibration points and the straight lines between them", () => {
    expect(cpuSlowdownFor(800)).toBeCloseTo(2, 5);
    expect(cpuSlowdownFor(1300)).toBeCloseTo(3, 5);
    expect(cpuSlowdownFor(1050)).toBeCloseTo(2.5, 5);
    expect(cpuSlowdownFor(475)).toBeCloseTo(1.5, 5);
  });

  it("adds one step of slowdown for every 233 of index above a fast desktop", () => {
    expect(cpuSlowdownFor(1533 + 233)).toBeCloseTo(5, 5);
    expect(cpuSlowdownFor(1533 + 2 * 233)).toBeCloseTo(6, 5);
  });

  it("never speeds up a machine slower than the phone, nor trusts a broken index", () => {
    expect(cpuSlowdownFor(slowestCalibratedIndex)).toBe(1);
    expect(cpuSlowdownFor(90)).toBe(1);
    expect(cpuSlowdownFor(Number.NaN)).toBe(1);
  });

  it("grows with the machine's speed", () => {
    const indexes = [100, 300, 799, 801, 1299, 1301, 1532, 1534, 2500];
    const slowdowns = indexes.map(cpuSlowdownFor);
    for (let i = 1; i < slowdowns.length; i++) {
      expect(slowdowns[i]).toBeGreaterThanOrEqual(slowdowns[i - 1]!);
    }
  });
});

describe("medianIndex", () => {
  it("takes the middle reading, so one odd reading cannot move the slowdown", () => {
    expect(medianIndex([1400, 900, 1420])).toBe(1400);
    expect(medianIndex([1400, 2600, 1380])).toBe(1400);
  });

  it("takes the mean of the middle two of an even count", () => {
    expect(medianIndex([1000, 1400, 1200, 5000])).toBe(1300);
  });

  it("skips readings that are not numbers, and gives no index without any", () => {
    expect(medianIndex([Number.NaN, 1200, Number.POSITIVE_INFINITY])).toBe(1200);
    expect(medianIndex([])).toBeNaN();
    expect(cpuSlowdownFor(medianIndex([]))).toBe(1);
  });
});
