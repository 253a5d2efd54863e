import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname } from "node:path";

export interface BenchEnvironment {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  long: boolean;
  loadAverage: number[];
}

export function environment(long: boolean): BenchEnvironment {
  const c = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: c.length,
    cpuModel: c[0]?.model ?? "unknown",
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    long,
    // Other work on the machine during the run: figures from a loaded machine read accordingly.
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Writes the figures as JSON (the same numbers the table prints). */
export function writeResults(path: string, results: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(results, null, 2) + "\n");
}
