import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import { moneyWay } from "../src/engine/figure-words/index.js";

/**
 * A sum asked by a verb of money and nothing else (« ils ont gagné combien ? », « ça a coûté
 * combien ? ») is answered by the one sum whose clause says the money went that way: gained
 * (« will receive a bonus of N ») or laid out (« cost N »). Two such sums, or a thing asked the
 * story never speaks of, leave the decline standing.
 */
const EN = `Ferry strike ends in Lorvik

The ferry crews of Lorvik ended their strike on Friday after the port board agreed to a new contract.

Each crew member will receive a bonus of 300 pounds, the union secretary, Ines Varga, said.

The new gangway cost the port board 2 million pounds last year.`;
const engine = createEngine(ingest(EN, { slug: "lorvik-ferry-strike" }));
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("the way a sum went, read from the verb that asks it", () => {
  it("« ils ont gagné combien ? » takes the sum received", () => {
    const r = ask("ils ont gagné combien ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^« 300 pounds/);
  });
  it("« ils vont toucher combien ? » takes it too", () => {
    const r = ask("ils vont toucher combien ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^« 300 pounds/);
  });
  it("« ça a coûté combien ? » takes the sum laid out", () => {
    const r = ask("ça a coûté combien ?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/^« 2 million pounds/);
  });
  it("a thing the story never speaks of is not priced by another thing's cost", () => {
    expect(ask("combien a coûté la tenue ?").answered).toBe(false);
  });
  it("two sums gained leave the question open", () => {
    const two = createEngine(ingest(`${EN}\n\nThe port pilots will receive 500 pounds each.`, { slug: "lorvik-ferry-strike-2" }));
    expect(two.ask("ils ont gagné combien ?", emptyConversation()).reply.answered).toBe(false);
  });
  it("« get paid » is gained, not laid out", () => {
    expect(moneyWay("how much will they get paid")).toBe("gain");
    expect(moneyWay("combien a coute le pont")).toBe("outlay");
    expect(moneyWay("combien de ponts")).toBeNull();
  });
});
