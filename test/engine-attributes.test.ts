import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A person's rank and given name (answers/attributes.ts), on invented dispatches: the rank is the
 * title the story writes before that person's name, said in the reader's language; a yes/no on a
 * rank is settled against it, never against another person's rank.
 */

const FR_STORY = `(Varsovie) Le chef d'état-major polonais, le général Tomasz Wielgosz, a téléphoné mardi à son homologue lituanien, Rimas Daukantas, a annoncé le ministère polonais de la Défense.
« Les deux parties ont parlé de la sécurité régionale », a précisé le porte-parole de l'état-major polonais, le colonel Piotr Marczak.`;

const EN_STORY = `Norland's navy chief, Rear Admiral Lena Holt, inspected the new frigate on Monday, the navy said.
"The ship is ready for sea trials," said the frigate's commander, Captain Ivo Brandt.`;

const fr = createEngine(ingest(FR_STORY, { slug: "wielgosz-daukantas" }));
const en = createEngine(ingest(EN_STORY, { slug: "holt-frigate" }));
const ask = (e: ReturnType<typeof createEngine>, q: string, state: ConversationState = emptyConversation()): Reply => e.ask(q, state).reply;

describe("a person's rank", () => {
  it("gives the rank before the name, translated for an English question on a French story", () => {
    const r = ask(fr, "What rank is Wielgosz?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Tomasz Wielgosz: general/);
    expect(r.text).toMatch(/« général Tomasz Wielgosz »/);
  });
  it("reads « quel grade » and a pronoun for the person in focus", () => {
    expect(ask(fr, "Marczak il a quel grade ?").text).toMatch(/colonel/);
    const first = fr.ask("Qui est Piotr Marczak ?", emptyConversation());
    expect(ask(fr, "what rank is he", first.state).text).toMatch(/Piotr Marczak: colonel/);
  });
  it("keeps a rank of two words (« Rear Admiral »)", () => {
    expect(ask(en, "What's Holt's rank?").text).toMatch(/Lena Holt: rear admiral/);
  });
  it("settles a yes/no against that person's own rank, not another's", () => {
    expect(ask(fr, "Is Marczak a general?").text).toMatch(/^No — the story calls Piotr Marczak a colonel/);
    expect(ask(fr, "Wielgosz est-il un général ?").text).toMatch(/^Oui/);
    expect(ask(en, "Is Brandt a captain?").text).toMatch(/^Yes — the story calls Ivo Brandt a captain/);
  });
  it("declines the rank of someone the story gives none", () => {
    const r = ask(fr, "Quel est le grade de Daukantas ?");
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/pas de grade/);
    expect(r.text).not.toMatch(/général|colonel/);
  });
});

describe("a person's given name", () => {
  it("gives the words of the name before the surname", () => {
    expect(ask(fr, "c'est quoi le prénom de Daukantas ?").text).toMatch(/^Rimas/);
    expect(ask(en, "What is Brandt's first name?").text).toMatch(/^Ivo/);
  });
});
