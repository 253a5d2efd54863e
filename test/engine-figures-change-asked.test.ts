import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « de combien », "by how much" with nothing counted after it ask the size of a change: a share or a sum answers
 * (« by 15% », « de 3,2 millions d'euros »), never a count of people or a span the same sentences give.
 * Invented dispatches: every name, place and number made up.
 */
const EN = `Harwick ferry raises its prices

HARWICK, June 2 - Ticket prices on the Harwick ferry went up by 15% on Monday, the operator said.
The ferry carried some 2 million passengers last year, according to the operator.`;

const FR = `Sorbières : le département rogne ses aides

SORBIÈRES, 12 mars - Le département de Sorbières a rogné mardi ses aides aux communes de 3,2 millions d'euros pour les quatre prochaines années.
Le budget sera examiné par 45 conseillers en mai.`;

const ask = (text: string, q: string) => createEngine(ingest(text, { slug: "change-asked" })).ask(q, emptyConversation()).reply;

describe("the size of a change asked is a share or a sum", () => {
  it("French question on the English story: « plus cher de combien » is the 15%, not the 2 million passengers", () => {
    const r = ask(EN, "le ferry est plus cher de combien ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("15%");
    expect(r.text).not.toContain("2 million");
  });
  it("« de combien sont rognées les aides » is the sum, not the four years", () => {
    const r = ask(FR, "De combien sont rognées les aides ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("3,2 millions");
    expect(r.text).not.toMatch(/quatre|45/);
  });
  it("a count asked after « de combien de » stays a count", () => {
    const r = ask(FR, "De combien de conseillers le budget a-t-il besoin ?");
    expect(r.text).not.toContain("3,2 millions");
  });
});
