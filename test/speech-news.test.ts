import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(text: string, lang: "fr" | "en" = "fr"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("verb forms of news copy", () => {
  it("reads a French present tense in -ie right after its subject (« nie », « confie »), not a participle with its agent", () => {
    expect(read("Le ministre nie que l'armée ait tiré sur la foule.")).toEqual(["ministre | indirect | l'armée ait tiré sur la foule."]);
    expect(read("Lina Roy confie qu'elle a eu peur ce soir-là.")).toEqual(["Lina Roy | indirect | elle a eu peur ce soir-là."]);
    expect(read("Une rumeur démentie par la mairie circule depuis lundi.")).toEqual([]);
  });

  it("reads an English clause opened by a subject pronoun whatever its verb (« say it takes »)", () => {
    expect(read("Mediators say it takes several days to reach the camp.", "en")).toEqual(["Mediators | indirect | it takes several days to reach the camp."]);
    expect(read("Mediators say it.", "en")).toEqual([]);
  });
});

describe("incises inside a verb group", () => {
  it("keeps « a, elle, demandé », « a, de son côté, estimé », « has, however, said » one verb group", () => {
    expect(read("La fédération a, elle, demandé aux éleveurs de renoncer au produit.")).toEqual(["fédération | indirect | aux éleveurs de renoncer au produit."]);
    expect(read("Le syndicat a, de son côté, estimé que la réforme était injuste.")).toEqual(["syndicat | indirect | la réforme était injuste."]);
    expect(read("« Rien n'est joué », a, pour sa part, prévenu le maire.")).toEqual(["maire | direct | Rien n'est joué"]);
    expect(read("The union has, however, said it would strike in May.", "en")).toEqual(["union | indirect | it would strike in May."]);
  });
});
