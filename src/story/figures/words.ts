/**
 * Closed word classes the figures scanner keys on, in folded form (see foldWord): every language's
 * words of a class in one set (the lexicons are per language in lang/fr.ts and lang/en.ts).
 */
import { allFigureValues, allFigureWords } from "./lang/index.js";

/** Function words, auxiliaries and adverbs: never a counted noun nor an adjective after one. */
export const STOPWORDS = allFigureWords((w) => w.stopwords);

export const MONTHS: ReadonlyMap<string, number> = allFigureValues((w) => w.months);
/** Month names that double as ordinary words (« may », « march »). */
const AMBIGUOUS_MONTHS = allFigureWords((w) => w.ambiguousMonths);

/** Some month names double as ordinary words (« may », « march »); only capitalised ones count. */
export function isMonth(raw: string, folded: string): boolean {
  if (!MONTHS.has(folded)) return false;
  return !AMBIGUOUS_MONTHS.has(folded) || raw[0] !== folded[0];
}

/** Nouns that name a numbered thing (« l'article 5 », « la résolution 2254 »): the number is a label. */
export const DESIGNATORS = allFigureWords((w) => w.designators);

/** Determiners that make a small number a reference back (« les trois juges »), not a new count. */
export const DEFINITE_DETS = allFigureWords((w) => w.definiteDets);

/** Possessives and demonstratives in « 2 400 de leurs soldats », « 300 of their troops ». */
export const PARTITIVE_DETS = allFigureWords((w) => w.partitiveDets);

/** Nouns for people whose age follows: « un homme de 47 ans ». */
export const PERSON_NOUNS = allFigureWords((w) => w.personNouns);

/** Endings of adjectives and participles that may follow a counted noun. */
const ADJ_ENDINGS = [...allFigureWords((w) => w.adjectiveEndings)];
const ACCENTED_PARTICIPLE = /(?:é|ée|és|ées)$/;
const ADJECTIVES = allFigureWords((w) => w.adjectives);

export function isAdjective(raw: string, folded: string): boolean {
  if (STOPWORDS.has(folded) || MONTHS.has(folded)) return false;
  if (raw[0] !== raw[0]?.toLowerCase()) return false;
  if (ADJECTIVES.has(folded)) return true;
  if (ACCENTED_PARTICIPLE.test(raw.toLowerCase())) return true;
  return ADJ_ENDINGS.some((e) => folded.length > e.length + 1 && folded.endsWith(e));
}
