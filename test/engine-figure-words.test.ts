import { describe, expect, it } from "vitest";
import { TIME_UNITS } from "../src/engine/figure-words/index.js";
import { chatWords } from "../src/engine/lexicon-chat.js";

/** Per-language tables stay per language: a word of one language never reads as the other's. */
describe("per-language word tables", () => {
  it("units of time are read in their own language: English « an » is an article, French « an » a year", () => {
    expect(TIME_UNITS.en.get("an")).toBeUndefined();
    expect(TIME_UNITS.fr.get("an")).toBe("year");
    expect(TIME_UNITS.en.get("years")).toBe("year");
    expect(TIME_UNITS.fr.get("years")).toBeUndefined();
  });

  it("the French gist nouns hold no English word; the English table has them", () => {
    expect(chatWords("fr").gist.nouns).not.toContain("news");
    expect(chatWords("fr").gist.nouns).not.toContain("story");
    expect(chatWords("en").gist.nouns).toEqual(expect.arrayContaining(["news", "story"]));
  });
});
