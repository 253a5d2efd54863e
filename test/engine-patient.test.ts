import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « Who was arrested? », « qui a été limogé ? » (answers/patient.ts), on invented dispatches: the
 * answer is the one the act befell — the object of the active verb, the complement of the act's
 * noun, the subject of the passive, the names the next sentence gives a description — never the
 * person who spoke of the act, nor the one who did it.
 */
const FR = `Arrestations au port de Valbrune

La police de Valbrune a interpellé trois manifestants mardi près du port, a annoncé la préfecture.
Le maire Paul Ferrand a dénoncé ces arrestations devant la presse.
Le directeur du port, Yves Le Gall, a été limogé jeudi par le conseil régional.`;

const EN = `Harbour raid in Norland

Customs officers announced the arrest of two dockworkers at the Karsholm harbour on Monday.
Ivo Brandt and Karl Veit were charged with smuggling, prosecutors said.
Mayor Lena Roth said the arrests were justified.
Police arrested a ferry captain in Valsund on Tuesday.`;

const fr = createEngine(ingest(FR, { slug: "valbrune-port" }));
const en = createEngine(ingest(EN, { slug: "norland-raid" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("to whom the act was done", () => {
  it("the object of the active verb, not the mayor who spoke of the arrests", () => {
    for (const q of ["qui a été interpellé ?", "who was arrested?"]) {
      const r = ask(fr, q);
      expect(r.answered).toBe(true);
      expect(r.text).toContain("trois manifestants");
      expect(r.text).not.toContain("Ferrand");
    }
  });

  it("the subject of a passive, in apposition before the verb", () => {
    const r = ask(fr, "qui a été limogé ?");
    expect(r.text).toMatch(/^Yves Le Gall\./);
  });

  it("the complement of the act's noun, and the names the next sentence gives it", () => {
    const r = ask(en, "who was arrested at the harbour?");
    expect(r.text).toContain("Ivo Brandt and Karl Veit");
    expect(r.text).toContain("two dockworkers");
    expect(r.text).not.toContain("Customs");
    expect(r.text).not.toContain("Lena Roth");
  });

  it("the act the question places (« à Valsund »), not another telling of the verb", () => {
    const r = ask(en, "qui a été arrêté à Valsund ?");
    expect(r.text).toContain("a ferry captain");
    expect(r.text).not.toContain("Brandt");
  });
});
