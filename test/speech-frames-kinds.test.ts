import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(text: string, lang: "fr" | "en" = "en"): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("a speaker set off by a long apposition", () => {
  it("reads « But X, a description …, said … » with the sentence's conjunction left out of the name", () => {
    expect(read("But Lena Varga, an economist at Dunmore College, said the port has become too costly.")).toEqual(["Lena Varga | indirect | the port has become too costly."]);
    expect(read("Mais Paul Ravel, économiste à l'université de Brandt, a dit que le port coûtait trop cher.", "fr")).toEqual(["Paul Ravel | indirect | le port coûtait trop cher."]);
  });

  it("keeps an apposition of two descriptions joined by « and » a noun phrase, not a clause the verb inverts", () => {
    expect(read("Lena Varga, an economist at Dunmore College and a former adviser to the Harbour Board of Elmridge, said the port has become too costly.")).toEqual([
      "Lena Varga | indirect | the port has become too costly.",
    ]);
  });
});

describe("inverted speakers that close the sentence", () => {
  it("reads « …, reported X of Y » and « …, said X, who … » after a clause with a past verb of its own", () => {
    expect(read("When the fine was announced, the skipper shook his head, reported Mira Olsen of Harbour Radio, who followed the hearing.")).toEqual([
      "Mira Olsen | indirect | When the fine was announced, the skipper shook his head",
    ]);
    expect(read("The crowd stood silent, said Tom Reddy of the Valley Courier.")).toEqual(["Tom Reddy | indirect | The crowd stood silent"]);
  });
});

describe("the hearer of « told »", () => {
  it("ends the hearer at « that » or before a name that opens the clause with its verb", () => {
    expect(read("A ferry cook, Ada Kellerman, told investigators that Brandt locked the galley door.")).toEqual([
      "Ada Kellerman | indirect | Brandt locked the galley door.",
    ]);
    expect(read("A ferry cook, Ada Kellerman, told the police Brandt locked the galley door.")).toEqual([
      "Ada Kellerman | indirect | Brandt locked the galley door.",
    ]);
  });

  it("ends a bare plural hearer before the clause's subject (« told investigators Brandt locked … », « told nurses he drank … »)", () => {
    expect(read("A ferry cook, Ada Kellerman, told investigators Brandt locked the galley door.")).toEqual([
      "Ada Kellerman | indirect | Brandt locked the galley door.",
    ]);
    expect(read("The driver told nurses he drank water from the river.")).toEqual(["driver | indirect | he drank water from the river."]);
    expect(read("Ada Kellerman told stories the whole night.")).toEqual([]);
  });

  it("reads no clause in the noun phrase a name set off by commas stands in apposition to (« The ferry's cook, X, told the court. »)", () => {
    expect(read("The ferry's cook, Ada Kellerman, told the court about the fire.")).toEqual([]);
    expect(read("The ferry's cook, Ada Kellerman, said on Monday.")).toEqual([]);
    expect(read('"We will stay," the mayor, Ana Ruiz, said.')).toEqual(["Ana Ruiz | direct | We will stay"]);
  });
});

describe("sources named after the verb in French copy", () => {
  it("skips a newspaper's title in quotation marks between an inverted verb and its subject", () => {
    expect(read("« Personne ne nous a prévenus », a déclaré dans « L'Écho » le notaire de la famille, Maître Jean Ravel.", "fr")).toEqual([
      "Jean Ravel | direct | Personne ne nous a prévenus",
    ]);
  });

  it("reads a medium's title after « à » or « au » as no quoted words, and the « que » after it as the clause's opening", () => {
    expect(read("« Personne ne nous a prévenus », a déclaré à « L'Écho » le notaire de la famille, Maître Jean Ravel.", "fr")).toEqual([
      "Jean Ravel | direct | Personne ne nous a prévenus",
    ]);
    expect(read("Le notaire a déclaré au « Courrier du Sud » que personne ne les avait prévenus.", "fr")).toEqual([
      "notaire | indirect | personne ne les avait prévenus.",
    ]);
  });

  it("reads « a-t-on appris dans l'entourage de X » as a source circle, like « a-t-on indiqué »", () => {
    expect(read("Le nombre de gardes va doubler, a-t-on appris dans l'entourage du préfet. Il passera à 800 lundi, a-t-on précisé de même source.", "fr")).toEqual([
      "entourage du préfet | indirect | Le nombre de gardes va doubler",
      "entourage du préfet | indirect | Il passera à 800 lundi",
    ]);
    expect(read("Le nombre de gardes va doubler, a-t-on appris dans la soirée.", "fr")).toEqual([]);
  });
});

describe("a verb that reports only a clause, in the passive", () => {
  it("is no frame: « an agency established by Congress » neither cuts what was said nor names a speaker", () => {
    expect(read("Rosa Dahl cautioned against tinkering with an agency established by the Assembly in 1790.")).toEqual([
      "Rosa Dahl | indirect | against tinkering with an agency established by the Assembly in 1790",
    ]);
  });
});

describe("verbs of asking with a noun phrase for object", () => {
  it("reports a thing asked for in two words (« called for immediate de-escalation », « a réclamé une enquête »), not one", () => {
    expect(read("Rosa Dahl called for immediate de-escalation.")).toEqual(["Rosa Dahl | indirect | immediate de-escalation"]);
    expect(read("Le maire a réclamé une enquête.", "fr")).toEqual(["maire | indirect | une enquête"]);
    expect(read("The mayor called for calm.")).toEqual([]);
    expect(read("The mayor called the minister on Monday.")).toEqual([]);
  });

  it("keeps the particle with the verb as written (« called for », « asked for »), so the verb reads whole before what was asked", () => {
    const r = new SpeechReader("en");
    splitSentences("Rosa Dahl called for immediate de-escalation. The mayor asked for a recount.").forEach((s, i) => r.read(i, s.text));
    expect(r.quotes.map((q) => `${q.verb} | ${q.text}`)).toEqual(["called for | immediate de-escalation", "asked for | a recount"]);
  });

  it("leaves the conjunction out when the next verb of the sentence cuts what was asked", () => {
    expect(read("In response, the envoy called for immediate de-escalation and urged the rebels to refrain from further attacks.")).toEqual([
      "envoy | indirect | immediate de-escalation",
      "envoy | indirect | the rebels to refrain from further attacks.",
    ]);
  });
});

describe("a fronted phrase of time before the subject and its apposition", () => {
  it("keeps « Ce matin, la maire, X, a annoncé la fermeture … » a subject before its verb, not a clause the verb inverts", () => {
    expect(read("Ce matin, la maire, Anne Dumas, a annoncé la fermeture du vieux pont.", "fr")).toEqual(["Anne Dumas | indirect | la fermeture du vieux pont"]);
    expect(read("Ce jeudi, le préfet, Paul Ravel, a annoncé la fermeture des plages.", "fr")).toEqual(["Paul Ravel | indirect | la fermeture des plages"]);
  });
});

describe("an adverb set off by commas between the subject and its verb", () => {
  it("reads « The board, however, said … » and « Le conseil, toutefois, a déclaré … » as the board's words", () => {
    expect(read("The Harbour Board, meanwhile, said any closures should be brief.")).toEqual(["Harbour Board | indirect | any closures should be brief."]);
    expect(read("Tom Reddy, separately, said the quay would close.")).toEqual(["Tom Reddy | indirect | the quay would close."]);
    expect(read("Le conseil, toutefois, a déclaré que le pont rouvrira.", "fr")).toEqual(["conseil | indirect | le pont rouvrira."]);
  });
});

describe("a bare plural speaker after the verb that closes the sentence", () => {
  it("reads « …, say officials. » and « …, said residents, who … » as their words (English has bare plurals)", () => {
    expect(read("The bridge will close in May, say local officials.")).toEqual(["local officials | indirect | The bridge will close in May"]);
    expect(read("The bridge will close in May, said residents, who fear the worst.")).toEqual(["residents | indirect | The bridge will close in May"]);
  });
});

describe("a French word right after a preposition", () => {
  it("is no verb (« par rapport à » does not report), so the clause before an inverted verb runs whole", () => {
    expect(read("Au total, le nombre de gardes sera doublé par rapport à son niveau d'avant la crue, a précisé le commandant Paul Ravel.", "fr")).toEqual([
      "Paul Ravel | indirect | Au total, le nombre de gardes sera doublé par rapport à son niveau d'avant la crue",
    ]);
    expect(read("Le maire a répondu en affirmant que le pont rouvrira.", "fr")).toEqual(["maire | indirect | le pont rouvrira."]);
  });
});

describe("a group of people named by their plural role noun", () => {
  it("speaks: « Harbour bosses said … », « Trois juges du tribunal ont estimé … »", () => {
    expect(read("Harbour bosses said that twelve crews were tested.")).toEqual(["Harbour bosses | indirect | twelve crews were tested."]);
    expect(read("Trois juges du tribunal ont estimé que la loi était claire.", "fr")).toEqual(["juges du tribunal | indirect | la loi était claire."]);
  });
});

describe("a subject and its verb after the words they report, then where they were said", () => {
  it("reads « …, X said on the radio. » as X's words (English « on » is a time word and a preposition)", () => {
    expect(read("The bridge will stay shut, Ana Ruiz said on the radio.")).toEqual(["Ana Ruiz | indirect | The bridge will stay shut"]);
    expect(read('"We found him!" rangers shouted on their phones.')).toEqual(["rangers | direct | We found him!"]);
  });
});
