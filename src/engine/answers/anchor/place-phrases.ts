// The phrases that place something, per language: a preposition of place, a noun of places, « la ville de »,
// and the folding their offsets are read on. Shared by the sentence reader, the place spots and the countries.
import type { Lang } from "../../reply.js";
import { fold } from "../../text.js";
import { alt } from "./dates.js";
import { TIME_WORDS } from "./words.js";

export const LOCATIVE_RE: Record<Lang, RegExp> = {
  // (a locative that ends on an elision, « à destination d' », takes no space before the name)
  fr: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.fr.locative)})(?:\\s+|(?<=['’]))(?:(?:la|le|les|l['’])\\s*)?$`, "u"),
  en: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.en.locative)})\\s+(?:the\\s+)?$`, "u"),
};

/** Each character folded on its own (accents dropped, case lowered): same length, same offsets. */
export function foldInPlace(text: string): string {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    const f = ch === "’" ? "'" : fold(ch);
    out += f.length === 1 ? f : ch.toLowerCase();
  }
  return out;
}

export const PLACE_NOUNS: Record<Lang, ReadonlySet<string>> = { fr: new Set(TIME_WORDS.fr.placeNouns), en: new Set(TIME_WORDS.en.placeNouns) };
/** Whether a folded word is one of a language's nouns of places (« capitale », "city"): a name set after it names that place. */
export function isPlaceNoun(word: string, lang: Lang): boolean {
  return PLACE_NOUNS[lang].has(word);
}

/** « la ville de », « the province of » after a preposition of place: the name that follows is the place. */
/** « en mer Baltique », « sur l'île Verte »: the place noun right before the name is part of it. */
export const NOUN_BEFORE_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.fr.locative)})\\s+(?:(?:la|le|les|l['’])\\s*)?((?:${alt(TIME_WORDS.fr.placeNouns)})\\s+)$`, "u"),
  en: /(?!)/u,
};

export const OF_PLACE_NOUN_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.fr.locative)})\\s+(?:(?:la|le|les|l['’]|une?)\\s*)?(?:${alt(TIME_WORDS.fr.placeNouns)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:de|du|des|d['’])\\s*(?:(?:la|le|les|l['’])\\s*)?$`, "u"),
  en: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.en.locative)})\\s+(?:the\\s+|a\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${alt(TIME_WORDS.en.placeNouns)})\\s+of\\s+(?:the\\s+)?$`, "u"),
};

/** A date or place phrase of a sentence, at its position in the sentence's text. */
export interface Spot {
  text: string;
  at: number;
  end: number;
}
