/**
 * Shares written in words: « la moitié des électeurs », "a third slower", « deux tiers de la
 * population », "one in five voters", « un sur cinq ». Each is a percentage of what follows
 * (half is 50 %), kept with its measure in the figure's text. One mechanism fed by the `shares`
 * words of every language (lang/fr.ts, lang/en.ts); words are folded (see foldWord).
 */
import { isNoun } from "./counted.js";
import { FIGURE_WORDS } from "./lang/index.js";
import { mayOpenNumberWords, readNumberWords } from "./numbers.js";
import type { Token } from "./tokens.js";
import { unitOf } from "./units.js";
import { STOPWORDS } from "./words.js";

const LANGS = Object.values(FIGURE_WORDS);
const FRACTIONS = new Map(LANGS.flatMap((w) => w.shares.fractions.map(([k, v]) => [k, v] as const)));
const NUMERATORS = new Map(LANGS.flatMap((w) => w.shares.numerators.map(([k, v]) => [k, v] as const)));
const BLOCKERS = new Set(LANGS.flatMap((w) => w.shares.blockers));
const OF_LINKS = new Set(LANGS.flatMap((w) => w.shares.ofLinks));
const OF_DETERMINERS = new Set(LANGS.flatMap((w) => w.shares.ofDeterminers));
const ARTICLES = new Set(LANGS.flatMap((w) => w.shares.articles));
const COMPARATIVES = new Set(LANGS.flatMap((w) => w.shares.comparatives));
const DEGREE_WORDS = new Set(LANGS.flatMap((w) => w.shares.degreeWords));
const RATIO_LINKS = LANGS.flatMap((w) => w.shares.ratioLinks.map((l) => l.split(" "))).sort((a, b) => b.length - a.length);
const RATIO_STARTS = new Set(RATIO_LINKS.map((l) => l[0] as string));
/** Fractions that stand alone, with no numerator: « la moitié », "half". */
const NO_NUMERATOR = 2;
/** How many words may stand between « of » and what the share is of (« of all the X », « d'entre »), and how far it is carried on. */
const OF_REACH = 4;
const MAX_DENOMINATOR = 1000;

export interface Share {
  /** Per cent: half is 50, a third 33.3. */
  value: number;
  first: number;
  last: number;
  counted: [number, number] | null;
}

const percent = (num: number, den: number): number => Math.round((num / den) * 1000) / 10;

/** A small whole number at token i, in digits or words: a numerator or a denominator. */
function smallNumber(text: string, t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === "num") return /^\d{1,4}$/.test(t.text) ? Number(t.text) : null;
  if (t.kind !== "word") return null;
  // "a" and "an" stand for one only before a fraction noun: "a in five" is no ratio.
  if (t.text.length <= 2 && t.norm.startsWith("a")) return null;
  const n = NUMERATORS.get(t.norm);
  if (n !== undefined) return n;
  const w = mayOpenNumberWords(t.norm) ? readNumberWords(text, t.start) : null;
  return w && w.end === t.end ? w.value : null;
}

/** "one in five", "one out of ten", « un sur cinq »: the ratio starting at token k. */
function ratioAt(text: string, toks: readonly Token[], k: number): Share | null {
  // Asked at every token: the link word after it is checked first, the number only then.
  if (!RATIO_STARTS.has(toks[k + 1]?.norm ?? "")) return null;
  const num = smallNumber(text, toks[k]);
  if (num === null || num < 1) return null;
  const link = RATIO_LINKS.find((l) => l.every((w, i) => toks[k + 1 + i]?.norm === w));
  if (!link) return null;
  const d = k + 1 + link.length;
  const den = smallNumber(text, toks[d]);
  if (den === null || den <= num || den > MAX_DENOMINATOR) return null;
  // "one in five voters": the people counted follow the ratio.
  const noun = toks[d + 1];
  const counted = noun && noun.kind === "word" && noun.text[0] === noun.text[0]?.toLowerCase() && isNoun(text, noun) && unitOf(noun.norm) === null;
  return { value: percent(num, den), first: k, last: counted ? d + 1 : d, counted: counted ? [d + 1, d + 1] : null };
}

const isLowerNoun = (text: string, t: Token | undefined): boolean =>
  t !== undefined && t.kind === "word" && t.text[0] === t.text[0]?.toLowerCase() && !STOPWORDS.has(t.norm) && !OF_DETERMINERS.has(t.norm) && isNoun(text, t);
/** "city's" is one token; its « 's » qualifies the noun after it. */
const isPossessive = (t: Token): boolean => t.norm.endsWith("'s");
const isPlural = (t: Token): boolean => /[a-z][sx]$/.test(t.norm) && !/(?:us|ss|is)$/.test(t.norm);

/**
 * What a share is of, after « of » / « de »: the first common noun within a few words, names and
 * determiners passed (« of all the X city's … »), carried on to the plural a singular noun or a
 * possessive qualifies ("the city's coronavirus cases"). The last token of it, or -1.
 */
function ofNoun(text: string, toks: readonly Token[], from: number): number {
  let i = from;
  for (; i < from + OF_REACH && i < toks.length; i++) {
    const t = toks[i] as Token;
    if (isLowerNoun(text, t)) break;
    if (t.kind !== "word" || (STOPWORDS.has(t.norm) && !OF_DETERMINERS.has(t.norm))) return -1;
  }
  if (!isLowerNoun(text, toks[i])) return -1;
  for (let n = 0; n < OF_REACH && !isPlural(toks[i]!); n++) {
    const next = toks[i + 1];
    if (!isLowerNoun(text, next) || (!isPossessive(toks[i]!) && !isPlural(next!))) break;
    i += 1;
  }
  return i;
}

/** « la moitié des », "two-thirds of", "a third slower": the fraction starting at token k. */
function fractionAt(text: string, toks: readonly Token[], k: number): Share | null {
  const t = toks[k] as Token;
  let first = k;
  let num = 1;
  let f = k;
  let den: number | undefined;
  const dash = t.norm.indexOf("-");
  if (dash > 0 && NUMERATORS.has(t.norm.slice(0, dash)) && FRACTIONS.has(t.norm.slice(dash + 1))) {
    // "two-thirds", "three-quarters"
    num = NUMERATORS.get(t.norm.slice(0, dash)) ?? 1;
    den = FRACTIONS.get(t.norm.slice(dash + 1));
  } else if (NUMERATORS.has(t.norm) && FRACTIONS.has(toks[k + 1]?.norm ?? "")) {
    num = NUMERATORS.get(t.norm) ?? 1;
    f = k + 1;
    den = FRACTIONS.get(toks[f]!.norm);
  } else if (FRACTIONS.get(t.norm) === NO_NUMERATOR) {
    den = NO_NUMERATOR;
    if (ARTICLES.has(toks[k - 1]?.norm ?? "")) first = k - 1;
  }
  if (den === undefined || num >= den) return null;
  // "the first half of", « la première moitié », "the third quarter": a period or a rank, no share.
  if (BLOCKERS.has(toks[first - 1]?.norm ?? "") || BLOCKERS.has(toks[f - 1]?.norm ?? "") && f > first) return null;
  const next = toks[f + 1];
  if (!next) return null;
  if (COMPARATIVES.has(next.norm)) {
    // « un tiers plus lent », "a third more expensive": the adjective after « plus » is the measure.
    const adj = toks[f + 2];
    const measured = adj !== undefined && adj.kind === "word" && adj.text[0] === adj.text[0]?.toLowerCase() && !STOPWORDS.has(adj.norm) && DEGREE_WORDS.has(next.norm);
    return { value: percent(num, den), first, last: measured ? f + 2 : f + 1, counted: null };
  }
  if (!OF_LINKS.has(next.norm)) return null;
  // "a quarter of a million" is a number (core.ts); "a quarter of an hour" a time.
  const after = toks[f + 2];
  if (!after || NUMERATORS.get(after.norm) === 1) return null;
  const noun = ofNoun(text, toks, f + 2);
  if (noun >= 0 && unitOf(toks[noun]!.norm) !== null && unitOf(toks[noun]!.norm)?.category !== "troops") return null;
  return { value: percent(num, den), first, last: noun >= 0 ? noun : f, counted: noun >= 0 ? [noun, noun] : null };
}

/** Whether a word can open a fraction (« la moitié », « deux tiers », "two-thirds"): most cannot, and are passed at once. */
function mayOpenShare(norm: string): boolean {
  if (NUMERATORS.has(norm) || FRACTIONS.has(norm)) return true;
  const dash = norm.indexOf("-");
  return dash > 0 && NUMERATORS.has(norm.slice(0, dash));
}

/** A share written in words at token k, or null. */
export function shareAt(text: string, toks: readonly Token[], k: number): Share | null {
  const t = toks[k];
  if (!t || (t.kind !== "word" && t.kind !== "num")) return null;
  return ratioAt(text, toks, k) ?? (t.kind === "word" && mayOpenShare(t.norm) ? fractionAt(text, toks, k) : null);
}
