import { describe, expect, it } from "vitest";
import { glossDate } from "../src/engine/answers/date-words.js";

/**
 * A French date in an English answer is said in English, the story's own words after it in
 * brackets to find it by in the cited sentence (answers/events.ts through anchor.ts's dateIn).
 */
describe("a French date in an English answer", () => {
  it("leads with the English words", () => {
    expect(glossDate("en", "le 14 mai")).toBe("14 May (le 14 mai)");
    expect(glossDate("en", "vendredi")).toBe("Friday (vendredi)");
  });

  it("says a lead before a year in English, and drops a preposition the figures need not", () => {
    expect(glossDate("en", "d'ici à 2031")).toBe("by 2031 (d'ici à 2031)");
    expect(glossDate("en", "en 2016")).toBe("2016");
  });

  it("says a range and a part of a month in English", () => {
    expect(glossDate("en", "entre le 4 et le 19 octobre")).toBe("between 4 and 19 October (entre le 4 et le 19 octobre)");
    expect(glossDate("en", "fin juillet")).toBe("late July (fin juillet)");
  });

  it("leaves an English date and a French answer as they are", () => {
    expect(glossDate("en", "on Tuesday")).toBe("on Tuesday");
    expect(glossDate("fr", "le 14 mai")).toBe("le 14 mai");
  });
});

describe("a French place in an English answer", () => {
  it("is said in English where the lexicons know it, a capital kept", async () => {
    const { placeIn } = await import("../src/engine/labels.js");
    expect(placeIn("Allemagne", "fr", "en")).toBe("Germany");
    expect(placeIn("Varsovie", "fr", "en")).toBe("Warsaw");
    expect(placeIn("Parlement", "fr", "en")).toBe("Parliament");
  });

  it("keeps a name of several capitalised words whole, and a French answer as written", async () => {
    const { placeIn } = await import("../src/engine/labels.js");
    expect(placeIn("Irlande du Nord", "fr", "en")).toBe("Irlande du Nord");
    expect(placeIn("Allemagne", "fr", "fr")).toBe("Allemagne");
  });

  it("names the place of an event in English in a « where » answer", async () => {
    const { createEngine } = await import("../src/engine/engine.js");
    const { ingest } = await import("../src/story/ingest.js");
    const { emptyConversation } = await import("../src/engine/reply.js");
    const story = `Une étude sur les engrais publiée en Allemagne

Les chercheurs de l'institut de Varenne ont travaillé trois ans sur les sols du plateau.
Leur étude sur les engrais azotés a été publiée en Allemagne la semaine dernière.`;
    const engine = createEngine(ingest(story, { slug: "etude-engrais" }));
    const r = engine.ask("Where was the study on fertilisers published?", emptyConversation()).reply;
    expect(r.text).toMatch(/Germany/);
  });
});
