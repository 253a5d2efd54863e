import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | text » of every quote, direct or reported. */
function read(text: string, lang: "fr" | "en" = "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
  return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
}

describe("a participle and its agent set off by commas after the subject (frames.ts subjectBefore)", () => {
  it("leaves the body the sentence opens with as the speaker, not the agent of « chaired by »", () => {
    expect(read(`The Orchard Growers Union, chaired by farmer Olaf Brandt, warned on Friday that the apple harvest would be late.`)).toEqual([
      "Orchard Growers Union | the apple harvest would be late.",
    ]);
  });

  it("reads « présidé par » in French the same way", () => {
    expect(read(`Le comité de sécurité, présidé par le ministre Olaf Brandt, a affirmé que les ferries étaient hors d'usage.`, "fr")).toEqual([
      "comité de sécurité | les ferries étaient hors d'usage.",
    ]);
  });
});

describe("a noun in -ment after an article or a preposition is no adverb of the verb group (frames.ts)", () => {
  it("« le chef du mouvement estime » has the whole phrase for its subject", () => {
    expect(read(`Le chef du mouvement estime que la réforme sera votée. La porte-parole du gouvernement explique que le texte est prêt.`, "fr")).toEqual([
      "chef du mouvement | la réforme sera votée.",
      "porte-parole du gouvernement | le texte est prêt.",
    ]);
  });
});
