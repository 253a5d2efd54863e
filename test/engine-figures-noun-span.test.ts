import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { nounSpans } from "../src/engine/answers/figures/noun-spans.js";
import { buildIndex } from "../src/engine/index.js";

/**
 * A span written on the noun it measures (« un débat d'une heure », "a two-week strike") is how long that
 * thing lasted: « how long did the strike last » is answered by it, in either language, and not by another span of its
 * sentence that belongs to another verb (the hours of talks). Invented dispatches: every name, place and number made up.
 */
const EN = `Dockers back at work in Harwick

HARWICK, May 9 - Dockers at the port of Harwick returned to their cranes on Thursday, ending a two-week strike, after negotiators for both sides had talked for 14 hours without a break.
Union leader Ros Kell said the crews would vote on the final text in June.`;

const FR = `Vérac ferme sa piscine

VÉRAC, 4 juin - Au terme d'un débat d'une heure, le conseil municipal de Vérac a voté lundi la fermeture de la piscine, déjà fermée depuis trois mois pour des fuites.
Le maire Odilon Ferrand s'est dit déçu.`;

const ask = (text: string, q: string) => createEngine(ingest(text, { slug: "noun-span" })).ask(q, emptyConversation()).reply;

describe("a span written on its noun says how long that noun lasted", () => {
  it("reads the glued English span and the French span after « de »", () => {
    expect(nounSpans(buildIndex(ingest(EN, { slug: "noun-span" }))).map((s) => s.text)).toContain("two-week strike");
    expect(nounSpans(buildIndex(ingest(FR, { slug: "noun-span" }))).map((s) => s.text)).toContain("débat d'une heure");
  });
  it("English: « how long did the strike last » is the two-week strike, not the 14 hours of talks", () => {
    const r = ask(EN, "how long did the strike last?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("two-week");
    expect(r.text).not.toContain("14");
  });
  it("asked in French of the English story", () => {
    const r = ask(EN, "la grève a tenu combien de temps ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("two-week");
  });
  it("French: « combien de temps a duré le débat » is « d'une heure », not the pool's three months", () => {
    const r = ask(FR, "combien de temps a duré le débat ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("une heure");
    expect(r.text).not.toContain("trois mois");
  });
  it("asked in English of the French story", () => {
    const r = ask(FR, "How long did the council's debate last?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("une heure");
  });
});
