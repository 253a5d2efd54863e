import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { SpeechReader } from "../src/story/speech/index.js";

/** Reads an invented dispatch and lists « speaker | kind | text ». */
function read(lang: "fr" | "en", text: string): string[] {
  const r = new SpeechReader(lang);
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("a medium speaks through its reporting", () => {
  it("reads an unnamed newspaper, channel or radio after the verb as the speaker, not the clause before it", () => {
    expect(read("fr", "Le bac restera fermé jusqu'en mars, a indiqué la chaîne régionale.")).toEqual(["chaîne régionale | indirect | Le bac restera fermé jusqu'en mars"]);
    expect(read("fr", "Le bac de Lirac restera fermé, a rapporté le journal.")).toEqual(["journal | indirect | Le bac de Lirac restera fermé"]);
    expect(read("en", "The Lirac ferry will stay in port all winter, local media reported.")).toEqual(["local media | indirect | The Lirac ferry will stay in port all winter"]);
    expect(read("en", "The Lirac ferry will stay in port all winter, the broadcaster reported.")).toEqual(["broadcaster | indirect | The Lirac ferry will stay in port all winter"]);
  });
});

describe("a person described by a trade no list holds", () => {
  it("reads « l'hydrologue », « la volcanologue » as a speaker, by the ending of the trade", () => {
    expect(read("fr", "Selon l’hydrologue, les berges de la Sarve ne tiendront pas une autre crue.")).toEqual(["hydrologue | indirect | les berges de la Sarve ne tiendront pas une autre crue."]);
    expect(read("fr", "Les berges de la Sarve ne tiendront pas, a expliqué la volcanologue.")).toEqual(["volcanologue | indirect | Les berges de la Sarve ne tiendront pas"]);
  });

  it("reads « Pour la toxicologue, … » and « Pour elle, … » as a point of view, like « selon »", () => {
    expect(read("fr", "La toxicologue Inès Caradec a visité l'usine. Pour la toxicologue, le solvant doit être interdit.")).toEqual(["Inès Caradec | indirect | le solvant doit être interdit."]);
    expect(read("fr", "La maire Inès Caradec a visité l'usine. Pour elle, le solvant doit être interdit.")).toEqual(["Inès Caradec | indirect | le solvant doit être interdit."]);
    // A phrase of time or a thing after « Pour » is no one's point of view.
    expect(read("fr", "Pour la troisième fois, le solvant a fui.")).toEqual([]);
    expect(read("fr", "Pour le reste, l'usine tourne.")).toEqual([]);
  });

  it("takes no thing that ends like a trade for one (« dialogue », « catalogue »)", () => {
    expect(read("fr", "Pour le dialogue, il faudra attendre la fin de la grève.")).toEqual([]);
    expect(read("fr", "Selon le catalogue, la vente a rapporté trois millions d'euros.")).toEqual([]);
  });
});
