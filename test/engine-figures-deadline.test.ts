import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A time limit (« within 48 hours », « d'ici jeudi », « dans les trois jours ») says when something is done by,
 * not how long it lasts: it does not answer « how long will they stay », which is declined when the story gives no
 * span of the stay. Asked in its own unit as the time given to do something (« how many days to file »), the
 * limit is the answer.
 */
const FR = `Des gardes envoyés à Vellmar

VELLMAR, 3 mars - Quelque 600 gardes forestiers seront envoyés dans la vallée dans les 72 heures pour surveiller les berges, a indiqué la préfète Odile Varenne.
Un second groupe doit rejoindre le plateau d'ici jeudi.`;

const EN = `Rangers sent to Vellmar

VELLMAR, March 3 - Some 600 rangers will be sent to the valley within 72 hours to watch the river banks, prefect Odile Varenne said.
Farmers must report flood damage within 10 days of the first rain.`;

const ask = (text: string, q: string) => createEngine(ingest(text, { slug: "vellmar-rangers" })).ask(q, emptyConversation()).reply;

describe("a time limit is not how long something lasts", () => {
  it("« combien de temps vont rester les gardes » is declined, not answered by « dans les 72 heures »", () => {
    const r = ask(FR, "les gardes vont rester combien de temps ?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toContain("72");
  });
  it("« how long will the rangers stay » is declined, not answered by the day they must arrive by", () => {
    const r = ask(FR, "how long will the rangers stay?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toMatch(/jeudi|Thursday/);
  });
  it("English: « within 72 hours » does not say how long the rangers stay", () => {
    const r = ask(EN, "how long will the rangers stay in the valley?");
    expect(r.answered).toBe(false);
  });
  it("asked in its unit as the time to do something, the limit answers", () => {
    const r = ask(EN, "how many days do farmers have to report damage?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("10");
  });
});
