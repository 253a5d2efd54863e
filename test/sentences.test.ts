import { describe, expect, it } from "vitest";
import { findDateline, splitSentences } from "../src/story/sentences.js";

const texts = (src: string, from = 0) => splitSentences(src, from).map((s) => s.text);

describe("findDateline", () => {
  it("reads a city in parentheses", () => {
    const src = "(Lisbonne) Le gouvernement a démissionné.";
    const { dateline, bodyStart } = findDateline(src);
    expect(dateline).toMatchObject({ place: "Lisbonne", date: null });
    expect(src.slice(bodyStart)).toBe("Le gouvernement a démissionné.");
  });

  it("reads an agency dateline with a date", () => {
    const src = "SAINT-PÉTERSBOURG, 4 avril (AFP) - Le port a rouvert.";
    const { dateline, bodyStart } = findDateline(src);
    expect(dateline).toMatchObject({ place: "Saint-Pétersbourg", date: "4 avril", agency: "AFP" });
    expect(src.slice(bodyStart)).toBe("Le port a rouvert.");
  });

  it("finds none in an ordinary opening", () => {
    expect(findDateline("Le port a rouvert lundi.").dateline).toBeNull();
  });
});

describe("splitSentences", () => {
  it("splits on end punctuation before a capital and counts paragraphs", () => {
    const src = "Il pleut. Le vent souffle !\n\nUne troisième phrase ? Oui.";
    const out = splitSentences(src);
    expect(out.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "Il pleut."],
      [0, "Le vent souffle !"],
      [1, "Une troisième phrase ?"],
      [1, "Oui."],
    ]);
    for (const s of out) expect(src.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split after titles, initials or inside a quotation", () => {
    expect(texts("M. Dupont est venu. J. K. Rowling aussi.")).toEqual(["M. Dupont est venu.", "J. K. Rowling aussi."]);
    expect(texts("« Nous partons. Nous revenons demain », a-t-il dit. Puis il est parti.")).toEqual([
      "« Nous partons. Nous revenons demain », a-t-il dit.",
      "Puis il est parti.",
    ]);
  });

  it("keeps straight quotation marks whole and ends a sentence at a closing mark", () => {
    expect(texts('"We leave. We come back," he said. Then he left.')).toEqual(['"We leave. We come back," he said.', "Then he left."]);
    expect(texts("« Nous partons. » Le ministre est sorti.")).toEqual(["« Nous partons. »", "Le ministre est sorti."]);
    expect(texts('Il parle d\'un "plan". Puis il sort.')).toEqual(['Il parle d\'un "plan".', "Puis il sort."]);
  });

  it("keeps decimal numbers and lower-case continuations together", () => {
    expect(texts("Le taux est de 2.5 pour cent. etc. Fin.")).toEqual(["Le taux est de 2.5 pour cent. etc. Fin."]);
  });

  it("squashes no-break and repeated spaces in the text but keeps offsets on the source", () => {
    const src = "Plus de 12\u00a0000   soldats.";
    const [s] = splitSentences(src);
    expect(s!.text).toBe("Plus de 12 000 soldats.");
    expect(s!.end - s!.start).toBe(src.length);
  });

  it("treats a blank line holding spaces as a paragraph break", () => {
    expect(splitSentences("Un.\n   \nDeux.").map((s) => s.paragraph)).toEqual([0, 1]);
  });
});

describe("run-on text", () => {
  it("is cut into sentences of bounded length at spaces, losing nothing", () => {
    const src = "mot, ".repeat(2000);
    const out = splitSentences(src);
    expect(out.length).toBeGreaterThan(4);
    for (const s of out) expect(s.end - s.start).toBeLessThanOrEqual(2000 + 20);
    expect(out.map((s) => s.text).join(" ")).toBe(src.trim());
  });
});

describe("real page typography", () => {
  it("a headline, a byline and a subheading with no final period are units of their own", () => {
    const src = "Ferry service halted after storm\nBy Lena Marsh\nThe harbour authority said on Monday that every crossing was cancelled until further notice.\n\nWhat comes next\n\nRepairs will take a week, the authority said.";
    expect(texts(src)).toEqual([
      "Ferry service halted after storm",
      "By Lena Marsh",
      "The harbour authority said on Monday that every crossing was cancelled until further notice.",
      "What comes next",
      "Repairs will take a week, the authority said.",
    ]);
  });

  it("copy with no blank line puts one paragraph on each line", () => {
    const out = splitSentences("Le port a rouvert.\nLes ferries repartent lundi. Le trafic reprend.\nLa mairie se félicite.");
    expect(out.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it("a rubric in capitals before a dash is left out of the sentence", () => {
    expect(texts("CE QU'IL FAUT SAVOIR - « Nous tiendrons », a dit la ministre.")).toEqual(["« Nous tiendrons », a dit la ministre."]);
  });

  it("a dateline after the headline is left out of the first sentence and still read", () => {
    const src = "Talks stall in Geneva\n\nGENEVA (Reuters) - The talks stalled on Friday, diplomats said.";
    expect(texts(src)).toEqual(["Talks stall in Geneva", "The talks stalled on Friday, diplomats said."]);
    expect(findDateline(src).dateline).toMatchObject({ place: "Geneva", agency: "Reuters" });
  });

  it("English abbreviations: titles never end a sentence, « U.S. » does before a sentence opener", () => {
    expect(texts("Sen. Ruth Kale spoke on Oct. 7 to Gen. Omar Lutz. Grain ships to the U.S. She disagreed. The U.S. Army agreed.")).toEqual([
      "Sen. Ruth Kale spoke on Oct. 7 to Gen. Omar Lutz.",
      "Grain ships to the U.S.",
      "She disagreed.",
      "The U.S. Army agreed.",
    ]);
  });
});
