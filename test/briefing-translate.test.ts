import { describe, expect, it } from "vitest";
import { composeBriefing } from "../src/briefing/compose.js";
import { renderBriefingText } from "../src/briefing/render-text.js";
import { translator } from "../src/briefing/translate.js";
import { inventedStory } from "./briefing-story.js";

const story = inventedStory(
  "fr",
  `Le ministère de la Défense a annoncé lundi que 4 000 soldats iraient à la frontière.
« Nous sommes prêts », a déclaré la porte-parole du ministère de la Défense, Lina Dorsk.
Les armées de Valdor et Tarsa n'ont pas précisé le nombre de chars que fournira chaque pays.`,
  {
    speakers: [
      { name: "ministère de la Défense", aliases: [], kind: "organization", role: null, gender: "m", mentions: [0] },
      { name: "Lina Dorsk", aliases: [], kind: "person", role: "porte-parole du ministère de la Défense", gender: "f", mentions: [1] },
    ],
    quotes: [{ speaker: "Lina Dorsk", text: "Nous sommes prêts", kind: "direct", sentence: 1, verb: "a déclaré" }],
    figures: [{ value: 4000, approx: "exact", unit: "soldats", category: "troops", text: "4 000 soldats", sentence: 0, claimedBy: "ministère de la Défense", counted: "soldats" }],
    unstated: [{ what: "le nombre de chars", by: "Les armées de Valdor et Tarsa", category: "equipment", text: "Les armées de Valdor et Tarsa n'ont pas précisé le nombre de chars", sentence: 2 }],
  },
);

describe("briefing labels in the reader's language", () => {
  it("gives roles, institutions and claimants of a French story in English; names and quotes as written", () => {
    const b = composeBriefing(story, { lang: "en" });
    const dorsk = b.people.find((p) => p.name === "Lina Dorsk")!;
    expect(dorsk.role).toMatch(/spokesperson/);
    expect(dorsk.role).not.toMatch(/ministère|porte-parole/);
    expect(b.figures[0]!.claimedBy).toMatch(/^the .*ministry/);
    expect(b.quotes[0]).toMatchObject({ speaker: "Lina Dorsk", text: "Nous sommes prêts", kind: "direct" });
    const text = renderBriefingText(b);
    expect(text).toContain("according to the ");
    expect(text).not.toMatch(/selon|Qui est qui|Non précisé/);
  });

  it("keeps the story's words where a translation would lose a name, and never shortens what was not given", () => {
    const line = composeBriefing(story, { lang: "en" }).unstated[0]!.text;
    expect(line).toMatch(/^equipment numbers \(as written: le nombre de chars que fournira chaque pays\), by /);
    expect(line).toMatch(/Valdor (?:et|and) Tarsa$/);
    // Whatever the translation, a proper name of the label comes through as written, or nothing does.
    for (const label of ["Les armées de Valdor et Tarsa", "ministère de l'Intérieur de Norvalie", "porte-parole de la mairie de Lorvik"]) {
      const t = translator("fr", "en").label(label);
      for (const name of label.match(/(?<=\s|')\p{Lu}\p{Ll}+(?:ie|a|ik)\b/gu) ?? []) if (t !== null) expect(t).toContain(name);
    }
  });

  it("leaves every label as written in the story's own language", () => {
    const b = composeBriefing(story, { lang: "fr" });
    expect(b.people.find((p) => p.name === "Lina Dorsk")!.role).toBe("porte-parole du ministère de la Défense");
    expect(b.figures[0]!.claimedBy).toBe("le ministère de la Défense");
    expect(b.unstated[0]!.text).toBe("Les armées de Valdor et Tarsa n'ont pas précisé le nombre de chars que fournira chaque pays");
  });
});
