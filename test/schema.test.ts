import { describe, expect, it } from "vitest";
import { ingest } from "../src/story/ingest.js";
import { Figure, Quote, Speaker, Story } from "../src/story/schema.js";

const text = "(Rome) Le ministère italien de la Défense a annoncé l'envoi de près de 2 000 soldats, a précisé le porte-parole, Marco Neri.";

describe("the story schema", () => {
  it("accepts what ingest produces, and survives a JSON round trip", () => {
    const story = ingest(text, { slug: "rome" });
    expect(Story.parse(JSON.parse(JSON.stringify(story)))).toEqual(story);
  });

  it("fills defaults for optional fields of hand-written stories", () => {
    const s = Speaker.parse({ name: "Marco Neri", aliases: [], kind: "person", role: null });
    expect(s.gender).toBeNull();
    expect(s.mentions).toEqual([]);
  });

  it("rejects unknown kinds, approximations and categories", () => {
    expect(Quote.safeParse({ speaker: "X", text: "y", kind: "rumour", sentence: 0, verb: null }).success).toBe(false);
    const fig = { value: 5, approx: "exact", unit: null, category: "troops", text: "5 soldats", sentence: 0, claimedBy: null, counted: null };
    expect(Figure.safeParse(fig).success).toBe(true);
    expect(Figure.safeParse({ ...fig, approx: "roughly" }).success).toBe(false);
    expect(Figure.safeParse({ ...fig, category: "tanks" }).success).toBe(false);
  });

  it("says which field is wrong", () => {
    const story = ingest(text, { slug: "rome" });
    const bad = { ...story, slug: "Not A Slug", sentences: [{ ...story.sentences[0], start: -1 }] };
    const result = Story.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["slug", "sentences.0.start"]));
  });
});
