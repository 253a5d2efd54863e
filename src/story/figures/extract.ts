import type { Approx, FigureCategory } from "../schema.js";
import { readRound } from "./approx.js";
import { extendCounted, isNoun } from "./counted.js";
import { type NumberSpan, readNumber, readNumberWords, scanDigits } from "./numbers.js";
import { qualifierBefore, rangeOpenerBefore, yearPrepBefore } from "./qualifiers.js";
import { labelRunEnd } from "./special.js";
import { type Token, tokenize } from "./tokens.js";
import { type UnitInfo, isMilitaryWord, isTwoWordUnit, unitOf } from "./units.js";
import { DEFINITE_DETS, DESIGNATORS, MONTHS, PARTITIVE_DETS, PERSON_NOUNS, STOPWORDS, isMonth } from "./words.js";

export interface FigureMatch {
  value: number;
  valueMax?: number;
  approx: Approx;
  /** Normalised: « soldats », « km », « euros », « % », « chars », « ans »; null when nothing is counted. */
  unit: string | null;
  category: FigureCategory;
  /** As written, qualifier + number + counted noun phrase. */
  text: string;
  /** Offsets of `text` in the sentence, end exclusive. */
  start: number;
  end: number;
  /** The counted noun phrase as written (« militaires russes »), null when no noun follows. */
  counted: string | null;
}

/** The number itself: token range and how it was written. */
interface Core {
  value: number;
  first: number;
  last: number;
  form: "digits" | "words" | "round";
  span: NumberSpan | null;
  approx: Approx | null;
  unit: UnitInfo | null;
}

const CURRENCY_SYMBOLS = new Set(["€", "$", "£", "¥"]);
/** Abbreviated scales glued to a currency: « 2 M€ », « 3 Md$ », « 5 k€ ». */
const SYMBOL_SCALES = new Map([["k", 1e3], ["m", 1e6], ["md", 1e9], ["mds", 1e9], ["mrd", 1e9], ["bn", 1e9]]);
const WORD_SCALES = new Map([
  ["cent", 100], ["cents", 100], ["hundred", 100], ["mille", 1e3], ["thousand", 1e3], ["million", 1e6], ["millions", 1e6],
  ["milliard", 1e9], ["milliards", 1e9], ["billion", 1e9], ["billions", 1e9],
]);
const NOMBRE = new Set(["nombre", "total", "effectif"]);
const DIRECT_ROUND = new Set(["hundred", "thousand", "million", "dozen"]);
const ORDINAL_DAY = /^(\d{1,2})(?:er|re)$/;
const YEAR_OLD = /^(\d{1,3})-year-old$/;

/** Index of the first token starting at or after `end`, searching from `from`. */
function tokenAt(toks: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < toks.length && (toks[j]?.start ?? end) < end) j++;
  return j;
}

const isCapitalWord = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === "word" && t.text[0] !== t.text[0]?.toLowerCase();

type Step = { figure: FigureMatch | null; next: number };

function readCore(text: string, toks: readonly Token[], k: number): Core | { skip: number } | null {
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

/** Ordinal days (« le 1er juillet ») and « 52-year-old »; every other word glued to digits is a name. */
function mixedAt(text: string, toks: readonly Token[], k: number): Step {
  const t = toks[k] as Token;
  const day = ORDINAL_DAY.exec(t.norm);
  const month = toks[k + 1];
  if (day && month && isMonth(month.text, month.norm)) {
    const first = toks[k - 1]?.norm === "le" ? k - 1 : k;
    return { figure: make(text, toks, first, k + 1, Number(day[1]), "exact", null, "date", null), next: k + 2 };
  }
  const age = YEAR_OLD.exec(t.norm);
  if (age) return { figure: make(text, toks, k, k, Number(age[1]), "exact", "ans", "age", null), next: k + 1 };
  return { figure: null, next: k + 1 };
}

/** English order, month then day: « October 12 », « on March 3, 2024 ». */
function monthDayAt(text: string, toks: readonly Token[], k: number): Step | null {
  const t = toks[k] as Token;
  const d = toks[k + 1];
  if (t.kind !== "word" || !MONTHS.has(t.norm) || !isCapitalWord(t) || !d || d.kind !== "num" || d.text.length > 2) return null;
  const n = scanDigits(text, d.start);
  if (n.end !== d.end || n.value < 1 || n.value > 31) return null;
  return { figure: make(text, toks, k, k + 1, n.value, "exact", null, "date", null), next: k + 2 };
}

function make(
  text: string, toks: readonly Token[], first: number, last: number, value: number, approx: Approx,
  unit: string | null, category: FigureCategory, counted: [number, number] | null, valueMax?: number,
): FigureMatch {
  const start = (toks[first] as Token).start;
  const end = (toks[last] as Token).end;
  const c = counted ? text.slice((toks[counted[0]] as Token).start, (toks[counted[1]] as Token).end) : null;
  const m: FigureMatch = { value, approx, unit, category, text: text.slice(start, end), start, end, counted: c };
  if (valueMax !== undefined) m.valueMax = valueMax;
  return m;
}

/** After « le nombre de » / « le total de » (and a possessive), the head noun's index, else -1. */
function countedByNombre(text: string, toks: readonly Token[], j: number): number {
  if (toks[j]?.norm !== "le" || !NOMBRE.has(toks[j + 1]?.norm ?? "") || toks[j + 2]?.norm !== "de") return -1;
  const det = PARTITIVE_DETS.has(toks[j + 3]?.norm ?? "") ? 1 : 0;
  return isNoun(text, toks[j + 3 + det]) ? j + 3 + det : -1;
}

/** A second number closing a range: « entre 3 et 5 », « de 3 à 5 », « 3 à 5 », « deux ou trois », « 3-5 ». */
function rangeAfter(text: string, toks: readonly Token[], core: Core): { value: number; valueMax: number; last: number; scaled: boolean } | null {
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

function figureAt(text: string, toks: readonly Token[], k: number, military: boolean): Step {
  const t = toks[k] as Token;
  if (t.kind === "mixed") return mixedAt(text, toks, k);
  const monthFirst = monthDayAt(text, toks, k);
  if (monthFirst) return monthFirst;
  const core = readCore(text, toks, k);
  if (!core) return { figure: null, next: k + 1 };
  if ("skip" in core) return { figure: null, next: core.skip };

  const range = rangeAfter(text, toks, core);
  let value = range ? range.value : core.value;
  const valueMax = range?.valueMax;
  let last = range ? range.last : core.last;
  let approx: Approx = range ? "range" : (core.approx ?? "exact");
  let first = range && rangeOpenerBefore(toks, core.first) ? core.first - 1 : core.first;

  // What follows the number: a symbol, a month, or a counted noun phrase.
  let unit: UnitInfo | null = core.unit;
  let unitName: string | null = unit?.unit ?? null;
  let counted: [number, number] | null = null;
  let month = false;
  let j = last + 1;
  const u = toks[j];
  const next = toks[j + 1];
  const bigRound = (v: number): boolean => v >= 1e6 && v % 1e6 === 0;
  const scaledCore =
    core.form === "round" || (core.span?.scaled ?? false) || (range?.scaled ?? false) ||
    (core.form === "words" && bigRound(range?.valueMax ?? value));
  if (!unit && u) {
    if (u.norm === "%") {
      unit = unitOf("%");
      last = j;
    } else if ((u.norm === "pour" || u.norm === "per") && next?.norm === "cent") {
      unit = unitOf("%");
      last = j + 1;
    } else if (u.kind === "punct" && CURRENCY_SYMBOLS.has(u.text)) {
      unit = unitOf(u.text);
      last = j;
    } else if (u.kind === "word" && SYMBOL_SCALES.has(u.norm) && next && CURRENCY_SYMBOLS.has(next.text) && next.start === u.end) {
      value *= SYMBOL_SCALES.get(u.norm) ?? 1;
      unit = unitOf(next.text);
      last = j + 1;
    } else if (isMonth(u.text, u.norm) && core.form !== "round" && Number.isInteger(value) && value >= 1 && (valueMax ?? value) <= 31) {
      month = true;
      last = j;
      const year = toks[j + 1];
      if (year?.kind === "num" && year.text.length === 4) last = j + 1;
    } else {
      let head = -1;
      // English keeps the scale singular and the noun direct: « several hundred marines ».
      const directRound = core.form === "round" && DIRECT_ROUND.has(toks[core.last]?.norm ?? "");
      const nounHere = isNoun(text, u) || (next !== undefined && isTwoWordUnit(u.norm, next.norm));
      if (nounHere && (core.form !== "round" || directRound)) head = j;
      else if ((u.norm === "de" || u.norm === "of") && scaledCore && isNoun(text, next)) head = j + 1;
      else if ((u.norm === "de" || u.norm === "of") && core.form !== "round" && next && PARTITIVE_DETS.has(next.norm) && isNoun(text, toks[j + 2])) head = j + 2;
      // « portant à 12 500 le nombre de ses militaires »: the count comes before what it counts.
      else if (core.form !== "round") head = countedByNombre(text, toks, j);
      if (head >= 0) {
        const h = toks[head] as Token;
        const h2 = toks[head + 1];
        let headLast = head;
        if (h2 && isTwoWordUnit(h.norm, h2.norm)) headLast = head + 1;
        unit = unitOf(headLast > head && h2 ? `${h.norm} ${h2.norm}` : h.norm);
        unitName = unit?.unit ?? text.slice(h.start, (toks[headLast] as Token).end).toLowerCase();
        const measure = unit && unit.category !== "troops" && unit.category !== "equipment";
        const end = measure ? headLast : extendCounted(text, toks, headLast);
        counted = [head, end];
        last = end;
      }
    }
  }
  if (unit && !counted) unitName = unit.unit;

  let category: FigureCategory = unit?.category ?? "other";
  const span = core.span;
  const year =
    !unit && !counted && !month && span !== null && span.form === "digits" && !span.grouped && !span.decimal && !span.scaled &&
    span.intDigits === 4 && value >= 1800 && value <= 2100;
  if (month || year) {
    category = "date";
    approx = range ? "range" : "exact";
    if (month && toks[first - 1]?.norm === "le") first -= 1;
    if (year) {
      const prep = yearPrepBefore(toks, first);
      if (prep !== null) first = prep;
    }
  } else {
    if (!range) {
      const q = qualifierBefore(toks, core.first);
      if (q) {
        approx = q.approx;
        first = q.first;
      }
      if (toks[last + 1]?.norm === "environ") {
        approx = "about";
        last += 1;
      }
    }
    const aged = !unit && !counted && toks[core.first - 1]?.norm === "aged";
    const age = (unitName === "ans" || aged) && Number.isInteger(value) ? ageStart(toks, core.first, last) : null;
    if (age) {
      category = "age";
      unitName = "ans";
      approx = "exact";
      first = Math.min(first, age.first);
      last = age.last;
    }
  }

  // Labels, not quantities: « l'article 5 », « Nord Stream 2 », « les deux » alone.
  const before = toks[core.first - 1];
  const labelled =
    !unit && !counted && !month && !year && before !== undefined && core.form !== "round" &&
    (DESIGNATORS.has(before.norm) || (before.norm === "°" && toks[core.first - 2]?.norm === "n") ||
      (isCapitalWord(before) && core.first - 1 > 0 && first === core.first && !STOPWORDS.has(before.norm)));
  const smallDefinite = before !== undefined && DEFINITE_DETS.has(before.norm) && value <= 12 && core.form !== "round";
  // « un char neuf »: the adjective « neuf » (new) after a noun counts nothing.
  const newAdjective = core.form === "words" && toks[core.first]?.norm === "neuf" && !counted;
  if (labelled || newAdjective || (smallDefinite && !counted)) return { figure: null, next: last + 1 };
  if (category === "troops") {
    const ok = Number.isInteger(value) && value >= 1 && !smallDefinite && (!unit?.needsMilitaryContext || military);
    if (!ok) category = "other";
  }
  return { figure: make(text, toks, first, last, value, approx, unitName, category, counted, valueMax), next: last + 1 };
}

/** « Âgé de 52 ans », « (52 ans) », « Jean Dupont, 52 ans, », « un homme de 52 ans », « aged 52 », « 52 years old ». */
function ageStart(toks: readonly Token[], first: number, last: number): { first: number; last: number } | null {
  const p1 = toks[first - 1];
  const p2 = toks[first - 2];
  const after = toks[last + 1];
  if (p1?.norm === "de" && p2 && /^agee?s?$/.test(p2.norm)) return { first: first - 2, last };
  if (p1?.norm === "de" && p2 && PERSON_NOUNS.has(p2.norm)) return { first, last };
  if (p1?.norm === "(" && after?.norm === ")") return { first, last };
  if (p1?.norm === "," && isCapitalWord(p2) && (!after || after.norm === "," || after.norm === "." || after.norm === ")")) return { first, last };
  if (after?.norm === "old") return { first, last: last + 1 };
  if (p1?.norm === "aged") return { first: first - 1, last };
  return null;
}

/** Every figure in one sentence, in reading order, never overlapping. */
export function extractFigures(sentence: string): FigureMatch[] {
  const toks = tokenize(sentence);
  const military = toks.some((t) => t.kind === "word" && isMilitaryWord(t.norm));
  const out: FigureMatch[] = [];
  let k = 0;
  while (k < toks.length) {
    const step = figureAt(sentence, toks, k, military);
    if (step.figure) out.push(step.figure);
    k = Math.max(step.next, k + 1);
  }
  return out;
}
