import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";
import type { Story } from "../src/story/schema.js";
import { testStory } from "./engine-story.js";

/** The test dispatch with a few more invented sentences about counted things. */
function navalStory(): Story {
  const base = testStory();
  const extra = [
    "Selon un diplomate cité par la presse, quelque 900 marins participeront aux opérations prévues jeudi.",
    "La marine a engagé deux sous-marins et 300 fusiliers.",
    "Le ministre a refusé de dévoiler le coût de l'exercice.",
    "Une quarantaine d'observateurs internationaux suivront les opérations, qui resteront nécessaires tant que durera la crise.",
  ];
  const first = base.sentences.length;
  const sentences = [...base.sentences, ...extra.map((text, i) => ({ index: first + i, paragraph: first + i, dispatch: 0, text, start: 0, end: text.length }))];
  return {
    ...base,
    sentences,
    figures: [
      ...base.figures.filter((f) => f.category !== "money"),
      { value: 900, approx: "about", unit: "marins", category: "troops", text: "quelque 900 marins", sentence: first, claimedBy: null, counted: "marins" },
      { value: 2, approx: "exact", unit: "sous-marins", category: "equipment", text: "deux sous-marins", sentence: first + 1, claimedBy: null, counted: "sous-marins" },
      { value: 40, approx: "about", unit: null, category: "other", text: "Une quarantaine", sentence: first + 3, claimedBy: null, counted: null },
    ],
    unstated: [...base.unstated, { what: "le coût", by: "Le ministre", category: "money", text: "Le ministre a refusé de dévoiler le coût", sentence: first + 2 }],
  };
}

const engine = createEngine(navalStory());
const ask = (q: string) => engine.ask(q, emptyConversation()).reply;

describe("counted nouns", () => {
  it("« sous-marins » is counted as submarines, never as sailors", () => {
    expect(ask("How many submarines?").text).toContain("deux sous-marins");
    expect(ask("Combien de sous-marins ?").text).toContain("deux sous-marins");
    const sailors = ask("How many sailors will take part?").text;
    expect(sailors).toContain("900 marins");
    expect(sailors).not.toContain("sous-marins");
  });
  it("a source the sentence gives in words is reported, not « stated by the dispatch »", () => {
    const r = ask("According to whom will 900 sailors take part?");
    expect(r.text).toContain("Selon un diplomate cité par la presse");
    expect(r.text).not.toMatch(/without a source/);
  });
  it("a cost the story says was withheld is « not given », not a decline", () => {
    const r = ask("How much does the exercise cost?");
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(/not given/);
  });
});

describe("words the lexicon does not list", () => {
  it("a counted noun is read after the figure and matched as a cognate (observers ~ observateurs)", () => {
    expect(ask("How many observers will follow the operations?").text).toContain("Une quarantaine");
  });
  it("cognates are only for English words the lexicon lacks: « minister » never becomes « ministère »", () => {
    expect(ask("What is the name of the Latvian defence minister?").answered).toBe(false);
  });
});

describe("titles", () => {
  it("a different office sharing words with a role is not taken for it", () => {
    expect(ask("Who is the Estonian prime minister?").answered).toBe(false);
    expect(ask("Who is the Estonian foreign minister?").answered).toBe(false);
    expect(ask("Who is the Estonian defence minister?").text).toContain("Kaljurand");
  });
});

/**
 * A figure is given for its period: « +6,2 % en mars » holds for March, not for the first quarter the
 * story gives its own figure for; and « and over the first quarter? » after a question about March asks
 * the quarter in March's stead.
 */
describe("a figure for a month does not answer for a part of the year", () => {
  const FR = `Les ventes de vélos repartent

Les ventes de vélos neufs en Varonne ont augmenté de 6,2 % en mars, selon la fédération des cycles. Tous modèles réunis, la fédération note une petite reprise au premier trimestre, à 410 000 unités (+3,1 %).
Les vélos électriques représentent désormais un tiers des ventes.`;
  const fr = createEngine(ingest(FR, { slug: "velos-varonne" }));
  it("« how much did sales grow in the first quarter? » gives the quarter's figure, not March's", () => {
    for (const q of ["how much did bike sales grow in the first quarter?", "de combien ont augmenté les ventes de vélos au premier trimestre ?"]) {
      const r = fr.ask(q, emptyConversation()).reply;
      expect(r.text).toContain("3,1");
      expect(r.text).not.toContain("6,2");
    }
  });
  it("« and over the first quarter? » after March's figure asks the quarter in March's stead", () => {
    const first = fr.ask("De combien ont augmenté les ventes de vélos en mars ?", emptyConversation());
    expect(first.reply.text).toContain("6,2");
    const r = fr.ask("and over the first quarter?", first.state).reply;
    expect(r.text).toContain("3,1");
    expect(r.text).not.toContain("6,2");
  });
});

/**
 * A year the question names is the figure's own: « how many took part in 2019? » is answered by the count
 * the story dates 2019 (« en 2019, 1 200 policiers s'étaient relayés dans les patrouilles »), not by this
 * year's count whose verb is the question's (« 350 policiers participent »).
 */
describe("the year asked picks the figure dated so over an undated one that shares the verb", () => {
  const FR = `La fête Lumina de Morvel

Cette année, 350 policiers participent au dispositif Lumina sur les quais de Morvel.
La maire Ada Ferro veut garder la fête au calendrier tant que le budget de la ville le permettra.
En 2019, 1 200 policiers s'étaient relayés dans les patrouilles Lumina, de jour comme de nuit.`;
  const fr = createEngine(ingest(FR, { slug: "lumina-morvel" }));
  it("« how many police officers took part in Lumina patrols in 2019? » gives 2019's count", () => {
    const r = fr.ask("how many police officers took part in Lumina patrols in 2019?", emptyConversation()).reply;
    expect(r.text).toContain("1 200");
    expect(r.text).not.toContain("350");
  });
  it("without a year, the count as it stands answers", () => {
    expect(fr.ask("how many police officers took part in Lumina?", emptyConversation()).reply.text).toContain("350");
  });
});
