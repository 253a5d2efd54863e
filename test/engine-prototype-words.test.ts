import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { exonym } from "../src/engine/lexicon.js";
import { numbersIn } from "../src/engine/query.js";
import { standardWord } from "../src/engine/registers.js";
import { emptyConversation } from "../src/engine/reply.js";
import { testStory } from "./engine-story.js";

// A word a reader may type that names a property of every JavaScript object (« constructor »): the
// engine's word tables are plain objects, and a look-up by such a word found Object's own function,
// which the engine then folded as a string (internal error on « Who built the constructor? »).
describe("question words that are names of an object's own properties", () => {
  const engine = createEngine(testStory());
  it.each(["Who built the constructor?", "le constructor a dit quoi ?", "constructor", "What about valueOf and toString?"])("%s is answered or declined, not an error", (q) => {
    const r = engine.ask(q, emptyConversation()).reply;
    expect(typeof r.text).toBe("string");
    expect(r.text.length).toBeGreaterThan(0);
  });
  it("the tables read only their own entries", () => {
    expect(standardWord("constructor", "en")).toBe("constructor");
    expect(standardWord("constructor", "fr")).toBe("constructor");
    expect(exonym("constructor")).toEqual([]);
    expect(numbersIn("constructor million")).toEqual([]);
  });
});
