import { foldWord, isApostropheCode, isDigitCode, isHyphenCode, isLetterCode, isSpaceCode } from "./chars.js";

/** A word, a digit run, a word glued to digits (« T-90 », « G7 », « 1er ») or one punctuation character. */
export interface Token {
  text: string;
  /** Folded form (see foldWord); an elided « d' » folds to « de ». */
  norm: string;
  kind: "word" | "num" | "mixed" | "punct";
  start: number;
  end: number;
}

/** French elided words: « d'euros » is « d' » + « euros ». */
const ELIDED = new Map([
  ["l", "le"], ["d", "de"], ["j", "je"], ["m", "me"], ["n", "ne"], ["s", "se"], ["t", "te"], ["c", "ce"],
  ["qu", "que"], ["jusqu", "jusque"], ["lorsqu", "lorsque"], ["puisqu", "puisque"], ["quoiqu", "quoique"],
  ["presqu", "presque"], ["quelqu", "quelque"],
]);

const isAlnum = (text: string, i: number): boolean => i < text.length && (isDigitCode(text.charCodeAt(i)) || isLetterCode(text, i));

/** The token starting at or after `i` (spaces skipped), or null at the end of the text. */
export function nextToken(text: string, from: number): Token | null {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return null;
  const start = i;
  if (!isAlnum(text, i)) {
    const raw = text.slice(i, i + 1);
    return { text: raw, norm: isApostropheCode(raw.charCodeAt(0)) ? "'" : raw, kind: "punct", start, end: i + 1 };
  }
  let digits = false;
  let letters = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      digits = true;
      i++;
    } else if (isLetterCode(text, i)) {
      letters = true;
      i++;
    } else if (isHyphenCode(c) && isAlnum(text, i + 1)) {
      // Digits on both sides (« 2019-2021 », « 3-1 ») are two numbers, not one name.
      if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) break;
      i++;
    } else if (isApostropheCode(c) && letters && !digits && i + 1 < text.length && isLetterCode(text, i + 1)) {
      const head = foldWord(text.slice(start, i));
      if (ELIDED.has(head)) {
        i++;
        break;
      }
      i++;
    } else break;
  }
  const raw = text.slice(start, i);
  const folded = foldWord(raw);
  const elided = folded.endsWith("'") ? ELIDED.get(folded.slice(0, -1)) : undefined;
  const kind = digits ? (letters ? "mixed" : "num") : "word";
  return { text: raw, norm: elided ?? folded, kind, start, end: i };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  for (;;) {
    const t = nextToken(text, i);
    if (!t) return out;
    out.push(t);
    i = t.end;
  }
}
