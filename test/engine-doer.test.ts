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

/** A call whose initiative the story gives with its source (« à l'initiative de la partie X »). */
const CALL_STORY = `(Vilnius) Tomas Vilkas, ministre lituanien de l'Énergie, et sa collègue polonaise Anna Lis ont eu lundi un long appel sur les réseaux électriques.
Cet appel a eu lieu à l'initiative de la partie lituanienne, selon le ministère polonais de l'Énergie.`;

const caller = createEngine(ingest(CALL_STORY, { slug: "vilkas-lis" }));
const askCall = (q: string): Reply => caller.ask(q, emptyConversation()).reply;

describe("a yes/no on who asked for a call", () => {
  it("says no when the side named is not the one whose initiative it was, with the source", () => {
    const r = askCall("was the Polish side the one who asked for the talk?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^No — at the initiative of the Lithuanian side/);
  });
  it("says yes to the side the story gives, in French", () => {
    expect(askCall("c'est la partie lituanienne qui a demandé l'appel ?").text).toMatch(/^Oui — à l'initiative de la partie lituanienne/);
    expect(askCall("c'est la partie polonaise qui a demandé l'appel ?").text).toMatch(/^Non — /);
  });
  it("gives the initiative with no yes or no for a person, whose side the words do not settle", () => {
    const r = askCall("was it Anna Lis who asked for the call?");
    expect(r.text).not.toMatch(/^(?:Yes|No)\b/);
    expect(r.text).toMatch(/initiative of the Lithuanian side/);
  });
  it("reads « l'appel venait de qui ? » as whose initiative it was", () => {
    expect(askCall("l'appel venait de qui ?").text).toMatch(/^À l'initiative de la partie lituanienne/);
  });
});
