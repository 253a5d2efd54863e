import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A reader's clipped word (« docs », « profs », « ingés ») stands for the one noun the story counts that
 * it opens, in either language; when two counted nouns open alike it stands for neither.
 */
const EN = `Clinic staff walk out in Lindholm

LINDHOLM, June 2 - About 420 doctors joined the walkout on Monday, the medical association said.

Forty technicians kept the emergency scanners running, the clinic group said.

Union representatives, 14 in all, met 9 reporters outside the main clinic.`;

const FR = `Grève dans les lycées de Valmont

VALMONT, 2 juin - Quelque 420 professeurs ont rejoint la grève lundi, selon le rectorat.

Par ailleurs, 12 ingénieurs du rectorat ont cessé le travail.`;

const en = createEngine(ingest(EN, { slug: "lindholm-clinics" }));
const fr = createEngine(ingest(FR, { slug: "valmont-lycees" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string) => engine.ask(q, emptyConversation()).reply;

describe("a clipped word for the story's counted noun", () => {
  it("« how many docs » is the count of doctors", () => {
    const r = ask(en, "how many docs joined the walkout?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("420 doctors");
  });
  it("« how many techs » is the count of technicians", () => {
    expect(ask(en, "how many techs kept the scanners running?").text).toContain("Forty technicians");
  });
  it("« combien d'ingés » is the count of « ingénieurs »", () => {
    const r = ask(fr, "combien d'ingés ont cessé le travail ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("12 ingénieurs");
  });
  it("across languages: « how many profs » of a story counting « professeurs »", () => {
    const r = ask(fr, "how many profs joined the strike?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("420 professeurs");
  });
  it("« reps » of a story counting representatives and reporters stands for neither", () => {
    const r = ask(en, "how many reps met outside the clinic?");
    expect(r.text).not.toContain("9 reporters");
  });
});
