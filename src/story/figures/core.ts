import type { Approx } from "../schema.js";
import { readRound } from "./approx.js";
import { tokenAt } from "./match.js";
import { mayOpenNumberWords, type NumberLang, type NumberSpan, readNumber, readNumberWords, scanDigits } from "./numbers.js";
import { rangeOpenerBefore } from "./qualifiers.js";
import { foldWord, isDigitCode, isLetterCode } from "./chars.js";
import { labelRunEnd } from "./special.js";
import type { Token } from "./tokens.js";
import { type UnitInfo, unitOf } from "./units.js";
import { isMonth } from "./words.js";

/** The number itself: token range and how it was written. */
export interface Core {
  value: number;
  first: number;
  last: number;
  form: "digits" | "words" | "round";
  span: NumberSpan | null;
  approx: Approx | null;
  unit: UnitInfo | null;
}

export const CURRENCY_SYMBOLS = new Set(["€", "$", "£", "¥"]);
const WORD_SCALES = new Map([
  ["cent", 100], ["cents", 100], ["hundred", 100], ["mille", 1e3], ["thousand", 1e3], ["million", 1e6], ["millions", 1e6],
  ["milliard", 1e9], ["milliards", 1e9], ["billion", 1e9], ["billions", 1e9],
]);

/**
 * Scales written glued to an amount of money: « €1.2m », « $3bn », « R4bn », « 5 k€ » is in after.ts.
 * Only after a currency: a bare « 30m » is thirty metres.
 */
const GLUED_SCALES = new Map([["k", 1e3], ["m", 1e6], ["mn", 1e6], ["b", 1e9], ["bn", 1e9], ["md", 1e9], ["mds", 1e9], ["mrd", 1e9], ["tn", 1e12]]);
/** Words after a length: « 30m high », « 5m de profondeur » (the « m » is metres, not millions). */
const DIMENSIONS = new Set([
  "high", "long", "deep", "tall", "wide", "away", "from", "above", "below", "of", "in", "across", "thick", "square",
  "de", "du", "des", "d", "en", "sous", "au", "a", "and", "or", "to", "et", "ou",
]);
/** Plurals without an « s »: the nouns a glued scale counts (« 2m people »). */
const PLURAL_NOUNS = new Set(["people", "children", "men", "women", "personnel", "staff", "cattle", "police", "sheep", "fish", "gens"]);
/** Currencies written as letters glued before the amount: « R4bn » (rand), « Rs 500 » (rupees). */
const CURRENCY_PREFIXES = new Map([["R", "rand"], ["Rs", "roupies"], ["KSh", "shillings"], ["RM", "ringgits"]]);

/** Letters glued right after a number (« km » in « 9.3km »), and where they end. */
function gluedLetters(text: string, end: number): { word: string; end: number } | null {
  let j = end;
  while (j < text.length && j - end < 4 && isLetterCode(text, j)) j++;
  if (j === end || (j < text.length && (isLetterCode(text, j) || isDigitCode(text.charCodeAt(j))))) return null;
  return { word: text.slice(end, j), end: j };
}

/** An amount or measure glued to its scale or unit: « €1.2m », « R4bn », « 30m », « 9.3km ». */
function withGlued(text: string, toks: readonly Token[], k: number, span: NumberSpan, money: UnitInfo | null): Core | null {
  const glued = gluedLetters(text, span.end);
  const last = (end: number): number => tokenAt(toks, k, end) - 1;
  // « 4bn » read whole as digits and a scale word.
  // « a 700-strong contingent », « a 24-hour strike »: a number opening a compound adjective is read, the word after it is the counted noun.
  // « a 5-day hearing »: when the word after the hyphen is a unit, it is what the number measures.
  const compound = /^[-\u2010\u2011](\p{Ll}+)/u.exec(text.slice(span.end, span.end + 16));
  const measured = compound && !money ? unitOf(foldWord(compound[1]!)) : null;
  // Only after an article (« a 700-strong force ») or with a unit: « 1-prendre … » numbers a list.
  const attributiveNumber = ["a", "an", "the", "un", "une", "le", "la", "les", "its", "their", "his", "her"].includes(toks[k - 1]?.norm ?? "");
  // « the $40-million bridge », « a €2-billion plan »: a scale word joined by a hyphen, in an amount used as an adjective
  const hyphenScale = compound && money && !span.scaled ? WORD_SCALES.get(compound[1]!) : undefined;
  if (hyphenScale !== undefined && hyphenScale >= 1e6) {
    const end = span.end + compound![0].length;
    return { value: span.value * hyphenScale, first: k, last: last(end), form: "digits", span: { ...span, scaled: true, end }, approx: null, unit: money };
  }
  if (!glued) return money || span.scaled || (compound && (measured || attributiveNumber)) ? { value: span.value, first: k, last: last(span.end), form: "digits", span, approx: null, unit: money ?? measured } : null;
  const scale = GLUED_SCALES.get(glued.word.toLowerCase());
  if (money && scale !== undefined && !span.scaled) {
    return { value: span.value * scale, first: k, last: last(glued.end), form: "digits", span: { ...span, scaled: true, end: glued.end }, approx: null, unit: money };
  }
  // « 1.5m people », « 4bn users »: a scale when a counted noun follows; « 30m high » is a length.
  const following = /^\s+(\p{Ll}+)/u.exec(text.slice(glued.end, glued.end + 30))?.[1] ?? "";
  const wordScale = GLUED_SCALES.get(glued.word.toLowerCase());
  const attributive = ["a", "an", "un", "une"].includes(toks[k - 1]?.norm ?? "");
  // A scale counts a plural (« 1.5m people »); a singular noun is measured (« the 30m vessel »).
  const plural = /s$/u.test(following) || PLURAL_NOUNS.has(following);
  if (!money && wordScale !== undefined && wordScale >= 1e6 && following && !DIMENSIONS.has(following) && !span.scaled && !attributive && plural) {
    return { value: span.value * wordScale, first: k, last: last(glued.end), form: "digits", span: { ...span, scaled: true, end: glued.end }, approx: null, unit: null };
  }
  const unit = money ? null : unitOf(glued.word.toLowerCase());
  if (unit && unit.category === "distance" && !span.scaled) return { value: span.value, first: k, last: last(glued.end), form: "digits", span: { ...span, end: glued.end }, approx: null, unit };
  return null;
}

/** The number starting at token k (digits, words, a round noun, a currency symbol + digits), a run to skip, or null. */
export function readCore(text: string, toks: readonly Token[], k: number, lang?: NumberLang): Core | { skip: number } | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === "punct" && CURRENCY_SYMBOLS.has(t.text)) {
    const n = toks[k + 1];
    if (!n || (n.kind !== "num" && n.kind !== "mixed") || n.start !== t.end || !isDigitCode(text.charCodeAt(n.start))) return null;
    const span = readNumber(text, n.start, lang);
    if (!span) return { skip: tokenAt(toks, k, scanDigits(text, n.start, lang).end) };
    return withGlued(text, toks, k, span, unitOf(t.text));
  }
  if (t.kind === "mixed") {
    // « R4bn »: a currency written in letters, glued to the amount.
    const prefix = /^\p{L}+/u.exec(t.text)?.[0] ?? "";
    const currency = prefix ? CURRENCY_PREFIXES.get(prefix) : undefined;
    const at = t.start + prefix.length;
    if (prefix && !currency) return null;
    const span = readNumber(text, at, lang);
    // « R7.5bn » is tokenised « R7 », « . », « 5bn »: a currency prefix may read on over its token.
    if (!span || (span.end > t.end && !currency)) return null;
    // « R4bn », « R4,000 »: a bare « R4 » is more often a road or a model than money.
    if (currency && !span.grouped && !span.decimal && !span.scaled && !GLUED_SCALES.has((gluedLetters(text, span.end)?.word ?? "").toLowerCase())) return null;
    return withGlued(text, toks, k, span, currency ? unitOf(currency) : null);
  }
  if (t.kind === "word") {
    const round = readRound(toks, k);
    if (round) return { value: round.value, first: round.first, last: round.last, form: "round", span: null, approx: round.approx, unit: null };
    const fraction = readFraction(text, toks, k);
    if (fraction) return fraction;
    const span = mayOpenNumberWords(t.norm) ? readNumberWords(text, t.start) : null;
    if (!span) return null;
    return { value: span.value, first: k, last: tokenAt(toks, k, span.end) - 1, form: "words", span, approx: null, unit: null };
  }
  if (t.kind !== "num") return null;
  const label = labelRunEnd(text, t.start);
  if (label >= 0) return { skip: tokenAt(toks, k, label) };
  const raw = scanDigits(text, t.start, lang);
  const span = readNumber(text, t.start, lang);
  if (!span) return { skip: tokenAt(toks, k, raw.end) };
  const glued = gluedLetters(text, span.end) ? withGlued(text, toks, k, span, null) : null;
  if (glued) return glued;
  // « USD 3 million », « CHF 200 »: a currency code written before the amount.
  const code = toks[k - 1];
  // « Rs 500 », « KSh 2.5 billion », « RM 4.3 million »: a currency's letters set apart from the amount.
  const prefixed = code && code.kind === "word" && code.end < t.start ? CURRENCY_PREFIXES.get(code.text) : undefined;
  const money = !code || code.kind !== "word" ? null
    : prefixed !== undefined && prefixed !== "rand" ? unitOf(prefixed)
    : code.text.length === 3 && code.text === code.text.toUpperCase() ? unitOf(code.norm) : null;
  if (money?.category === "money") return { value: span.value, first: k - 1, last: tokenAt(toks, k, span.end) - 1, form: "digits", span, approx: null, unit: money };
  return { value: span.value, first: k, last: tokenAt(toks, k, span.end) - 1, form: "digits", span, approx: null, unit: null };
}

/** Fractions of a scale: « half a million », « a quarter of a million », « un demi-million ». */
const FRACTIONS = new Map([["half", 0.5], ["quarter", 0.25], ["demi", 0.5]]);
const FRACTION_SCALES = new Map([["million", 1e6], ["billion", 1e9], ["dozen", 12], ["milliard", 1e9]]);

function readFraction(text: string, toks: readonly Token[], k: number): Core | null {
  const t = toks[k] as Token;
  // « un demi-million »: one hyphenated word (its first two parts; asked of every word, so no split).
  const dash = t.norm.indexOf("-");
  const part = dash < 0 ? t.norm : t.norm.slice(0, dash);
  const nextDash = dash < 0 ? -1 : t.norm.indexOf("-", dash + 1);
  const scaleWord = dash < 0 ? "" : t.norm.slice(dash + 1, nextDash < 0 ? undefined : nextDash);
  if (FRACTIONS.has(part) && FRACTION_SCALES.has(scaleWord)) {
    const first = toks[k - 1]?.norm === "un" ? k - 1 : k;
    return { value: (FRACTIONS.get(part) ?? 0) * (FRACTION_SCALES.get(scaleWord) ?? 0), first, last: k, form: "round", span: null, approx: "exact", unit: null };
  }
  // « half a million », « a quarter of a million »
  let j = k;
  if (t.norm === "a" && toks[k + 1]?.norm === "quarter") j = k + 1;
  const fraction = FRACTIONS.get(toks[j]?.norm ?? "");
  if (fraction === undefined || toks[j]?.norm === "demi") return null;
  let n = j + 1;
  if (toks[n]?.norm === "of") n++;
  if (toks[n]?.norm !== "a") return null;
  const scale = FRACTION_SCALES.get(toks[n + 1]?.norm ?? "");
  if (scale === undefined) return null;
  return { value: fraction * scale, first: k, last: n + 1, form: "round", span: null, approx: "exact", unit: null };
}

/**
 * Where the digits of a second amount start when it repeats the first one's currency (« R50bn »,
 * « $3bn » after « $2bn to »), else -1.
 */
function currencyRepeat(text: string, toks: readonly Token[], core: Core, k: number): number {
  const t = toks[k];
  if (!t || core.unit?.category !== "money") return -1;
  if (t.kind === "punct" && CURRENCY_SYMBOLS.has(t.text)) {
    const n = toks[k + 1];
    return n && n.start === t.end && isDigitCode(text.charCodeAt(n.start)) && unitOf(t.text)?.unit === core.unit.unit ? n.start : -1;
  }
  if (t.kind !== "mixed") return -1;
  const prefix = /^\p{L}+/u.exec(t.text)?.[0] ?? "";
  const currency = CURRENCY_PREFIXES.get(prefix);
  return currency && unitOf(currency)?.unit === core.unit.unit && isDigitCode(text.charCodeAt(t.start + prefix.length)) ? t.start + prefix.length : -1;
}

/** A second number closing a range: « entre 3 et 5 », « de 3 à 5 », « 3 à 5 », « deux ou trois », « 3-5 ». */
export function rangeAfter(text: string, toks: readonly Token[], core: Core, lang?: NumberLang): { value: number; valueMax: number; last: number; scaled: boolean } | null {
  if (core.form === "round" || !core.span) return null;
  const conn = toks[core.last + 1];
  const second = toks[core.last + 2];
  if (!conn || !second) return null;
  // « R20bn to R50bn », « $2m to $3m »: the second amount repeats the currency.
  const numAt = currencyRepeat(text, toks, core, core.last + 2);
  if (numAt < 0 && second.kind !== "num" && second.kind !== "word") return null;
  const opener = rangeOpenerBefore(toks, core.first);
  const c = conn.norm;
  const glued = (c === "-" || c === "–") && conn.start === core.span.end && second.start === conn.end && (second.kind === "num" || numAt >= 0);
  // « les 12 et 13 mars », « du 12 au 15 mars »: days joined before one month.
  const dayPair = isMonth(toks[core.last + 3]?.text ?? "", toks[core.last + 3]?.norm ?? "");
  const ok =
    c === "et" || c === "and"
      ? opener === "and" || dayPair
      : c === "au"
        ? opener === "au"
        : c === "a" || c === "to"
          ? opener !== "and" && opener !== "au"
          : c === "ou" || c === "or" ? true : glued;
  if (!ok) return null;
  if (second.kind === "num" && labelRunEnd(text, second.start) >= 0) return null;
  const start = numAt >= 0 ? numAt : second.start;
  let max = readNumber(text, start, lang);
  if (!max) return null;
  // « $3m » after « $2m to »: the glued scale only a currency allows.
  const letters = numAt >= 0 && !max.scaled ? gluedLetters(text, max.end) : null;
  const gluedScale = letters ? GLUED_SCALES.get(letters.word.toLowerCase()) : undefined;
  if (letters && gluedScale !== undefined) max = { ...max, value: max.value * gluedScale, end: letters.end, scaled: true };
  let min = core.value;
  const last = tokenAt(toks, core.last + 2, max.end) - 1;
  // « entre 3 et 5 millions », « entre deux et trois mille »: the scale of the second number covers the first.
  const scale =
    max.form === "digits"
      ? max.scaled ? max.value / scanDigits(text, start, lang).value : 1
      : (WORD_SCALES.get(toks[last]?.norm ?? "") ?? 1);
  if (scale > 1 && !core.span.scaled && Number.isFinite(scale) && min * scale <= max.value) min *= scale;
  if (!(max.value > min)) return null;
  return { value: min, valueMax: max.value, last, scaled: scale > 1 && scale >= 1e6 };
}
