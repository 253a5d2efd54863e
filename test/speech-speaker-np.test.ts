import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech.js";

/** Every statement, direct or reported, as « speaker | text ». */
function all(text: string, lang: "fr" | "en" = "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
  return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
}

describe("appositions stacked after the name a sentence opens with", () => {
  it("gives the words to the person, not to the body the last apposition names", () => {
    const out = all(`Hugo Barral, a senior analyst at Norvex, the Ohio-based intelligence firm, told a local paper in May that the militia was "fairly secular by regional standards."`);
    expect(out.some((l) => l.includes("fairly secular by regional standards"))).toBe(true);
    expect(out.every((l) => l.startsWith("Hugo Barral |"))).toBe(true);
  });
  it("reads « Nadia Ferrand, chercheuse à Norvex, l'institut privé de Lyon, a estimé que … » as hers", () => {
    const out = all(`Nadia Ferrand, chercheuse à Norvex, l'institut privé de Lyon, a estimé que la mesure arrivait trop tard.`, "fr");
    expect(out).toEqual(["Nadia Ferrand | la mesure arrivait trop tard."]);
  });
  it("gives the words to the person when the last apposition names a body inside it", () => {
    const out = all(`Sean Robson, a spokesperson for Clear Path, the military operation against Red Dawn in the north, told a reporter on Monday that the claim was patently false.`);
    expect(out).toEqual(["Sean Robson | the claim was patently false."]);
  });
  it("leaves a coordination of speakers to the coordination rule", () => {
    const out = all(`Hugo Barral, the mayor, and the regional council said the bridge would reopen in May.`);
    expect(out).toEqual(["regional council | the bridge would reopen in May."]);
  });
});

describe("an adverb the subject ran into", () => {
  it("reads « Barral further described » as Barral, already known", () => {
    const out = all(`Hugo Barral, an analyst at Norvex, spoke on Monday. Barral further described the idea as "certainly absurd."`);
    expect(out.filter((l) => l.includes("certainly absurd")).every((l) => l.startsWith("Hugo Barral |"))).toBe(true);
    expect(out.some((l) => l.includes("certainly absurd"))).toBe(true);
  });
});

describe("an introductory phrase the subject ran into", () => {
  it("gives « In a post after a meeting with X, the president said » to the president, not to X", () => {
    const out = all(
      `The memo follows attacks on the alliance by US President Daniel Crane.\n\nIn a post after a meeting with Secretary General Piet Aalders, the US President said: "They were not there when we needed them."\n\nHe has also accused other members of relying too much on the US military.`,
    );
    expect(out).toContain("Daniel Crane | They were not there when we needed them.");
    expect(out).toContain("Daniel Crane | other members of relying too much on the US military.");
  });
});

describe("a document speaks for its author, or for itself", () => {
  it("reads « The indictment claims that … » as the indictment's", () => {
    expect(all(`The trial of Mary Kost opened on Monday.\n\nThe indictment claims that the unrest was sparked by the jailing of her father.`)).toEqual([
      "indictment | the unrest was sparked by the jailing of her father.",
    ]);
  });
  it("gives « selon les dernières estimations de X » to X, past the adjective before the noun", () => {
    const out = all(`Le procès du braconnier Paul Kamano s'est ouvert lundi.\n\nSelon les dernières estimations de la Fondation Norvex, il restait environ 200 éléphants dans la zone.`, "fr");
    expect(out).toEqual(["Fondation Norvex | il restait environ 200 éléphants dans la zone."]);
  });
});

describe("a name right after a quotation's closing mark names its speaker, whatever the verb", () => {
  it("reads « « … », conseille X » as X's, not the last speaker's", () => {
    const out = all(
      `« La moitié des patients guérissent en un mois », affirme Paul Martin, médecin. « On sait que le repos compte beaucoup pour tous », résume Anne Durand, professeure à Lyon.\n\n« On peut guérir plus vite grâce à des cures de sommeil, à faire en hiver », conseille Paul Martin.`,
      "fr",
    );
    expect(out).toContain("Paul Martin | On peut guérir plus vite grâce à des cures de sommeil, à faire en hiver");
  });
  it("reads « « … », rappelle ainsi X » as X's", () => {
    const out = all(`Un titre sur la santé.\n\n« La moitié des patients guérissent en un mois », rappelle ainsi Paul Martin, médecin.`, "fr");
    expect(out).toContain("Paul Martin | La moitié des patients guérissent en un mois");
  });
  it("reads '\"…,\" quipped X' as X's", () => {
    const out = all(`Lena Ortiz said the plan was late. "We will not wait for ever," quipped Hugo Barral, the mayor.`);
    expect(out).toContain("Hugo Barral | We will not wait for ever");
  });
  it("leaves a name after a preposition alone", () => {
    const out = all(`Lena Ortiz said the plan was late. "We will not wait for ever for the money," in a letter to Hugo Barral, the mayor.`);
    expect(out.some((l) => l.startsWith("Hugo Barral"))).toBe(false);
  });
});

describe("a possessor opening the subject is not the speaker", () => {
  it("reads « Asked what he made of Mr X’s comments, Sir Keir said » as Sir Keir's", () => {
    const out = all(
      `Prime Minister Sir Keir Darnley accepted gifts worth thousands of pounds.\n\nOn Sunday, Mr Lammond said the gifts were fine.\n\nAsked on Monday what he made of Mr Lammond’s comments, Sir Keir said: "I certainly don’t think we should have a budget for it at the taxpayers’ expense."`,
    );
    expect(out).toContain("Keir Darnley | I certainly don’t think we should have a budget for it at the taxpayers’ expense.");
  });
});

describe("a participle with no subject of its own follows the clause it is attached to", () => {
  it("gives « …when President X scuttled the talks, citing … » to X", () => {
    const out = all(`Washington and the rebels had been holding direct talks. They were on the verge of a deal when President Dan Cole scuttled the talks in September, citing repeated rebel attacks on civilians.`);
    expect(out).toEqual(["Dan Cole | rebel attacks on civilians"]);
  });
});
