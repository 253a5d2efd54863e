import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The purpose of an act (answers/purpose.ts), on invented dispatches: the clause a purpose marker
 * opens (« afin de », « visait à », "in order to", "aimed at"), a few of its words in the answer and
 * the sentence cited; a second purpose coordinated in it (« et à ») answers « what other goal ».
 */

const FR_STORY = `(Tallinn) La ministre estonienne des Affaires étrangères, Kadri Vaher, a téléphoné lundi à son homologue letton, Janis Ozols, afin d'éviter une fermeture des ports de la Baltique, a annoncé son ministère.
Cet entretien visait aussi à préparer le sommet de mars et à relancer la ligne ferroviaire entre les deux capitales, a précisé le ministère.
Le port de Tallinn a reçu deux navires mardi.`;

const EN_STORY = `Farmers in the Orvik valley blocked two roads on Friday in order to force talks on water prices, the regional council said.
The council said it would meet union leaders next week.`;

const fr = createEngine(ingest(FR_STORY, { slug: "vaher-ozols" }));
const en = createEngine(ingest(EN_STORY, { slug: "orvik-farmers" }));
const ask = (e: ReturnType<typeof createEngine>, q: string): Reply => e.ask(q, emptyConversation()).reply;

describe("the purpose of an act", () => {
  it("gives the clause after « afin de », for a French or an English question", () => {
    const r = ask(fr, "Vaher cherchait à éviter quoi ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/éviter une fermeture des ports de la Baltique/);
    expect(r.citations[0]?.sentence).toBe(0);
    expect(ask(fr, "What was the aim of the call?").text).toMatch(/fermeture des ports/);
  });
  it("answers « what other goal » with the next purpose, a coordinated one kept apart", () => {
    const first = fr.ask("What was the aim of the call?", emptyConversation());
    const r = fr.ask("what other goal did it have?", first.state).reply;
    expect(r.text).toMatch(/préparer le sommet de mars/);
    expect(r.text).not.toMatch(/relancer/);
  });
  it("reads « in order to » in an English story, for the act the question names", () => {
    const r = ask(en, "What were the farmers trying to achieve?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/force talks on water prices/);
    expect(ask(en, "quel était le but des blocages des routes ?").text).toMatch(/force talks/);
  });
  it("leaves a purpose question on an act no purpose clause tells to the other answerers", () => {
    expect(ask(fr, "Quel était le but de la visite des navires au port de Tallinn ?").intent).not.toBe("purpose");
  });
});
