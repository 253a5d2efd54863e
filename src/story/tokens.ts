/** Word tokens with their offsets, and a folded copy of the text that keeps every offset. */

export interface Token {
  /** As written. */
  text: string;
  /** Lower-case, accents stripped, typographic apostrophe as '. Same length as `text`. */
  low: string;
  start: number;
  end: number;
}

/**
 * Folds one character at a time so that offsets in the folded string match the original. The
 * stretches of characters that fold to themselves (most of a text) are copied whole rather than
 * appended one by one: appending each character built a string of as many pieces as the text has
 * characters, for every sentence read.
 */
export function foldKeepLength(text: string): string {
  let out = "";
  // where the stretch of characters left as they are began
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (ASCII_SAME[code]) continue;
      out += text.slice(from, i) + ASCII_FOLDED[code]!;
      from = i + 1;
      continue;
    }
    // A character outside the BMP is two code units, folded (or kept) as one.
    const next = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    const wide = next >= 0xdc00 && next <= 0xdfff;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    const at = i;
    if (wide) i++;
    let folded = FOLDED.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch);
      // Bounded: hostile input may hold any number of distinct characters.
      if (FOLDED.size < 4_096) FOLDED.set(ch, folded);
    }
    if (folded === ch) continue;
    out += text.slice(from, at) + folded;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * One character folded, its length kept. Called once per distinct character (the results are
 * kept below): the NFD normalisation per character of every sentence was a large part of ingest.
 */
function foldChar(ch: string): string {
  if (ch === "’" || ch === "‘" || ch === "ʼ" || ch === "`" || ch === "´") return "'";
  const base = ch.normalize("NFD")[0] ?? ch;
  const low = base.toLowerCase();
  // Keep the length: a character whose lower case is longer (rare) stays as it is.
  return low.length === ch.length ? low : ch.length === 1 ? (ch === "ł" || ch === "Ł" ? "l" : ch) : ch;
}

const ASCII_FOLDED = Array.from({ length: 128 }, (_, c) => foldChar(String.fromCharCode(c)));
/** Which ASCII characters fold to themselves (lower-case letters, digits, most punctuation). */
const ASCII_SAME = ASCII_FOLDED.map((f, c) => f === String.fromCharCode(c));
const FOLDED = new Map<string, string>();

/**
 * Words: letters with inner hyphens, dots of abbreviations (« M. »), and apostrophes. An elided
 * article or pronoun (« l'ambassade », « qu'il ») is its own token: « l' » + « ambassade ».
 * As a pattern: /[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*\.?|['’]/u. `tokenize` scans it by hand,
 * one table look-up per character: the expression, run over every sentence and every quotation, was
 * the largest single cost of reading a long dispatch.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER = /\p{L}/u;

/** Per BMP code unit: 0 not asked yet, 1 a letter, mark or digit, 2 not (the expression's verdict, kept). */
const WORD_OF = new Uint8Array(0x10000);

/** The length in code units (1, or 2 for a character outside the BMP) of the letter, mark or digit at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  // NaN past the end.
  if (c !== c) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = WORD_OF[c]!;
  if (known === 0) {
    known = WORD_CHAR.test(text[i]!) ? 1 : 2;
    WORD_OF[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/** Past the run of letters, marks and digits at `i`. */
function wordRunEnd(text: string, i: number): number {
  for (let n = wordCharAt(text, i); n > 0; n = wordCharAt(text, i)) i += n;
  return i;
}

/** The end of the word the pattern above matches at `start` (which holds a letter, mark or digit). */
function wordEnd(text: string, start: number): number {
  let j = wordRunEnd(text, start);
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 45 || c === 46) && wordCharAt(text, j + 1) > 0) j = wordRunEnd(text, j + 1);
    else break;
  }
  return text.charCodeAt(j) === 46 ? j + 1 : j;
}

/** Abbreviations that keep their period: titles and initials. */
const ABBREVIATION = /^(?:\p{Lu}|M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Gén|Gen|Col|Lt|Cdt|Mr|Mrs|Ms|Jr|Sr|Sen|Rep|Gov|Adm|Sgt|Capt|Maj|Cmdr|Brig|Cpl|Prof|Rev|Supt|Insp)\.$/u;

export function tokenize(text: string, folded: string = foldKeepLength(text)): Token[] {
  const out: Token[] = [];
  for (let start = 0; start < text.length; ) {
    const code = text.charCodeAt(start);
    if (code === 39 || code === 0x2019) {
      const prev = out[out.length - 1];
      // Glue the apostrophe to the elided word before it: « l' », « d' », « qu' », « n' ».
      // Not a closing single quote (« Doe’ said ») nor an English possessive (« Doe’s »): those end the word.
      const next = text.charCodeAt(start + 1);
      const letterNext = LETTER.test(text[start + 1] ?? "");
      const possessive = (next === 115 || next === 83) && !LETTER.test(text[start + 2] ?? "");
      if (prev && prev.end === start && prev.text.length <= 5 && letterNext && !possessive) {
        prev.text += text[start];
        prev.low += "'";
        prev.end = start + 1;
      }
      start++;
      continue;
    }
    if (wordCharAt(text, start) === 0) {
      start++;
      continue;
    }
    const end = wordEnd(text, start);
    let word = text.slice(start, end);
    // A final period belongs to the word only for abbreviations (one to four letters, e.g. « M. », « Mme. »).
    if (word.endsWith(".") && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    out.push({ text: word, low: folded.slice(start, start + word.length), start, end: start + word.length });
    start = end;
  }
  return out;
}

/** Whether the period at `i` closes an abbreviation or an initial (« M. », « Gen. », « J. »), not a sentence. */
export function isAbbreviationDot(text: string, i: number): boolean {
  if (text[i] !== ".") return false;
  let s = i;
  while (s > 0 && /[\p{L}]/u.test(text[s - 1]!) && i - s < 6) s--;
  return s < i && ABBREVIATION.test(text.slice(s, i + 1));
}
