import type { Approx } from "../schema.js";
import { FIGURE_WORDS } from "./lang/index.js";
import type { Token } from "./tokens.js";

/**
 * Words before a number that say how exact it is, every language's (lang/fr.ts, lang/en.ts).
 * Longer phrases are tried first so « un peu plus de » is about, not more than.
 */
const split = (pairs: ReadonlyArray<readonly [string, Approx]>): Array<{ words: string[]; approx: Approx }> =>
  pairs.map(([p, a]) => ({ words: p.split(" "), approx: a })).sort((x, y) => y.words.length - x.words.length);
const LANGS = Object.values(FIGURE_WORDS);
const SPLIT = split(LANGS.flatMap((w) => [...w.qualifiers.before]));
/** Words after the counted phrase: « 9 000 soldats au maximum », "9,000 troops or more". */
const SPLIT_AFTER = split(LANGS.flatMap((w) => [...w.qualifiers.after]));

/** Folded tokens ending just before token `k` match `words`. */
function endsWith(toks: readonly Token[], k: number, words: readonly string[]): boolean {
  if (k - words.length < 0) return false;
  for (let i = 0; i < words.length; i++) if (toks[k - words.length + i]?.norm !== words[i]) return false;
  return true;
}

/** The qualifier right before token `k`: its approximation and its first token index. */
export function qualifierBefore(toks: readonly Token[], k: number): { approx: Approx; first: number } | null {
  for (const q of SPLIT) if (endsWith(toks, k, q.words)) return { approx: q.approx, first: k - q.words.length };
  return null;
}

/** The qualifier right after token `k` (« au maximum », "or more"): its approximation and its last token index. */
export function qualifierAfter(toks: readonly Token[], k: number): { approx: Approx; last: number } | null {
  for (const q of SPLIT_AFTER) if (q.words.every((w, i) => toks[k + 1 + i]?.norm === w)) return { approx: q.approx, last: k + q.words.length };
  return null;
}

/** Words that open a range before its first number: « entre 3 et 5 », « de 3 à 5 », « between », « from ». */
export function rangeOpenerBefore(toks: readonly Token[], k: number): "and" | "to" | "au" | null {
  const w = toks[k - 1]?.norm;
  if (w === "entre" || w === "between") return "and";
  if (w === "de" || w === "from") return "to";
  if (w === "du") return "au";
  return null;
}

/** Prepositions that introduce a year and belong to its text: « en 1991 », « d'ici à 2031 », « depuis 2008 ». */
const YEAR_PREPS = [
  "de ici a", "a partir de", "jusque en", "de ici", "en", "depuis", "des", "avant", "apres", "vers", "pour", "fin", "debut",
  "courant", "in", "since",
  "by", "until", "before", "after",
].map((p) => p.split(" "));

export function yearPrepBefore(toks: readonly Token[], k: number): number | null {
  for (const p of YEAR_PREPS) if (endsWith(toks, k, p)) return k - p.length;
  return null;
}
