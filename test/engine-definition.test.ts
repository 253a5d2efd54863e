import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « c'est quoi X ? », "what is X?" about a thing (answers/definition.ts): the story's own definition
 * of X — an apposition, a copula, « X, c'est … », a relative clause, what X is made of — in a few of
 * its words; never a person's answer (« does not name that person »). Invented dispatches.
 */
const FR = `Le club de Varonne change de cap

L'accord, qui prévoit une indemnité de départ, a été signé dimanche soir.
Le dispositif Phare, c'est un plan de relance des jeunes joueurs.
La cellule Orion est composée de trois analystes et d'un médecin.
Le fonds Atlas, une réserve de deux millions d'euros, servira aux transferts.`;
const EN = `Harbour towns sign swap

The Harbour Fund, a pool of money shared by the two towns, will pay for the works.
The swap is a deal under which each town lends the other its dredger for a month.
Mayor Ivo Brandt welcomed the swap.`;
const fr = createEngine(ingest(FR, { slug: "varonne-cap" }));
const en = createEngine(ingest(EN, { slug: "harbour-swap" }));
const askFr = (q: string) => fr.ask(q, emptyConversation()).reply;
const askEn = (q: string) => en.ask(q, emptyConversation()).reply;

describe("what a thing is, from the story's definition", () => {
  it("« X, c'est … »", () => expect(askFr("c'est quoi le dispositif Phare ?").text).toMatch(/dispositif Phare : un plan de relance des jeunes joueurs/));
  it("an apposition, its article kept", () => expect(askFr("c'est quoi le fonds Atlas ?").text).toMatch(/fonds Atlas : une réserve de deux millions d'euros/));
  it("what it is made of", () => expect(askFr("c'est quoi la cellule Orion ?").text).toMatch(/trois analystes/));
  it("a relative clause", () => expect(askFr("c'est quoi l'accord ?").text).toMatch(/accord : qui prévoit une indemnité de départ/));
  it("an English apposition and copula, under a dozen copied words", () => {
    expect(askEn("What is the Harbour Fund?").text).toMatch(/Harbour Fund: a pool of money shared by the two towns/);
    const swap = askEn("what is the swap?").text;
    expect(swap).toMatch(/swap: a deal under which each town lends/);
    expect(swap).not.toMatch(/for a month/);
  });
  it("a person is still asked by who-is", () => expect(askEn("what is Ivo Brandt?").text).not.toMatch(/^Ivo Brandt: a /));
});

describe("a definition cut short, in its own language's words", () => {
  it("an English definition may end on « son » (a French possessive, not an English one)", () => {
    const story = createEngine(ingest(`Harbour towns share a fund

The Harbour Fund, a gift from the late mayor's son, will pay for the works.
Mayor Ivo Brandt welcomed the fund.`, { slug: "harbour-gift" }));
    expect(story.ask("What is the Harbour Fund?", emptyConversation()).reply.text).toMatch(/a gift from the late mayor's son\./);
  });
});
