import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../src/story/ingest.js";
import { DEFAULT_STORY, parseStoryFile } from "../src/story/load.js";

/**
 * The shipped story.json was reviewed by a person. If ingest changes what it finds in the shipped
 * source, this test shows the difference: review it, then regenerate with
 * `npm run brief -- ingest briefings/milley-goulevitch/source.txt --replace`.
 */
describe("the default story", () => {
  it("still ingests to the committed, reviewed story.json", () => {
    const committed = parseStoryFile(DEFAULT_STORY);
    const source = readFileSync(join(DEFAULT_STORY, "..", "source.txt"), "utf8");
    const fresh = ingest(source, { slug: committed.slug });
    expect(fresh.speakers).toEqual(committed.speakers);
    expect(fresh.quotes).toEqual(committed.quotes);
    expect(fresh.figures).toEqual(committed.figures);
    expect(fresh).toEqual(committed);
  });
});
