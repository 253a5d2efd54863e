/** Small text helpers shared by the ingest stages. */

/** Lower-case, accents and typographic apostrophes folded: for comparing words, never for output. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase();
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
