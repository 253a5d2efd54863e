import { describe, expect, it } from "vitest";
import { composeBriefing } from "../src/briefing/compose.js";
import { renderBriefingText } from "../src/briefing/render-text.js";
import { appendDispatch } from "../src/story/grow.js";
import { ingest } from "../src/story/ingest.js";
import { firstDispatch, secondDispatch } from "./briefing-fixtures.js";

describe("composeBriefing", () => {
  it("leads with the story's first sentences, dateline dropped, and cites them", () => {
    const story = firstDispatch();
    const b = composeBriefing(story, { lang: "fr" });
    expect(b.isUpdate).toBe(false);
    expect(b.title).toBe(story.title);
    expect(b.lead.startsWith("Le ministère de la Défense du Norland a annoncé lundi")).toBe(true);
    // A short first sentence gets its follow-up.
    expect(b.leadSentences).toEqual([0, 1]);
    expect(b.lead).toMatch(/frontière\. Elles doivent durer dix jours/);
    expect(b.citations.map((c) => c.sentence)).toContain(0);
  });

  it("puts direct quotes before reported speech, verbatim, with their speakers, and caps them", () => {
    const b = composeBriefing(firstDispatch(), { lang: "en" });
    expect(b.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ["direct", "Ilse Varga", "Ces exercices sont purement défensifs"],
      ["indirect", "Piet Olm", "des blindés seraient engagés"],
    ]);
    expect(composeBriefing(firstDispatch(), { lang: "fr", maxQuotes: 1 }).quotes).toHaveLength(1);
  });

  it("lists troop figures first with qualifier and claimant, and the numbers not given", () => {
    const b = composeBriefing(firstDispatch(), { lang: "fr" });
    expect(b.figures[0]).toEqual({ text: "Plus de 20 000 soldats", claimedBy: "Ilse Varga", sentence: 3 });
    // A duration is a word of the story, not a number to brief.
    expect(b.figures.map((f) => f.text)).not.toContain("dix jours");
    expect(b.unstated).toEqual([{ text: "n'ont pas précisé le nombre d'avions", sentence: 5 }]);
    const cited = b.citations.map((c) => c.sentence);
    expect(cited).toEqual([...cited].sort((x, y) => x - y));
    for (const s of [2, 3, 4, 5]) expect(cited).toContain(s);
  });

  it("names people and institutions with their roles, in the order the story introduces them", () => {
    const b = composeBriefing(firstDispatch(), { lang: "fr" });
    expect(b.people.map((p) => p.name)).toEqual(["ministère de la Défense du Norland", "Ilse Varga", "Piet Olm", "Jan Moor"]);
    expect(b.people.find((p) => p.name === "Ilse Varga")).toEqual({ name: "Ilse Varga", role: "porte-parole du ministère", spoke: true });
    expect(b.people.at(-1)).toEqual({ name: "Jan Moor", role: "président du Norland", spoke: false });
  });

  it("leads with the newest dispatch when the reader last saw an older one", () => {
    const grown = appendDispatch(firstDispatch(), secondDispatch());
    const update = composeBriefing(grown, { lang: "fr", sinceDispatch: 0 });
    expect(update.isUpdate).toBe(true);
    expect(update.lead).toMatch(/^Le Norland a mis fin mercredi à ses manœuvres/);
    expect(update.quotes[0]).toMatchObject({ speaker: "Ilse Varga", text: "Nos objectifs sont atteints", sentence: 7 });
    // Up to date, or never briefed: the story's own lead.
    expect(composeBriefing(grown, { lang: "fr", sinceDispatch: 1 }).isUpdate).toBe(false);
    expect(composeBriefing(grown, { lang: "fr" }).lead).toMatch(/^Le ministère de la Défense/);
  });
});

describe("renderBriefingText", () => {
  it("renders sections in the reader's language with numbered sources", () => {
    const fr = renderBriefingText(composeBriefing(firstDispatch(), { lang: "fr" }));
    expect(fr).toContain("Qui est qui");
    expect(fr).toContain("- « Ces exercices sont purement défensifs » (Ilse Varga) [3]");
    expect(fr).toContain("- Plus de 20 000 soldats, selon Ilse Varga [4]");
    expect(fr).toContain("- Non précisé : n'ont pas précisé le nombre d'avions [6]");
    expect(fr).toMatch(/\[1\] VELDA, 2 mars \(AFP\)/);
    const en = renderBriefingText(composeBriefing(firstDispatch(), { lang: "en" }));
    expect(en).toContain("What was said");
    expect(en).toContain("according to Ilse Varga");
    const update = renderBriefingText(composeBriefing(appendDispatch(firstDispatch(), secondDispatch()), { lang: "en", sinceDispatch: 0 }));
    expect(update).toMatch(/\nNew: Le Norland a mis fin/);
  });
});

describe("story titles", () => {
  it("the lead's first clause, never ending on the comma before « afin »", () => {
    const story = ingest(
      "RIGA (AFP) - La ministre lettone des Affaires étrangères, Ilze Kalnina, a appelé lundi son homologue finlandais, Mikko Aalto, afin de coordonner les patrouilles, a indiqué son ministère.",
      { slug: "kalnina-aalto" },
    );
    expect(story.title).toBe("La ministre lettone des Affaires étrangères, Ilze Kalnina, a appelé lundi son homologue finlandais, Mikko Aalto");
  });
});
