import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

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

  it("ends a bare plural hearer before the clause's subject (« told investigators Brandt locked … », « told paramedics she had fallen … »)", () => {
    expect(read("A ferry cook, Ada Kellerman, told investigators Brandt locked the galley door.")).toEqual([
      "Ada Kellerman | indirect | Brandt locked the galley door.",
    ]);
    expect(read("Her neighbour told paramedics she had fallen down the stairs.")).toEqual(["Her neighbour | indirect | she had fallen down the stairs."]);
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
  it("is no frame: « a charity established by the guild » neither cuts what was said nor names a speaker", () => {
    expect(read("Mira Olsen warned against meddling with a charity established by the guild in 1902.")).toEqual([
      "Mira Olsen | indirect | against meddling with a charity established by the guild in 1902",
    ]);
  });
});

describe("verbs of asking with a noun phrase for object", () => {
  it("reports a thing asked for in two words (« asked for a full refund », « a réclamé une enquête »), not one", () => {
    expect(read("Mira Olsen asked for a full refund.")).toEqual(["Mira Olsen | indirect | a full refund"]);
    expect(read("Le maire a réclamé une enquête.", "fr")).toEqual(["maire | indirect | une enquête"]);
    expect(read("The mayor called for calm.")).toEqual([]);
    expect(read("The mayor called the minister on Monday.")).toEqual([]);
  });

  it("keeps the particle with the verb as written (« pleaded for », « asked for »), so the verb reads whole before what was asked", () => {
    const r = new SpeechReader("en");
    splitSentences("Mira Olsen pleaded for a full refund. The mayor asked for a recount.").forEach((s, i) => r.read(i, s.text));
    expect(r.quotes.map((q) => `${q.verb} | ${q.text}`)).toEqual(["pleaded for | a full refund", "asked for | a recount"]);
  });

  it("leaves the conjunction out when the next verb of the sentence cuts what was asked", () => {
    expect(read("The chairwoman demanded a fresh count and urged the clerks to seal the ballot boxes.")).toEqual([
      "chairwoman | indirect | a fresh count",
      "chairwoman | indirect | the clerks to seal the ballot boxes.",
    ]);
  });
});

describe("a fronted phrase of time before the subject and its apposition", () => {
  it("keeps « Ce matin, le recteur, X, a confirmé le départ … » a subject before its verb, not a clause the verb inverts", () => {
    expect(read("Ce matin, le recteur, Paul Ravel, a confirmé le départ de trois professeurs.", "fr")).toEqual(["Paul Ravel | indirect | le départ de trois professeurs"]);
    expect(read("Ce vendredi, l'entraîneuse du club, Léa Marchal, a confirmé le départ de deux joueuses.", "fr")).toEqual(["Léa Marchal | indirect | le départ de deux joueuses"]);
  });
});

describe("an adverb set off by commas between the subject and its verb", () => {
  it("reads « The board, however, said … » and « Le conseil, toutefois, a déclaré … » as the board's words", () => {
    expect(read("The Harbour Board, meanwhile, said any closures should be brief.")).toEqual(["Harbour Board | indirect | any closures should be brief."]);
    expect(read("Tom Reddy, separately, said the quay would close.")).toEqual(["Tom Reddy | indirect | the quay would close."]);
    expect(read("Le conseil, toutefois, a déclaré que le pont rouvrira.", "fr")).toEqual(["conseil | indirect | le pont rouvrira."]);
  });

  it("leaves a one-word name in -ly set off by commas the subject (« Her nephew, Billy, said … »)", () => {
    expect(read("Her nephew, Billy, said the farm was sold.")).toEqual(["Billy | indirect | the farm was sold."]);
    expect(read("The ferry's cook, Molly, said the galley was flooded.")).toEqual(["Molly | indirect | the galley was flooded."]);
  });
});

describe("a bare plural speaker after the verb that closes the sentence", () => {
  it("reads « …, say local officials. » and « …, said residents, who … » as their words (English has bare plurals)", () => {
    expect(read("The bridge will close in May, say local officials.")).toEqual(["local officials | indirect | The bridge will close in May"]);
    expect(read("The bridge will close in May, said residents, who fear the worst.")).toEqual(["residents | indirect | The bridge will close in May"]);
  });
});

describe("a French word right after a preposition", () => {
  it("is no verb (« par rapport à » does not report), so the clause before an inverted verb runs whole", () => {
    expect(read("Les ventes ont reculé de quatre pour cent par rapport à l'an passé, a indiqué la directrice du magasin, Léa Marchal.", "fr")).toEqual([
      "Léa Marchal | indirect | Les ventes ont reculé de quatre pour cent par rapport à l'an passé",
    ]);
    expect(read("Le maire a répondu en affirmant que le pont rouvrira.", "fr")).toEqual(["maire | indirect | le pont rouvrira."]);
  });
});

describe("a group of people named by their plural role noun", () => {
  it("speaks: « Museum bosses insist … », « Trois juges du tribunal ont estimé … »", () => {
    expect(read("Museum bosses insist the paintings were insured.")).toEqual(["Museum bosses | indirect | the paintings were insured."]);
    expect(read("Trois juges du tribunal ont estimé que la loi était claire.", "fr")).toEqual(["juges du tribunal | indirect | la loi était claire."]);
  });
});

describe("a subject and its verb after the words they report, then where they were said", () => {
  it("reads « …, X said on the radio. » as X's words (English « on » is a time word and a preposition)", () => {
    expect(read("The bridge will stay shut, Ana Ruiz said on the radio.")).toEqual(["Ana Ruiz | indirect | The bridge will stay shut"]);
    expect(read('"Nobody is hurt," volunteers wrote on social media.')).toEqual(["volunteers | direct | Nobody is hurt"]);
  });
});

describe("« the latter » as a subject", () => {
  it("is the person named last, not a new speaker called « latter »", () => {
    expect(read("Ana Ruiz met Tom Reddy on Monday. The latter said the bridge would reopen in May.")).toEqual(["Tom Reddy | indirect | the bridge would reopen in May."]);
    expect(read("Le maire a reçu lundi le préfet Paul Ravel. Ce dernier a affirmé que le pont rouvrira en mai.", "fr")).toEqual(["Paul Ravel | indirect | le pont rouvrira en mai."]);
  });
});

describe("a clause after the verb that opens on a description of a person", () => {
  it("is what was said, not a speaker closing the sentence (« X, a councillor, said the mayor should resign. »)", () => {
    expect(read("Tom Reddy, a councillor, said the mayor should resign.")).toEqual(["Tom Reddy | indirect | the mayor should resign."]);
    expect(read("Tom Reddy, a councillor, said the mayor resigned.")).toEqual(["Tom Reddy | indirect | the mayor resigned."]);
    expect(read("The vote was close, said the retired mayor.")).toEqual(["retired mayor | indirect | The vote was close"]);
  });
});

describe("members listed after a group, set off by commas", () => {
  it("are not the subject: the group speaks (« Three councillors, including X, said … », « Les élus, notamment X, ont affirmé … »)", () => {
    expect(read("Three councillors, including Tom Reddy, said the mayor should resign.")).toEqual(["councillors | indirect | the mayor should resign."]);
    expect(read("Les élus, notamment Paul Ravel, ont affirmé que le maire devait démissionner.", "fr")).toEqual(["élus | indirect | le maire devait démissionner."]);
  });
});

describe("a few words quoted inside a noun phrase said", () => {
  it("belong to it (« a regretté le manque de moyens humains dans les « petites écoles » »)", () => {
    expect(read("La syndicaliste Léa Marchal a regretté le manque de moyens humains dans les «petites écoles».", "fr")).toEqual([
      "Léa Marchal | indirect | le manque de moyens humains dans les «petites écoles»",
    ]);
  });
});
