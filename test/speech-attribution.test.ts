import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";
import { ingest } from "../src/story/ingest.js";

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

  it("reads no words in a refusal (« a refusé de donner un chiffre » is a deed)", () => {
    expect(read("Interrogée sur les chars, la ministre a refusé de donner un chiffre.")).toEqual([]);
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

describe("a share of a group speaks for the group (« plusieurs d'entre eux », “several of them”)", () => {
  it("gives the words to the people named just before, not to the last person", () => {
    expect(read("Mark Oduya met the fishermen on Monday. Several of them said the quota was unfair.", "en")).toEqual(["fishermen | indirect | the quota was unfair."]);
    expect(read('Residents said the water was dirty. Anna Holt said the plant was safe. "We are scared," some of them said.', "en")).toEqual([
      "Residents | indirect | the water was dirty.",
      "Anna Holt | indirect | the plant was safe.",
      "Residents | direct | We are scared",
    ]);
  });

  it("reads the French forms, before and after the verb", () => {
    expect(read("Marc Dumas a rencontré les pêcheurs lundi. Plusieurs d'entre eux ont dit que le quota était injuste.")).toEqual(["pêcheurs | indirect | le quota était injuste."]);
    expect(read("Marc Dumas a rencontré les pêcheurs lundi. « Le quota est injuste », ont affirmé plusieurs d'entre eux.")).toEqual(["pêcheurs | direct | Le quota est injuste"]);
  });
});

describe("« s'est dit inquiet »: what one declares oneself to be is reported", () => {
  it("reads the words after « se dire », in every agreement", () => {
    expect(read("Paul Morel s'est dit inquiet de la situation du port.")).toEqual(["Paul Morel | indirect | inquiet de la situation du port."]);
    expect(read("La ministre s'est dite favorable à une réouverture rapide du port.")).toEqual(["ministre | indirect | favorable à une réouverture rapide du port."]);
    expect(read("Le maire se dit prêt à rouvrir le port.")).toEqual(["maire | indirect | prêt à rouvrir le port."]);
  });

  it("keeps a quoted state as the quoted words alone, and « dite » after a noun as no verb", () => {
    expect(read("Les habitants se sont dits « choqués » par l'incendie.")).toEqual(["habitants | direct | choqués"]);
    expect(read("La zone dite rouge sera fermée, a dit le maire.")).toEqual(["maire | indirect | La zone dite rouge sera fermée"]);
  });
});

describe("English frames of real copy", () => {
  it("reads “warned X to …” as what was asked, and “warned that …” as a statement", () => {
    expect(read("Paul Morel warned residents not to approach the dam.", "en")).toEqual(["Paul Morel | indirect | residents not to approach the dam."]);
    expect(read("Paul Morel warned that the dam could fail.", "en")).toEqual(["Paul Morel | indirect | the dam could fail."]);
  });

  it("reads a hearer of several nouns (“told a radio station …”) as the hearer, not part of the words", () => {
    expect(read("Paul Morel told a radio station the port would reopen.", "en")).toEqual(["Paul Morel | indirect | the port would reopen."]);
  });
});

describe("spans of reported speech", () => {
  it("keeps “announced by X” inside the words an inverted frame reports (a participle with its agent is no frame of its own)", () => {
    expect(read("The tariffs announced by President Jon Doe on Monday are a bad idea for the region, Economy Minister Mark Eder said.", "en")).toEqual([
      "Mark Eder | indirect | The tariffs announced by President Jon Doe on Monday are a bad idea for the region",
    ]);
  });

  it("reads the clause after a phrasal participle (“before pointing out that …”)", () => {
    expect(read('"We buy far more than we sell," Mark Eder said before pointing out that imports from the north had doubled.', "en")).toEqual([
      "Mark Eder | indirect | imports from the north had doubled.",
      "Mark Eder | direct | We buy far more than we sell",
    ]);
  });

  it("ends the words where the reporter resumes them (“…, a decision that angered …”, « …, une décision qui … »)", () => {
    expect(read("Mark Oduya said the pier would stay closed until June, a decision that angered local fishermen.", "en")).toEqual(["Mark Oduya | indirect | the pier would stay closed until June"]);
    expect(read("Marc Dumas a indiqué que le port resterait fermé jusqu'en juin, une décision qui a provoqué la colère des pêcheurs.")).toEqual(["Marc Dumas | indirect | le port resterait fermé jusqu'en juin"]);
  });

  it("goes on past « selon elle » when the sentence continues with « que » (« est si grand, selon elle, que … »)", () => {
    expect(read("Anne Roux a présenté ses demandes. Le malaise est si grand, selon elle, que les électeurs s’éloignent des partis.")).toEqual(["Anne Roux | indirect | Le malaise est si grand, selon elle, que les électeurs s’éloignent des partis."]);
  });
});

describe("a quotation over several paragraphs", () => {
  it("goes on into a paragraph that closes it without opening it again, after a framed opening", () => {
    expect(read("Anne Roux a dit que le port était fermé.\n\nPaul Morel a déclaré : «Le port rouvrira en juin. Nous avons l'argent.\n\nLes ferries reviendront aussi.»")).toEqual([
      "Anne Roux | indirect | le port était fermé.",
      "Paul Morel | direct | Le port rouvrira en juin. Nous avons l'argent.",
      "Paul Morel | direct | Les ferries reviendront aussi.",
    ]);
    expect(read("Anna Holt said the pier was closed.\n\nPaul Morel said: “The port will reopen in June. We have the money.\n\nThe ferries will come back too.”", "en")).toEqual([
      "Anna Holt | indirect | the pier was closed.",
      "Paul Morel | direct | The port will reopen in June. We have the money.",
      "Paul Morel | direct | The ferries will come back too.",
    ]);
  });
});

describe("« X juge inacceptable que … »: a judgement and what it judges", () => {
  it("reads the adjective of a verb of judgement with its clause or infinitive", () => {
    expect(read("Paul Morel juge inacceptable que le port reste fermé.")).toEqual(["Paul Morel | indirect | inacceptable que le port reste fermé."]);
    expect(read("Paul Morel estime nécessaire de rouvrir le port.")).toEqual(["Paul Morel | indirect | nécessaire de rouvrir le port."]);
  });

  it("reads « que » past a stressed pronoun set off by commas (« juge, lui, que … »)", () => {
    expect(read("Paul Morel juge, lui, que la décision est injuste.")).toEqual(["Paul Morel | indirect | la décision est injuste."]);
  });
});

describe("a person's name as the possessor of the subject is not the speaker (speech.ts resolveFrame)", () => {
  it("« X's lawyer said » is the lawyer's, « X's family said » the family's", () => {
    const story = ingest("Mara Lind's lawyer said the charges were baseless. Omar Tazi's family said they were relieved.", { slug: "t" });
    expect(story.quotes.map((q) => q.speaker)).toEqual(["Mara Lind's lawyer", "Omar Tazi's family"]);
  });
});

describe("a participle opening the sentence speaks for the main clause's subject (speech.ts mainSubjectAfter)", () => {
  it("gives what the participle reports to the subject after its phrase, and ends it at the phrase's comma", () => {
    expect(read("Mayor Tom Fisk spoke after the fire. Declaring that the soul of the city is at stake, Fisk ordered a review of the codes.", "en")).toEqual([
      "Tom Fisk | indirect | the soul of the city is at stake",
    ]);
    expect(read("Affirmant que le port rouvrira lundi, le maire Paul Morel a quitté la réunion.")).toEqual(["Paul Morel | indirect | le port rouvrira lundi"]);
  });

  it("gives the quoted words inside the participle's phrase to that subject", () => {
    expect(read('Declaring "the soul of the city" is at stake, Mayor Tom Fisk ordered a review.', "en")).toContain("Tom Fisk | direct | the soul of the city");
  });

  it("takes no place the phrase ends on for a speaker (« engineers in Dunmore »), nor a pronoun it cannot resolve here", () => {
    expect(read("Warning that the dock could collapse, engineers in Dunmore asked the council to act.", "en").filter((q) => q.startsWith("Dunmore"))).toEqual([]);
  });
});

describe("« a-t-il ajouté » after a source the reporter cites (« selon le journal X »)", () => {
  it("goes on with the person who spoke, not the outlet cited in between", () => {
    expect(read("La ministre Anne Roux a rencontré lundi les dockers. Leur porte-parole, Marc Vidal, a dénoncé un « mépris » du gouvernement. Selon le journal Le Courrier, la réunion a duré deux heures. « Nous reviendrons », a-t-il ajouté.").at(-1)).toBe(
      "Marc Vidal | direct | Nous reviendrons",
    );
  });

  it("still gives « he added » to a body that spoke through a verb of its own", () => {
    expect(read('The Harbour Board announced on Monday that the pier would close. "Repairs will take a month," it added.', "en").at(-1)).toBe("Harbour Board | direct | Repairs will take a month");
  });
});
