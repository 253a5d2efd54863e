import { describe, expect, it } from "vitest";
import { composeBriefing } from "../src/briefing/compose.js";
import { appendDispatch } from "../src/story/grow.js";
import { ingest } from "../src/story/ingest.js";
import { firstDispatch, secondDispatch } from "./briefing-fixtures.js";
import { inventedStory, LIGUE } from "./briefing-story.js";

const cited = (b: ReturnType<typeof composeBriefing>) => [
  ...(b.leadSentences ?? []),
  ...(b.points ?? []).map((p) => p.sentence),
  ...b.quotes.flatMap((q) => q.sentences ?? [q.sentence]),
];

describe("composeBriefing: the whole story, most important first", () => {
  const ligue = ingest(LIGUE, { slug: "ligue" });

  it("leads with the first sentence, dateline dropped, and its short follow-up", () => {
    const story = firstDispatch();
    const b = composeBriefing(story, { lang: "fr" });
    expect(b.isUpdate).toBe(false);
    expect(b.lead.startsWith("Le ministère de la Défense du Norland a annoncé lundi")).toBe(true);
    expect(b.leadSentences).toEqual([0, 1]);
    expect(b.citations.map((c) => c.sentence)).toContain(0);
  });

  it("hears the end of the story as well as its start: the reaction in the last paragraphs is briefed", () => {
    const b = composeBriefing(ligue, { lang: "fr" });
    const n = ligue.sentences.length;
    const shown = cited(b);
    // Every third of the story is heard from.
    for (const third of [0, 1, 2]) {
      expect(shown.some((s) => s >= Math.floor((third * n) / 3) && s < Math.floor(((third + 1) * n) / 3))).toBe(true);
    }
    const tarsa = ligue.sentences.findIndex((s) => s.text.includes("a dénoncé une décision"));
    expect(b.points!.map((p) => p.sentence)).toContain(tarsa);
    // Points are whole sentences of the story, none twice, none the lead's.
    for (const p of b.points!) expect(ligue.sentences[p.sentence]!.text).toContain(p.text);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it("puts the weightiest points first and caps them", () => {
    const b = composeBriefing(ligue, { lang: "fr", maxPoints: 2 });
    expect(b.points).toHaveLength(2);
    const all = composeBriefing(ligue, { lang: "fr" }).points!.map((p) => p.sentence);
    // The short list is drawn from the beginning and the end, not the first two in story order.
    expect(Math.max(...b.points!.map((p) => p.sentence))).toBeGreaterThan(Math.min(...all) + 2);
  });

  it("shows a number not given as its whole clause, so it does not say the opposite", () => {
    const b = composeBriefing(ligue, { lang: "fr" });
    expect(b.unstated).toHaveLength(1);
    expect(b.unstated[0]!.text).toBe("Mme Kessel n'a toutefois pas précisé le nombre de soldats que fournira chaque pays");
  });

  it("gives a number not given in English on a French story, whole, with who did not give it", () => {
    const line = composeBriefing(ligue, { lang: "en" }).unstated[0]!.text;
    // Labelled in English; what was not given stays whole (the per-country share), never cut to « the number of troops ».
    expect(line).toMatch(/^troop numbers|^number of/);
    expect(line).toMatch(/chaque pays|each country/);
    expect(line).toMatch(/, by (?:Mme )?Kessel$/);
  });

  it("gives a quote split by its attribution whole, and no quoted fragment as a quote of its own", () => {
    const b = composeBriefing(ligue, { lang: "fr" });
    const kessel = b.quotes.find((q) => q.speaker === "Mira Kessel");
    expect(kessel?.kind).toBe("direct");
    expect(kessel?.text).toMatch(/^Nous avons fait un choix clair .*Personne ne pourra dire que nous avons hésité/);
    expect(b.quotes.map((q) => q.text)).not.toContain("dangereuse");
  });

  it("briefs the counts a reader weighs, not durations, ages, small counts or dates", () => {
    const story = inventedStory(
      "en",
      `Rivertown recorded 4,100 new cases in ten days, health officials said.

Mayor Ilse Dorn, 57, said two hospitals were full.

The Oct. 9 report counted 300 beds.

Since March more than 2,000 volunteers have joined.`,
      {
        figures: [
          { value: 4100, approx: "exact", unit: null, category: "other", text: "4,100 new cases", sentence: 0, claimedBy: null, counted: "new cases" },
          { value: 10, approx: "exact", unit: "jours", category: "other", text: "ten days", sentence: 0, claimedBy: null, counted: null },
          { value: 57, approx: "exact", unit: null, category: "other", text: "57", sentence: 1, claimedBy: null, counted: null },
          { value: 2, approx: "exact", unit: "hospitals", category: "other", text: "two hospitals", sentence: 1, claimedBy: null, counted: "hospitals" },
          { value: 9, approx: "exact", unit: "report", category: "other", text: "9 report", sentence: 2, claimedBy: null, counted: "report" },
          { value: 300, approx: "exact", unit: "beds", category: "other", text: "300 beds", sentence: 2, claimedBy: null, counted: "beds" },
          { value: 2000, approx: "more_than", unit: "volunteers", category: "other", text: "more than 2,000 volunteers", sentence: 3, claimedBy: null, counted: "volunteers" },
        ],
      },
    );
    expect(composeBriefing(story, { lang: "en" }).figures.map((f) => f.text).sort()).toEqual(["300 beds", "4,100 new cases", "more than 2,000 volunteers"]);
  });

  it("names people and institutions with a role, protagonists first; a role cut short is no role", () => {
    const b = composeBriefing(firstDispatch(), { lang: "fr" });
    expect(b.people.find((p) => p.name === "Ilse Varga")).toEqual({ name: "Ilse Varga", role: "porte-parole du ministère", spoke: true });
    // An institution without a role is said by its quotes and figures, not listed as a person.
    expect(b.people.map((p) => p.name)).not.toContain("ministère de la Défense du Norland");
    const cut = inventedStory("fr", "Le président du Sénat, Arno Valt, a ouvert la séance.\nM. Valt a salué Ida Brun, venue en voisine.", {
      people: [
        { name: "Arno Valt", aliases: [], kind: "person", role: "président du", gender: "m", mentions: [0, 1] },
        { name: "président du", aliases: [], kind: "person", role: "président du", gender: "m", mentions: [0] },
        // Named once, neither described nor quoted: a passing mention.
        { name: "Ida Brun", aliases: [], kind: "person", role: null, gender: "f", mentions: [1] },
      ],
    });
    expect(composeBriefing(cut, { lang: "fr" }).people).toEqual([{ name: "Arno Valt", role: null, spoke: false }]);
  });

  it("gives who claims a figure with the article the story uses (« selon les Occidentaux »)", () => {
    const story = inventedStory("fr", "Les Alliés affirment que 9 000 soldats ont été déployés près du fleuve.", {
      speakers: [{ name: "Alliés", aliases: [], kind: "group", role: null, gender: null, mentions: [0] }],
      figures: [{ value: 9000, approx: "exact", unit: "soldats", category: "troops", text: "9 000 soldats", sentence: 0, claimedBy: "Alliés", counted: "soldats" }],
    });
    expect(composeBriefing(story, { lang: "fr" }).figures[0]!.claimedBy).toBe("les Alliés");
  });
});

describe("composeBriefing: a story that grew", () => {
  const grown = appendDispatch(firstDispatch(), secondDispatch());

  it("leads with the newest dispatch, marked new for a reader who saw the older one", () => {
    const update = composeBriefing(grown, { lang: "fr", sinceDispatch: 0 });
    expect(update.isUpdate).toBe(true);
    expect(update.lead).toMatch(/^Le Norland a mis fin mercredi à ses manœuvres/);
    expect(update.title).toMatch(/^Le Norland a mis fin mercredi à ses manœuvres/);
    expect(update.quotes[0]).toMatchObject({ speaker: "Ilse Varga", text: "Nos objectifs sont atteints", sentence: 7 });
    // The older dispatch is still told, as background.
    expect(update.points!.map((p) => p.sentence).some((s) => s < 6)).toBe(true);
  });

  it("leads with the newest dispatch for a reader with no history too (the CLI), without calling it new", () => {
    const b = composeBriefing(grown, { lang: "fr" });
    expect(b.lead).toMatch(/^Le Norland a mis fin/);
    expect(b.isUpdate).toBe(false);
    expect(composeBriefing(grown, { lang: "fr", sinceDispatch: 1 }).isUpdate).toBe(false);
  });
});

describe("composeBriefing: headline and lead", () => {
  it("does not run a question (a subhead, a teaser) into the lead", () => {
    const story = inventedStory("fr", `Les dockers de Lorvik ont voté la grève.

Une grève longue ?

Le syndicat n'a pas donné de date de fin.`);
    const b = composeBriefing(story, { lang: "fr" });
    expect(b.lead).toBe("Les dockers de Lorvik ont voté la grève.");
    expect(b.leadSentences).toEqual([0]);
  });
});
