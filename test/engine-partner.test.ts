import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { asksPartner } from "../src/engine/answers/partner.js";

/**
 * « X a parlé avec qui ? », "who was X with?" (answers/partner.ts), on invented dispatches (every
 * name and sentence made up): the people the story names with X after a word of company or a verb
 * of meeting or calling, the whole list, without the people an apposition only mentions.
 */
const FR = `Dîner discret à Valbrune

La ministre de l'Industrie, Claire Vasseur, a téléphoné lundi à son homologue norlandais, le ministre Anton Lindqvist, afin de relancer les négociations avec la Banque du littoral.
Mardi soir, Claire Vasseur dînait au golf en compagnie de Paul Ferrand, trésorier de la chambre de commerce et proche conseiller du Premier ministre Marc Dufresne, et de l'armateur Jean Morel.
Le syndicat des dockers a réclamé une enquête.`;

const EN = `Port talks in Karsholm

Trade minister Edda Brask will hold talks with port officials, including harbour master Nils Varga, during her visit to Karsholm next week.
Brask said she would also meet with Ola Dahl and Petra Lind, Varga's deputies, once the contract is signed.
Unions have criticised the deal.`;

const fr = createEngine(ingest(FR, { slug: "valbrune-diner" }));
const en = createEngine(ingest(EN, { slug: "karsholm-port" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("who someone was with, met or talked to", () => {
  it("reads the partner questions of both languages, not other who-questions", () => {
    for (const q of ["claire vasseur a parle avec qui ?", "avec qui la ministre a-t-elle dine ?", "who was brask with?", "who is brask meeting in karsholm?", "who did brask talk to?", "qui accompagnait la ministre ?"]) expect(asksPartner(q), q).toBe(true);
    for (const q of ["qui a reclame une enquete ?", "who criticised the deal?", "who is edda brask?"]) expect(asksPartner(q), q).toBe(false);
  });

  it("« X a parlé avec qui ? »: the one X called, from the apposition after « son homologue »", () => {
    const r = ask(fr, "Claire Vasseur a parlé avec qui ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Anton Lindqvist");
    // a word of company in another clause (« les négociations avec la Banque ») is no partner
    expect(r.text).not.toMatch(/Banque/);
  });

  it("a list whole, without the person an apposition only mentions (« proche conseiller de … »)", () => {
    const r = ask(fr, "Vasseur était avec qui mardi soir ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Paul Ferrand");
    expect(r.text).toContain("Jean Morel");
    expect(r.text).not.toContain("Dufresne");
  });

  it("in English: « including » opens an item, a complement of time ends the list", () => {
    const r = ask(en, "Who is Brask meeting in Karsholm?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Nils Varga");
    const both = ask(en, "Who will Brask meet with once the contract is signed?");
    expect(both.text).toContain("Ola Dahl");
    expect(both.text).toContain("Petra Lind");
  });
});
