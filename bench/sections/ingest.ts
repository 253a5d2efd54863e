import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { longDispatch } from "../dispatch.js";
import { ingest } from "../../src/story/ingest.js";
import type { Story } from "../../src/story/schema.js";

export interface IngestRow {
  name: string;
  kb: number;
  /** Best of `runs`: the least disturbed measurement of a deterministic computation. */
  ms: number;
  msPerKb: number;
  /** Best CPU time of the process per KB over the runs (process.cpuUsage): what waiting for a core on a loaded machine does not count. */
  cpuMsPerKb: number;
  runs: number;
  sentences: number;
  quotes: number;
  figures: number;
}

export interface IngestResult {
  rows: IngestRow[];
  /** ms/KB at 1 MB over ms/KB at 10 KB: about 1 when growth is linear, about 100 when quadratic. */
  growth1MbVs10Kb: number;
}

function measure(name: string, text: string, runs: number): IngestRow {
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let story: Story | undefined;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    story = ingest(text, { slug: "bench" });
    best = Math.min(best, performance.now() - t0);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  if (!story) throw new Error("measure: runs must be at least 1");
  const kb = Buffer.byteLength(text) / 1024;
  return { name, kb, ms: best, msPerKb: best / kb, cpuMsPerKb: bestCpu / kb, runs, sentences: story.sentences.length, quotes: story.quotes.length, figures: story.figures.length };
}

/** The default dispatch and generated ones of 10 KB, 100 KB and 1 MB, after a warm-up so the JIT has settled. */
export function benchIngest(defaultSource: string, opts: { long: boolean }): IngestResult {
  for (let i = 0; i < 10; i++) ingest(defaultSource, { slug: "bench" });
  ingest(longDispatch(100 * 1024), { slug: "bench" });
  const rows = [
    measure("default story", defaultSource, 20),
    measure("generated 10 KB", longDispatch(10 * 1024), 10),
    measure("generated 100 KB", longDispatch(100 * 1024), 3),
    // two runs at least: one run's figure is whatever the machine was doing during it
    measure("generated 1 MB", longDispatch(1024 * 1024), opts.long ? 3 : 2),
  ];
  return { rows, growth1MbVs10Kb: rows[3]!.msPerKb / rows[1]!.msPerKb };
}

export const readDefaultSource = (path: string): string => readFileSync(path, "utf8");
