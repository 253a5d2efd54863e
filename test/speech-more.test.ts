import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/story/sentences.js";
import { mergeCapitals, SpeechReader } from "../src/story/speech.js";

function read(text: string) {
  const r = new SpeechReader();
  splitSentences(text).forEach((s, i) => r.read(i, s.text));
  mergeCapitals(r.registry, r.quotes);
  return r.quotes.map((q) => `${q.entity.name} | ${q.kind} | ${q.text}`);
}

describe("more reporting constructions", () => {
  it("skips a dative between the verb and an inverted subject", () => {
    expect(read("« La trêve tient », a déclaré à l'AFP le maire de la ville, Ivan Petrov.")).toEqual(["Ivan Petrov | direct | La trêve tient"]);
  });

  it("gives words to anonymous sources", () => {
    expect(read("Les frappes ont visé un dépôt, a indiqué une source militaire.")).toEqual(["une source militaire | indirect | Les frappes ont visé un dépôt"]);
    expect(read("Selon des sources diplomatiques, la réunion est reportée.")).toEqual(["des sources diplomatiques | indirect | la réunion est reportée."]);
  });

  it("skips a relative clause between the subject and the verb", () => {
    expect(read("Le président Marc Aubry, qui s'exprimait devant la presse, a affirmé que la réforme serait votée.")).toEqual([
      "Marc Aubry | indirect | la réforme serait votée.",
    ]);
  });

  it("reads « pour X, … » when X is a person or an institution", () => {
    expect(read("Pour l'analyste Sofia Berg, cette crise « était prévisible ».")).toEqual([
      "Sofia Berg | indirect | cette crise « était prévisible ».",
      "Sofia Berg | direct | était prévisible",
    ]);
    expect(read("Pour la première fois, le port est fermé.")).toEqual([]);
  });

  it("takes a role and a name from « Le président russe Vladimir X »", () => {
    expect(read("Le président kazakh Nurlan Abenov a estimé que l'accord était « équilibré ».")).toEqual([
      "Nurlan Abenov | indirect | l'accord était « équilibré ».",
      "Nurlan Abenov | direct | équilibré",
    ]);
  });

  it("attributes a quote followed by « selon X »", () => {
    expect(read("« Nous ne reculerons pas », selon le porte-parole du gouvernement, Hugo Lenz.")).toEqual(["Hugo Lenz | direct | Nous ne reculerons pas"]);
  });

  it("reads present-tense inverted verbs with a pronoun", () => {
    const text = "La commissaire Eva Lund a présenté le plan.\n\n« Il faut agir vite », estime-t-elle.";
    expect(read(text)).toContain("Eva Lund | direct | Il faut agir vite");
  });

  it("reads English attribution", () => {
    expect(read("\"We will stay,\" said General John Miles.")).toEqual(["John Miles | direct | We will stay"]);
    expect(read("The ministry said that 200 troops had arrived.")).toEqual(["ministry | indirect | 200 troops had arrived."]);
  });
});
