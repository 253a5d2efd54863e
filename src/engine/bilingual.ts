import { dictionaryGeneration, englishToFrench, frenchToEnglish } from "./dictionary.js";
import { englishKeys } from "./lexicon-news.js";
import type { Lang } from "./reply.js";
import { fold, frKeys, isStopword } from "./text.js";

/*
 * A question's content word in the other language of the story, through the general bilingual
 * dictionary (FreeDict, read at run time when installed: src/dictionary-load.ts), for the words
 * the project's own lexicons do not know. Dictionaries list base forms, so an inflected word is
 * looked up under the base forms its suffix allows, by the rules of its language below.
 */

/** Suffix → replacement, longest first: the base forms an inflected word may come from. */
const EN_SUFFIXES: readonly (readonly [string, string])[] = [
  ["ies", "y"], ["ied", "y"], ["ing", ""], ["ing", "e"], ["ed", ""], ["ed", "e"], ["es", ""], ["s", ""],
];
// (past participles of the other groups after the first: « vendu » of « vendre », « choisi » of « choisir »,
// « détruit » of « détruire », « pris » of « prendre », « ouvert » of « ouvrir », « atteint » of « atteindre »;
// « finissent », « finit » of « finir »)
const FR_SUFFIXES: readonly (readonly [string, string])[] = [
  ["aient", "er"], ["ait", "er"], ["ees", "er"], ["ee", "er"], ["es", "er"], ["ent", "er"], ["ant", "er"],
  ["aux", "al"], ["es", "e"], ["es", ""], ["s", ""], ["x", ""], ["e", ""], ["e", "er"],
  ["issent", "ir"], ["issait", "ir"], ["ues", "re"], ["ue", "re"], ["us", "re"], ["u", "re"], ["ies", "ir"], ["ie", "ir"], ["is", "ir"], ["i", "ir"],
  ["ites", "ire"], ["ite", "ire"], ["its", "ire"], ["it", "ire"], ["it", "ir"], ["rise", "rendre"], ["ris", "rendre"],
  ["erte", "rir"], ["ert", "rir"], ["einte", "eindre"], ["eint", "eindre"], ["ainte", "aindre"], ["aint", "aindre"],
];

/**
 * Whether a folded word ending in « s » or « x » is a word of its own the dictionary lists as it is
 * (« fois », « mois », « prix », "news", "series"): no plural of a shorter word (« foi », « moi »,
 * « pri »), whose senses would be another word's.
 */
function invariable(word: string, lang: Lang): boolean {
  return /[sx]$/.test(word) && (lang === "fr" ? frenchToEnglish(word) : englishToFrench(word)).length > 0;
}

/** Base-form candidates of a folded word: itself first, then by suffix. */
export function bases(word: string, lang: Lang): string[] {
  const out = [word];
  const whole = invariable(word, lang);
  for (const [suffix, base] of lang === "fr" ? FR_SUFFIXES : EN_SUFFIXES) {
    // (a plain plural's ending only: « fois » keeps its « s », « prises » may still be « prendre »'s)
    if (whole && !base && (suffix === "s" || suffix === "x")) continue;
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      const b = word.slice(0, -suffix.length) + base;
      out.push(b);
      // English doubles a final consonant before « -ed », « -ing » (« stopped », « banned », « admitting »)
      if (lang === "en" && !base && /([bdgmnprt])\1$/.test(b)) out.push(b.slice(0, -1));
    }
  }
  return out;
}

// Every one-word sense of the entry, not its first few: a verb's sense the story uses may come late in it
// (« accueillir »: accept, receive, …, admit); dictionary keys are weaker evidence than the lexicons' anyway
// (query.ts weighs a term without them). Four senses lost two dev answers and gained nothing on validation.
function lookUp(word: string, from: Lang): string[] {
  const get = from === "en" ? englishToFrench : frenchToEnglish;
  for (const b of bases(word, from)) {
    const senses = get(b).filter((s) => /^[\p{L}'-]+$/u.test(s));
    if (senses.length) return senses;
  }
  return [];
}

/**
 * The one-word senses (folded) the dictionary gives a folded word of `from`, looked up under its
 * base forms: empty without a dictionary or when it lacks the word.
 */
export function dictionarySenses(word: string, from: Lang): string[] {
  return lookUp(word, from).map((s) => fold(s.replace(/-/g, "")));
}

/** Keys too common in news text to be evidence of one meaning (« fait » for « faîte »), per language of the key. */
const COMMON: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(["fait", "faire", "etre", "avoir", "tout", "tous", "bien"]),
  en: new Set(["make", "made", "have", "been", "will"]),
};

const cache = new Map<string, string[]>();

/**
 * The keys, as a story in the other language holds them, of a folded question word of `from`
 * through the dictionary; empty without one or when it lacks the word.
 */
export function dictionaryKeys(word: string, from: Lang): string[] {
  const id = `${dictionaryGeneration()}:${from}:${word}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const senses = lookUp(word, from);
  const common = COMMON[from === "en" ? "fr" : "en"];
  // a stem that is also a function word (« contrée » → « contre ») would match everywhere
  const keys = [...new Set(senses.flatMap((s) => (from === "en" ? frKeys(s.replace(/-/g, "")) : englishKeys(s))))].filter((k) => k.length >= 4 && !isStopword(k) && !common.has(k));
  if (cache.size > 20_000) cache.clear();
  cache.set(id, keys);
  return keys;
}
