import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

// « elle l'a dit à qui ? » after a question about someone: where, when or to whom the one in focus said it is
// the setting of their words, read by rule whatever the classifier guesses of so short a question. Invented dispatches.
const FR = createEngine(
  ingest(
    `Le port de Valmer fermera ses quais la nuit

VALMER — Le port de Valmer fermera ses quais de nuit à partir de juin, a annoncé mercredi sa directrice.
Inès Carbonel a déclaré au quotidien La Vigie de Valmer que le port ne pouvait plus payer trois équipes.
Les pêcheurs de la côte ont dénoncé une décision prise sans les consulter.`,
    { slug: "port-valmer" },
  ),
);

const EN = createEngine(
  ingest(
    `Tramway extension delayed in Harrowgate

HARROWGATE — The tramway extension will open a year late, the city's transport chief said on Tuesday.
"The bridge work took longer than anyone planned," Dorian Welke told the Harrowgate Courier.
Shop owners along the route said they had lost customers during the works.`,
    { slug: "harrowgate-tram" },
  ),
);

describe("to whom the one in focus said it", () => {
  it("is read by rule as their words' setting, whatever the classifier's confidence", () => {
    const first = FR.ask("C'est qui Inès Carbonel ?", emptyConversation());
    const seen: { intent: string; source: string }[] = [];
    FR.ask("elle l'a dit à qui ?", first.state, { inspect: (ctx) => seen.push({ intent: ctx.reading.intent, source: ctx.reading.source }) });
    expect(seen[0]).toEqual({ intent: "said", source: "rule" });
  });
  it("a French follow-up after who is asked", () => {
    const first = FR.ask("C'est qui Inès Carbonel ?", emptyConversation());
    const r = FR.ask("elle l'a dit à qui ?", first.state).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("La Vigie");
  });
  it("an English follow-up after who is asked", () => {
    const first = EN.ask("Who is Dorian Welke?", emptyConversation());
    const r = EN.ask("to whom did he say that?", first.state).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Harrowgate Courier");
  });
});
