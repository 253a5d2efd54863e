import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(lang: "fr" | "en", text: string): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("the people around someone speak: « sa famille », « son entourage », \"his family\"", () => {
  it("reads a possessive and a noun of people as a speaker, after the verb, before it or after « selon »", () => {
    expect(read("fr", "Le député Marc Aubrac a été hospitalisé. Son état est stable, a indiqué sa famille.")).toEqual(["famille | indirect | Son état est stable"]);
    expect(read("fr", "Le député Marc Aubrac a été hospitalisé. Selon son entourage, il reprendra son siège en mai.")).toEqual(["entourage | indirect | il reprendra son siège en mai."]);
    expect(read("en", "Councillor Ruth Abney was taken to hospital. She is in a stable condition, her family said in a statement.")).toEqual(["family | indirect | She is in a stable condition"]);
  });
});

describe("« a-t-on appris auprès des … »: the article a preposition carries opens the source's phrase", () => {
  it("reads the group after « auprès des » as the source", () => {
    expect(read("fr", "Trois granges ont brûlé près de Sauvian, a-t-on appris auprès des pompiers.")).toEqual(["pompiers | indirect | Trois granges ont brûlé près de Sauvian"]);
    expect(read("fr", "Trois granges ont brûlé près de Sauvian, a-t-on appris auprès du parquet.")).toEqual(["parquet | indirect | Trois granges ont brûlé près de Sauvian"]);
  });
});
