import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A yes/no question put as a cleft on the doer of an act (answers/doer.ts), on an invented
 * dispatch: « c'est X qui a publié … ? », "was it X that published …?" settled against the doer
 * the sentence of that act gives.
 */

const STORY = `(Tallinn) L'armée estonienne a publié mardi une vidéo montrant un exercice de déminage au large de Paldiski.
Le ministre letton de la Défense, Janis Ozols, a salué l'exercice.`;

const engine = createEngine(ingest(STORY, { slug: "paldiski-deminage" }));
const ask = (q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("a cleft yes/no on the doer of an act", () => {
  it("says yes when the doer the story gives is the one named", () => {
    const r = ask("c'est l'armée estonienne qui a publié la vidéo ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Oui/);
  });
  it("says no, with the doer, when it is someone else", () => {
    const r = ask("c'est Ozols qui a publié la vidéo ?");
    expect(r.text).toMatch(/^Non/);
    expect(r.text).toMatch(/armée estonienne/i);
  });
});
