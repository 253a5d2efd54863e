import { describe, expect, it } from "vitest";
import { ingest } from "../src/story/ingest.js";
import { Story } from "../src/story/schema.js";
import { build, PATTERNS } from "./hostile/patterns.js";

/** Hostile dispatches at the size limit's order: each must finish and give a valid story. */
const MB = 1024 * 1024;
const CASES: [string, number][] = [
  ["guillemets", MB],
  ["digits with no-break spaces", MB],
  ["capitalised words", 200 * 1024],
  ["commas", 200 * 1024],
];

describe("hostile dispatches at size", () => {
  for (const [name, size] of CASES) {
    it(`${Math.round(size / 1024)} KB of ${name} ingests to a valid story`, () => {
      const story = ingest(build(PATTERNS[name]!, size), { slug: "hostile" });
      expect(Story.safeParse(story).success).toBe(true);
      expect(story.sentences.length).toBeGreaterThan(0);
    }, 120_000);
  }
});
