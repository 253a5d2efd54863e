import { allFigureWords } from "./lang/index.js";
import { mayOpenNumberWords, readNumberWords } from "./numbers.js";
import type { Token } from "./tokens.js";
import { unitOf } from "./units.js";
import { STOPWORDS, isAdjective, isMonth } from "./words.js";

const MAX_COUNTED_WORDS = 6;
const CAPITAL_COUNTED = new Set(["etats", "pays", "nations"]);
const VERB_ENDINGS = [...allFigureWords((w) => w.verbEndings)];

/** A token that can head a counted noun phrase: a content word, lower-case unless it is a known unit. */
export function isNoun(text: string, t: Token | undefined): boolean {
  // A lone letter is an abbreviation's (« 10 p.m. »), never a counted noun.
  if (!t || t.kind !== "word" || t.norm.length < 2 || STOPWORDS.has(t.norm) || isMonth(t.text, t.norm)) return false;
  if (unitOf(t.norm)) return true;
  // Capitalised: only peoples and states (« 2 000 Américains », « les 27 États membres »), never a proper name.
  if (t.text[0] !== t.text[0]?.toLowerCase()) return CAPITAL_COUNTED.has(t.norm) || (t.norm.endsWith("s") && isAdjective(t.text.toLowerCase(), t.norm));
  // « 1 500 resteront »: a finite verb follows a bare number, it counts nothing.
  if (VERB_ENDINGS.some((e) => t.norm.endsWith(e))) return false;
  return !mayOpenNumberWords(t.norm) || readNumberWords(text, t.start) === null;
}

/** A designation such as « T-90 », « F-35 », « A400M »: capital letters glued to digits. */
export function isModelName(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "mixed" && t.text[0] !== t.text[0]?.toLowerCase();
}

const isEquipment = (t: Token | undefined): boolean => t !== undefined && unitOf(t.norm)?.category === "equipment";

/**
 * The last token of the noun phrase headed at `head`: adjectives, « et » + adjective, one « de » +
 * bare noun (« avions de chasse embarqués »), and with `coordinate` a second counted noun
 * (« soldats et d'équipements »). Bounded, so it stays cheap on hostile input.
 */
export function extendCounted(text: string, toks: readonly Token[], head: number, coordinate = false): number {
  let last = head;
  let usedDe = false;
  let usedAnd = false;
  for (let n = 0; n < MAX_COUNTED_WORDS; n++) {
    const a = toks[last + 1];
    const b = toks[last + 2];
    const c = toks[last + 3];
    if (!a) break;
    if (a.kind === "word" && isAdjective(a.text, a.norm)) {
      last += 1;
    } else if (isModelName(a) && last === head) {
      // « 40 chars T-90 »: the model belongs to what is counted.
      last += 1;
    } else if (last === head && isEquipment(toks[head]) && a.kind === "word" && a.text[0] !== a.text[0]?.toLowerCase()) {
      // « 5 systèmes HIMARS », « 80 chars Leopard 2 »: a named model, with its short version number.
      last += b?.kind === "num" && b.text.length <= 2 && b.start > a.end ? 2 : 1;
    } else if ((a.norm === "et" || a.norm === "and") && b?.kind === "word" && isAdjective(b.text, b.norm)) {
      last += 2;
    } else if (!usedDe && a.norm === "de" && a.text.length === 2 && b !== undefined && isNoun(text, b) && !unitOf(b.norm)) {
      usedDe = true;
      last += 2;
    } else if (coordinate && !usedAnd && (a.norm === "et" || a.norm === "and") && b && (b.norm === "de" || b.norm === "des") && isNoun(text, c)) {
      usedAnd = true;
      usedDe = true;
      last += 3;
    } else if (coordinate && !usedAnd && (a.norm === "et" || a.norm === "and") && b && unitOf(b.norm)) {
      usedAnd = true;
      last += 2;
    } else break;
  }
  return last;
}
