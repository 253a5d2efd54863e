import { describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/engine.js";
import { emptyConversation } from "../src/engine/reply.js";
import { ingest } from "../src/story/ingest.js";

// A person named in full, then quoted under a title and their family name alone (« M. X », "Ms X"),
// which ingest reads as a speaker of its own: those words are the named person's. Invented dispatches.
const FR = createEngine(
  ingest(
    `Vignoble de Castelrac : la récolte avancée d'une semaine

CASTELRAC — Les vendanges commenceront lundi dans les coteaux de Castelrac, une semaine plus tôt que prévu.
Jeudi, Odile Le Gall, qui préside la coopérative de la vallée depuis 2019, a fait le tour des parcelles avec les saisonniers.
« Les grappes sont saines, mais la chaleur a réduit les volumes », a déclaré Mme Le Gall devant les viticulteurs.
La coopérative emploie quatre-vingts saisonniers chaque automne.`,
    { slug: "castelrac-vendanges" },
  ),
);

const EN = createEngine(
  ingest(
    `Library at Harwell to stay open on Sundays

HARWELL — The town library will open on Sundays from next month, the council said on Tuesday.
Council leader Margaret De Vere announced the change at a meeting with residents.
“Families asked for it, and we found the money in the arts budget,” Ms De Vere told the meeting.
The library lends about 900 books a week.`,
    { slug: "harwell-library" },
  ),
);

describe("words said under a title and the family name of one named person", () => {
  it("gives « Mme X »'s words to the person named in full, in French", () => {
    const r = FR.ask("Qu'a dit Odile Le Gall ?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Les grappes sont saines");
    expect(r.text).not.toMatch(/n'est pas cité/);
  });
  it("gives \"Ms X\"'s words to the person named in full, in English", () => {
    const r = EN.ask("What did Margaret De Vere say?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("Families asked for it");
  });
});
