import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StoryInputError } from "../src/story/errors.js";
import { ingest } from "../src/story/ingest.js";
import { Story } from "../src/story/schema.js";
import { decodeSource } from "../src/story/source.js";
import { anyString, hostileText } from "./hostile/arbitraries.js";

/** What `brief ingest` does with a file's bytes: refuse it with a StoryInputError, or make a valid story. */
function ingestBytes(bytes: Uint8Array): { refused: string } | { story: Story } {
  let text: string;
  try {
    text = decodeSource(bytes, "fuzz.txt");
  } catch (err) {
    if (err instanceof StoryInputError) return { refused: err.message };
    throw err;
  }
  return { story: ingest(text, { slug: "fuzz" }) };
}

function expectValidStory(story: Story, text: string): void {
  const parsed = Story.safeParse(story);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues[0])).toBe(true);
  // Offsets point into the text, and every sentence is a piece of it.
  for (const s of story.sentences) {
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
}

describe("ingest on hostile input (fast-check)", () => {
  it("any string ingests to a story that passes the schema", () => {
    fc.assert(
      fc.property(fc.oneof(anyString, hostileText()), (text) => {
        expectValidStory(ingest(text, { slug: "fuzz" }), text);
      }),
      { numRuns: 300 },
    );
  });

  it("any bytes are refused with a StoryInputError or ingested to a valid story", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), hostileText().map((t) => new TextEncoder().encode(t))), (bytes) => {
        const r = ingestBytes(bytes);
        if ("refused" in r) expect(r.refused).toMatch(/fuzz\.txt/);
        else expectValidStory(r.story, new TextDecoder().decode(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses what cannot be a dispatch, each with a clear reason", () => {
    const refused = (bytes: Uint8Array) => {
      const r = ingestBytes(bytes);
      return "refused" in r ? r.refused : null;
    };
    expect(refused(new Uint8Array())).toMatch(/empty/);
    expect(refused(new Uint8Array([0x41, 0, 0x42]))).toMatch(/binary/);
    expect(refused(new Uint8Array([0xff, 0xfe, 0x41]))).toMatch(/not UTF-8/);
    expect(refused(new TextEncoder().encode(" \n\u00A0\t "))).toMatch(/white space/);
    expect(refused(new TextEncoder().encode("abc\u0007def"))).toMatch(/control characters/);
  });

  it("a lone surrogate, a NUL and control characters passed as a string still give a valid story", () => {
    for (const text of ["\uD800", "« \uDFFF »", "Jean Dupont a déclaré \u0000 que « \u0007 »", "\u202F\u00A0\u2009", "12\u202F000\u00A0soldats"]) {
      expectValidStory(ingest(text, { slug: "fuzz" }), text);
    }
  });
});
