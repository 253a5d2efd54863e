/** Word tokens with their offsets, and a folded copy of the text that keeps every offset. */

export interface Token {
  /** As written. */
  text: string;
  /** Lower-case, accents stripped, typographic apostrophe as '. Same length as `text`. */
  low: string;
  start: number;
  end: number;
}

/** Folds one character at a time so that offsets in the folded string match the original. */
export function foldKeepLength(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "’" || ch === "‘" || ch === "ʼ" || ch === "`" || ch === "´") {
      out += "'";
      continue;
    }
    const base = ch.normalize("NFD")[0] ?? ch;
    const low = base.toLowerCase();
    // Keep the length: a character whose lower case is longer (rare) stays as it is.
    out += low.length === ch.length ? low : ch.length === 1 ? (ch === "ł" || ch === "Ł" ? "l" : ch) : ch;
  }
  return out;
}

/**
 * Words: letters with inner hyphens, dots of abbreviations (« M. »), and apostrophes. An elided
 * article or pronoun (« l'ambassade », « qu'il ») is its own token: « l' » + « ambassade ».
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*\.?|['’]/gu;

/** Abbreviations that keep their period: titles and initials. */
const ABBREVIATION = /^(?:\p{Lu}|M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Gén|Gen|Col|Lt|Cdt|Mr|Mrs|Ms|Jr|Sr|Sen|Rep|Gov|Adm|Sgt|Capt|Maj|Cmdr|Brig|Cpl|Prof|Rev|Supt|Insp)\.$/u;

export function tokenize(text: string, folded: string = foldKeepLength(text)): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    // A final period belongs to the word only for abbreviations (one to four letters, e.g. « M. », « Mme. »).
    if (word.endsWith(".") && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    if (word === "'" || word === "’") {
      const prev = out[out.length - 1];
      // Glue the apostrophe to the elided word before it: « l' », « d' », « qu' », « n' ».
      if (prev && prev.end === start && prev.text.length <= 5) {
        prev.text += word;
        prev.low += "'";
        prev.end = start + 1;
      }
      continue;
    }
    out.push({ text: word, low: folded.slice(start, start + word.length), start, end: start + word.length });
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
