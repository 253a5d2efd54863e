import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « Who did the act? » (answers/agent.ts) where the doer is written as a noun phrase with its
 * complements, as a count, or inside someone else's reported words. Invented dispatches: every name,
 * place and number is made up.
 */
const EN = `Parking row in Tolsk

The owner of the bakery flooded in the spring storm complained on Saturday about the new parking fees.
The new timetable was approved by nine drivers from the depot.
Councillor Ruth Amsel said the fees would be reviewed in the autumn.
The drivers said the work took them a month.
A Tolsk cyclist owned up to thefts he committed at the market.`;

const FR = `Tolsk : le marché couvert fermé

Selon la porte-parole Anne Roux, le maire Marc Orvan « a demandé une inspection complète de la charpente ».
Un voisin du gardien du phare blessé dans la tempête a alerté les secours mardi soir.
Le nouveau règlement du marché a été rédigé par neuf commerçants.
Les commerçants ont déclaré que la halle était trop vieille.`;

const en = createEngine(ingest(EN, { slug: "tolsk-parking" }));
const fr = createEngine(ingest(FR, { slug: "tolsk-marche" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("who did the act: a subject with its complements", () => {
  it("\"the owner of the bakery flooded in the spring storm complained\": the phrase the clause opens with, not the complement before the verb", () => {
    const r = ask(en, "Who complained about the parking fees?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/owner of the bakery/i);
    expect(r.text).not.toMatch(/storm|Saturday|Amsel/);
  });
  it("« un voisin du gardien du phare blessé dans la tempête a alerté »: the neighbour, not « la tempête »", () => {
    const r = ask(fr, "Qui a alerté les secours ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/voisin/i);
    expect(r.text).not.toMatch(/^«? ?la tempête/i);
  });

  it("\"A cyclist owned up to thefts he committed …\": the words before another verb are a clause, never the subject", () => {
    expect(ask(en, "Who committed the thefts at the market?").text).not.toMatch(/^A Tolsk cyclist owned up/);
  });
});

describe("who did the act: a count is part of the doer", () => {
  it("\"approved by nine drivers\": how many approved is said", () => {
    expect(ask(en, "Who approved the new timetable?").text).toMatch(/nine drivers/i);
  });
  it("« rédigé par neuf commerçants »: the count stays", () => {
    expect(ask(fr, "Qui a rédigé le règlement du marché ?").text).toMatch(/neuf commerçants/i);
  });
});

describe("who did the act told inside someone's words: the verb's own subject, not the speaker", () => {
  it("« selon Y, X « a demandé … » »: X asked, Y only reports it", () => {
    const r = ask(fr, "Qui a demandé une inspection de la charpente ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Orvan/);
    expect(r.text).not.toMatch(/Roux/);
  });
});
