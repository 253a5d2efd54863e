import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { nounSpans } from "../src/engine/answers/figures/noun-spans.js";
import { buildIndex } from "../src/engine/index.js";

/**
 * A span written on the noun it measures (« une audience d'une heure », "a three-day hearing") is how long that thing
 * lasted: « how long did the hearing last » is answered by it, in either language, and not by another span of its
 * sentence that belongs to another verb (the jury's deliberation). Invented dispatches: every name, place and number
 * made up.
 */
const EN = `Harbour pilot acquitted in Kelloway

KELLOWAY, May 9 - After a three-day hearing in April, a panel of magistrates in Kelloway deliberated for about 40 minutes before clearing the harbour pilot Dara Venn, 44, of negligence.
Venn had been suspended since the grounding of the ferry Marisol last winter.`;

const FR = `Le préfet de Varenne en visite à Brusc

BRUSC, 4 juin - Lors de cette visite d'une heure, le préfet Aurèle Tassin a rencontré les pompiers qui luttent depuis trois jours contre les feux de la forêt de Brusc.
Il doit revenir sur place la semaine prochaine.`;

const ask = (text: string, q: string) => createEngine(ingest(text, { slug: "noun-span" })).ask(q, emptyConversation()).reply;

describe("a span written on its noun says how long that noun lasted", () => {
  it("reads the glued English span and the French span after « de »", () => {
    expect(nounSpans(buildIndex(ingest(EN, { slug: "noun-span" }))).map((s) => s.text)).toContain("three-day hearing");
    expect(nounSpans(buildIndex(ingest(FR, { slug: "noun-span" }))).map((s) => s.text)).toContain("visite d'une heure");
  });
  it("English: « how long did the hearing last » is the three-day hearing, not the 40 minutes of deliberation", () => {
    const r = ask(EN, "how long did the hearing last?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("three-day");
    expect(r.text).not.toContain("40");
  });
  it("asked in French of the English story", () => {
    const r = ask(EN, "l'audience a duré combien de temps ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("three-day");
  });
  it("French: « combien de temps a duré la visite » is « d'une heure », not the fires' three days", () => {
    const r = ask(FR, "combien de temps a duré la visite du préfet ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("une heure");
    expect(r.text).not.toContain("trois jours");
  });
  it("asked in English of the French story", () => {
    const r = ask(FR, "How long did the prefect's visit last?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("une heure");
  });
});
