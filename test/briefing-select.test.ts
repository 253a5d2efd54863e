import { describe, expect, it } from "vitest";
import { briefingLexicon } from "../src/briefing/lexicon.js";
import { nearRepeat, pickCovering, sentenceWeights, wordSet } from "../src/briefing/select.js";
import { inventedStory } from "./briefing-story.js";

describe("pickCovering", () => {
  it("takes the weightiest of the beginning, the middle and the end before any second from one part", () => {
    const weight = (i: number) => (i < 4 ? 10 - i : 1);
    const picked = pickCovering([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], weight, 4);
    expect(picked).toHaveLength(4);
    expect(picked.some((i) => i >= 4 && i < 8)).toBe(true);
    expect(picked.some((i) => i >= 8)).toBe(true);
    // Weightiest first.
    expect(picked[0]).toBe(0);
  });

  it("takes them all, weightiest first, when there are no more than asked", () => {
    expect(pickCovering([3, 1, 2], (i) => i, 5)).toEqual([3, 2, 1]);
    expect(pickCovering([1, 2], (i) => i, 0)).toEqual([]);
  });
});

describe("sentenceWeights", () => {
  it("weighs the lead and a sentence with figures and a new actor over a heading and an orphan « a-t-il ajouté »", () => {
    const story = inventedStory(
      "fr",
      `Le port de Lorvik a fermé lundi ses quais.\n\nLes dockers réagissent\n\nLe syndicat des dockers, dirigé par Ivo Sarn, a compté 400 grévistes.\n\nLa grève continuera, a-t-il ajouté.`,
      {
        speakers: [{ name: "Ivo Sarn", aliases: [], kind: "person", role: null, gender: "m", mentions: [2, 3] }],
        figures: [{ value: 400, approx: "exact", unit: "grévistes", category: "other", text: "400 grévistes", sentence: 2, claimedBy: "Ivo Sarn", counted: "grévistes" }],
      },
    );
    const w = sentenceWeights(story, briefingLexicon.fr, () => false);
    expect(w[0]!).toBeGreaterThan(w[3]!);
    expect(w[2]!).toBeGreaterThan(w[3]!);
    expect(w[1]!).toBeLessThan(w[3]!);
    // What is new since the reader's last briefing outweighs everything.
    const fresh = sentenceWeights(story, briefingLexicon.fr, (i) => i === 3);
    expect(fresh[3]!).toBeGreaterThan(fresh[0]!);
  });
});

describe("nearRepeat", () => {
  it("tells a restated sentence from a different one", () => {
    expect(nearRepeat(wordSet("Le port a fermé ses quais lundi."), wordSet("Lundi, le port de Lorvik a fermé ses quais aux cargos."))).toBe(true);
    expect(nearRepeat(wordSet("Le port a fermé ses quais lundi."), wordSet("Les dockers ont voté la grève."))).toBe(false);
  });
});
