import { afterEach, describe, expect, it } from "vitest";
import type { Ctx } from "../src/engine/context.js";
import { createEngine } from "../src/engine/engine.js";
import { questionTerms, rankEvidence, rankTuning } from "../src/engine/evidence.js";
import { matchTuning } from "../src/engine/query.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * Reach of the evidence ranking across the two languages (src/engine/lexicon-news.ts, query.ts,
 * evidence.ts): the sentence that answers is found first whatever language the question is asked
 * in, on invented dispatches (every name, number and sentence made up).
 */
const FR = `La Banque de Valmont revoit ses chiffres

La Banque de Valmont a publié mardi son rapport annuel sur l'économie de la région.
En mars, elle prévoyait encore une progression de 2,1 % du produit intérieur brut.
Le ralentissement s'explique surtout par la baisse des commandes des usines textiles.
Selon le rapport, le chômage devrait rester stable à 7 %.
Les deux gardiens du dépôt sont sortis indemnes de l'incendie de la semaine dernière.
Un bataillon du génie a été dépêché sur place pour dégager la route.`;

const EN = `Festival organisers count the cost of storm

Organisers of the Lindmoor folk festival said on Sunday that the storm had cost them about 40,000 pounds.
Visitors were advised to keep their tickets, which will be valid next year.
Children under twelve will get free tickets for the rescheduled event, the organisers said.
Local traders said they were disappointed by the cancellation.`;

// an explainer that asks its own questions in subheadings, each answered by the paragraph after it
const EXPLAINER = `What is the Orsand Compact and who is in it?

The Orsand Compact is a fishing agreement signed in 1987 by four coastal states.
What did the Orsand Compact change for fishermen?
It set a quota of 300 tonnes of cod a year for each signatory.
Fishermen in the north complained about the Orsand Compact for years.`;

// English words a French question reaches only through a regular correspondence of spelling (« invoquer » ~ invoke)
const COGNATES = `Harbour union dispute

The dockers' union met the harbour board on Monday.
The dockers' union invoked an old rule of its contract.`;

const fr = createEngine(ingest(FR, { slug: "valmont" }));
const explainer = createEngine(ingest(EXPLAINER, { slug: "orsand" }));
const cognates = createEngine(ingest(COGNATES, { slug: "valmont-port" }));
const saved = { ...rankTuning };
afterEach(() => {
  Object.assign(rankTuning, saved);
  matchTuning.cognates = true;
});
const en = createEngine(ingest(EN, { slug: "lindmoor" }));

function top(engine: typeof fr, q: string): string {
  let ctx: Ctx | null = null;
  engine.ask(q, emptyConversation(), { inspect: (c) => (ctx ??= c) });
  if (!ctx) throw new Error("no context");
  const c: Ctx = ctx;
  const best = rankEvidence(c, questionTerms(c), 3)[0];
  return best ? engine.story.sentences[best.sentence]!.text : "";
}

describe("the general news vocabulary, read both ways", () => {
  it("an English question meets a French story's words of economy and of events", () => {
    expect(top(fr, "what did the bank forecast in March?")).toMatch(/prévoyait/);
    expect(top(fr, "why the slowdown?")).toMatch(/ralentissement/);
    expect(top(fr, "were the guards unhurt?")).toMatch(/indemnes/);
    expect(top(fr, "what was the battalion sent for?")).toMatch(/bataillon/);
  });

  it("a French question meets an English story's words", () => {
    expect(top(en, "qu'est-ce qu'on conseille aux visiteurs ?")).toMatch(/advised/);
    expect(top(en, "qui aura des billets gratuits ?")).toMatch(/free tickets/);
    expect(top(en, "les commerçants sont déçus ?")).toMatch(/disappointed/);
  });
});

describe("a question the story asks itself", () => {
  it("gives way to the sentence after it, which answers it", () => {
    expect(top(explainer, "what did the Orsand Compact change for fishermen?")).toMatch(/quota of 300 tonnes/);
    rankTuning.asks = 0;
    expect(top(explainer, "what did the Orsand Compact change for fishermen?")).not.toMatch(/quota of 300 tonnes/);
  });
});

describe("cognates by their regular correspondences", () => {
  it("a French word no lexicon knows meets its English cognate (« qu » ~ k, « -eur » ~ -or, « -aire » ~ -ary)", () => {
    expect(top(cognates, "le syndicat a invoqué quoi ?")).toMatch(/invoked/);
    matchTuning.cognates = false;
    expect(top(cognates, "le syndicat a invoqué quoi ?")).not.toMatch(/invoked/);
  });
});

describe("a « how long » question wants a length of time", () => {
  const story = createEngine(
    ingest(
      `Corvel bridge to close for repairs

Engineers said the Corvel bridge repairs would take priority over work on the ring road.
The Corvel bridge repairs would take several weeks, the council said.`,
      { slug: "corvel-bridge" },
    ),
  );
  it("prefers the sentence with a unit of time after a word of quantity (« several weeks »), among those holding its words", () => {
    expect(top(story, "how long will the bridge repairs take?")).toMatch(/several weeks/);
    rankTuning.cue = 0;
    expect(top(story, "how long will the bridge repairs take?")).not.toMatch(/several weeks/);
  });
});

describe("a fine is an amount of money", () => {
  // the word reached across languages (« amende ») must not let a count of something else answer « how much is the fine »
  const story = createEngine(
    ingest(
      `La zone piétonne de Valmont

Six mois après sa création, la zone piétonne du centre de Valmont a déjà changé les habitudes.
Les agents municipaux y ont dressé 212 constats d'infraction, dont 190 pour stationnement sur les trottoirs.`,
      { slug: "valmont-pietons" },
    ),
  );
  it("« how much is the fine » is not answered by a count of tickets", () => {
    const r = story.ask("How much is the fine for parking on the pavement?", emptyConversation()).reply;
    expect(r.answered && /212|190/.test(r.text)).toBe(false);
  });
});
