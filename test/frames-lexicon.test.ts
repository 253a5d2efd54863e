import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";
import { firstWordOf, withoutImpersonal, withoutInvertedPronoun } from "../src/story/frames/frame.js";
import { speechLexicon } from "../src/story/lang/index.js";

/** Reads an invented dispatch and lists « speaker | text » of every quote, direct or reported. */
function read(text: string, lang: "fr" | "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
  return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
}

describe("the words glued to an inverted verb come from the language's lexicon (frames/frame.ts)", () => {
  const fr = speechLexicon("fr");
  const en = speechLexicon("en");
  it("drops the French subject pronoun of an inverted verb, with or without « -t- »", () => {
    expect(withoutInvertedPronoun("souligne-t-elle", fr)).toBe("souligne");
    expect(withoutInvertedPronoun("affirment-ils", fr)).toBe("affirment");
  });
  it("leaves an English hyphenated word whole: English glues no pronoun to its verbs", () => {
    expect(withoutInvertedPronoun("follow-on", en)).toBe("follow-on");
  });
  it("finds the impersonal pronoun on a verb or an auxiliary, and nothing on a personal one", () => {
    expect(withoutImpersonal("a-t-on", fr)).toBe("a");
    expect(withoutImpersonal("précise-t-on", fr)).toBe("précise");
    expect(withoutImpersonal("précise-t-il", fr)).toBeNull();
    expect(withoutImpersonal("add-on", en)).toBeNull();
  });
  it("folds the first word of a phrase with its elision, whatever the apostrophe", () => {
    expect(firstWordOf("L’Ordre des pharmaciens")).toBe("l'");
    expect(firstWordOf("Lacunes graves")).toBe("lacunes");
  });
});

describe("a role in apposition before a name is one subject with it (frames/subject.ts)", () => {
  it("reads « la porte-parole de X, Nom, a indiqué » as one subject, the role with the name", () => {
    const r = new SpeechReader("fr");
    const { frames } = r.read(0, `La porte-parole de la préfecture du Jura, Maëlle Ostrowski, a indiqué que la route serait rouverte mardi.`);
    expect(frames.map((f) => f.subject?.text)).toEqual(["La porte-parole de la préfecture du Jura, Maëlle Ostrowski"]);
    expect(r.quotes.map((q) => q.entity.name)).toEqual(["Maëlle Ostrowski"]);
  });
  it("learns the source of an impersonal verb set after the quote (« avait-on appris de source … »)", () => {
    expect(read(`Le barrage cédera avant l'hiver, avait-on appris de source préfectorale.`, "fr").length).toBe(1);
  });
});
