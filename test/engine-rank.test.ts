import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A rank asked (« where does X rank », « à quelle place au classement ») is answered by an ordinal
 * beside a word of ranking, in the sentence that holds the question, never by a place; when two
 * sentences give ranks that fit as well, the story's ranks are said and none is given as the answer.
 * Invented dispatches.
 */
const EN = `Norland budget adds health money

Governor Edda Brask signed the budget in Karsholm on Friday.
An audit published last year shows that Norland now ranks 38th for rural school spending.
Brask said the new money would help the state climb.`;

const FR = `L'Ostrie recule dans un classement

D'après l'étude, l'Ostrie arrive à la 97e place du classement mondial, qui compte 150 pays.
Pour la santé, l'Ostrie est classée à la 52e position au niveau mondial.`;

const en = createEngine(ingest(EN, { slug: "norland-rank" }));
const fr = createEngine(ingest(FR, { slug: "ostrie-rang" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string) => engine.ask(q, emptyConversation()).reply;

describe("a rank asked", () => {
  it("« where does X rank on Y » is answered by the ordinal, not a place", () => {
    const r = ask(en, "where does norland rank on rural school spending?");
    expect(r.text).toMatch(/38th/);
    expect(r.text).not.toMatch(/Karsholm/);
  });
  it("two sentences' ranks that fit as well: both are said, none given as the answer", () => {
    const r = ask(fr, "À quelle place se trouve l'Ostrie au classement mondial ?");
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/97e/);
    expect(r.text).toMatch(/52e/);
  });
  it("the sentence that says the ranking asked gives its rank alone", () => {
    const r = ask(fr, "Pour la santé, l'Ostrie est à quelle position ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/52e/);
    expect(r.text).not.toMatch(/97e/);
  });
});
