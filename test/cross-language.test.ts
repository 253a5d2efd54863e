import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { buildIndex } from "../src/engine/index.js";
import { analyse } from "../src/engine/query.js";
import { placeAcross } from "../src/engine/places-across.js";
import { emptyConversation, type Reply } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

/**
 * A question asked in the other language than the story (query.ts termKeys): its content words
 * must get keys in the story's language, from the project's lexicons alone (no dictionary
 * installed). Invented dispatch: every name, number and sentence made up.
 */
const EN = `Harbour strike ends in Karsholm

Dockers in the port of Karsholm returned to work on Tuesday after a two-week strike, union leaders said.
Mira Voss, whose father founded the dockers' union, has criticised the port authority for years.
Voss travelled to Syria in 2019 to meet shipping officials.
Riots broke out in the old town in March, leaving 12 people injured.
The port authority said its chairman would resign.`;

const story = ingest(EN, { slug: "karsholm-strike" });
const index = buildIndex(story);
const keysOf = (q: string, word: string): string[] => analyse(q, index, "fr").terms.find((t) => t.word === word)?.keys ?? [];
const engine = createEngine(story);
const ask = (q: string): Reply => engine.ask(q, emptyConversation()).reply;

describe("a French question word reaches an English story", () => {
  it("through the defence and diplomacy vocabulary read the other way: days, countries", () => {
    expect(keysOf("Ils ont repris le travail mardi ?", "mardi")).toContain("tuesday");
    expect(keysOf("Quand est-elle allée en Syrie ?", "syrie")).toContain("syria");
    expect(keysOf("Combien de réfugiés syriens ?", "syriens")).toContain("syrian");
  });

  it("whole words, not stems: a verb is no capital of the same stem (« viennent » is no « Vienne »)", () => {
    expect(keysOf("Ils viennent d'où ?", "viennent")).not.toContain("vienna");
  });

  it("under the base form of a folded inflection the stemmer misreads (« critiquée » → « critiquer »)", () => {
    expect(keysOf("Pourquoi l'a-t-il critiquée ?", "critiquee")).toContain("criticis");
  });

  it("family nouns and the words of unrest and testimony, from the news lexicon", () => {
    expect(keysOf("Son père était là ?", "pere")).toContain("father");
    expect(keysOf("Combien de blessés pendant les émeutes ?", "emeutes")).toContain("riot");
    expect(keysOf("Qui témoigne ?", "temoigne")).toContain("witness");
  });

  it("reads a conjugated auxiliary (« aura », « auraient », « va ») as tense, no word the story must hold", () => {
    const words = (q: string) => analyse(q, index, "fr").terms.map((t) => t.word);
    expect(words("Y aura-t-il une démission du président ?")).not.toContain("aura");
    expect(words("Les dockers auraient-ils repris le travail ?")).not.toContain("auraient");
    expect(words("Le président va démissionner ?")).not.toContain("va");
    expect(words("Le président va démissionner ?")).toContain("president");
  });

  it("answers from the sentence the translated words point to", () => {
    expect(ask("Quand est-elle allée en Syrie ?").text).toContain("2019");
    expect(ask("Combien de blessés pendant les émeutes ?").text).toContain("12");
  });
});

describe("a capital or a country in the other language", () => {
  it("pairs the two languages' place tables through their nationality adjectives", () => {
    expect(placeAcross("london", "en")).toEqual(["londres"]);
    expect(placeAcross("pekin", "fr")).toEqual(["beijing"]);
    expect(placeAcross("royaumeuni", "fr")).toContain("britain");
    // a name written alike needs no bridge
    expect(placeAcross("berlin", "en")).toEqual([]);
  });

  it("gives an English question's capital the French story's spelling, and a French compound its English one", () => {
    const fr = buildIndex(ingest("Attaque à Londres\n\nDeux policiers ont été blessés mardi à Londres, selon la police.", { slug: "londres-test" }));
    expect(analyse("What happened in London?", fr, "en").terms.find((t) => t.word === "london")?.keys).toContain("londr");
    expect(analyse("Combien le Royaume-Uni met-il dans sa défense ?", index, "fr").terms.some((t) => t.keys.includes("britain"))).toBe(true);
  });
});

describe("an English question word reaches a French story through the news lexicon", () => {
  const fr = buildIndex(
    ingest(
      `Sommet régional à Valbrune

La réunion se tiendra au niveau des ministres, a précisé le porte-parole.
Le quotidien, propriété du groupe Ferrand, a déploré l'absence de la presse.
Les analystes attendent une hausse, au-dessus des prévisions de la banque.`,
      { slug: "valbrune-sommet" },
    ),
  );
  const keys = (q: string, word: string): string[] => analyse(q, fr, "en").terms.find((t) => t.word === word)?.keys ?? [];

  it("measures and comparisons, owners, complaints, expectations", () => {
    expect(keys("At what level?", "level")).toContain("niveau");
    expect(keys("Who owns the paper?", "owns")).toContain("propriet");
    expect(keys("What did the paper complain about?", "complain")).toContain("deplor");
    expect(keys("What do analysts expect?", "expect")).toContain("attendr");
  });

  it("an expectation is no forecast: « prévisions » does not reach « attentes » through the pivot", () => {
    const pivot = analyse("Qui a fait ces prévisions ?", fr, "fr").terms.find((t) => t.word === "previsions")?.keys ?? [];
    expect(pivot.some((k) => k.startsWith("attent"))).toBe(false);
  });
});
