import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A time limit (« sous 72 heures », « d'ici jeudi », "within 10 days") says when something is done by, not how
 * long it lasts: it does not answer how long people will stay, which is declined when the story gives no span of
 * the stay. Asked in its own unit as the time given to do something (« how many days to file »), the limit is the
 * answer. Invented dispatches.
 */
const FR = `Bénévoles attendus à Sarle

SARLE, 3 mars - La préfecture attend l'arrivée de 200 bénévoles sous 72 heures, après la crue de la Lisme.
Leurs tentes seront montées près du gymnase d'ici jeudi.`;

const EN = `Volunteers due in Sarle

SARLE, March 3 - The prefecture expects 200 volunteers to arrive within 72 hours, after the Lisme burst its banks.
Shop owners must file their claims within 10 days of the flood.`;

const ask = (text: string, q: string) => createEngine(ingest(text, { slug: "sarle-volunteers" })).ask(q, emptyConversation()).reply;

describe("a time limit is not how long something lasts", () => {
  it("« combien de temps » is declined, not answered by « sous 72 heures »", () => {
    const r = ask(FR, "les bénévoles resteront combien de temps ?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toContain("72");
  });
  it("asked in English of the French story, declined, not answered by the day the tents must be up by", () => {
    const r = ask(FR, "how long will the volunteers remain in Sarle?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/jeudi|Thursday/);
  });
  it("English: « within 72 hours » does not say how long the volunteers stay", () => {
    const r = ask(EN, "how long will the volunteers remain in Sarle?");
    expect(r.answered).toBe(false);
  });
  it("asked in its unit as the time to do something, the limit answers", () => {
    const r = ask(EN, "how many days do shop owners have to file a claim?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("10");
  });
});
