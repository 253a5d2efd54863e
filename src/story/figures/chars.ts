/** Character classes and word folding for the figures scanner; per character, so work stays linear. */
import { fold } from "../text.js";

/** Every space French typography puts inside or around numbers: no-break, thin, narrow no-break, figure space. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0x0b || c === 0x0c || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /^[\p{L}\p{M}]$/u;

/** Per BMP code unit: 0 not asked yet, 1 a letter or mark, 2 not (the regex's verdict, kept: asked for every character of every sentence). */
const LETTER_OF = new Uint8Array(0x10000);

/** A letter or combining mark; lone surrogates and astral characters count as punctuation. */
export function isLetterCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // NaN past the end: as before, the regex's verdict on "" (no letter)
  if (c !== c) return false;
  let known = LETTER_OF[c]!;
  if (known === 0) {
    known = LETTER.test(text[i]!) ? 1 : 2;
    LETTER_OF[c] = known;
  }
  return known === 1;
}

export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}

export function isHyphenCode(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Lower case, accents stripped, typographic apostrophes made ASCII: for comparing words only. */
export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  return ascii ? word.toLowerCase() : fold(word);
}
