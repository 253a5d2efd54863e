import { createHash } from "node:crypto";
import { Story } from "../src/story/schema.js";

/** Invented stories for composer and scheduler tests (no real story facts). */

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

interface Line {
  text: string;
  paragraph?: number;
}

function sentences(lines: Line[]) {
  let pos = 0;
  return lines.map((l, index) => {
    const start = pos;
    pos += l.text.length + 1;
    return { index, paragraph: l.paragraph ?? index, dispatch: 0, text: l.text, start, end: start + l.text.length };
  });
}

/** First dispatch: a minister, a spokeswoman quoted directly and indirectly, troop figures. */
export function firstDispatch(): Story {
  const lines: Line[] = [
    { text: "VELDA, 2 mars (AFP) - Le ministère de la Défense du Norland a annoncé lundi des manœuvres près de la frontière." },
    { text: "Elles doivent durer dix jours, selon le ministère." },
    { text: "« Ces exercices sont purement défensifs », a déclaré Ilse Varga, porte-parole du ministère." },
    { text: "Plus de 20 000 soldats y participent, selon Ilse Varga." },
    { text: "Le général Piet Olm, chef d'état-major, a indiqué que des blindés seraient engagés." },
    { text: "Les armées n'ont pas précisé le nombre d'avions." },
  ];
  return Story.parse({
    schemaVersion: 1,
    slug: "norland-manoeuvres",
    lang: "fr",
    title: "Le Norland annonce des manœuvres près de la frontière",
    dateline: { place: "VELDA", date: "2 mars", agency: "AFP", text: "VELDA, 2 mars (AFP) -" },
    dispatches: [{ index: 0, sha256: sha("one"), firstSentence: 0, sentenceCount: lines.length }],
    sentences: sentences(lines),
    speakers: [
      { name: "ministère de la Défense du Norland", aliases: ["le ministère"], kind: "organization", role: null, mentions: [0, 1] },
      { name: "Ilse Varga", aliases: ["Varga"], kind: "person", role: "porte-parole du ministère", gender: "f", mentions: [2, 3] },
      { name: "Piet Olm", aliases: ["Olm", "le général Olm"], kind: "person", role: "chef d'état-major", gender: "m", mentions: [4] },
    ],
    people: [{ name: "Jan Moor", aliases: ["Moor"], role: "président du Norland", mentions: [] }],
    quotes: [
      { speaker: "Piet Olm", text: "des blindés seraient engagés", kind: "indirect", sentence: 4, verb: "a indiqué" },
      { speaker: "Ilse Varga", text: "Ces exercices sont purement défensifs", kind: "direct", sentence: 2, verb: "a déclaré" },
    ],
    figures: [
      { value: 10, approx: "exact", unit: "jours", category: "other", text: "dix jours", sentence: 1, claimedBy: "ministère de la Défense du Norland", counted: null },
      { value: 20000, approx: "more_than", unit: "soldats", category: "troops", text: "Plus de 20 000 soldats", sentence: 3, claimedBy: "Ilse Varga", counted: "soldats" },
    ],
    unstated: [{ what: "le nombre d'avions", by: "Les armées", category: "equipment", text: "n'ont pas précisé le nombre d'avions", sentence: 5 }],
    places: [{ text: "VELDA", sentence: 0 }],
    dates: [{ text: "lundi", sentence: 0 }],
  });
}

/** A later dispatch on the same story, ingested on its own (sentence indices from 0). */
export function secondDispatch(): Story {
  const lines: Line[] = [
    { text: "VELDA, 4 mars (AFP) - Le Norland a mis fin mercredi à ses manœuvres, deux jours plus tôt que prévu." },
    { text: "« Nos objectifs sont atteints », a affirmé Mme Varga." },
    { text: "Environ 5 000 soldats restent sur place, a précisé le président Jan Moor." },
  ];
  return Story.parse({
    schemaVersion: 1,
    slug: "norland-manoeuvres",
    lang: "fr",
    title: "Le Norland met fin à ses manœuvres",
    dateline: { place: "VELDA", date: "4 mars", agency: "AFP", text: "VELDA, 4 mars (AFP) -" },
    dispatches: [{ index: 0, sha256: sha("two"), firstSentence: 0, sentenceCount: lines.length }],
    sentences: sentences(lines),
    speakers: [
      { name: "Varga", aliases: ["Mme Varga"], kind: "person", role: null, gender: "f", mentions: [1] },
      { name: "Jan Moor", aliases: ["le président Jan Moor"], kind: "person", role: "président", mentions: [2] },
    ],
    people: [],
    quotes: [
      { speaker: "Varga", text: "Nos objectifs sont atteints", kind: "direct", sentence: 1, verb: "a affirmé" },
      { speaker: "Jan Moor", text: "Environ 5 000 soldats restent sur place", kind: "indirect", sentence: 2, verb: "a précisé" },
    ],
    figures: [
      { value: 5000, approx: "about", unit: "soldats", category: "troops", text: "Environ 5 000 soldats", sentence: 2, claimedBy: "Jan Moor", counted: "soldats" },
    ],
    unstated: [],
    places: [{ text: "VELDA", sentence: 0 }],
    dates: [{ text: "mercredi", sentence: 0 }],
  });
}
