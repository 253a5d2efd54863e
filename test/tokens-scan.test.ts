import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldKeepLength, tokenize, type Token } from "../src/story/tokens.js";

/**
 * tokenize scans words by hand, one table look-up per character, in place of the expression it
 * documents. The scan must cut exactly where the expression does: the reference below is the
 * expression, run as a regular expression, with the same gluing of elided words.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*\.?|['’]/gu;
const ABBREVIATION = /^(?:\p{Lu}|M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Gén|Gen|Col|Lt|Cdt|Mr|Mrs|Ms|Jr|Sr|Sen|Rep|Gov|Adm|Sgt|Capt|Maj|Cmdr|Brig|Cpl|Prof|Rev|Supt|Insp)\.$/u;

function byExpression(text: string): Token[] {
  const folded = foldKeepLength(text);
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    if (word.endsWith(".") && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    if (word === "'" || word === "’") {
      const prev = out[out.length - 1];
      const next = text.charCodeAt(start + 1);
      const letterNext = /\p{L}/u.test(text[start + 1] ?? "");
      const possessive = (next === 115 || next === 83) && !/\p{L}/u.test(text[start + 2] ?? "");
      if (prev && prev.end === start && prev.text.length <= 5 && letterNext && !possessive) {
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

describe("tokenize scans words as the expression cuts them", () => {
  it("on written sentences: elisions, abbreviations, hyphens, initials, digits, possessives", () => {
    for (const s of [
      "« Nous l'avons dit », a déclaré M. Tavel, porte-parole de l'Union des Sablières, lundi 3 mars.",
      "Gen. Ada Brisk, the corps' chief, said U.S. troops' pay rose 2.5% in 2024-2025; Ms. Orr's aide didn't.",
      "Qu’en pense-t-il ? Aujourd’hui, J. R. Vasquez-Lind a cité l'article L.211-3 du code, p. 12.",
      "Ⅻ chants, ²3 et ٣ soldats ; œuvre, Straße, Łódź… l’‘ ’s 's x' y’",
      "A 𝐁old 𝑥 word, 😀 emoji, 中文 text and a lone \ud835 half.",
      "",
      "...-. '' ’’ -a- a-.b a..b a.-b 1.2.3. M.. MM. Insp.",
    ]) {
      expect(tokenize(s)).toEqual(byExpression(s));
    }
  });

  it("on any string of letters, marks, digits, dots, hyphens, apostrophes and spaces", () => {
    const pieces = ["a", "Z", "é", "É", "ß", "ł", "1", "٣", "Ⅻ", "²", "\u0301", "-", "‐", ".", "'", "’", "‘", "ʼ", " ", "\u00a0", ",", "s", "S", "M", "«", "»", "𝐀", "😀", "\ud835", "\udc00", "中", "_"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const s = parts.join("");
        expect(tokenize(s)).toEqual(byExpression(s));
      }),
      { numRuns: 3000 },
    );
  });
});
