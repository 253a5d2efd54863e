import { Story } from "../../../src/story/schema.js";

/**
 * A small, invented story that passes the schema, for adapter tests that must not depend on the
 * ingest pipeline. Nothing here is from a real article.
 */
export function fixtureStory(): Story {
  const sentences = [
    "Les armées de Ruritanie et de Syldavie ont lancé lundi des manœuvres communes, a annoncé le ministère ruritanien de la Défense.",
    "« Ces exercices sont purement défensifs », a déclaré le porte-parole Jan Novak.",
    "Selon les observateurs, plus de 5 000 soldats y participent.",
  ];
  let offset = 0;
  return Story.parse({
    schemaVersion: 1,
    slug: "fixture-story",
    lang: "fr",
    title: "Manœuvres communes en Ruritanie",
    dateline: null,
    dispatches: [{ index: 0, sha256: "0".repeat(64), firstSentence: 0, sentenceCount: sentences.length }],
    sentences: sentences.map((text, index) => {
      const start = offset;
      offset += text.length + 1;
      return { index, paragraph: index, dispatch: 0, text, start, end: start + text.length };
    }),
    speakers: [
      { name: "Jan Novak", aliases: ["Novak"], kind: "person", role: "porte-parole", gender: "m", mentions: [1] },
      { name: "ministère ruritanien de la Défense", aliases: [], kind: "organization", role: null, gender: null, mentions: [0] },
    ],
    people: [],
    quotes: [{ speaker: "Jan Novak", text: "Ces exercices sont purement défensifs", kind: "direct", sentence: 1, verb: "a déclaré" }],
    figures: [
      { value: 5000, approx: "more_than", unit: "soldats", category: "troops", text: "plus de 5 000 soldats", sentence: 2, claimedBy: null, counted: "soldats" },
    ],
    unstated: [],
    places: [],
    dates: [],
  });
}
