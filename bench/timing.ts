/** Timing helpers shared by the benchmark modules. */

/** Median milliseconds per call over at least `minMs` of runs (and at least 5), after a warm-up. */
export function timeIt(fn: () => void, minMs = 1000): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < minMs || times.length < 5) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Megabytes (10^6) per second. */
export const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);
