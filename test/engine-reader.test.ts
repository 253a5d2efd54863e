import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { evidenceTuning, read, readerTuning, whOf } from "../src/engine/answers/reader.js";
import type { Ctx } from "../src/engine/context.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { fold } from "../src/story/text.js";
import { keysOf } from "../src/engine/index.js";

/**
 * The general reader, end to end through the real ingest: two invented dispatches (every name,
 * number and sentence made up), one English and one French, asked in both languages the way
 * readers type. Each kind of question is checked for the answer proper — short, in the reader's
 * words, the sentence cited beneath — and for the number that must not be given.
 */
const EN = `Harbourton council votes to ban rental e-bikes after a year of complaints

The Harbourton city council voted on Monday to ban rental electric bikes from the city centre, ending a two-year trial that drew more than 4,000 complaints from residents.
Police handed out 312 fines to riders during the trial, while the two operators, Zipline and Cogwheel, logged 250,000 trips.
Mayor Ruth Okafor said the decision was taken because riders kept leaving bikes on pavements.
"We gave the companies every chance to fix this," Okafor told reporters.
The operators will have to remove their bikes by March 31.
Council member Dan Whitlow, a long-time critic of the scheme, said the city had lost about $2 million in repairs.
Shares in Cogwheel fell 7% on the news.
Private bikes will still be allowed in the centre.`;

const FR = `Le village de Montbrac ferme son école faute d'élèves

Le conseil municipal de Montbrac a voté jeudi la fermeture de l'école primaire du village, qui ne comptait plus que 11 élèves cette année contre 48 en 2010.
La maire, Claire Dufrêne, a expliqué que la commune ne pouvait plus payer les 90 000 euros annuels d'entretien du bâtiment.
Les élèves seront accueillis à la rentrée à Saint-Alban, à 14 kilomètres.
Selon l'inspection académique, 23 écoles rurales ont fermé dans le département depuis 2015.
Des parents ont lancé une pétition qui a recueilli 1 200 signatures.`;

function engineFor(text: string, slug: string) {
  return createEngine(ingest(text, { slug }));
}

const en = engineFor(EN, "harbourton-bikes");
const fr = engineFor(FR, "montbrac-ecole");

function ask(engine: ReturnType<typeof engineFor>, q: string): Reply {
  return engine.ask(q, emptyConversation()).reply;
}

/** The answer proper never pastes a whole sentence of the story: at most a few of its words. */
function longestCopiedRun(answer: string, story: string): number {
  const a = fold(answer).split(/[^a-z0-9]+/).filter(Boolean);
  const hay = ` ${fold(story).split(/[^a-z0-9]+/).filter(Boolean).join(" ")} `;
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + 1; j <= a.length && hay.includes(` ${a.slice(i, j).join(" ")} `); j++) best = Math.max(best, j - i);
  return best;
}

describe("what kind of answer a question wants", () => {
  it("reads the question word in both languages", () => {
    expect(whOf("how many fines did police hand out")).toBe("count");
    expect(whOf("combien coute l'entretien")).toBe("money");
    expect(whOf("by how much did the shares fall")).toBe("percent");
    expect(whOf("en quelle annee y avait-il 48 eleves")).toBe("year");
    expect(whOf("why was the ban voted")).toBe("why");
    expect(whOf("ou iront les eleves")).toBe("where");
    expect(whOf("which companies ran the bikes")).toBe("who");
    expect(whOf("will private bikes still be allowed")).toBe("yesno");
    expect(whOf("how long did the trial last")).toBe("duration");
  });
  it("reads a question for a name in any tense (« comment s'appelait », « ont quel nom »), so a sentence without the name is no answer", () => {
    expect(whOf("comment s'appelait le plus vieux pecheur ?")).toBe("who");
    expect(whOf("les manoeuvres ont quel nom ?")).toBe("who");
    expect(whOf("what name did the operators give the scheme")).toBe("who");
  });
});

describe("numbers that agree with what is asked", () => {
  it("gives the count of the thing asked, not another number of the same sentence", () => {
    const r = ask(en, "How many fines did the police hand out?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("312");
    expect(r.text).not.toContain("250,000");
  });
  it("answers a French question on an English story through the lexicon", () => {
    const r = ask(en, "Combien d'amendes la police a-t-elle distribuées ?");
    expect(r.text).toContain("312");
    expect(r.lang).toBe("fr");
  });
  it("gives an amount of money for « how much », not a count", () => {
    const r = ask(fr, "How much does the school building cost to maintain?");
    expect(r.text).toContain("90 000");
    expect(r.text).not.toContain("11 ");
  });
  it("gives a share for « by how much did … fall »", () => {
    expect(ask(en, "By how much did Cogwheel shares fall?").text).toContain("7%");
  });
  it("declines when no number counts what is asked", () => {
    const r = ask(en, "How many bikes did the operators own?");
    expect(r.answered).toBe(false);
    // it says what it does not give, and what it gives for other things
    expect(r.text).toMatch(/no number of bikes/);
  });
  it("declines a count of something the story never mentions", () => {
    expect(ask(fr, "Combien d'enseignants travaillaient à l'école ?").answered).toBe(false);
  });
});

describe("dates, places, people, reasons", () => {
  it("gives the date of what is asked", () => {
    const r = ask(en, "By when must the operators remove their bikes?");
    expect(r.text).toMatch(/March 31/);
  });
  it("gives the place, with the story's distance when it is there", () => {
    const r = ask(fr, "Où iront les élèves à la rentrée ?");
    expect(r.text).toContain("Saint-Alban");
  });
  it("names who the question asks for, with a role found in an apposition", () => {
    const r = ask(en, "Who is Dan Whitlow?");
    expect(r.text).toMatch(/critic|council member/i);
  });
  it("gives the reason after « because »", () => {
    const r = ask(en, "Why did the council ban the bikes?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/pavements/);
  });
  it("answers a yes/no question with the clause that settles it", () => {
    const r = ask(en, "Will private bikes still be allowed?");
    expect(r.text).toMatch(/allowed/);
  });
  it("reports what someone said without quotation marks, marked as reported", () => {
    const r = ask(en, "What did Whitlow say?");
    expect(r.text).toMatch(/\$2 million|2 million/);
    expect(r.text).toMatch(/not a direct quote|reported/i);
  });
});

describe("roles written around a name", () => {
  const text = `Hillford names a new port chief

Nadia Ferrante was named the new director of the Hillford port authority on Friday.
Westgate Shipping President Omar Delacroix welcomed the choice.
The appointment was criticised by Lena Okoro, a lawyer for the dockers' union.`;
  const e = engineFor(text, "hillford-port");
  it("reads « X was named the new director of … »", () => {
    expect(ask(e, "Who is Nadia Ferrante?").text).toMatch(/director of the Hillford port authority/);
  });
  it("reads a title before the name with what qualifies it", () => {
    expect(ask(e, "Who is Omar Delacroix?").text).toMatch(/Westgate Shipping President/);
  });
  it("reads an apposition after the name", () => {
    expect(ask(e, "who's lena okoro").text).toMatch(/lawyer for the dockers/);
  });
});

describe("the answer proper and its citations", () => {
  const questions: [ReturnType<typeof engineFor>, string, string][] = [
    [en, "How many fines did the police hand out?", EN],
    [en, "Why did the council ban the bikes?", EN],
    [en, "By when must the operators remove their bikes?", EN],
    [fr, "Où iront les élèves à la rentrée ?", FR],
    [fr, "Combien d'écoles rurales ont fermé dans le département ?", FR],
  ];
  it.each(questions)("cites the sentence beneath instead of pasting it (%#)", (engine, q, text) => {
    const r = ask(engine, q);
    expect(r.answered).toBe(true);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(longestCopiedRun(r.text, text)).toBeLessThan(12);
  });
});

describe("questions that name someone but ask a fact, not their words", () => {
  const text = `Fisheries minister opens market in Karvik

Fisheries minister Tomas Reyle flew to Karvik on Tuesday to open a new covered fish market on the harbour front.
Reyle, 54, was a trawler captain for twenty years before entering politics.
He said the market would create 80 jobs.
The market cost the regional government 3 million euros.`;
  const e = engineFor(text, "karvik-market");
  it("answers from the sentence that holds the fact, with the words after the question's own", () => {
    const r = ask(e, "What did Reyle open?");
    expect(r.answered).toBe(true);
    expect(r.intent).toBe("read");
    expect(r.text).toMatch(/fish market/);
    expect(r.citations[0]?.text).toMatch(/^Fisheries minister Tomas Reyle flew/);
  });
  it("answers a yes/no question about the person from the story", () => {
    expect(ask(e, "Was Reyle a trawler captain?").text).toMatch(/trawler captain/);
  });
  it("still gives the person's words when the question asks for them", () => {
    const r = ask(e, "What did Reyle say about jobs?");
    expect(r.intent).toBe("said");
    expect(r.text).toMatch(/80 jobs/);
  });
  it("declines a fact about the person the story does not hold, instead of giving their quotes", () => {
    for (const q of ["What did Reyle eat for breakfast?", "Did Reyle visit the hospital?"]) {
      const r = ask(e, q);
      expect(r.answered).toBe(false);
      expect(r.text).not.toMatch(/80 jobs/);
    }
  });
  it("a « how long » question is answered by a duration, never by a day of the story", () => {
    expect(ask(e, "How long was Reyle a trawler captain?").text).toMatch(/twenty years/i);
    const r = ask(e, "How long has Reyle been minister?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/Tuesday/);
  });
  it("nor by the time of day something happened at (« à 16 heures »)", () => {
    const fr = engineFor(
      `Démission du ministre

Le ministre de la Santé, Paul Verdier, a présenté sa démission ce vendredi à 16 heures au palais présidentiel.`,
      "demission",
    );
    expect(ask(fr, "How long has Verdier been health minister?").text).not.toMatch(/16/);
  });
  it("reports how sure the reader is, and declines below the calibrated threshold", () => {
    const r = ask(e, "What did Reyle open?");
    expect(r.confidence).toBeGreaterThanOrEqual(readerTuning.free);
    const saved = { ...readerTuning };
    const bars = { ...evidenceTuning };
    try {
      // the evidence fallback's bars too: it reads a plain decline again (test/engine-evidence-fallback.test.ts)
      readerTuning.free = 1.01;
      Object.assign(evidenceTuning, { clause: 2, settled: 2 });
      expect(ask(e, "What did Reyle open?").answered).toBe(false);
    } finally {
      Object.assign(readerTuning, saved);
      Object.assign(evidenceTuning, bars);
    }
  });
});

describe("elliptical follow-ups read the sentences the last answer cited", () => {
  const text = `Grain barge runs aground on the Lenne river

A grain barge ran aground on the Lenne river near Ostrel early on Sunday, blocking traffic for hours.
The crew of four was rescued by firefighters.
The barge had left the port of Kessa the day before, carrying 900 tonnes of wheat.
The river authority said the channel had not been dredged since 2019.`;
  const e = engineFor(text, "lenne-barge");
  function conversation(questions: string[]): Reply[] {
    let state = emptyConversation();
    return questions.map((q) => {
      const r = e.ask(q, state);
      state = r.state;
      return r.reply;
    });
  }
  it("« when? » after a place is the date of the same event, not another date of the story", () => {
    const [where, when] = conversation(["Where did the barge run aground?", "when?"]);
    expect(where!.text).toContain("Ostrel");
    expect(when!.answered).toBe(true);
    expect(when!.text).toMatch(/Sunday/);
    expect(when!.text).not.toContain("2019");
    expect(when!.citations[0]?.sentence).toBe(where!.citations[0]?.sentence);
  });
  it("a bare « when? » with nothing before it is declined rather than guessed", () => {
    expect(conversation(["when?"])[0]!.answered).toBe(false);
  });
  it("the state carries the cited sentences; after a decline none (« when? » then asks of what the story lacks)", () => {
    let state = emptyConversation();
    state = e.ask("Where did the barge run aground?", state).state;
    const cited = state.lastCites;
    expect(cited?.length).toBeGreaterThan(0);
    state = e.ask("Who insured the cargo?", state).state;
    expect(state.lastCites ?? []).toEqual([]);
    expect(e.ask("when?", state).reply.text).not.toMatch(/Sunday/);
  });
  it("a yes/no follow-up whose words the last answer's sentence does not hold is declined, not answered with that sentence", () => {
    const [where, yesno] = conversation(["Where did the barge run aground?", "was it foggy?"]);
    expect(where!.answered).toBe(true);
    expect(yesno!.answered).toBe(false);
  });
  it("« who » is the agent of a passive verb when the story names no person", () => {
    const r = conversation(["Who rescued the crew?"])[0]!;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Firefighters/);
  });
});

describe("« what is X » read from the way news writing defines things", () => {
  const text = `Tax agency to hire collectors

The budget has allocated 4 billion to the Northland Revenue Agency (NRA) for hiring.
Over the medium-term budget framework (MTBF) the agency gets more.
La décision de l'Agence nationale des routes et des ponts (ANRP) surprend.
The Kestrel, a civilian patrol vessel, was damaged near Orso Island (Isla Orso), a disputed islet in the Varn archipelago.
Farmers may no longer use the fungicide zorbanil after June.
The annual Dragonfly, or Lightning, exercises began on Monday.`;
  const e = engineFor(text, "definitions");
  it.each([
    ["what is the NRA?", /^NRA: Northland Revenue Agency\./],
    ["what does MTBF stand for", /medium-term budget framework/],
    ["c'est quoi l'ANRP ?", /Agence nationale des routes et des ponts/],
    ["what is the kestrel", /a civilian patrol vessel/],
    ["c'est quoi orso island", /a disputed islet in the Varn archipelago/],
    ["what's zorbanil?", /fungicide/],
    ["what does dragonfly mean", /Lightning/],
  ])("%s", (q, expected) => {
    const r = ask(e, q);
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(expected);
    expect(r.citations.length).toBe(1);
  });
  it("a thing the story never defines is not defined from a nearby word", () => {
    expect(ask(e, "what is the Varn archipelago?").text).not.toMatch(/^Varn archipelago:/);
  });
});

describe("« what does X stand for » read from the bracket after the name", () => {
  // an acronym's spelled-out name, or a foreign name's translation, in brackets after it
  const text = `Police reform debated

The petition against the BLX has gathered signatures for a week.
The BLX (Brigade for Lightning Exits) was created three years ago.
The navy's new operation 'Tor-e-Vashan' (Bright Harbour) began on Friday near the Orvan coast.
Critics say the naval operation Tor-e-Vashan costs too much.`;
  const e = engineFor(text, "bracket-gloss");
  it.each([
    ["what does BLX stand for", /Brigade for Lightning Exits/],
    ["c'est quoi la BLX ?", /Brigade for Lightning Exits/],
    ["ça veut dire quoi Tor-e-Vashan ?", /^Tor-e-Vashan : .*Bright Harbour/],
  ])("%s", (q, expected) => {
    const r = ask(e, q);
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(expected);
  });
  it("« what is X » prefers what the story calls X to the translation of its name", () => {
    expect(ask(e, "what is Tor-e-Vashan?").text).toMatch(/operation/);
  });
  it("a bracket holding a year or a figure defines nothing", () => {
    const f = engineFor(`Vote in Orvan\n\nThe OPX (2019) rules were changed on Monday by the council.`, "bracket-year");
    expect(ask(f, "what does OPX stand for").text).not.toMatch(/2019/);
  });
});

describe("« what is X » when X is written as part of a longer name or after its common noun", () => {
  const fr = engineFor(
    `L'armée déploie de nouveaux lanceurs

L'armée de Valdor a déployé mardi une batterie de lanceurs mobiles Vartok-9 près de la frontière.
Le ministre de la Défense, Jean Corvel, a rappelé que ces armes restaient défensives.`,
    "lanceurs-valdor",
  );
  const en = engineFor(
    `Fishing boat damaged

A fishing boat was damaged near Kelso Island (Isla Kelso), a garrisoned outpost in the Varn archipelago.`,
    "kelso",
  );
  it("gives the common noun a designation follows (« des lanceurs mobiles X »)", () => {
    expect(ask(fr, "c'est quoi le Vartok-9 ?").text).toMatch(/^Vartok-9 : lanceurs mobiles\./);
  });
  it("quotes it in the story's words for a reader of the other language", () => {
    expect(ask(fr, "what is the Vartok-9?").text).toMatch(/^Vartok-9: “lanceurs mobiles”\./);
  });
  it("reads the apposition after the whole name when only its first word is asked", () => {
    expect(ask(en, "what is kelso?").text).toMatch(/^Kelso Island: a garrisoned outpost in the Varn archipelago\./);
  });
  it("a French verb after a comma is no apposition (« X, a rappelé »)", () => {
    expect(ask(fr, "what is Corvel?").text).not.toMatch(/^(?:Jean )?Corvel: /);
  });
});

describe("« what is the name of … »", () => {
  const text = `Boy dies after river accident

A 12-year-old boy has died, announced Nadia Holt, the head of the county police.
The navy sent the patrol ship Vigilant to search the estuary.`;
  const e = engineFor(text, "river-accident");
  it("gives the name written beside the noun asked", () => {
    expect(ask(e, "What's the name of the patrol ship?").text).toMatch(/Vigilant/);
  });
  it("reads « what is it called? » with its question mark as asking for a name, and the English name written before its noun", () => {
    const drills = engineFor(
      `Navies start drills

The joint Ruritanian-Borduvian exercises began on Monday, Ruritanian commander Ilse Marr told reporters.
The yearly Grey Heron, or Heron, exercises will rehearse the defence of the northern coast.`,
      "heron-drills",
    );
    for (const q of ["What are the exercises called?", "what's the name of the exercises"]) {
      const r = ask(drills, q);
      expect(r.text, q).toMatch(/^Grey Heron\b/);
    }
  });
  it("does not give the name of whoever reported it as the name asked", () => {
    const r = ask(e, "What's the name of the boy who died?");
    expect(r.text).not.toMatch(/Holt/);
  });
  it("« what's X's name? » is declined when the story gives X only as a description", () => {
    const unnamed = engineFor(
      `Water warning

Farmers must stop using the product at once, a spokesman for the water board told the agency.`,
      "water-warning",
    );
    expect(ask(unnamed, "what's that spokesman's name?").answered).toBe(false);
    expect(ask(unnamed, "il s'appelle comment le porte-parole ?").answered).toBe(false);
  });
});

/**
 * Yes/no questions: « yes » only when the span shown holds every word asked, « no » when a
 * negation (or a verb that rules out) stands near them, the clause alone when it does not settle
 * it, a plain decline when no sentence holds the question.
 */
describe("yes/no questions", () => {
  const e = engineFor(
    `Bridge shut after crack found

The Tarrow bridge was closed to traffic immediately after engineers found a crack in its main span on Friday.
Police rule out sabotage at this stage of the inquiry into the crack.
Engineers said the bridge would stay shut for at least two weeks.
The ferry between the two banks will run extra crossings.`,
    "tarrow-bridge",
  );
  it("says yes when the span it shows holds every word asked", () => {
    const r = ask(e, "was the bridge closed immediately?");
    expect(r.text).toMatch(/^Yes, according to the story: /);
    expect(r.text).toMatch(/closed/);
    expect(longestCopiedRun(r.text, e.story.sentences.map((s) => s.text).join(" "))).toBeLessThan(12);
  });
  it("says no when a verb that rules out stands a few words before what is asked", () => {
    const r = ask(e, "is it sabotage?");
    expect(r.text).toMatch(/^No, according to the story: /);
    expect(r.text).toMatch(/rule out/);
  });
  it("shows the clause without a yes when the sentence lacks some of the question's words", () => {
    const r = ask(e, "will the ferry run every night?");
    expect(r.text).not.toMatch(/^Yes/);
  });
  it("declines plainly, never as another kind of question, when no sentence holds it", () => {
    const r = ask(e, "is the mayor resigning over the crack?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/person|quoted/);
  });
});

describe("« what is X », « who is X » from a defining clause or an apposition", () => {
  const fr = engineFor(
    `Le zorbanil interdit dans les vergers

Le ministère de l'Agriculture a interdit mardi le zorbanil dans les vergers du pays.
Le zorbanil est une molécule active employée contre les champignons depuis vingt ans.
Mardi soir, la ministre a reçu Paul Verneuil, président de la fédération des arboriculteurs, pour lui expliquer la décision.
La décision a été saluée par le délégué des consommateurs de la région, Marc Ollier, selon un communiqué.
Le ministère a aussi consulté Léa Brunor sur le calendrier.`,
    "zorbanil",
  );
  it("reads « X est une … » as the definition of X", () => {
    const r = ask(fr, "c'est quoi le zorbanil ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^zorbanil : une molécule active/);
  });
  it("reads a role noun written with no article after the name (« X, président de … »)", () => {
    const r = ask(fr, "c'est qui Paul Verneuil ?");
    expect(r.text).toMatch(/président de la fédération des arboriculteurs/);
  });
  it("reads the role in the apposition before the name (« le délégué de …, X »)", () => {
    const r = ask(fr, "c qui Marc Ollier ?");
    expect(r.text).toMatch(/délégué des consommateurs/);
  });
  it("declines « who is X » of a name it never defines instead of naming someone else", () => {
    const r = ask(fr, "c'est qui Léa Brunor ?");
    expect(r.text).not.toMatch(/Verneuil|Ollier/);
  });
});

describe("the news asked for in a reader's words", () => {
  const e = engineFor(EN, "harbourton-bikes-news");
  it.each(["what's the latest news here", "hé c'est quoi les news", "bonsoir, c'est quoi l'actu ?"])("%s → the summary", (q) => {
    const r = ask(e, q);
    expect(r.answered).toBe(true);
    expect(r.intent).toBe("summary");
  });
  it("a question about one thing of the story is no summary", () => {
    expect(ask(e, "what's the news about the fines?").intent).not.toBe("summary");
  });
  // what the story is about, asked with a verb of telling or the matter after a demonstrative, or of the place its lead is about
  it.each(["bonjour, ça parle de quoi ?", "what is this dispute about?", "c'est quoi cette affaire ?", "what's going on in Harbourton?"])("%s → the summary", (q) => {
    const r = ask(e, q);
    expect(r.answered).toBe(true);
    expect(r.intent).toBe("summary");
  });
  it("what happened to a thing of the story besides its lead is read from its sentence", () => {
    expect(ask(e, "what's going on with Cogwheel shares?").intent).not.toBe("summary");
  });
});

describe("a few of the story's words shown as context", () => {
  it("holds the marks of a cut to the words, so they read as no words of their own", async () => {
    const { snippet } = await import("../src/engine/compose.js");
    const s = snippet("Le conseil a voté jeudi la fermeture de l'école primaire du village faute d'élèves.", "fermeture", 5, "fr");
    expect(s).toMatch(/^« …\S/);
    expect(s).toMatch(/\S… »$/);
    expect(s.split(/\s+/).length).toBe(7);
  });
});

describe("« why » answered by a clause of cause near the question's words", () => {
  const fr = engineFor(
    `Les trottinettes bannies à Valmont

La ville de Valmont interdit les trottinettes électriques en libre-service dès l'an prochain.
En raison du nombre élevé d'accidents, le conseil a jugé l'expérience trop risquée pour les piétons.
Les opérateurs devront retirer leurs engins avant le 1er mars.`,
    "valmont-trottinettes",
  );
  it("gives the clause of cause though its sentence holds little of the question", () => {
    const r = ask(fr, "Pourquoi Valmont interdit-elle les trottinettes en libre-service ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/accidents/);
  });
  it("a why the classifier took for another kind is read as a why (never a list of people)", () => {
    const r = ask(fr, "why are scooters banned in Valmont?");
    expect(r.text).not.toMatch(/^(?:Institutions|Quoted|People)/);
  });
  it("still declines a why whose words no sentence gives a cause for", () => {
    expect(ask(fr, "Pourquoi les opérateurs ont-ils augmenté leurs prix ?").answered).toBe(false);
  });
});

describe("« why » read in the sentence after the event when that one opens on its cause", () => {
  const e = engineFor(
    `Lakeside pier closed

The town of Brinmoor closed its lakeside pier to visitors on Friday.
Because of cracks found in two of its pillars, engineers judged the structure unsafe.
Repairs are expected to take a month.`,
    "brinmoor-pier",
  );
  it("answers from the cause that opens the next sentence", () => {
    const r = ask(e, "why did Brinmoor close the pier?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/cracks/);
  });
});

describe("« which two countries … » asks for places, a count between the asking word and the kind", () => {
  const e = engineFor(
    `Council extends the observer mission

The council voted on Tuesday to extend the observer mission by a year, with eleven votes for and two abstentions.
Norland and Ostria voted against the text.`,
    "observer-mission",
  );
  it("reads the kind asked past the count", () => {
    expect(whOf("which two countries abstained in the vote")).toBe("where");
    expect(whOf("quels deux pays se sont abstenus")).toBe("where");
    expect(whOf("which other companies bid")).toBe("who");
  });
  it("declines when the sentence counts them but names none", () => {
    expect(ask(e, "Which two countries abstained in the vote?").answered).toBe(false);
  });
});

describe("an ordinal asked with the noun of an occasion (« la première fois », “the first time”)", () => {
  const e = engineFor(
    `Les chefs de la diplomatie de Valdorie et de Kestrie se rencontrent à Genève

Les ministres des Affaires étrangères de Valdorie et de Kestrie ont eu mardi à Genève un long entretien, le premier entre les deux hommes depuis la rupture des relations en 2019.
Les deux ministres ont évoqué la reprise des liaisons aériennes, selon un communiqué commun.
Le Premier ministre de Valdorie a salué un entretien « franc et utile ».
L'opposition kestrienne a jugé cet entretien prématuré.
Le premier vol entre les deux capitales pourrait avoir lieu au printemps.
Aucune date n'a été fixée pour une nouvelle rencontre.`,
    "valdorie-kestrie",
  );
  it("reads the ordinal alone: the story need not repeat « fois » or “time”", () => {
    for (const q of ["was it the first time they talked?", "Est-ce la première fois que les deux ministres ont un entretien ?"]) {
      const r = ask(e, q);
      expect(r.answered, q).toBe(true);
      expect(fold(r.text), q).toMatch(/premier/);
      expect(r.citations.map((c) => c.sentence)).toContain(1);
    }
  });
});

describe("an outcome asked of a story where it is still to come", () => {
  const e = engineFor(
    `Le tribunal de Corvenne examine le recours des riverains

Le tribunal administratif de Corvenne doit rendre sa décision le 12 mai sur le recours des riverains contre le futur incinérateur.
Les riverains dénoncent un projet « surdimensionné ».
Le préfet a défendu mardi un équipement « indispensable » pour la région.`,
    "corvenne-recours",
  );
  it("declines what was decided when the decision is pending (« doit rendre sa décision »)", () => {
    for (const q of ["Qu'a finalement décidé le tribunal ?", "What did the court decide?"]) {
      const r = ask(e, q);
      expect(r.answered, q).toBe(false);
    }
  });
  it("still answers when the question asks what is to come", () => {
    const r = ask(e, "Quand le tribunal doit-il rendre sa décision ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/12 mai/);
  });
});

describe("an age asked is a number of years", () => {
  const e = engineFor(
    `Two former ministers join the board of Kestrel Bank

Kestrel Bank said on Monday that two former ministers, Alan Moyes and Petra Lind, would join its board of twelve directors.
Petra Lind, aged 58, led the finance ministry until 2021.`,
    "kestrel-board",
  );
  it("gives the age written with its unit, and declines when the story gives none", () => {
    expect(ask(e, "How old is Petra Lind?").text).toMatch(/58/);
    const r = ask(e, "How old is Alan Moyes?");
    expect(r.answered).toBe(false);
  });
});

describe("« which countries » is answered by the list of countries the sentence names", () => {
  const e = engineFor(
    `Baltic navies to drill together

Finland, Estonia and Latvia will hold joint naval drills in the Gulf of Riga next month, the Estonian defence ministry said on Tuesday.
The exercise will involve 14 ships and about 1,500 sailors, according to the ministry.
Poland has sent observers to previous editions.`,
    "baltic-drills",
  );
  it("lists every country of the list, not the one nearest a preposition", () => {
    const r = ask(e, "Which countries are taking part in the drills?");
    expect(r.answered).toBe(true);
    for (const c of ["Finland", "Estonia", "Latvia"]) expect(r.text).toContain(c);
  });
  it("reads the nationalities of a French list (« les armées polonaise et lituanienne »)", () => {
    const f = engineFor(
      `Manœuvres conjointes près de la frontière

Les armées polonaise et lituanienne ont lancé lundi des manœuvres conjointes près de la frontière, a annoncé l'état-major polonais.
Quelque 3 000 militaires y participent jusqu'à vendredi.`,
      "manoeuvres-conjointes",
    );
    const r = ask(f, "Quels pays organisent les manœuvres ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/polonaise.*lituanienne/);
  });
  it("declines when no sentence lists countries doing what is asked", () => {
    expect(ask(e, "Which countries voted against the drills?").answered).toBe(false);
  });
});

describe("a cause given as the agent of a verb of causing (« causés par », “triggered by”)", () => {
  const flights = engineFor(
    `Flights grounded at Velmar airport

Dozens of flights were cancelled at Velmar airport on Friday.
The cancellations were triggered by a walkout of baggage handlers over unpaid overtime, the airport said.
Passengers were offered refunds or seats on later flights.`,
    "velmar-flights",
  );
  it("« what caused X » is answered by the words after « triggered by »", () => {
    const r = ask(flights, "What caused the cancellations?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/walkout of baggage handlers/);
  });
  const crues = engineFor(
    `Intempéries dans la vallée de la Sorne

Plus de 140 incidents ont été provoqués par des pluies torrentielles : routes coupées, caves noyées, glissements de terrain.
Les secours ont évacué une trentaine de familles dans la nuit de mardi à mercredi.
La préfecture a ouvert un gymnase pour les sinistrés.`,
    "sorne-pluies",
  );
  it("an English « landslide » meets a French « glissement de terrain », and the cause is read after « provoqués par »", () => {
    const r = ask(crues, "What caused the landslides?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/pluies torrentielles/);
  });
});

describe("« what is X » with X's name in quotation marks, or asked subject first (« X c'est quoi ? »)", () => {
  const brumes = engineFor(
    `Le Pont des Brumes fermé pour travaux

Le "Pont des Brumes", une passerelle suspendue au-dessus du ravin de la Sauve, a été fermé mardi pour six mois.
La gardienne du site, Odile Marchetti, a expliqué que les câbles devaient être remplacés.
Les randonneurs devront emprunter un détour de 4 kilomètres.`,
    "pont-brumes",
  );
  it("reads the apposition after a name whose quotation marks close before the comma", () => {
    const r = ask(brumes, "c'est quoi le Pont des Brumes ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Pont des Brumes : une passerelle suspendue/);
  });
  it("reads « X c'est quoi ? » and « X, c'est qui ? » as « c'est quoi X ? », « c'est qui X ? »", () => {
    expect(ask(brumes, "le Pont des Brumes c'est quoi ?").text).toMatch(/^Pont des Brumes : une passerelle suspendue/);
    const who = ask(brumes, "Marchetti, c'est qui ?");
    expect(who.text).toMatch(/^Odile Marchetti : gardienne du site/);
  });
});

describe("the verbs a question is built with (« font », \"trying to\", \"actually\") are no words the answer must hold", () => {
  const talks = engineFor(
    `Envoys arrive in Kesh

Envoys from three neighbouring states arrived in Kesh on Sunday.
The mediators hope to secure a truce before the harvest begins, officials said.
Fighting continued near the river on Monday.`,
    "kesh-mediators",
  );
  const port = engineFor(
    `Incendie au port de Valmer

Un incendie s'est déclaré lundi soir dans un entrepôt du port de Valmer.
Les pompiers arrosent depuis mardi les cuves voisines pour éviter une explosion.
Le trafic des ferries a été suspendu jusqu'à nouvel ordre.`,
    "valmer-port",
  );
  it("\"what are X trying to do\" is answered from the sentence that says what X hope to do", () => {
    const r = ask(talks, "what are the mediators trying to do?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/truce/);
  });
  it("« les pompiers font quoi ? » is answered from the sentence that says what they do", () => {
    const r = ask(port, "les pompiers font quoi ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/arrosent|cuves/);
  });
});

describe("an age is someone's: written joined to its unit (\"44-year-old\"), and only of the person asked", () => {
  const fair = engineFor(
    `Lindvik opens its autumn fair

Mayor Ilsa Brandt, who at age 61 is the region's longest-serving mayor, opened the fair on Saturday.
The 44-year-old deputy mayor, Tomas Reyes, announced a new park near the harbour.
About 3,000 visitors came on the first day.`,
    "lindvik-fair",
  );
  /** The general reader's own answer (the figures' answer to an age comes first in the engine). */
  function readOf(q: string): string {
    let ctx: Ctx | null = null;
    fair.ask(q, emptyConversation(), { inspect: (c) => (ctx = c) });
    return read(ctx!)?.parts.join(" ") ?? "";
  }
  it("« X a quel âge ? » is read from the age joined to its unit before X's name, not from another person's", () => {
    const text = readOf("Et Reyes, il a quel âge ?");
    expect(text).toMatch(/44/);
    expect(text).not.toMatch(/61/);
  });
  it("« 7 ans avant les autres » is a gap between two ages, not the age asked", () => {
    const mines = engineFor(
      `Retraite des mineurs de Varenne

Les mineurs de Varenne gardent un régime à part, a confirmé le ministère mardi.
Ils partent à la retraite 7 ans avant les autres salariés, à 55 ans.`,
      "varenne-retraite",
    );
    let ctx: Ctx | null = null;
    mines.ask("à quel âge les mineurs partent-ils à la retraite ?", emptyConversation(), { inspect: (c) => (ctx = c) });
    const text = read(ctx!)?.parts.join(" ") ?? "";
    expect(text).toMatch(/55/);
    expect(text).not.toMatch(/^7 ans/);
  });
  it("\"how old is X\" of the person whose age is written \"at age 61\" reads it, not the other age", () => {
    const text = readOf("How old is Ilsa Brandt?");
    expect(text).toMatch(/61/);
    expect(text).not.toMatch(/44/);
  });
});

describe("news words of trying and calming reach the story's own (« efforts pour apaiser »)", () => {
  const fr = createEngine(
    ingest(
      `Pêche : la querelle des deux îles s'envenime

Les chalutiers de l'île de Varn ont bloqué lundi le port de Sorel, aux portes de l'archipel voisin.
Les médiateurs multiplient les efforts pour apaiser la querelle entre les deux îles.`,
      { slug: "querelle-iles" },
    ),
  );
  it("“what are the mediators trying to do?” gives what their efforts are for", () => {
    const r = fr.ask("what are the mediators trying to do", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/apaiser/);
  });
});

describe("a year written after a name is part of the name, no date", () => {
  const e = engineFor(
    `Ostmark sends howitzers to Varia

Ostmark will deliver ten more Falke 2000 howitzers to Varia, the defence ministry said.
The first deliveries of the howitzers will follow the training of crews in 2026.`,
    "ostmark-howitzers",
  );
  function whenRead(q: string): string {
    let ctx: Ctx | null = null;
    e.ask(q, emptyConversation(), { inspect: (c) => (ctx = c) });
    return read(ctx!, { wh: "when", threshold: 0, minCoverage: 0 })?.parts.join(" ") ?? "";
  }
  it("« Falke 2000 » gives no date; « in 2026 » does", () => {
    expect(whenRead("When will Ostmark deliver the Falke howitzers to Varia?")).not.toMatch(/2000/);
    expect(whenRead("When will the training of crews take place?")).toMatch(/2026/);
  });
});

describe("the country's abbreviation (\"U.S.\", \"US\") is the nationality a question's « US » asks", () => {
  const story = engineFor(
    `Tension at the Orsk crossing

On Monday Tarnland and Velora accused the U.S. garrison of sheltering armed smugglers near the Orsk crossing.
Around 90 U.S. army personnel guard the crossing, officials said.
Trade from Velora to the US fell by a tenth last year.`,
    "orsk-crossing",
  );
  it("a sentence that writes \"the U.S. garrison\" answers a question about the US", () => {
    const r = ask(story, "what are Tarnland and Velora accusing the US of?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/smugglers|sheltering/);
  });
  it("\"how many US troops\" finds the figure of \"U.S. army personnel\"", () => {
    const r = ask(story, "how many US troops are at the crossing?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/90/);
  });
  it("\"to the US\" says where, not whose; a line in capitals says « us »", () => {
    expect([...keysOf("Trade from Velora to the US fell by a tenth.", false, true)]).not.toContain("americain");
    expect([...keysOf("THEY NEVER ASKED US FARMERS FIRST", false, true)]).not.toContain("americain");
    expect([...keysOf("Some 90 U.S. army personnel", false, true)]).toContain("americain");
  });
});

describe("« until when? » after an answer whose sentence dates the event « until … »: that date is the end", () => {
  const story = engineFor(
    `Curfew in Brenmoor extended

The curfew in Brenmoor, first imposed on 2 March, will run until 30 April, the regional council said.
Shops must close at 6pm during the curfew.`,
    "brenmoor-curfew",
  );
  const fr = engineFor(
    `Couvre-feu prolongé à Varnois

Le couvre-feu de Varnois, entré en vigueur le 2 mars, restera en place jusqu'au 30 avril, a indiqué le conseil régional.
Les commerces doivent fermer à 18h pendant le couvre-feu.`,
    "varnois-couvre-feu",
  );
  function followUp(e: ReturnType<typeof engineFor>, first: string, second: string): Reply {
    const one = e.ask(first, emptyConversation());
    return e.ask(second, one.state).reply;
  }
  it("\"until when\" is answered with the « until » date, not declined as a start", () => {
    const r = followUp(story, "how long will the curfew in Brenmoor stay in place?", "until when?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/30 April/);
  });
  it("« jusqu'à quand ? » is answered with the « jusqu'au » date", () => {
    const r = followUp(fr, "le couvre-feu de Varnois restera en place combien de temps ?", "jusqu'à quand ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/30 avril/);
  });
});

describe("« what », « how »: the answer is the words after the question's own, not a span cut to hold one of them", () => {
  const fr = engineFor(
    `Manœuvres dans la vallée de Varn

Le ministère de la Défense du Varnland a publié mardi une vidéo montrant une colonne de blindés légers du régiment de Varn traversant la rivière gelée à l'aube.
Les manœuvres doivent durer deux semaines.`,
    "varn-manoeuvres",
  );
  it("« que montre la vidéo ? » and \"what did the video show?\" reach where the column goes", () => {
    expect(ask(fr, "que montre la vidéo ?").text).toMatch(/rivière/);
    expect(ask(fr, "what did the video show?").text).toMatch(/rivière/);
  });
});

describe("a headline names what the body tells: on a tie, the sentence of the body answers", () => {
  const en = engineFor(
    `Drone video from Kessel valley

A drone video released on Tuesday by the Kessel border agency shows a long column of grey trucks crossing the frozen river near the old mill.
The agency said the trucks carried no markings.`,
    "kessel-drone",
  );
  it("\"what does the drone video show?\" is answered from the body, not from the headline", () => {
    const r = ask(en, "what does the drone video show?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/trucks|river/);
  });
});

describe("« why »: a verb of causing in the active voice (« X, which has stoked Y », « X a provoqué Y ») gives its subject as the cause", () => {
  const en = engineFor(
    `Tension in Corvale

Corvale has taken in thousands of seasonal workers this year.
The arrivals came as schools ran short of teachers after a pay freeze, which has in turn stoked resentment against newcomers in some districts.
The mayor called for calm on Friday.`,
    "corvale-tension",
  );
  const fr = engineFor(
    `Colère des éleveurs à Mirande

Les éleveurs de Mirande ont bloqué la route départementale lundi.
La hausse brutale du prix des fourrages a provoqué la colère des éleveurs de la vallée, selon la chambre d'agriculture.
Une réunion est prévue jeudi à la préfecture.`,
    "mirande-eleveurs",
  );
  it("\"why is there resentment against newcomers?\" is answered with what stoked it", () => {
    const r = ask(en, "why is there resentment against newcomers?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/short of teachers/);
  });
  it("« pourquoi les éleveurs sont en colère ? » is answered with what caused the anger", () => {
    const r = ask(fr, "pourquoi la colère des éleveurs ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/prix des fourrages/);
  });
});

describe("« what's the N » of an N the sentence gives a figure for is answered with the figure, the value after a change", () => {
  const en = engineFor(
    `Velmar tightens its rules for bars

The Velmar council voted on Tuesday a package of rules for the old town's bars and restaurants after months of complaints from residents.
The package raises the licence fee for bars that stay open after midnight in the old town from 800 euros to 2,400 euros a year, officials said.
Restaurants are not affected.`,
    "velmar-bars",
  );
  const fr = engineFor(
    `Velmar durcit les règles des bars

Le conseil de Velmar a voté mardi un ensemble de règles pour les bars et restaurants de la vieille ville après des mois de plaintes des riverains.
Le texte porte la redevance annuelle des bars ouverts après minuit dans la vieille ville de 800 euros à 2 400 euros, selon la mairie.
Les restaurants ne sont pas concernés.`,
    "velmar-bars-fr",
  );
  it("\"what's the licence fee for bars now?\" gives the new fee, not a clause about the bars", () => {
    const r = ask(en, "what's the licence fee for bars now?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/2,400/);
  });
  it("« quelle est la redevance des bars ? » gives the fee after the change", () => {
    const r = ask(fr, "quelle est la redevance des bars ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/2 400/);
  });
});
