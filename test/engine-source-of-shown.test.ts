import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/*
 * « (according to X) » after words shown from a sentence: only when those words are X's (their quote, or
 * the frame that names them). A sentence often joins the story's own clause to someone's words
 * (« the mayors signed a pact, while X warned that “…” »): the pact is not X's to vouch for.
 * Invented dispatch.
 */
const story = ingest(
  `Orlen bridge closed after floods

The old bridge of Orlen was closed on Monday.
The two mayors of the valley signed a pact on flood barriers on Tuesday, while the fishermen’s leader, Tom Reyes, warned that “the water has never been so high”.
The two mayors of the valley also discussed river dredging, while the farmers’ spokeswoman, Ada Brunn, said that “the fields will be lost for a year”.`,
  { slug: "orlen-source-of-shown" },
);
const en = createEngine(story);
const q = (text: string) => en.ask(text, emptyConversation()).reply;

describe("whose words an answer shows", () => {
  it("the story's own clause beside someone's quote is not put to them", () => {
    const r = q("did the mayors sign a pact?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("pact");
    expect(r.text).not.toContain("Reyes");
  });
  it("what was discussed, shown from outside the quote of the same sentence, is not the quoted one's", () => {
    const r = q("what did the mayors talk about?");
    expect(r.text).toContain("dredging");
    expect(r.text).not.toContain("Brunn");
  });
  it("words shown from the quote itself are still theirs", () => {
    const r = q("will the fields be lost?");
    expect(r.text).toContain("fields");
    expect(r.text).toContain("Brunn");
  });
});
