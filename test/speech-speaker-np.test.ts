import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Every statement, direct or reported, as « speaker | text ». */
function all(text: string, lang: "fr" | "en" = "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text, s.paragraph));
  return r.quotes.map((q) => `${q.entity.name} | ${q.text}`);
}

describe("appositions stacked after the name a sentence opens with", () => {
  it("gives the words to the person, not to the body the last apposition names", () => {
    const out = all(`Hugo Barral, a senior analyst at Norvex, the Ohio-based intelligence firm, told a radio station in June that the movement was "rather moderate by local measures."`);
    expect(out.some((l) => l.includes("rather moderate by local measures"))).toBe(true);
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
  it("gives « In a statement after a dinner with X, the president said » to the president, not to X", () => {
    const out = all(
      `The note comes after criticism of the league by US President Daniel Crane.\n\nIn a statement after a dinner with Chancellor Piet Aalders, the President said: "Nobody came when the storm hit."\n\nHe has also accused other members of leaning too heavily on the US navy.`,
    );
    expect(out).toContain("Daniel Crane | Nobody came when the storm hit.");
    expect(out).toContain("Daniel Crane | other members of leaning too heavily on the US navy.");
  });
});

describe("a document speaks for its author, or for itself", () => {
  it("reads « The indictment claims that … » as the indictment's", () => {
    expect(all(`The trial of Mary Kost opened on Monday.\n\nThe indictment claims that the fraud was planned in the back room of her brother's bakery.`)).toEqual([
      "indictment | the fraud was planned in the back room of her brother's bakery.",
    ]);
  });
  it("gives « selon les dernières estimations de X » to X, past the adjective before the noun", () => {
    const out = all(`Le procès du trésorier Paul Kamano s'est ouvert lundi.\n\nSelon les premières estimations de la Fondation Norvex, il manquait près de 40 000 euros dans les caisses du club.`, "fr");
    expect(out).toEqual(["Fondation Norvex | il manquait près de 40 000 euros dans les caisses du club."]);
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
  it("reads « Asked about Mr X’s remarks, Sir Alden said » as Sir Alden's", () => {
    const out = all(
      `Prime Minister Sir Alden Marsh spent a week in a donor's villa.\n\nOn Sunday, Mr Lammond said the stay was fine.\n\nAsked on Monday about Mr Lammond’s remarks, Sir Alden said: "Ministers should pay their own way."`,
    );
    expect(out).toContain("Alden Marsh | Ministers should pay their own way.");
  });
});

describe("a participle with no subject of its own follows the clause it is attached to", () => {
  it("gives « …when President X ended the meetings, citing … » to X", () => {
    const out = all(`The port owners and the dockers had been meeting for weeks. They were close to an agreement when President Dan Cole ended the meetings in March, citing repeated strikes at the southern docks.`);
    expect(out).toEqual(["Dan Cole | strikes at the southern docks"]);
  });
});
