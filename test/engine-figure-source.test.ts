import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type ConversationState, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « qui a donné ces chiffres ? », "according to who?" (answers/figure-source.ts), on an invented
 * dispatch: the source the story gives beside the figures asked about, or beside those of the
 * last answer, not a decline because the question names no number.
 */
const EN = `Karsholm clinics under strain

Last year 4,100 patients spent more than a night on a trolley before a bed was found, according to a study by the Vesna Health Trust.
The health minister, Edda Brask, said the clinics would hire 300 nurses.
Some 120 doctors have left the region since 2020, the regional council said.`;

const engine = createEngine(ingest(EN, { slug: "karsholm-clinics" }));
function talk(...qs: string[]): Reply {
  let state: ConversationState = emptyConversation();
  let reply: Reply | null = null;
  for (const q of qs) ({ reply, state } = engine.ask(q, state));
  return reply!;
}

describe("the source of figures asked by their topic", () => {
  it("\"who produced the figures on patients on trolleys?\": the claimant of the figure of that sentence", () => {
    const r = talk("who produced the figures on patients on trolleys?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Vesna Health Trust/);
  });
  it("« qui a donné le chiffre des médecins partis ? »: across languages, the source of that figure, not of another", () => {
    const r = talk("qui a donné le chiffre des médecins partis ?");
    expect(r.text).toMatch(/regional council|conseil régional/i);
    expect(r.text).not.toMatch(/Vesna|Brask/);
  });
});

describe("a question of source that names no number", () => {
  it("\"who's the source for the doctors figure?\", « quelle est la source du chiffre des médecins ? »: the claimant, not « no such figure »", () => {
    for (const q of ["who's the source for the doctors figure?", "quelle est la source du chiffre des médecins ?"]) {
      const r = talk(q);
      expect(r.answered, q).toBe(true);
      expect(r.text, q).toMatch(/regional council/i);
    }
  });
});

describe("the source of the figures the last answer gave", () => {
  it("\"who came up with that number?\" after a count", () => {
    const r = talk("how many patients waited for a bed?", "who came up with that number?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Vesna Health Trust/);
  });
  it("\"according to who?\" after a count", () => {
    const r = talk("how many patients waited for a bed?", "according to who?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/Vesna Health Trust/);
  });
});

describe("what asks no source", () => {
  it("« c'est un chiffre officiel ? » after a count is no question of who gives it", () => {
    const r = talk("how many doctors left the region?", "c'est un chiffre officiel ?");
    expect(r.intent).not.toBe("claimant");
  });
});
