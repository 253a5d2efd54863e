import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « did X deny the call? », « X a-t-il confirmé … ? » (answers/confirm.ts), on invented dispatches:
 * settled against the sentence where X is the subject of a verb of confirming or denying, the two
 * acts read as opposites and a negation read; left to the other answerers when the story tells no
 * such act of X.
 */

const FR_STORY = `(Riga) Le ministre letton des Transports, Janis Ozols, a rencontré mardi son homologue estonien, Kadri Vaher, a annoncé le gouvernement letton.
Tallinn a confirmé la rencontre, précisant qu'elle portait sur les ferries de la Baltique.
Le port de Ventspils n'a pas confirmé la fermeture du quai nord.`;

const EN_STORY = `The Norland transport ministry said on Monday that a cargo ship had run aground near the port of Valstad.
The shipping company Brek Lines denied the report, saying its vessel was safely at anchor.`;

const fr = createEngine(ingest(FR_STORY, { slug: "ozols-vaher" }));
const en = createEngine(ingest(EN_STORY, { slug: "valstad-ship" }));
const ask = (e: ReturnType<typeof createEngine>, q: string): Reply => e.ask(q, emptyConversation()).reply;

describe("did X confirm or deny it", () => {
  it("says no to a denial the story tells as a confirmation, with the story's words", () => {
    const r = ask(fr, "did Tallinn deny the meeting?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^No — /);
    expect(r.text).toMatch(/confirmed it/);
    expect(r.citations[0]?.sentence).toBe(1);
  });
  it("says yes to the act the story tells, in French", () => {
    expect(ask(fr, "Tallinn a-t-il confirmé la rencontre ?").text).toMatch(/^Oui — .*a confirmé/);
  });
  it("reads a negation in the sentence", () => {
    const r = ask(fr, "Le port de Ventspils a-t-il confirmé la fermeture ?");
    expect(r.text).toMatch(/^Non — .*n'a pas confirmé/);
  });
  it("reads an English story from a French question", () => {
    expect(ask(en, "Brek Lines a démenti le rapport ?").text).toMatch(/^Oui — /);
    expect(ask(en, "did Brek Lines confirm the report?").text).toMatch(/^No — .*denied it/);
  });
  it("leaves the question to the others when the story tells no such act of X, or of that thing", () => {
    expect(ask(en, "did the Norland transport ministry deny the report?").intent).not.toBe("doer");
    expect(ask(fr, "did Tallinn deny the strike?").intent).not.toBe("doer");
  });
  it("leaves a question that is no yes/no alone", () => {
    expect(ask(fr, "Qui a confirmé la rencontre ?").text).not.toMatch(/^(?:Oui|Non) — /);
  });
});
