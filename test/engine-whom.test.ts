import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « Who did X thank? », « X soutient qui ? » (answers/whom.ts): the object of the verb asked, in the
 * sentence whose subject is X. Invented dispatches: every name and place is made up.
 */
const EN = `Quay row in Brask

Councillor Mara Velt attacked the harbour board in a speech on Friday.
The harbour board said the quay would open in May.
Velt later praised the dockers for their patience.`;

const FR = `Travaux à Varenne

Le maire de Varenne, Paul Garnier, a soutenu le préfet lors du vote sur le pont.
Le préfet a répondu que le chantier reprendrait en juin.`;

const en = createEngine(ingest(EN, { slug: "brask-quay" }));
const fr = createEngine(ingest(FR, { slug: "varenne-pont" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("whom an act was done to: the object of the verb whose subject the question names", () => {
  it("\"who did X attack\": the harbour board, not X", () => {
    const r = ask(en, "Who did Mara Velt attack?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/harbour board/i);
    expect(r.text).not.toMatch(/Velt/);
  });
  it("\"who did X praise\": the object of that verb, not of another one of the story", () => {
    const r = ask(en, "Who did Velt praise?");
    expect(r.text).toMatch(/dockers/i);
    expect(r.text).not.toMatch(/Velt/);
  });
  it("« X a soutenu qui ? »: the one supported", () => {
    const r = ask(fr, "Paul Garnier a soutenu qui lors du vote ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/préfet/);
    expect(r.text).not.toMatch(/Garnier/);
  });
  it("« qui X a-t-il soutenu ? »", () => {
    const r = ask(fr, "Qui Paul Garnier a-t-il soutenu ?");
    expect(r.text).toMatch(/préfet/);
    expect(r.text).not.toMatch(/Garnier/);
  });
});
