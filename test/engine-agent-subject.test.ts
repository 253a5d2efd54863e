import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « Who did the act? » (answers/agent.ts) where the doer is written as a noun phrase with its
 * complements, as a count, or inside someone else's reported words. Invented dispatches: every name,
 * place and number is made up.
 */
const EN = `Ferry case moves to Kelby

After the hearing in Brask, a cousin of the skipper held in the harbour jail asked for the trial to be moved to Kelby.
The petition against the new quay was signed by twelve teachers from the island school.
Prosecutor Lena Odvar said the request would be examined next week.
The teachers said the quay would cut the school off from the village.
A Brask farmer pleaded guilty to charges he threatened a harbour clerk.`;

const FR = `Crues dans la vallée

Le président Marc Orvan « a demandé aux gendarmes de surveiller les ponts de la vallée », a déclaré lundi le ministre Paul Teyssier.
Après la réunion, un avocat de la famille du pêcheur disparu dans la crue a déposé une plainte contre la commune.
La lettre au préfet a été signée par quarante habitants.
Les habitants ont déclaré que la digue était trop basse.`;

const en = createEngine(ingest(EN, { slug: "kelby-ferry" }));
const fr = createEngine(ingest(FR, { slug: "vallee-crues" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("who did the act: a subject with its complements", () => {
  it("\"a cousin of the skipper held in the harbour jail asked\": the phrase the clause opens with, not the complement before the verb", () => {
    const r = ask(en, "Who asked for the trial to be moved?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/cousin/i);
    expect(r.text).not.toMatch(/jail|Odvar/);
  });
  it("« un avocat de la famille du pêcheur disparu dans la crue a déposé »: the lawyer, not « la crue »", () => {
    const r = ask(fr, "Qui a déposé une plainte contre la commune ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/avocat/i);
    expect(r.text).not.toMatch(/^«? ?la crue/i);
  });

  it("\"A farmer pleaded guilty to charges he threatened …\": the words before another verb are a clause, never the subject", () => {
    expect(ask(en, "Who threatened the harbour clerk?").text).not.toMatch(/^A Brask farmer pleaded guilty/);
  });
});

describe("who did the act: a count is part of the doer", () => {
  it("\"signed by twelve teachers\": how many signed is said", () => {
    expect(ask(en, "Who signed the petition?").text).toMatch(/twelve teachers/i);
  });
  it("« signée par quarante habitants »: the count stays", () => {
    expect(ask(fr, "Qui a signé la lettre au préfet ?").text).toMatch(/quarante habitants/i);
  });
});

describe("who did the act told inside someone's words: the verb's own subject, not the speaker", () => {
  it("« X “a demandé aux gendarmes …”, a déclaré Y »: X asked, Y only reports it", () => {
    const r = ask(fr, "Qui a demandé aux gendarmes de surveiller les ponts ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Orvan/);
    expect(r.text).not.toMatch(/Teyssier/);
  });
});
