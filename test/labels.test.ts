import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { describedIn, englishLabel, nameIn, roleIn } from "../src/engine/labels.js";
import { emptyConversation } from "../src/engine/reply.js";
import { testStory } from "./engine-story.js";

// Invented labels, as a French dispatch writes them.
describe("French labels in English", () => {
  it("a party to a trial is named as the courts name it (« prévenu » is the defendant, not one « warned »)", () => {
    expect(roleIn("avocat du prévenu", "fr", "en")).toBe("lawyer of the defendant");
    expect(roleIn("avocate des plaignants", "fr", "en")).toBe("lawyer of the plaintiffs");
  });
  it("never translates a person's name, even one made of common words", () => {
    expect(englishLabel("Marine Castelnau")).toBe("Marine Castelnau");
    expect(englishLabel("Rose Le Garde")).toBe("Rose Le Garde");
  });
  it("keeps adjectives joined by « et » in their order, with their « and »", () => {
    expect(englishLabel("les armées russe et polonaise")).toBe("Russian and Polish armed forces");
  });
  it("gives a capital as written, never as its country", () => {
    expect(englishLabel("ambassade de Norvalie à Tallinn")).toBe("embassy of Norvalie in Tallinn");
  });
  it("says « of the » for « du, de la, des », « of » for a bare « de », and no article before a field of government", () => {
    expect(englishLabel("ministre de la Santé")).toBe("minister of health");
    expect(englishLabel("ministres de la Défense")).toBe("ministers of defence");
    expect(englishLabel("le nombre de soldats")).toMatch(/^number of (?:soldiers|troops)$/);
    expect(englishLabel("porte-parole du gouvernement")).toBe("spokesperson of the government");
  });
  it("keeps acronyms as written and puts adjectives before the noun, in English order", () => {
    expect(englishLabel("dirigeant du SNPT")).toBe("leader of the SNPT");
    expect(englishLabel("administration militaire régionale")).toBe("regional military administration");
    expect(englishLabel("ancien ministre finlandais")).toBe("former Finnish minister");
  });
  it("translates set phrases of institutions as one (« armée de l'air » is the air force)", () => {
    expect(englishLabel("porte-parole de l'armée de l'air finlandaise")).toBe("spokesperson of the Finnish air force");
  });
  it("keeps a clause caught as a label in French rather than translate it word for word", () => {
    expect(englishLabel("source qui a requis l'anonymat")).toMatch(/^« .* »$/);
  });
  it("gives a story's labels in the asker's language: a French one translated, an English one by its known head with the story's words beside it", () => {
    expect(roleIn("porte-parole de la marine", "fr", "en")).toBe("spokesperson of the navy");
    expect(roleIn("porte-parole de la marine", "fr", "fr")).toBe("porte-parole de la marine");
    expect(roleIn("navy spokesperson", "en", "fr")).toBe("porte-parole (« navy spokesperson »)");
    // an unknown English description is quoted as the story wrote it; a bare capitalised title is not
    expect(roleIn("Taoiseach", "en", "fr")).toBe("Taoiseach");
    expect(roleIn("rodeo wrangler", "en", "fr")).toBe("« rodeo wrangler »");
    expect(roleIn("navy spokesperson", "en", "en")).toBe("navy spokesperson");
    const ministry = { name: "ministère finlandais de la Défense", kind: "organization", nameWords: [], role: null };
    expect(nameIn(ministry, "fr", "en")).toBe("Finnish ministry of defence");
    expect(describedIn({ name: "Lea Korpi", kind: "person", nameWords: [], role: "ministre finlandaise de la Santé" }, "fr", "en")).toBe("Lea Korpi (Finnish minister of health)");
  });
});

describe("answers in the asker's language", () => {
  const engine = createEngine(testStory());
  const ask = (q: string) => engine.ask(q, emptyConversation()).reply;
  it("lists who spoke with English roles and institutions for an English question on a French story", () => {
    const text = ask("Who spoke?").text;
    expect(text).toMatch(/spokesperson of the Finnish navy/);
    expect(text).not.toMatch(/porte-parole|ministère/);
  });
  it("never shows reported speech in « » as if it were the speaker's words", () => {
    const r = ask("What did Kaljurand say about the cost?");
    const reported = testStory().quotes.find((q) => q.kind === "indirect" && q.speaker === "Tõnis Kaljurand")!;
    expect(r.text).toContain(reported.text);
    expect(r.text).not.toContain(`« ${reported.text}`);
    expect(r.text).toMatch(/\(reported\)|not a direct quote/);
  });
});
