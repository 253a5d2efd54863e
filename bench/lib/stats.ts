import { performance } from "node:perf_hooks";

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

/** The q-quantile (0..1) of sorted samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Calls `fn(i)` in a loop until `maxMs` has passed or `maxCount` calls were made, whichever comes
 * first, timing each call. Throughput is calls over the loop's wall time, so it includes the
 * timer's own cost for both sides of a comparison alike.
 */
export function timeLoop(fn: (i: number) => void, opts: { maxMs: number; maxCount: number }): LatencySummary {
  const samples: number[] = [];
  const start = performance.now();
  const deadline = start + opts.maxMs;
  let i = 0;
  while (i < opts.maxCount) {
    const t0 = performance.now();
    fn(i);
    const t1 = performance.now();
    samples.push(t1 - t0);
    i++;
    if (t1 >= deadline) break;
  }
  const wall = performance.now() - start;
  samples.sort((a, b) => a - b);
  return { count: i, p50Ms: quantile(samples, 0.5), p99Ms: quantile(samples, 0.99), perSecond: (i / wall) * 1000 };
}

export const mb = (bytes: number): number => bytes / 2 ** 20;

/** Resident and heap memory after a full collection when the process runs with --expose-gc. */
export function settledMemory(): { rssMb: number; heapMb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapMb: mb(m.heapUsed) };
}

export const round = (n: number, digits = 2): number => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);
