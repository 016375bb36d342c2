// Picks Lighthouse's CPU slowdown for this machine, so "mobile" means the same phone on any host.
//
// Lighthouse's mobile preset slows the CPU four times, which turns a high-end desktop into a
// mid-tier phone. On a slower host the same 4x emulates a much slower phone than intended, and
// Lighthouse warns about it. Its throttling guide (docs/throttling.md, "Calibrating the CPU
// slowdown") says to measure the host's benchmarkIndex and lower the multiplier to match, and
// its CPU slowdown calculator maps an index to a multiplier through these anchor points.

/** Benchmark index and the slowdown that brings a host of that speed to a mid-tier phone. */
const ANCHORS: readonly (readonly [index: number, slowdown: number])[] = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [1533, 4],
  [1766, 5],
  [2000, 6],
];

/** The slowdown Lighthouse's preset uses when it is not calibrated. */
export const PRESET_SLOWDOWN = 4;

/**
 * The CPU slowdown for a host whose Lighthouse benchmarkIndex is `index`: linear between the
 * anchors, following the last segment's slope past either end, and never below 1 (no host is
 * made faster than it is). Rounded to two decimals so tables stay readable.
 */
export function slowdownForBenchmarkIndex(index: number): number {
  if (!Number.isFinite(index) || index <= 0) return PRESET_SLOWDOWN;
  const found = ANCHORS.findIndex(([anchor]) => index <= anchor);
  const segment = found === -1 ? ANCHORS.length - 1 : Math.max(found, 1);
  const [x0, y0] = ANCHORS[segment - 1] ?? [0, 0];
  const [x1, y1] = ANCHORS[segment] ?? [1, 1];
  const slowdown = y0 + ((index - x0) * (y1 - y0)) / (x1 - x0);
  return Math.max(1, Math.round(slowdown * 100) / 100);
}
