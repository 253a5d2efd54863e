import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { asksWhoHeads } from "../src/engine/answers/head.js";

/**
 * « Who chairs the panel? », « qui préside la fédération ? » (answers/head.ts), on invented
 * dispatches: the head is the person the story ties to the body named — by a passive of heading
 * after the body's full name, a title with the body, a title and the body's name before the person
 * — not whoever else the sentence names, nor a person whose title belongs to another body.
 */
const EN = `Harbour inquiry widens

Dockworkers on the Joint Inquiry Board on the Safety of Ports and the Northern Shipping Union, led by chairman Oskar Vell, asked for new records on Tuesday.
Ferry operator Lina Dahl said the records would be sent.
The harbour's director, Per Sandnes, declined to comment.
Union chief Mads Holt called the delays unacceptable.`;

const FR = `Crise à la fédération de pêche

La Fédération régionale de pêche, présidée par Jeanne Morvan, a déposé un recours mardi, selon l'avocat Paul Kerlan.
Le directeur du port de Kerbrune, Yves Le Gall, n'a pas répondu.
Marc Tanguy, secrétaire de la chambre d'agriculture, a salué la décision.`;

const en = createEngine(ingest(EN, { slug: "harbour-inquiry" }));
const fr = createEngine(ingest(FR, { slug: "federation-peche" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("who heads a body: the person the story ties to it", () => {
  it("reads a passive of heading after the body's whole name, across languages", () => {
    const a = ask(en, "Who leads the inquiry board?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Oskar Vell");
    expect(a.text).not.toContain("Dahl");
    const b = ask(en, "Qui préside la commission d'enquête ?");
    expect(b.text).toContain("Oskar Vell");
  });

  it("reads a title with the body, the person in apposition after it", () => {
    const a = ask(en, "who is the director of the harbour?");
    expect(a.text).toContain("Per Sandnes");
    const b = ask(fr, "Qui dirige le port de Kerbrune ?");
    expect(b.text).toContain("Yves Le Gall");
    expect(b.text).not.toContain("Morvan");
  });

  it("reads a French passive of heading, not the person the same sentence quotes", () => {
    const a = ask(fr, "Qui préside la fédération de pêche ?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Jeanne Morvan");
    expect(a.text).not.toContain("Kerlan");
    const b = ask(fr, "who chairs the fishing federation?");
    expect(b.text).toContain("Jeanne Morvan");
  });

  it("reads the questions that ask who heads something, and no other", () => {
    expect(asksWhoHeads("Who chairs the committee?")).toBe(true);
    expect(asksWhoHeads("qui est la présidente de la fédération ?")).toBe(true);
    expect(asksWhoHeads("Who is the chief of the agency?")).toBe(true);
    expect(asksWhoHeads("Who is Jeanne Morvan?")).toBe(false);
    expect(asksWhoHeads("Who called the meeting?")).toBe(false);
  });
});
