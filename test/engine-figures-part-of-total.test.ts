import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A part of a total: what the sentence's verb says is said of the part, and « how many … » answers the part,
 * said with its whole; « in all », « au total » asks the whole. The whole may come first (« Of the 30 …, 4 … »,
 * « Sur les 30 …, 4 … »), be linked by a ratio (« 4 out of 30 … »), or the part be told by « dont », "including".
 */
const EN = `Floods cut the Brenmoor rail line

HALSTEAD, June 2 - Only 6 out of 40 halts on the Brenmoor line reopened on Sunday, the operator said.
Of the county's 90 ferries, 25 were still sailing on Monday.
Wardens handed out 310 tickets for illegal parking, including 42 for blocking ambulances.`;

const FR = `Crue : la ligne de Brenmoor coupée

HALSTEAD, 2 juin - Sur les 90 bacs du comté, 25 naviguaient encore lundi, selon la préfecture.
Les gardes ont dressé 310 amendes pour stationnement illicite, dont 42 pour avoir bloqué des ambulances.`;

const en = createEngine(ingest(EN, { slug: "brenmoor-floods" }));
const fr = createEngine(ingest(FR, { slug: "brenmoor-crue" }));
const ask = (engine: ReturnType<typeof createEngine>, q: string) => engine.ask(q, emptyConversation()).reply;

describe("a ratio written with what it counts is a count of the part", () => {
  it("« how many halts reopened » answers 6 of « 6 out of 40 halts », not the 40", () => {
    const r = ask(en, "how many halts reopened?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("6 out of 40 halts");
    expect(r.text).toContain("(6)");
  });
});

describe("a whole set first, the part after its comma", () => {
  it("« how many ferries were sailing » answers the 25, said with the 90", () => {
    const r = ask(en, "how many ferries were sailing?");
    expect(r.text).toContain("Of the county's 90 ferries, 25");
    expect(r.text).toContain("(25)");
  });
  it("« in all » asks the whole", () => {
    const r = ask(en, "how many ferries does the county have in all?");
    expect(r.text).toContain("90 ferries");
    expect(r.text).not.toContain("(25)");
  });
  it("asked in the whole's words alone, nothing the sentence says of the part, the whole answers", () => {
    const r = ask(en, "how many ferries does the county have?");
    expect(r.text).toContain("90 ferries");
    expect(r.text).not.toContain("(25)");
    expect(ask(fr, "combien de bacs dans le comté ?").text).not.toMatch(/^25/);
  });
  it("« Sur les 90 bacs …, 25 naviguaient »: the French part leads with its number", () => {
    const r = ask(fr, "combien de bacs naviguaient encore ?");
    expect(r.text).toMatch(/^25 : « Sur les 90 bacs du comté, 25 »/);
  });
  it("a span set first (« Sur trois jours, 120 … ») is no whole of the number after it", () => {
    const story = createEngine(ingest("Contrôles à Halstead\n\nHALSTEAD, 2 juin - Sur trois jours, 120 ont été verbalisés, selon la police.", { slug: "halstead-controles" }));
    expect(ask(story, "combien de jours ?").text).not.toContain("120");
  });
});

describe("a part told by « dont », « including »", () => {
  it("the part answers when the question says what only the part's words say", () => {
    const r = ask(en, "how many tickets for blocking ambulances?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("(42)");
    expect(r.text).toContain("310 tickets for illegal parking, including 42");
  });
  it("the whole answers alone when the question fits both", () => {
    const r = ask(en, "how many tickets were handed out?");
    expect(r.text).toContain("310 tickets");
    expect(r.text).not.toContain("(42)");
  });
  it("« combien d'amendes » counts fines the story counts as things, not a sum of money", () => {
    const r = ask(fr, "combien d'amendes pour avoir bloqué des ambulances ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^42 : « 310 amendes pour stationnement illicite, dont 42 »/);
  });
});
