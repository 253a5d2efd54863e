import { describe, expect, it } from "vitest";
import { asksPosition } from "../src/engine/answers/speech.js";
import { fold } from "../src/engine/text.js";

// A position asked is read with the asker's language's words only: each language's table holds its own words.
describe("asksPosition reads the asker's language", () => {
  it("an English question asking what someone wants or calls for", () => {
    expect(asksPosition(fold("What does the harbour guild want?"), "en")).toBe(true);
    expect(asksPosition(fold("What is Mrs Quarle calling for?"), "en")).toBe(true);
  });
  it("a French question asking what someone demands or proposes", () => {
    expect(asksPosition(fold("Que réclame la guilde du port ?"), "fr")).toBe(true);
    expect(asksPosition(fold("Mme Quarle propose quoi ?"), "fr")).toBe(true);
  });
  it("a verb of saying besides the position asks for words, not only a position", () => {
    expect(asksPosition(fold("What did the guild say it wants?"), "en")).toBe(false);
  });
  it("a word of the other language is not read as a position of this one", () => {
    expect(asksPosition(fold("Que veut dire ce mot ?"), "en")).toBe(false);
  });
});
