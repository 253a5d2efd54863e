import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(text: string, lang: "fr" | "en" = "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("a quotation that closes a sentence with no frame goes on with the last speaker's words", () => {
  const lead = "Odile Brant, the town treasurer, said the budget was short by a tenth.";

  it("after a linking word, the quotation's own subject or a clause of the reporter's", () => {
    expect(read(`${lead}\n\nWorse, “the pool and the library will close on Sundays until the spring.”`)).toContain(
      "Odile Brant | direct | the pool and the library will close on Sundays until the spring.",
    );
    expect(read(`${lead}\n\nThe new water rates “will cost every family at least one holiday a year.”`)).toContain(
      "Odile Brant | direct | will cost every family at least one holiday a year.",
    );
    expect(read(`${lead} If the levy vote fails, the town "will have to sell the old school and its field."`)).toContain(
      "Odile Brant | direct | will have to sell the old school and its field.",
    );
    expect(read("La trésorière Odile Brant a dit que le budget manquait d'un dixième. Surtout, « les familles paieront l'eau deux fois plus cher dès l'été ».", "fr")).toContain(
      "Odile Brant | direct | les familles paieront l'eau deux fois plus cher dès l'été",
    );
  });

  it("not a short term the reporter quotes, nor words far from the last speaker, nor a sentence that names someone", () => {
    expect(read(`${lead}\n\nThe council called the gap a "hole in the roof."`)).not.toContain("Odile Brant | direct | hole in the roof.");
    expect(read(`${lead}\n\nThe council met again on Tuesday.\n\nWorse, “the pool and the library will close on Sundays until the spring.”`)).toEqual([
      "Odile Brant | indirect | the budget was short by a tenth.",
    ]);
    // a whole utterance, opening on a capital, that the lead itself introduces (a sign, a chant)
    expect(read(`${lead}\n\nParents held placards reading "Keep our pool open on Sundays for the children."`)).not.toContain(
      "Odile Brant | direct | Keep our pool open on Sundays for the children.",
    );
    expect(read(`${lead}\n\nMayor Ivo Dann, in turn, “never saw a budget this short in twenty years.”`)).not.toContain(
      "Odile Brant | direct | never saw a budget this short in twenty years.",
    );
  });
});
