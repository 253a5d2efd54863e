import { describe, expect, it } from "vitest";
import { speechItems } from "../src/briefing/speech.js";
import { inventedStory } from "./briefing-story.js";

const speaker = (name: string, mentions: number[]) => ({ name, aliases: [], kind: "person" as const, role: null, gender: null, mentions });

describe("speechItems", () => {
  it("puts a quote split by its attribution back together, the cut marked", () => {
    const story = inventedStory("fr", "« Nous tiendrons, a dit Lia Morn devant la presse. Rien ne nous arrêtera. »", {
      speakers: [speaker("Lia Morn", [0])],
      quotes: [
        { speaker: "Lia Morn", text: "Nous tiendrons", kind: "direct", sentence: 0, verb: "a dit" },
        { speaker: "Lia Morn", text: "Rien ne nous arrêtera.", kind: "direct", sentence: 0, verb: "a dit" },
      ],
    });
    expect(speechItems(story)).toEqual([{ speaker: "Lia Morn", text: "Nous tiendrons […] Rien ne nous arrêtera.", kind: "direct", sentences: [0] }]);
  });

  it("reads one speaker's quote over consecutive sentences of a paragraph as one", () => {
    const story = inventedStory("en", `"We will not sign this," Dan Ruel said.\n"Not this year."`, {
      speakers: [speaker("Dan Ruel", [0, 1])],
      quotes: [
        { speaker: "Dan Ruel", text: "We will not sign this", kind: "direct", sentence: 0, verb: "said" },
        { speaker: "Dan Ruel", text: "Not this year.", kind: "direct", sentence: 1, verb: null },
      ],
    });
    expect(speechItems(story)).toEqual([{ speaker: "Dan Ruel", text: "We will not sign this […] Not this year.", kind: "direct", sentences: [0, 1] }]);
  });

  it("does not make a quoted fragment a quote: the reported clause holding it is the item, never in « »", () => {
    const story = inventedStory("fr", "Le maire a estimé que la décision était « précipitée » et sans appel.", {
      speakers: [speaker("maire", [0])],
      quotes: [
        { speaker: "maire", text: "précipitée", kind: "direct", sentence: 0, verb: "a estimé" },
        { speaker: "maire", text: "la décision était « précipitée » et sans appel.", kind: "indirect", sentence: 0, verb: "a estimé" },
      ],
    });
    expect(speechItems(story)).toEqual([{ speaker: "maire", text: "la décision était « précipitée » et sans appel", kind: "indirect", sentences: [0] }]);
    // A clause the quote opens with a lower-case word is a fragment too.
    const cut = inventedStory("fr", "Le but était de calmer le jeu « et de rassurer les voisins », a dit Ana Pell.", {
      speakers: [speaker("Ana Pell", [0])],
      quotes: [{ speaker: "Ana Pell", text: "et de rassurer les voisins", kind: "direct", sentence: 0, verb: "a dit" }],
    });
    expect(speechItems(cut)).toEqual([]);
  });

  it("keeps a whole quote whose attribution is longer than the quote", () => {
    const story = inventedStory("fr", "« Tout est prêt », a déclaré lundi soir la porte-parole du ministère de l'Intérieur, Ana Pell, devant les élus.", {
      speakers: [speaker("Ana Pell", [0])],
      quotes: [{ speaker: "Ana Pell", text: "Tout est prêt", kind: "direct", sentence: 0, verb: "a déclaré" }],
    });
    expect(speechItems(story).map((q) => q.kind)).toEqual(["direct"]);
  });
});

describe("speechItems: a quote completed after its closing mark", () => {
  it("gives the quote with the words that complete it, as reported (its marks kept), but not an attribution", () => {
    const story = inventedStory("en", `"We will not sign" any deal this year, Dan Ruel added.\n"We will not sign this year," said Dan Ruel.`, {
      speakers: [speaker("Dan Ruel", [0, 1])],
      quotes: [
        { speaker: "Dan Ruel", text: "We will not sign", kind: "direct", sentence: 0, verb: "added" },
        { speaker: "Dan Ruel", text: "We will not sign this year", kind: "direct", sentence: 1, verb: "said" },
      ],
    });
    expect(speechItems(story)).toEqual([
      { speaker: "Dan Ruel", text: `"We will not sign" any deal this year`, kind: "indirect", sentences: [0] },
      { speaker: "Dan Ruel", text: "We will not sign this year", kind: "direct", sentences: [1] },
    ]);
  });
});
