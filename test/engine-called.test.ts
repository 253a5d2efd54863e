import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The name of a thing the story tells (answers/called.ts), on invented dispatches: after a naming
 * participle, right after the noun, or before it in English; declined, and the decline stands,
 * when the sentences that tell the thing give it no name.
 */

const FR = `(Narvik) Les marines de Norlande et de Varie ont entamé lundi un exercice naval nommé « Bouclier du Nord », a indiqué l'état-major.
Le gouvernement varien a aussi présenté mardi l'opération Vigie, destinée à surveiller les côtes.
De grandes manœuvres terrestres ont par ailleurs débuté jeudi en Varie, a précisé le ministère.`;

const EN = `The annual Tarsk, or Falcon, drills are focused on the defence of the northern coast of Norland, officials said.
Some 3,000 sailors from Norland and Varia take part, the navy said.`;

const NONE = `Russian and Varian troops began large military manoeuvres in Varia on Thursday, the ministry said.
The manoeuvres will take place near the border, officials said.`;

const fr = createEngine(ingest(FR, { slug: "bouclier-nord" }));
const en = createEngine(ingest(EN, { slug: "tarsk-drills" }));
const none = createEngine(ingest(NONE, { slug: "varia-manoeuvres" }));
const ask = (e: ReturnType<typeof createEngine>, q: string): Reply => e.ask(q, emptyConversation()).reply;

describe("what a thing is called", () => {
  it("reads the name after a naming participle, asked in either language", () => {
    expect(ask(fr, "l'exercice naval s'appelle comment ?").text).toMatch(/« Bouclier du Nord »/);
    expect(ask(fr, "what is the naval exercise called?").text).toMatch(/Bouclier du Nord/);
  });
  it("reads the name right after the noun", () => {
    expect(ask(fr, "what's the name of the operation?").text).toMatch(/Vigie/);
  });
  it("reads the name an English story writes before the noun", () => {
    expect(ask(en, "what are the drills called?").text).toMatch(/Tarsk/);
  });
  it("declines when the story gives the thing no name, and a nationality or place is no name", () => {
    for (const q of ["what are the manoeuvres called?", "Les manœuvres ont quel nom ?"]) {
      const r = ask(none, q);
      expect(r.answered, q).toBe(false);
    }
  });
  it("leaves the name of a person to the other answers", () => {
    expect(ask(fr, "comment s'appelle le ministre ?").text).not.toMatch(/^La dépêche ne donne pas son nom/);
  });
});
