import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ingest } from "../src/story/ingest.js";
import { Story } from "../src/story/schema.js";
import { build, PATTERNS } from "./hostile/patterns.js";

/**
 * Linear time without an absolute time limit: ingesting 4× the text may take 4× as long, and this
 * allows up to 12× for noise (GC, a busy machine). A quadratic path gives about 16× and more.
 */
const N = 16_000;
const RATIO_MAX = 12;

// A collection before each timed run, so no run pays for the garbage of the one before.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function bestMs(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    gc();
    const t0 = performance.now();
    const story = ingest(text, { slug: "hostile" });
    best = Math.min(best, performance.now() - t0);
    expect(Story.safeParse(story).success).toBe(true);
  }
  return best;
}

describe("ingest stays linear on run-on hostile input", () => {
  for (const [name, unit] of Object.entries(PATTERNS)) {
    it(`${name}: 4× the text takes less than ${RATIO_MAX}× the time`, () => {
      const small = build(unit, N);
      const large = build(unit, 4 * N);
      bestMs(small, 1); // warm-up: the first run pays for compilation
      const tSmall = Math.max(bestMs(small, 3), 1);
      const tLarge = bestMs(large, 3);
      expect(tLarge / tSmall, `${name}: ${tSmall.toFixed(1)} ms → ${tLarge.toFixed(1)} ms`).toBeLessThan(RATIO_MAX);
    }, 60_000);
  }
});
