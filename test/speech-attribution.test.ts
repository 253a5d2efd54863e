import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(text: string, lang: "fr" | "en" = "fr"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("what a speaker promised, after a time phrase", () => {
  it("reads « de » + infinitive as the promise, not as an adverb's first word (« a promis de … »)", () => {
    expect(read("Le maire Paul Morel a promis de rénover le port.")).toEqual(["Paul Morel | indirect | de rénover le port."]);
    expect(read("Le maire Paul Morel a promis l'an dernier de rénover le port.")).toEqual(["Paul Morel | indirect | de rénover le port."]);
  });

  it("skips a month or a year between the verb and the promise (« en mars », “in March”)", () => {
    expect(read("Paul Morel avait promis en mars de rénover le port.")).toEqual(["Paul Morel | indirect | de rénover le port."]);
    expect(read("Paul Morel vowed in March 2024 to rebuild the port.", "en")).toEqual(["Paul Morel | indirect | to rebuild the port."]);
  });
});

describe("a document named bare is its issuer's", () => {
  it("gives « the statement said » to the body that spoke « in a statement », not to the last body that spoke", () => {
    expect(
      read("The Harbour Board said in a statement that the pier would close. The Fishermen's Union said it would protest. The statement said repairs would take a month.", "en"),
    ).toEqual([
      "Harbour Board | indirect | the pier would close.",
      "Fishermen's Union | indirect | it would protest.",
      "Harbour Board | indirect | repairs would take a month.",
    ]);
  });

  it("does the same in French (« a indiqué dans un communiqué » … « précise le communiqué »)", () => {
    expect(read("Le syndicat des dockers a indiqué dans un communiqué que le port fermerait. La mairie a dit qu'elle protesterait contre la fermeture. « Les travaux dureront un mois », précise le communiqué.")).toEqual([
      "syndicat des dockers | indirect | le port fermerait.",
      "mairie | indirect | elle protesterait contre la fermeture.",
      "syndicat des dockers | direct | Les travaux dureront un mois",
    ]);
  });
});

describe("« a-t-il ajouté », “he added”: the one who spoke goes on", () => {
  it("does not give the words to someone the sentence before named in passing", () => {
    expect(read('Mark Oduya said the pier was closed. Tom Reyes, a local builder, filed a complaint last week. "We will appeal," he added.', "en")).toEqual([
      "Mark Oduya | indirect | the pier was closed.",
      "Mark Oduya | direct | We will appeal",
    ]);
    expect(read("Marc Dumas a affirmé que le port était fermé. Paul Roux, un entrepreneur local, a porté plainte la semaine dernière. « Nous ferons appel », a-t-il ajouté.")).toEqual([
      "Marc Dumas | indirect | le port était fermé.",
      "Marc Dumas | direct | Nous ferons appel",
    ]);
  });

  it("still follows the pronoun's gender when the last speaker does not fit it", () => {
    expect(read('Anna Holt said the pier was closed. The decision follows a ruling by Judge Tom Reyes in May. "We will appeal," he added.', "en")).toEqual([
      "Anna Holt | indirect | the pier was closed.",
      "Tom Reyes | direct | We will appeal",
    ]);
  });
});
