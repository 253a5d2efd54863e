import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * « de combien », "by how much" with nothing counted after it ask the size of a change: a share or a sum answers
 * (« by up to 35% », « une réduction de 2,4 milliards »), never a count of people or a span the same sentences give.
 * Invented dispatches: every name, place and number made up.
 */
const EN = `Ostrel regulator throttles broadband

TALLIN CROSS, June 2 - Broadband across the province of Ostrel was slowed by up to 35% on Monday after the regulator fitted a new filter, the operators' guild said.
Some 12 million subscribers use the province's networks, according to the guild.`;

const FR = `Valmarie : premières coupes budgétaires

BRESSE, 12 mars - Le gouvernement de Valmarie a présenté jeudi une première réduction de 2,4 milliards d'euros des dépenses prévues au cours des cinq prochaines années.
Le plan doit être voté par 120 députés au printemps.`;

const ask = (text: string, q: string) => createEngine(ingest(text, { slug: "change-asked" })).ask(q, emptyConversation()).reply;

describe("the size of a change asked is a share or a sum", () => {
  it("French question on the English story: « ralenti de combien » is the 35%, not the 12 million subscribers", () => {
    const r = ask(EN, "internet a été ralenti de combien ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("35");
    expect(r.text).not.toContain("12 million");
  });
  it("« de combien est la première réduction » is the sum, not the five years", () => {
    const r = ask(FR, "De combien est la première réduction ?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("2,4 milliards");
    expect(r.text).not.toMatch(/cinq|120/);
  });
  it("a count asked after « de combien de » stays a count", () => {
    const r = ask(FR, "De combien de députés le plan a-t-il besoin ?");
    expect(r.text).not.toContain("2,4 milliards");
  });
});
