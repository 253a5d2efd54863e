import { keysOf, type KeySet, type StoryIndex } from "../../index.js";
import type { Lang } from "../../reply.js";
import { fold } from "../../text.js";
import { insideQuote, yearInName } from "../times.js";
import { perSentence } from "../../sentence-memo.js";
import { DATE_RE, DAY_PAIRS, alt } from "./dates.js";
import { foldInPlace, type Spot } from "./place-phrases.js";
import { placeSpots } from "./place-spots.js";
import { TIME_WORDS } from "./words.js";

// A sentence read once for the anchors: its words, date phrases and places, with their positions.

const REPORTING_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(?:${alt(TIME_WORDS.fr.reporting)})(?![\\p{L}])`, "gu"),
  en: new RegExp(`(?<![\\p{L}])(?:${alt(TIME_WORDS.en.reporting)})(?![\\p{L}])`, "gu"),
};
/** A word of the sentence with its keys (the question's words are matched on them). */
export interface Word {
  at: number;
  end: number;
  keys: KeySet;
}

export interface Read {
  words: Word[];
  dates: Spot[];
  places: Spot[];
  /** Positions of the reporting verbs. */
  reporting: number[];
  /** Character positions where a clause ends (, ; : ( ) and quotation marks). */
  breaks: number[];
  /** The sentence folded character by character (offsets are the sentence's). */
  folded: string;
}

/** The sentence's words, dates, places and reporting verbs: once per story and sentence. */
export const readSentence = perSentence((index: StoryIndex, i: number): Read => {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  const text = index.story.sentences[i]?.text ?? "";
  // folded character by character, so that offsets in the folded text are offsets in the sentence
  const f = foldInPlace(text);
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)) words.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, keys: keysOf(m[0], false, lang === "en") });
  const dates: Spot[] = [];
  for (const m of f.matchAll(DATE_RE[lang])) {
    const at = m.index ?? 0;
    // a relative day inside a quote is the speaker's, not one the story dates
    if (insideQuote(text, at) && /^(?:aujourd|hier|demain|today|yesterday|tomorrow|tonight)/.test(m[0])) continue;
    // « the 2024 election », « son budget 2025 »: a year after a determiner or a noun names a thing, it dates nothing the sentence tells
    if (/^\d{4}$/.test(m[0]) && /\b(?:the|its|his|her|their|this|that|a|le|la|les|son|sa|ses|leur|ce|cette)\s+$/u.test(f.slice(Math.max(0, at - 12), at)) && !/\b(?:in|since|en|depuis|of|de|until|by)\s+$/.test(f.slice(Math.max(0, at - 8), at))) continue;
    // « the Falke 2000 system »: a lone year right after a capitalised name is part of the name (the reader's rule)
    if (/^\d{4}$/.test(m[0]) && yearInName(text, at)) continue;
    const phrase = m[0].replace(/\.$/, "");
    // English writes its days and months with a capital: « may » is a verb
    if (lang === "en" && [...text.slice(at, at + phrase.length).matchAll(/\p{L}+/gu)].some((w) => DAY_PAIRS.has(fold(w[0])) && !/^\p{Lu}/u.test(w[0]))) continue;
    dates.push({ text: text.slice(at, at + phrase.length), at, end: at + phrase.length });
  }
  const reporting = [...f.matchAll(REPORTING_RE[lang])].map((m) => m.index ?? 0);
  const breaks = [...text.matchAll(/[,;:()«»"“”—–]/g)].map((m) => m.index ?? 0);
  const places = placeSpots(index, i, text, lang);
  const out = { words, dates, places, reporting, breaks, folded: f };
  return out;
});

/** The date phrases of a sentence, in order: once per story and sentence. */
export function datesOf(index: StoryIndex, i: number): readonly Spot[] {
  return readSentence(index, i).dates;
}

/** The words of a sentence with their positions and keys: once per story and sentence. */
export function wordsOf(index: StoryIndex, i: number): readonly Word[] {
  return readSentence(index, i).words;
}

/** Places of a sentence, in order: capitalised names after a preposition of place or a place noun, no one's name, no day, no place noun; after « à » or "to", not a dative's. */
export function placesOf(index: StoryIndex, i: number): string[] {
  return readSentence(index, i).places.map((p) => p.text);
}
