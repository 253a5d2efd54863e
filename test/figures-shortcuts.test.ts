import { describe, expect, it } from "vitest";
import { longDispatch } from "../bench/dispatch.js";
import { isLetterCode } from "../src/story/figures/chars.js";
import { FIGURE_WORDS } from "../src/story/figures/lang/index.js";
import { mayOpenNumberWords, readNumberWords } from "../src/story/figures/numbers.js";
import { tokenize } from "../src/story/figures/tokens.js";

/**
 * Shortcuts of the figures scanner that must never change a verdict: the number-word reader is
 * skipped at a word that cannot open a number, and a character's letterhood is remembered.
 */
describe("the number-word shortcut", () => {
  it("is never false where the reader finds a number, over every number word of both lexicons in sentences", () => {
    const words = Object.values(FIGURE_WORDS).flatMap((w) => [
      ...w.numbers.units.map(([k]) => k),
      ...w.numbers.tens.map(([k]) => k),
      ...w.numbers.hundred,
      ...w.numbers.big.map(([k]) => k),
      ...w.numbers.scales.map(([k]) => k),
    ]);
    const texts = [
      ...words.flatMap((w) => [`Il y a ${w} soldats.`, `${w[0]!.toUpperCase()}${w.slice(1)}-deux chars sont arrivés.`, `About ${w} hundred and five troops, a ${w} left.`]),
      "Quatre-vingt-dix-neuf blindés et vingt et un avions, soixante et onze hommes.",
      "A hundred soldiers, an estimated two thousand and five troops, a thousand more, a million people.",
      "Deux cent mille personnes, trois millions d'euros, un demi-million de visiteurs.",
      ...longDispatch(20 * 1024).split("\n\n"),
    ];
    let numbers = 0;
    let skipped = 0;
    for (const text of texts) {
      for (const t of tokenize(text)) {
        if (t.kind !== "word") continue;
        const found = readNumberWords(text, t.start) !== null;
        if (found) numbers++;
        if (!mayOpenNumberWords(t.norm)) {
          skipped++;
          expect(found, `${text} [${t.text}]`).toBe(false);
        }
      }
    }
    // the corpus holds numbers in words, and far more words that open none
    expect(numbers).toBeGreaterThan(200);
    expect(skipped).toBeGreaterThan(numbers);
  });
});

describe("a character's letterhood, remembered", () => {
  it("is the regex's verdict for every code unit of the basic plane, asked twice", () => {
    const LETTER = /^[\p{L}\p{M}]$/u;
    for (let round = 0; round < 2; round++) {
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        const expected = c >= 0xd800 && c <= 0xdfff ? false : LETTER.test(ch);
        if (isLetterCode(`a${ch}`, 1) !== expected) expect(isLetterCode(`a${ch}`, 1), `U+${c.toString(16)}`).toBe(expected);
      }
    }
    expect(isLetterCode("a", 1)).toBe(false);
  });
});
