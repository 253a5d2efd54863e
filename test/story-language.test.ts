import { describe, expect, it } from "vitest";
import { identifyLanguage } from "../src/story/lang/identify.js";
import { ingest } from "../src/story/ingest.js";

describe("a story's language", () => {
  it("reads a short English dispatch full of « a » as English", () => {
    const text = "A man saw a fox in a park. A neighbour called a vet, who came with a van.";
    expect(identifyLanguage(text, "fr")).toBe("en");
    expect(ingest(text, { slug: "fox" }).lang).toBe("en");
  });

  it("reads a short French dispatch as French", () => {
    const text = "Le maire a inauguré une école. Elle accueillera deux cents élèves dès la rentrée, a-t-il précisé.";
    expect(identifyLanguage(text, "en")).toBe("fr");
  });

  it("counts only words one language writes: « on », « me » tell neither", () => {
    expect(identifyLanguage("on me", "en")).toBe("en");
    expect(identifyLanguage("on me", "fr")).toBe("fr");
  });

  it("falls back on a text with no function word (a list of names)", () => {
    expect(identifyLanguage("Kessel, Varonne, Ibbotson", "fr")).toBe("fr");
  });
});
