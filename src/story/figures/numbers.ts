import { isDigitCode, isSpaceCode } from "./chars.js";
import { nextToken } from "./tokens.js";
import { allFigureValues, allFigureWords } from "./lang/index.js";
import { unitOf } from "./units.js";

/** A number as written in French or English: digits (grouped, decimal, scaled) or words. */
export interface NumberSpan {
  value: number;
  start: number;
  end: number;
  form: "digits" | "words";
  /** Followed by a scale word (« 4 milliards », « 1.5 million »). */
  scaled: boolean;
  /** Digits before any decimal separator, group separators removed. */
  intDigits: number;
  /** Written with group separators (« 45 000 », « 45.000 », « 45,000 »). */
  grouped: boolean;
  decimal: boolean;
}

/** Past this many integer digits a run is not a quantity (serials, hostile input); it is skipped whole. */
const MAX_DIGITS = 15;

const SCALE_WORDS = allFigureValues((w) => w.numbers.scales);

const sepKind = (c: number): "space" | "dot" | "comma" | null =>
  c === 46 ? "dot" : c === 44 ? "comma" : isSpaceCode(c) && c !== 10 && c !== 13 ? "space" : null;

const digitsAt = (text: string, i: number, n: number): boolean => {
  for (let k = 0; k < n; k++) if (!isDigitCode(text.charCodeAt(i + k))) return false;
  return true;
};

/**
 * The digit number starting at `i` (which must be a digit), scale word excluded. Thousands groups
 * are exactly three digits after a group of one to three, with one separator kind throughout, so
 * « en 1995 300 soldats » stays two numbers. Always returns the span it read, even when the value
 * is unusable (NaN), so callers can skip the whole run.
 */
export function scanDigits(text: string, i: number, lang?: NumberLang): NumberSpan {
  let j = i;
  while (isDigitCode(text.charCodeAt(j))) j++;
  const head = j - i;
  const parts: string[] = [text.slice(i, j)];
  let kind: "space" | "dot" | "comma" | null = null;
  if (head <= 3) {
    for (;;) {
      const k = sepKind(text.charCodeAt(j));
      if (!k || (kind && k !== kind)) break;
      // English writes decimals with a dot: « 4.375 » is four and a bit, never thousands.
      if (k === "dot" && lang === "en") break;
      if (!digitsAt(text, j + 1, 3) || isDigitCode(text.charCodeAt(j + 4))) break;
      // « 0,125 » is a decimal, not thousands.
      if (k === "comma" && parts.length === 1 && parts[0] === "0") break;
      parts.push(text.slice(j + 1, j + 4));
      kind = k;
      j += 4;
    }
  }
  // « RM4.375 million », « 4,375 millions d'euros »: one group of three before a scale word (or, in
  // French, before a currency or « % ») is a decimal; French thousands are spaces or dots.
  if (parts.length === 2 && (kind === "dot" || (kind === "comma" && lang === "fr")) && decimalFollows(text, j, kind === "comma")) {
    parts.pop();
    kind = null;
    j = i + head;
  }
  const intStr = parts.join("");
  let frac = "";
  const d = text.charCodeAt(j);
  if ((d === 44 || d === 46) && sepKind(d) !== kind && isDigitCode(text.charCodeAt(j + 1))) {
    let f = j + 1;
    while (isDigitCode(text.charCodeAt(f))) f++;
    frac = text.slice(j + 1, Math.min(f, j + 7));
    j = f;
  }
  const intDigits = intStr.replace(/^0+(?=\d)/, "").length;
  const value = intDigits > MAX_DIGITS ? Number.NaN : Number(intStr + frac) / 10 ** frac.length;
  return { value, start: i, end: j, form: "digits", scaled: false, intDigits, grouped: kind !== null, decimal: frac !== "" };
}

/** Languages whose separators differ: English « 1,500.5 », French « 1 500,5 » (and « 1.500 »). */
export type NumberLang = "fr" | "en";

/** Scales glued to a number (« 4.375bn », « 1.275m »). */
const GLUED_SCALE = /^(?:bn|mn|m|b|tn|k)(?![\p{L}\p{N}])/iu;

/**
 * Whether what follows a number ending at `j` makes a lone group of three digits a decimal: a
 * scale word or a glued scale, and with `money` a currency or a percent sign too (« 1,850 euro »).
 */
function decimalFollows(text: string, j: number, money: boolean): boolean {
  if (GLUED_SCALE.test(text.slice(j, j + 3))) return true;
  const t = nextToken(text, j);
  if (!t) return false;
  if (t.kind === "word" && SCALE_WORDS.has(t.norm) && (SCALE_WORDS.get(t.norm) ?? 0) >= 1e6) return true;
  if (!money) return false;
  return t.norm === "%" || t.text === "€" || t.text === "$" || unitOf(t.norm)?.category === "money" || unitOf(t.norm)?.category === "percent";
}

/** Multiplies by a following scale word (« 1,5 million », « 4 milliards »), keeping decimals exact. */
function withScale(text: string, n: NumberSpan): NumberSpan {
  const t = nextToken(text, n.end);
  if (!t || t.kind !== "word") return n;
  let scale = SCALE_WORDS.get(t.norm);
  if (scale === undefined) return n;
  // French « billions de » are 10^12; English « billion » is 10^9.
  if (t.norm === "billions") {
    const after = nextToken(text, t.end);
    if (after && after.norm === "de") scale = 1e12;
  }
  const [ip = "", fp = ""] = String(n.value).split(".");
  const value = fp ? (Number(ip + fp) * scale) / 10 ** fp.length : n.value * scale;
  return { ...n, value, end: t.end, scaled: true };
}

/** Number words, every language (lang/fr.ts, lang/en.ts). */
const UNITS = allFigureValues((w) => w.numbers.units);
const TENS = allFigureValues((w) => w.numbers.tens);
const HUNDRED = allFigureWords((w) => w.numbers.hundred);
const HUNDRED_AFTER_ONLY = allFigureWords((w) => w.numbers.hundredAfterOnly);
const BIG = allFigureValues((w) => w.numbers.big);
/** « un », « une », « one » alone are articles or pronouns far more often than counts. */
const LONE_ONE = allFigureWords((w) => w.numbers.loneOne);
/** « un an », « une semaine », "one week": a lone one before a unit of time counts one of it. */
export const ONE_OF_UNIT: ReadonlySet<string> = new Set([...allFigureWords((w) => w.numbers.oneOfUnit)].map((u) => u.normalize("NFD").replace(/[\u0300-\u036f]/g, "")));

interface WordState {
  total: number;
  current: number;
  last: "none" | "unit" | "ten" | "hundred" | "big";
  lastUnit: number;
  counted: boolean;
}

/** Adds one number word to the running value; false when it cannot continue the number. */
function addWord(s: WordState, w: string): boolean {
  const unit = UNITS.get(w);
  const ten = TENS.get(w);
  if (unit !== undefined || ten !== undefined) {
    const n = unit ?? ten ?? 0;
    const low = s.current % 100;
    if (ten === 20 && s.last === "unit" && s.lastUnit === 4 && low === 4) {
      s.current += 76; // quatre-vingt(s)
      s.last = "ten";
      s.counted = true;
      return true;
    }
    if (low !== 0) {
      const tensOnly = low % 10 === 0 && low >= 20;
      const ok =
        (tensOnly && ten === undefined && n < 10) ||
        ((low === 60 || low === 80) && ten === undefined && n >= 10 && n < 20) ||
        (low === 10 && n >= 7 && n <= 9); // dix-sept, dix-huit, dix-neuf
      if (!ok) return false;
    } else if (s.last === "unit") return false;
    s.current += n;
    s.last = ten !== undefined ? "ten" : "unit";
    s.lastUnit = n;
    if (!LONE_ONE.has(w)) s.counted = true;
    return true;
  }
  if (HUNDRED.has(w)) {
    if (s.current >= 100) return false;
    s.current = (s.current || 1) * 100;
    s.last = "hundred";
    s.counted = true;
    return true;
  }
  const big = BIG.get(w);
  if (big !== undefined) {
    if (s.last === "big" && s.current === 0) return false;
    s.total += (s.current || 1) * big;
    s.current = 0;
    s.last = "big";
    s.counted = true;
    return true;
  }
  return false;
}

const isNumberWord = (w: string): boolean => UNITS.has(w) || TENS.has(w) || HUNDRED.has(w) || BIG.has(w);

/**
 * Whether a word token (its folded form) can open a number in words: false means readNumberWords
 * at that token is null. Asked by callers that hold the token already, so that the reader does
 * not tokenise every word of every sentence again to find it opens no number (most do not).
 */
export function mayOpenNumberWords(norm: string): boolean {
  if (norm === "a" || norm === "an") return true;
  const dash = norm.indexOf("-");
  return isNumberWord(dash < 0 ? norm : norm.slice(0, dash));
}

/** Right before « un an »: a basis of comparison or a time ago, no span (« sur un an », « il y a un an »). */
const NOT_A_SPAN_BEFORE = /(?:^|[^\p{L}])(?:sur|en|y a|over|in)\s+$/iu;

/** A number written in words at `i` (« quarante mille », « quatre-vingt-dix », « two hundred and five »). */
export function readNumberWords(text: string, i: number): NumberSpan | null {
  const first = nextToken(text, i);
  if (!first || first.kind !== "word") return null;
  const s: WordState = { total: 0, current: 0, last: "none", lastUnit: 0, counted: false };
  let end = -1;
  let t: ReturnType<typeof nextToken> = first;
  // English « a hundred », « a thousand »: the article stands for one.
  if ((first.norm === "a" || first.norm === "an") && first.text.length <= 2) {
    const nx = nextToken(text, first.end);
    if (!nx || !["hundred", "thousand", "million", "billion"].includes(nx.norm)) return null;
    s.current = 1;
    s.last = "unit";
    s.lastUnit = 1;
    t = nx;
  }
  // Most words are no number: the first one (its first part) must be a number word to start one.
  if (t === first && !isNumberWord(first.norm.split("-")[0]!)) return null;
  if (t === first && HUNDRED_AFTER_ONLY.has(first.norm)) return null;
  while (t && t.kind === "word") {
    const parts = t.norm.split("-");
    const trial: WordState = { ...s };
    let ok = parts.length > 0;
    for (let p = 0; p < parts.length && ok; p++) {
      const w = parts[p] ?? "";
      if (w === "et" && p > 0 && p < parts.length - 1) continue;
      ok = addWord(trial, w);
    }
    if (!ok) break;
    Object.assign(s, trial);
    end = t.end;
    let nx = nextToken(text, t.end);
    // « vingt et un », « soixante et onze »; « two hundred and five ».
    if (nx && (nx.norm === "et" || nx.norm === "and")) {
      const after = nextToken(text, nx.end);
      const joins =
        after !== null &&
        (nx.norm === "et"
          ? (after.norm === "un" || after.norm === "une" || after.norm === "onze") && s.current % 10 === 0 && s.current % 100 >= 20
          : isNumberWord(after.norm) && (s.last === "hundred" || s.last === "big"));
      if (!joins) break;
      nx = after;
    }
    t = nx;
  }
  if (end < 0) return null;
  // « un an de prison », « une semaine », "one week": a span of one, not an article
  // (« +5 % sur un an », « en un an », « il y a un an »: a basis of comparison, a time ago, no span)
  if (!s.counted && !(end === first.end && s.current === 1 && LONE_ONE.has(first.norm) && ONE_OF_UNIT.has(nextToken(text, first.end)?.norm ?? "") && !NOT_A_SPAN_BEFORE.test(text.slice(Math.max(0, i - 12), i)))) return null;
  return { value: s.total + s.current, start: first.start, end, form: "words", scaled: false, intDigits: 0, grouped: false, decimal: false };
}

/** The number at `i` in digits or words, scale word included, or null. */
export function readNumber(text: string, i: number, lang?: NumberLang): NumberSpan | null {
  if (isDigitCode(text.charCodeAt(i))) {
    const n = scanDigits(text, i, lang);
    return Number.isFinite(n.value) ? withScale(text, n) : null;
  }
  return readNumberWords(text, i);
}

/** Reusable entry point: the number written at `i` (digits or words) and where it ends, or null. */
export function parseNumberAt(text: string, i: number): { value: number; end: number } | null {
  const n = readNumber(text, i);
  return n ? { value: n.value, end: n.end } : null;
}
