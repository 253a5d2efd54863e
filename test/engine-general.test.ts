import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import type { Figure, Story } from "../src/story/schema.js";
import { ingest } from "../src/story/ingest.js";

/**
 * An invented dispatch (every name, number and sentence made up) for questions phrased in ways
 * the engine's own examples do not use: an answer must be about what was asked, or a decline.
 */
const SENTENCES = [
  "La Roumanie a lancé mardi l'exercice « Rempart du Danube », qui doit s'achever le 14 mai, avec quelque 6 000 soldats mobilisés, a annoncé le ministère roumain de la Défense.",
  "La ministre de la Défense, Ioana Rădulescu, a indiqué que l'exercice mobilisait aussi une trentaine d'avions, dont des F-16 et des MiG-21.",
  "Le général Mihai Dobre, commandant des forces terrestres, a assuré que « les troupes sont prêtes ».",
  "Moscou masse depuis mars quelque 40 000 soldats près de la frontière moldave, selon le renseignement roumain.",
  "Le porte-parole du Kremlin, Pavel Zorine, 58 ans, a dénoncé une « escalade inutile ».",
  "Le plan de modernisation de l'armée, d'une valeur de 3 milliards d'euros, prévoit l'achat de 54 chars.",
  "Une colonne de véhicules a été endommagée près de Galați, selon une source militaire, qui n'a pas donné de chiffre sur les blessés.",
  "La présidence roumaine a salué un exercice « réussi ».",
];

const at = (fragment: string): number => {
  const i = SENTENCES.findIndex((s) => s.includes(fragment));
  if (i < 0) throw new Error(`fixture: no sentence holds ${fragment}`);
  return i;
};

function figure(text: string, value: number, category: Figure["category"], claimedBy: string | null, counted: string | null, approx: Figure["approx"] = "exact"): Figure {
  return { value, approx, unit: counted, category, text, sentence: at(text), claimedBy, counted };
}

function story(): Story {
  return {
    schemaVersion: 1,
    slug: "rempart-danube",
    lang: "fr",
    title: "La Roumanie a lancé un exercice",
    dateline: { place: "Bucarest", date: null, agency: null, text: "(Bucarest)" },
    dispatches: [{ index: 0, sha256: "b".repeat(64), firstSentence: 0, sentenceCount: SENTENCES.length }],
    sentences: SENTENCES.map((text, index) => ({ index, paragraph: index, dispatch: 0, text, start: 0, end: text.length })),
    speakers: [
      { name: "ministère roumain de la Défense", aliases: ["le ministère"], kind: "organization", role: null, gender: "m", mentions: [0] },
      { name: "Ioana Rădulescu", aliases: ["Rădulescu", "La ministre de la Défense"], kind: "person", role: "ministre de la Défense", gender: "f", mentions: [1] },
      { name: "Mihai Dobre", aliases: ["Dobre", "le général Mihai Dobre"], kind: "person", role: "commandant des forces terrestres", gender: "m", mentions: [2] },
      { name: "Pavel Zorine", aliases: ["Zorine", "Le porte-parole du Kremlin"], kind: "person", role: "porte-parole du Kremlin", gender: "m", mentions: [4] },
      { name: "présidence roumaine", aliases: [], kind: "organization", role: null, gender: "f", mentions: [7] },
    ],
    people: [],
    quotes: [
      { speaker: "Ioana Rădulescu", text: "l'exercice mobilisait aussi une trentaine d'avions, dont des F-16 et des MiG-21", kind: "indirect", sentence: 1, verb: "a indiqué" },
      { speaker: "Mihai Dobre", text: "les troupes sont prêtes", kind: "direct", sentence: 2, verb: "a assuré" },
      { speaker: "Pavel Zorine", text: "escalade inutile", kind: "direct", sentence: 4, verb: "a dénoncé" },
      { speaker: "présidence roumaine", text: "réussi", kind: "direct", sentence: 7, verb: "a salué" },
    ],
    figures: [
      figure("quelque 6 000 soldats", 6000, "troops", "ministère roumain de la Défense", "soldats", "about"),
      figure("une trentaine d'avions", 30, "equipment", "Ioana Rădulescu", "avions", "about"),
      figure("quelque 40 000 soldats", 40000, "troops", null, "soldats", "about"),
      figure("3 milliards d'euros", 3e9, "money", null, "euros"),
      figure("54 chars", 54, "equipment", null, "chars"),
      figure("58 ans", 58, "age", null, "ans"),
    ],
    unstated: [{ what: "chiffre", by: "une source militaire", category: "other", text: "qui n'a pas donné de chiffre", sentence: at("Galați") }],
    places: [
      { text: "Roumanie", sentence: 0 },
      { text: "Moscou", sentence: 3 },
    ],
    dates: [
      { text: "mardi", sentence: 0 },
      { text: "le 14 mai", sentence: 0 },
      { text: "depuis mars", sentence: 3 },
    ],
  };
}

const engine = createEngine(story());
const ask = (q: string): Reply => engine.ask(q, emptyConversation()).reply;
const declined = (q: string) => expect(ask(q).answered, q).toBe(false);

describe("counts must be about what was asked", () => {
  it("a nationality given as a capital still qualifies a count", () => {
    expect(ask("Combien de soldats russes sont massés près de la frontière ?").text).toContain("40 000");
    expect(ask("How many Russian troops are massed near the border?").text).toContain("40 000");
  });

  it("declines a count of another nationality's troops", () => {
    declined("How many Hungarian troops are deployed?");
    declined("Combien de militaires bulgares participent ?");
  });

  it("declines when what happened to the counted thing is not in the figure's sentence", () => {
    declined("Combien de soldats ont déserté ?");
    declined("How many soldiers defected to the other side this year?");
  });

  it("says a number was not given when a clause says so about what was asked", () => {
    const r = ask("Combien de blessés près de Galați ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/pas été précisé|not given/);
  });
});

describe("paraphrased counts", () => {
  it("« take part » and « mobilisés » say the same of troops", () => {
    expect(ask("How many Romanian soldiers take part?").text).toContain("6 000");
    expect(ask("Combien de soldats roumains participent ?").text).toContain("6 000");
  });

  it("a « no figure given » about something else does not answer", () => {
    declined("How many homes were damaged?");
  });

  it("a qualifier of the counted noun does not hide the noun", () => {
    expect(ask("How many battle tanks will the plan buy?").text).toContain("54 chars");
    declined("How many artillery shells?");
  });
});

describe("who holds an office", () => {
  it("reads « who commands » as asking for the holder of a command", () => {
    expect(ask("Qui commande les forces terrestres ?").text).toContain("Dobre");
    expect(ask("Who commands the land forces?").intent).toBe("who_is");
  });

  it("finds an official the dateline's country does not need to name", () => {
    expect(ask("Who is the Romanian defence minister?").text).toContain("Rădulescu");
  });

  it("declines an office nobody in the story holds", () => {
    declined("Qui est le ministre hongrois de la Défense ?");
    declined("Comment s'appelle l'ambassadeur américain ?");
    declined("What is the name of the Romanian president?");
  });

  it("lists only the officials of the nationality asked", () => {
    const r = ask("Which Romanian officials are quoted?");
    expect(r.text).toContain("Rădulescu");
    expect(r.text).toContain("Dobre");
    expect(r.text).not.toContain("Zorine");
  });
});

describe("which kind of equipment", () => {
  it("names the models of the kind asked", () => {
    const r = ask("Quels avions participent à l'exercice ?");
    expect(r.intent).toBe("equipment");
    expect(r.text).toContain("F-16");
    expect(ask("What kind of jets are involved?").text).toContain("MiG-21");
  });

  it("declines a kind the story never mentions", () => {
    declined("Quels navires sont engagés ?");
    declined("What type of submarines were seen?");
  });
});

describe("when, until when, since when", () => {
  it("gives the end date for « until when »", () => {
    expect(ask("Until when will the drills last?").text).toContain("14 mai");
    expect(ask("Jusqu'à quand dure l'exercice ?").text).toContain("14 mai");
  });

  it("gives the start for « since when »", () => {
    expect(ask("Depuis quand Moscou masse-t-il des soldats ?").text).toContain("mars");
  });

  it("does not guess a place or a date for a question without such a cue", () => {
    declined("Which two parties boycotted the meeting?");
  });
});

describe("ages", () => {
  it("does not give someone the age of another person", () => {
    expect(ask("How old is Pavel Zorine?").text).toContain("58");
    declined("Quel âge a le général Dobre ?");
  });
});

describe("lengths and durations", () => {
  it("« how long is the X » asks a length, « combien de temps » a duration or an end date", () => {
    expect(ask("Combien de temps durera l'exercice ?").text).toContain("14 mai");
    expect(ask("How long will the drills go on?").text).toContain("14 mai");
  });
});

describe("money", () => {
  it("reads « worth » and « vaut » as asking an amount", () => {
    expect(ask("How much is the modernisation plan worth?").text).toContain("3 milliards");
    expect(ask("Combien vaut le plan de modernisation ?").text).toContain("3 milliards");
    expect(ask("How big is the modernisation plan?").text).toContain("3 milliards");
  });

  it("does not answer a unit price with a total", () => {
    declined("Quel est le prix d'un char ?");
    declined("What is the cost of a single tank?");
  });
});

describe("where", () => {
  it("reads a place phrase the place list lacks", () => {
    expect(ask("Où la colonne de véhicules a-t-elle été endommagée ?").text).toContain("Galați");
  });
});

/**
 * Whole-story questions on an invented dispatch whose first sentence is a standfirst's side
 * detail: the answer leads with the sentence the rest of the story is about, in a few of its
 * words (never a pasted sentence), names who is most present, and cites what it used.
 */
describe("whole-story questions", () => {
  const DISPATCH = `Lindmoor votes to close its coal plant

The vote came a week after a storm flooded the old harbour warehouses of the town.
The Lindmoor regional assembly voted on Tuesday to close the Kestrel coal plant by 2030, ending a decade of protests by residents.
The Kestrel plant employs 900 workers, according to its owner, Brannock Energy.
Assembly president Olga Varnis said the closure of the Kestrel plant would be phased over five years.
Brannock Energy said it would appeal the vote on the plant.
Residents near the Kestrel plant have complained of smoke for years, Varnis said.
A local teacher, Ivo Pell, welcomed the vote.`;
  const engine = createEngine(ingest(DISPATCH, { slug: "lindmoor-coal" }));
  const whole = (q: string): Reply => engine.ask(q, emptyConversation()).reply;
  const quoted = (text: string): string[] => [...text.matchAll(/[“«]\s*([^”»]*)[”»]/g)].map((m) => m[1]!);

  it("leads with the central sentence, not the standfirst's side detail", () => {
    for (const q of ["tl;dr", "what happened?", "résume l'article stp"]) {
      const r = whole(q);
      expect(r.intent).toBe("summary");
      expect(r.text).toMatch(/Kestrel/);
      expect(r.text).toMatch(/close/);
      expect(r.text).not.toMatch(/storm/);
      const central = engine.story.sentences.findIndex((x) => x.text.includes("regional assembly voted"));
      expect(r.citations.map((c) => c.sentence)).toContain(central);
    }
  });

  it("says it in short pieces of the story's words, never a whole sentence", () => {
    const r = whole("tl;dr");
    const pieces = quoted(r.text);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    // a cut inside a quotation (« …w1… w2… ») ends one piece and starts the next
    for (const p of pieces.flatMap((x) => x.split(/…\s+/))) expect(p.replace(/…/g, " ").trim().split(/\s+/).length).toBeLessThanOrEqual(10);
  });

  it("a long lead gives what happened after its subject and verb too, one word apart from them", () => {
    const r = whole("tl;dr");
    const lead = /^In short: “([^”]*)”/.exec(r.text)?.[1] ?? "";
    expect(lead).toMatch(/voted/);
    expect(lead).toMatch(/protests|decade|2030/);
    const [head, tail] = lead.split(/…\s+/);
    expect(tail).toBeTruthy();
    // the two pieces are never one run of the story's words
    const story = engine.story.sentences.map((x) => x.text).join(" ");
    expect(story).not.toContain(`${head!.replace(/^…/, "").split(" ").pop()} ${tail!.split(" ")[0]}`);
  });

  it("names first whoever the story is most about, with their role", () => {
    const r = whole("tl;dr");
    const who = /Who: ([^.]*)\./.exec(r.text)?.[1] ?? "";
    expect(who.split(";")[0]).toContain("Olga Varnis");
    expect(r.text).toMatch(/Brannock Energy/);
  });
});
