/** Small text helpers shared by the ingest stages. */

/**
 * Memoises a pure function of a short string (a word, a name, a noun phrase). Bounded, so a
 * long-running bot reading story after story cannot grow it forever; long strings (a sentence, a
 * whole dispatch) are computed each time and not kept.
 */
export function memoShort<T>(f: (s: string) => T, maxLength = 200, maxEntries = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (s.length > maxLength) return f(s);
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = f(s);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(s, v);
    return v;
  };
}

/**
 * `re.test(word)`, remembered per expression for short strings: the suffix patterns of a lexicon
 * (verb endings, noun endings) are tried on every word of every sentence, and an alternation
 * anchored at the end is tried from each position of the word. Only for expressions without the
 * g or y flag, whose test depends on the string alone.
 */
export function testWord(re: RegExp, word: string): boolean {
  if (re.global || re.sticky || word.length > 40) return re.test(word);
  let memo = wordTests.get(re);
  if (!memo) wordTests.set(re, (memo = new Map()));
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const v = re.test(word);
  if (memo.size >= 50_000) memo.clear();
  memo.set(word, v);
  return v;
}
const wordTests = new WeakMap<RegExp, Map<string, boolean>>();

/**
 * Lower case, accents stripped, ligatures and letters without a decomposition spelled out
 * (œ, æ, ß, ł, ø, đ), typographic apostrophes and hyphens made ASCII: for comparing words, never
 * for output. The one folding of the project: the engine memoises it, the figures scanner calls it.
 *
 * Memoised for short strings: ingest folds the same names, aliases and roles again for every
 * entity lookup of every sentence (ten regex passes and an NFD each time), which made folding
 * the largest cost of a long dispatch. Long strings (a whole dispatch) are folded once and not kept.
 */
export const fold = memoShort(foldNow);

function foldNow(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[łŀ]/g, "l")
    .replace(/ø/g, "o")
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[\u2010\u2011]/g, "-");
}

/** Typographic apostrophes to ASCII, all white space (no-break, thin…) to one space; length may change. */
export function tidy(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'").replace(/[\s\u00a0\u2009\u202f\u2007]+/g, " ").trim();
}

/** Collapses runs of white space to one ordinary space, keeping every other character. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u2009\u202f\u2007]+/g, " ").trim();
}

const UPPER = /^\p{Lu}/u;
export const isCapitalized = (word: string): boolean => UPPER.test(word);

/** A word is all capitals (an acronym such as OTAN, or a dateline city) when it has 2+ letters, none lower-case. */
export const isAllCaps = (word: string): boolean => /^\p{Lu}[\p{Lu}\-']+$/u.test(word);

/** Strips a leading French or English article: « le ministère » → « ministère », « l'ambassade » → « ambassade ». */
export function stripArticle(np: string): string {
  return np.replace(/^(?:les\s+|le\s+|la\s+|the\s+|l['’]\s*)/i, "").trim();
}

/** Trims punctuation and spaces at both ends (not the closing « » of a nested quote). */
export function trimPunct(text: string): string {
  return text.replace(/^[\s,;:.\-–—]+/, "").replace(/[\s,;:\-–—]+$/, "").trim();
}
