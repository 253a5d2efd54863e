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

/** Raw per-call times of one or more loops, kept so that percentiles are taken over all of them together. */
export interface LoopSamples {
  /** Wall time of each call, ms. */
  wall: number[];
  /** CPU time of the process during each call, ms (only when asked for: `cpu: true`). */
  cpu: number[];
  /** Which call of the loop each sample is (`i` as passed to `fn`). */
  at: number[];
  count: number;
  wallMs: number;
}

/**
 * Calls `fn(i)` in a loop until `maxMs` has passed or `maxCount` calls were made, whichever comes
 * first, timing each call. Throughput is calls over the loop's wall time, so it includes the
 * timer's own cost for both sides of a comparison alike.
 */
export function timeLoop(fn: (i: number) => void, opts: { maxMs: number; maxCount: number }): LatencySummary {
  return summarise(sampleLoop(fn, opts));
}

/**
 * The loop of `timeLoop`, keeping every sample. With `cpu`, each call's CPU time is read too
 * (process.cpuUsage: the time the process ran, which waiting for a core on a loaded machine does
 * not count; it costs about a microsecond per call, so it is for calls that take far longer).
 * With `minCount`, the loop goes on past `maxMs` until it has that many samples: on a loaded
 * machine a loop bounded by time alone gathers too few for a stable p99.
 */
export function sampleLoop(fn: (i: number) => void, opts: { maxMs: number; maxCount: number; minCount?: number; cpu?: boolean; from?: number }): LoopSamples {
  const wall: number[] = [];
  const cpu: number[] = [];
  const at: number[] = [];
  const start = performance.now();
  const deadline = start + opts.maxMs;
  const from = opts.from ?? 0;
  let i = 0;
  while (i < opts.maxCount) {
    const c0 = opts.cpu ? process.cpuUsage() : null;
    const t0 = performance.now();
    fn(from + i);
    const t1 = performance.now();
    if (c0) {
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    wall.push(t1 - t0);
    at.push(from + i);
    i++;
    if (t1 >= deadline && i >= (opts.minCount ?? 0)) break;
  }
  return { wall, cpu, at, count: i, wallMs: performance.now() - start };
}

/** Percentiles over the samples of all the loops together (not an average of each loop's percentiles). */
export function summarise(...loops: LoopSamples[]): LatencySummary {
  const samples = loops.flatMap((l) => l.wall).sort((a, b) => a - b);
  const count = loops.reduce((n, l) => n + l.count, 0);
  const wallMs = loops.reduce((n, l) => n + l.wallMs, 0);
  return { count, p50Ms: quantile(samples, 0.5), p99Ms: quantile(samples, 0.99), perSecond: (count / wallMs) * 1000 };
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
