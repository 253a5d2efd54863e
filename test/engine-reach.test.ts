import { describe, expect, it } from "vitest";
import type { Ctx } from "../src/engine/context.js";
import { createEngine } from "../src/engine/engine.js";
import { questionTerms, rankEvidence } from "../src/engine/evidence.js";
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

const fr = createEngine(ingest(FR, { slug: "valmont" }));
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
