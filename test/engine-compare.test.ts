import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * Two figures of the story side by side (answers/compare.ts), end to end through the real ingest,
 * on an invented dispatch (every name, number and sentence made up): each figure with who gives
 * it, the comparison when both count the same kind of thing, the qualifier the story puts on a
 * figure for « plus ou moins », and never a sum of figures about different things.
 */
const FR = `(Zenda) Les syndicats ont revendiqué 45 000 manifestants mardi dans les rues de Zenda, a annoncé la fédération des cheminots.

Selon la préfecture, le cortège comptait pour sa part 12 000 manifestants.

La police a déployé plus de 3 000 agents autour de la gare centrale.

Le défilé a parcouru 8 kilomètres entre le port et la colline.`;

const fr = createEngine(ingest(FR, { slug: "cortege-zenda" }));
const ask = (q: string): Reply => fr.ask(q, emptyConversation()).reply;

describe("two figures compared", () => {
  it("says which is larger, with each figure and who gives it", () => {
    const r = ask("is 12,000 more than what the unions claim?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^No\b/);
    expect(r.text).toContain("12 000");
    expect(r.text).toContain("45 000");
    expect(r.text).toMatch(/smaller|fewer/);
  });
  it("answers yes when the first figure is the larger", () => {
    const r = ask("45 000, c'est plus que 12 000 ?");
    expect(r.text).toMatch(/^Oui\b/);
    expect(r.text).toMatch(/plus élevé/);
  });
  it("sets both side by side for « vs », and the thousands written with a letter", () => {
    const r = ask("explain the 45k vs the 12k");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("45 000");
    expect(r.text).toContain("12 000");
    expect(r.text).not.toContain("57");
  });
  it("does not compare figures of different things", () => {
    const r = ask("the 3000 vs the 8 km?");
    expect(r.text).toContain("3 000");
    expect(r.text).toContain("8 kilomètres");
    expect(r.text).toMatch(/not count the same thing/);
  });
});

describe("more or less than a figure", () => {
  it("gives the qualifier the story puts on the figure", () => {
    const r = ask("plus ou moins de 3 000 ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^Plus/);
    expect(r.text).toContain("plus de 3 000 agents");
  });
});

describe("a choice about one figure", () => {
  it("« the 12k — unions or prefecture? » is answered with the figure as the story words it and who gives it", () => {
    const r = ask("the 12k - unions or prefecture?");
    expect(r.answered).toBe(true);
    expect(r.text).toContain("12 000 manifestants");
    expect(r.text).toMatch(/préfecture|prefecture/i);
  });
  it("a question that only qualifies a figure (« who claims more than 12,000 ») is left to the other answers", () => {
    const r = ask("Who counted 12,000 marchers?");
    expect(r.intent).not.toBe("count");
  });
});
