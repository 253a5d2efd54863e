import type { Approx } from "../schema.js";
import { readRound } from "./approx.js";
import { tokenAt } from "./match.js";
import { type NumberSpan, readNumber, readNumberWords, scanDigits } from "./numbers.js";
import { rangeOpenerBefore } from "./qualifiers.js";
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

/** The number starting at token k (digits, words, a round noun, a currency symbol + digits), a run to skip, or null. */
export function readCore(text: string, toks: readonly Token[], k: number): Core | { skip: number } | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === "punct" && CURRENCY_SYMBOLS.has(t.text)) {
    const n = toks[k + 1];
    if (!n || n.kind !== "num" || n.start !== t.end) return null;
    const span = readNumber(text, n.start);
    if (!span) return { skip: tokenAt(toks, k, scanDigits(text, n.start).end) };
    return { value: span.value, first: k, last: tokenAt(toks, k, span.end) - 1, form: "digits", span, approx: null, unit: unitOf(t.text) };
  }
  if (t.kind === "word") {
    const round = readRound(toks, k);
    if (round) return { value: round.value, first: round.first, last: round.last, form: "round", span: null, approx: round.approx, unit: null };
    const span = readNumberWords(text, t.start);
    if (!span) return null;
    return { value: span.value, first: k, last: tokenAt(toks, k, span.end) - 1, form: "words", span, approx: null, unit: null };
  }
  if (t.kind !== "num") return null;
  const label = labelRunEnd(text, t.start);
  if (label >= 0) return { skip: tokenAt(toks, k, label) };
  const raw = scanDigits(text, t.start);
  const span = readNumber(text, t.start);
  if (!span) return { skip: tokenAt(toks, k, raw.end) };
  return { value: span.value, first: k, last: tokenAt(toks, k, span.end) - 1, form: "digits", span, approx: null, unit: null };
}

/** A second number closing a range: « entre 3 et 5 », « de 3 à 5 », « 3 à 5 », « deux ou trois », « 3-5 ». */
export function rangeAfter(text: string, toks: readonly Token[], core: Core): { value: number; valueMax: number; last: number; scaled: boolean } | null {
  if (core.form === "round" || !core.span) return null;
  const conn = toks[core.last + 1];
  const second = toks[core.last + 2];
  if (!conn || !second || (second.kind !== "num" && second.kind !== "word")) return null;
  const opener = rangeOpenerBefore(toks, core.first);
  const c = conn.norm;
  const glued = (c === "-" || c === "–") && conn.start === core.span.end && second.start === conn.end && second.kind === "num";
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
  const max = readNumber(text, second.start);
  if (!max) return null;
  let min = core.value;
  const last = tokenAt(toks, core.last + 2, max.end) - 1;
  // « entre 3 et 5 millions », « entre deux et trois mille »: the scale of the second number covers the first.
  const scale =
    max.form === "digits"
      ? max.scaled ? max.value / scanDigits(text, second.start).value : 1
      : (WORD_SCALES.get(toks[last]?.norm ?? "") ?? 1);
  if (scale > 1 && !core.span.scaled && Number.isFinite(scale) && min * scale <= max.value) min *= scale;
  if (!(max.value > min)) return null;
  return { value: min, valueMax: max.value, last, scaled: scale > 1 && scale >= 1e6 };
}
