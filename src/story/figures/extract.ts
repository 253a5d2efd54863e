import type { Approx, FigureCategory } from "../schema.js";
import { ageStart, mixedAt, monthDayAt } from "./calendar.js";
import { CURRENCY_SYMBOLS, rangeAfter, readCore } from "./core.js";
import { extendCounted, isNoun } from "./counted.js";
import { type FigureMatch, type Step, isCapitalWord, make } from "./match.js";
import { qualifierBefore, rangeOpenerBefore, yearPrepBefore } from "./qualifiers.js";
import { type Token, tokenize } from "./tokens.js";
import { type UnitInfo, isMilitaryWord, isTwoWordUnit, unitOf } from "./units.js";
import { DEFINITE_DETS, DESIGNATORS, PARTITIVE_DETS, STOPWORDS, isMonth } from "./words.js";

export type { FigureMatch } from "./match.js";

/** Abbreviated scales glued to a currency: « 2 M€ », « 3 Md$ », « 5 k€ ». */
const SYMBOL_SCALES = new Map([["k", 1e3], ["m", 1e6], ["md", 1e9], ["mds", 1e9], ["mrd", 1e9], ["bn", 1e9]]);
const NOMBRE = new Set(["nombre", "total", "effectif"]);
const DIRECT_ROUND = new Set(["hundred", "thousand", "million", "dozen"]);

/** After « le nombre de » / « le total de » (and a possessive), the head noun's index, else -1. */
function countedByNombre(text: string, toks: readonly Token[], j: number): number {
  if (toks[j]?.norm !== "le" || !NOMBRE.has(toks[j + 1]?.norm ?? "") || toks[j + 2]?.norm !== "de") return -1;
  const det = PARTITIVE_DETS.has(toks[j + 3]?.norm ?? "") ? 1 : 0;
  return isNoun(text, toks[j + 3 + det]) ? j + 3 + det : -1;
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
  if (labelled || newAdjective || (smallDefinite && !counted && !month)) return { figure: null, next: last + 1 };
  if (category === "troops") {
    const ok = Number.isInteger(value) && value >= 1 && !smallDefinite && (!unit?.needsMilitaryContext || military);
    if (!ok) category = "other";
  }
  return { figure: make(text, toks, first, last, value, approx, unitName, category, counted, valueMax), next: last + 1 };
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
