import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/story/figures/index.js";
import { FIGURE_WORDS } from "../src/story/figures/lang/index.js";
import { CAPITAL_PAIRS, PLACE_WORDS } from "../src/story/lang/places.js";

describe("figure words, one lexicon per language", () => {
  it("the French lexicon holds no English number word, month, unit or pledge verb, and the other way round", () => {
    const { fr, en } = FIGURE_WORDS;
    const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));
    // « six » is written the same in both languages.
    expect(shared(fr.numbers.units.map(([w]) => w), en.numbers.units.map(([w]) => w))).toEqual(["six"]);
    expect(shared(fr.months.map(([w]) => w), en.months.map(([w]) => w))).toEqual([]);
    expect(shared(fr.pledgeVerbs, en.pledgeVerbs)).toEqual([]);
    expect(shared(fr.units.troops.flat(), en.units.troops.flat())).toEqual([]);
  });

  it("one scanner reads both languages' figures, whatever the dispatch's language", () => {
    const fr = extractFigures("Le pays a déployé deux mille soldats et trois chars, soit 2,5 milliards d'euros.");
    expect(fr.map((f) => [f.value, f.category])).toEqual([
      [2000, "troops"],
      [3, "equipment"],
      [2.5e9, "money"],
    ]);
    const en = extractFigures("The country deployed two thousand soldiers and three tanks, worth $2.5 billion.");
    expect(en.map((f) => [f.value, f.category])).toEqual([
      [2000, "troops"],
      [3, "equipment"],
      [2.5e9, "money"],
    ]);
  });
});

describe("places, one table per language", () => {
  it("each language names its capitals in its own words", () => {
    const fr = PLACE_WORDS.fr.capitals.map(([c]) => c);
    const en = PLACE_WORDS.en.capitals.map(([c]) => c);
    expect(fr).toContain("pekin");
    expect(fr).not.toContain("beijing");
    expect(en).toContain("beijing");
    expect(en).not.toContain("pekin");
    expect(CAPITAL_PAIRS.filter(([c]) => c === "minsk").map(([, d]) => d)).toEqual(["bielorusse", "belarusian"]);
  });
});
