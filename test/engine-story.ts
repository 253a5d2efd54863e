import type { Figure, Story } from "../src/story/schema.js";

/**
 * An invented dispatch for the engine's tests: every name, number and sentence here is made up,
 * so the tests exercise general rules, not a real story.
 */
const SENTENCES = [
  "(Oslo) Le ministre estonien de la Défense, Tõnis Kaljurand, a téléphoné mardi à son homologue finlandais, Jukka Heikkilä, pour préparer des manœuvres navales en mer Baltique, a annoncé le ministère estonien de la Défense.",
  "« Nous devons protéger nos câbles sous-marins », a déclaré M. Kaljurand lors d'une conférence de presse.",
  "Selon le ministère, environ 4 000 soldats et une quinzaine de navires participeront aux manœuvres, qui doivent durer jusqu'au 3 juin près de Tallinn.",
  "La porte-parole de la marine finlandaise, Aino Virtanen, a indiqué que plusieurs sous-marins avaient été repérés près de la frontière maritime.",
  "Moscou a dénoncé une « provocation inutile » et n'a pas précisé le nombre de navires russes présents dans la zone.",
  "Âgé de 47 ans, le ministre a assuré que l'opération coûterait 12 millions d'euros.",
  "L'armée russe a diffusé une vidéo montrant des systèmes de missiles K-300P déployés à Kaliningrad.",
  "Le général Vladimir Ostaptchouk, porte-parole du district militaire de l'Ouest, a affirmé que « la flotte répondra à toute menace ».",
  "Łukasz Wróbel, un analyste polonais, a rappelé que la Russie avait massé plus de 20 000 soldats près de la frontière l'an dernier.",
];

const at = (fragment: string): number => {
  const i = SENTENCES.findIndex((s) => s.includes(fragment));
  if (i < 0) throw new Error(`fixture: no sentence holds ${fragment}`);
  return i;
};

function figure(text: string, value: number, category: Figure["category"], claimedBy: string | null, counted: string | null, approx: Figure["approx"] = "exact"): Figure {
  return { value, approx, unit: counted, category, text, sentence: at(text), claimedBy, counted };
}

export function testStory(): Story {
  return {
    schemaVersion: 1,
    slug: "exercices-baltique",
    lang: "fr",
    title: "Le ministre estonien de la Défense a téléphoné à son homologue finlandais",
    dateline: { place: "Oslo", date: null, agency: null, text: "(Oslo)" },
    dispatches: [{ index: 0, sha256: "a".repeat(64), firstSentence: 0, sentenceCount: SENTENCES.length }],
    sentences: SENTENCES.map((text, index) => ({ index, paragraph: index, dispatch: 0, text, start: 0, end: text.length })),
    speakers: [
      { name: "Tõnis Kaljurand", aliases: ["Kaljurand", "M. Kaljurand", "le ministre estonien de la Défense", "le ministre"], kind: "person", role: "ministre estonien de la Défense", gender: "m", mentions: [0, 1, 5] },
      { name: "ministère estonien de la Défense", aliases: ["le ministère", "Tallinn"], kind: "organization", role: null, gender: "m", mentions: [0, 2] },
      { name: "Aino Virtanen", aliases: ["Virtanen", "la porte-parole de la marine finlandaise"], kind: "person", role: "porte-parole de la marine finlandaise", gender: "f", mentions: [3] },
      { name: "Kremlin", aliases: ["Moscou"], kind: "organization", role: null, gender: "m", mentions: [4] },
      { name: "Vladimir Ostaptchouk", aliases: ["Ostaptchouk", "le général Vladimir Ostaptchouk"], kind: "person", role: "porte-parole du district militaire de l'Ouest", gender: "m", mentions: [7] },
      { name: "Łukasz Wróbel", aliases: ["Wróbel"], kind: "person", role: "analyste polonais", gender: "m", mentions: [8] },
    ],
    people: [{ name: "Jukka Heikkilä", aliases: ["Heikkilä"], kind: "person", role: "ministre finlandais de la Défense", gender: "m", mentions: [0] }],
    quotes: [
      { speaker: "Tõnis Kaljurand", text: "Nous devons protéger nos câbles sous-marins", kind: "direct", sentence: 1, verb: "a déclaré" },
      { speaker: "ministère estonien de la Défense", text: "environ 4 000 soldats et une quinzaine de navires participeront aux manœuvres", kind: "indirect", sentence: 2, verb: "selon" },
      { speaker: "Aino Virtanen", text: "plusieurs sous-marins avaient été repérés près de la frontière maritime", kind: "indirect", sentence: 3, verb: "a indiqué" },
      { speaker: "Kremlin", text: "provocation inutile", kind: "direct", sentence: 4, verb: "a dénoncé" },
      { speaker: "Tõnis Kaljurand", text: "l'opération coûterait 12 millions d'euros", kind: "indirect", sentence: 5, verb: "a assuré" },
      { speaker: "Vladimir Ostaptchouk", text: "la flotte répondra à toute menace", kind: "direct", sentence: 7, verb: "a affirmé" },
      { speaker: "Łukasz Wróbel", text: "la Russie avait massé plus de 20 000 soldats près de la frontière l'an dernier", kind: "indirect", sentence: 8, verb: "a rappelé" },
    ],
    figures: [
      figure("environ 4 000 soldats", 4000, "troops", "ministère estonien de la Défense", "soldats", "about"),
      figure("une quinzaine de navires", 15, "equipment", "ministère estonien de la Défense", "navires", "about"),
      figure("Âgé de 47 ans", 47, "age", null, "ans"),
      figure("12 millions d'euros", 12_000_000, "money", "Tõnis Kaljurand", "euros"),
      figure("plus de 20 000 soldats", 20_000, "troops", "Łukasz Wróbel", "soldats", "more_than"),
    ],
    unstated: [{ what: "le nombre de navires russes", by: "Moscou", category: "equipment", text: "n'a pas précisé le nombre de navires russes", sentence: 4 }],
    places: [
      { text: "mer Baltique", sentence: 0 },
      { text: "Tallinn", sentence: 2 },
      { text: "Kaliningrad", sentence: 6 },
    ],
    dates: [
      { text: "mardi", sentence: 0 },
      { text: "jusqu'au 3 juin", sentence: 2 },
      { text: "l'an dernier", sentence: 8 },
    ],
  };
}

/** The same dispatch cut down: no money, no age, no equipment, to test declines. */
export function smallStory(): Story {
  const s = testStory();
  return { ...s, figures: s.figures.filter((f) => f.category === "troops"), quotes: s.quotes.filter((q) => !q.text.includes("euros")) };
}
