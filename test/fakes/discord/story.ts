import type { Story } from "../../../src/story/schema.js";

/** A small invented story for adapter tests (the adapters never depend on a real one). */
export function testStory(): Story {
  const sentences = [
    "Le ministre de l'Exemple, Ada Lovelace, a annoncé un exercice de grande ampleur.",
    "« Nous sommes *prêts* à tout », a déclaré Ada Lovelace.",
    "Selon le porte-parole Charles Babbage, plus de 1 000 soldats participent.",
  ];
  let offset = 0;
  return {
    schemaVersion: 1,
    slug: "test-story",
    lang: "fr",
    title: "Un exercice de grande ampleur",
    dateline: null,
    dispatches: [{ index: 0, sha256: "0".repeat(64), firstSentence: 0, sentenceCount: sentences.length }],
    sentences: sentences.map((text, index) => {
      const s = { index, paragraph: index, dispatch: 0, text, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return s;
    }),
    speakers: [
      { name: "Ada Lovelace", aliases: ["Lovelace", "le ministre"], kind: "person", role: "ministre de l'Exemple", gender: "f", mentions: [0, 1] },
      { name: "Charles Babbage", aliases: ["Babbage"], kind: "person", role: "porte-parole", gender: "m", mentions: [2] },
      { name: "ministère de l'Exemple", aliases: [], kind: "organization", role: null, gender: null, mentions: [] },
    ],
    people: [],
    quotes: [
      { speaker: "Ada Lovelace", text: "Nous sommes *prêts* à tout", kind: "direct", sentence: 1, verb: "a déclaré" },
      { speaker: "Charles Babbage", text: "plus de 1 000 soldats participent", kind: "indirect", sentence: 2, verb: "selon" },
    ],
    figures: [
      { value: 1000, approx: "more_than", unit: "soldats", category: "troops", text: "plus de 1 000 soldats", sentence: 2, claimedBy: "Charles Babbage", counted: "soldats" },
    ],
    unstated: [],
    places: [],
    dates: [],
  };
}
