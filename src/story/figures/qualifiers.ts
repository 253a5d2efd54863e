import type { Approx } from "../schema.js";
import type { Token } from "./tokens.js";

/**
 * Words before a number that say how exact it is. Phrases are folded tokens, elisions expanded
 * (« jusqu'à » is « jusque a », « d'ici » is « de ici »). Longer phrases are tried first so
 * « un peu plus de » is about, not more than.
 */
const PHRASES: ReadonlyArray<readonly [string, Approx]> = [
  ["un peu plus de", "about"], ["un peu moins de", "about"], ["de le ordre de", "about"], ["aux alentours de", "about"],
  ["a peu pres", "about"], ["pas loin de", "about"], ["quelque chose comme", "about"], ["close to", "about"],
  ["an estimated", "about"], ["pres de", "about"], ["autour de", "about"], ["environ", "about"], ["quelque", "about"],
  ["quelques", "about"], ["presque", "about"], ["quasiment", "about"], ["approximativement", "about"],
  ["grosso modo", "about"], ["around", "about"], ["about", "about"], ["nearly", "about"], ["almost", "about"],
  ["some", "about"], ["approximately", "about"], ["roughly", "about"], ["circa", "about"], ["estimated", "about"],
  ["pas moins de", "more_than"], ["no fewer than", "more_than"], ["no less than", "more_than"], ["au-dela de", "more_than"],
  ["au dela de", "more_than"], ["plus de", "more_than"], ["au moins", "more_than"], ["at least", "more_than"],
  ["more than", "more_than"], ["upwards of", "more_than"], ["in excess of", "more_than"], ["over", "more_than"],
  ["superieur a", "more_than"], ["superieurs a", "more_than"], ["superieure a", "more_than"],
  ["pas plus de", "less_than"], ["tout au plus", "less_than"], ["no more than", "less_than"], ["au maximum", "less_than"],
  ["moins de", "less_than"], ["jusque a", "less_than"], ["au plus", "less_than"], ["up to", "less_than"],
  ["less than", "less_than"], ["fewer than", "less_than"], ["at most", "less_than"], ["under", "less_than"],
  ["inferieur a", "less_than"], ["inferieure a", "less_than"], ["maximum", "less_than"],
];

const SPLIT = PHRASES.map(([p, a]) => ({ words: p.split(" "), approx: a })).sort((x, y) => y.words.length - x.words.length);

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
