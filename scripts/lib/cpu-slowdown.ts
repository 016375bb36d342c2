// The CPU slowdown that makes this machine behave like the phone Lighthouse's mobile preset means.

/**
 * Points of Lighthouse's calibration: a machine with this benchmark index needs this slowdown to
 * run like a mid-tier phone. They come from Lighthouse's guide to throttling
 * (docs/throttling.md, "Calibrating the CPU slowdown") and the calculator it links to
 * (lighthouse-cpu-throttling-calculator.vercel.app). The preset's fixed 4x is the value for a
 * machine at about 1,533, a fast desktop; a slower machine slowed four times stands in for a
 * phone far weaker than the one the preset describes.
 */
const calibrationPoints: ReadonlyArray<readonly [benchmarkIndex: number, slowdown: number]> = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [1533, 4],
];

/** Past the last point, every 233 more of the index needs one more step of slowdown. */
const indexPerStepAbove = 233;

/** Below this index the machine is already slower than the phone, and nothing can be emulated. */
export const slowestCalibratedIndex = calibrationPoints[0]![0];

/**
 * The slowdown for a machine whose Lighthouse benchmark index is `benchmarkIndex`, by straight
 * lines between the calibration points. A machine slower than the phone itself gets 1: it is not
 * slowed at all, and its figures are then harsher than the preset's.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= slowestCalibratedIndex) return 1;
  for (let i = 1; i < calibrationPoints.length; i++) {
    const [index, slowdown] = calibrationPoints[i]!;
    if (benchmarkIndex <= index) {
      const [previousIndex, previousSlowdown] = calibrationPoints[i - 1]!;
      const share = (benchmarkIndex - previousIndex) / (index - previousIndex);
      return previousSlowdown + share * (slowdown - previousSlowdown);
    }
  }
  const [lastIndex, lastSlowdown] = calibrationPoints.at(-1)!;
  return lastSlowdown + (benchmarkIndex - lastIndex) / indexPerStepAbove;
}

/**
 * The middle of several readings of the benchmark index (the mean of the middle two for an even
 * count). On a shared machine one reading can be far off the others, and a run slowed by it
 * stands for the wrong phone; the median ignores one odd reading where a mean would not.
 */
export function medianIndex(readings: readonly number[]): number {
  const sorted = readings.filter(Number.isFinite).toSorted((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
