import { type Step, isCapitalWord, make } from "./match.js";
import { scanDigits } from "./numbers.js";
import type { Token } from "./tokens.js";
import { MONTHS, PERSON_NOUNS, isAdjective, isMonth } from "./words.js";

const ORDINAL_DAY = /^(\d{1,2})(?:er|re)$/;
const YEAR_OLD = /^(\d{1,3})-year-old$/;

/** Ordinal days (« le 1er avril ») and « 47-year-old »; every other word glued to digits is a name. */
export function mixedAt(text: string, toks: readonly Token[], k: number): Step {
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

/** Month abbreviations English copy writes with a period before the day: « Sept. 29 », « Oct. 7 ». */
const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec"]);

/** English order, month then day: « October 12 », « on March 3, 2024 », « Sept. 29 ». */
export function monthDayAt(text: string, toks: readonly Token[], k: number): Step | null {
  const t = toks[k] as Token;
  const abbreviated = MONTH_ABBREVIATIONS.has(t.norm) && toks[k + 1]?.norm === "." && toks[k + 1]!.start === t.end;
  const d = toks[abbreviated ? k + 2 : k + 1];
  if (t.kind !== "word" || !(MONTHS.has(t.norm) || abbreviated) || !isCapitalWord(t) || !d || d.kind !== "num" || d.text.length > 2) return null;
  const n = scanDigits(text, d.start);
  if (n.end !== d.end || n.value < 1 || n.value > 31) return null;
  const last = abbreviated ? k + 2 : k + 1;
  return { figure: make(text, toks, k, last, n.value, "exact", null, "date", null), next: last + 1 };
}

/** « Âgée de 47 ans », « (47 ans) », « Jeanne Durand, 47 ans, », « un homme de 47 ans », « aged 47 », « at age 47 », « 47 years old ». */
export function ageStart(toks: readonly Token[], first: number, last: number): { first: number; last: number } | null {
  const p1 = toks[first - 1];
  const p2 = toks[first - 2];
  const after = toks[last + 1];
  if (p1?.norm === "de" && p2 && /^agee?s?$/.test(p2.norm)) return { first: first - 2, last };
  if (p1?.norm === "de" && personBefore(toks, first - 2)) return { first, last };
  if (p1?.norm === "(" && after?.norm === ")") return { first, last };
  const named = isCapitalWord(p2) || (p2 !== undefined && PERSON_NOUNS.has(p2.norm));
  if (p1?.norm === "," && named && (!after || after.norm === "," || after.norm === "." || after.norm === ")")) return { first, last };
  if (after?.norm === "old") return { first, last: last + 1 };
  if (p1?.norm === "aged") return { first: first - 1, last };
  if (p1?.norm === "age" && p2?.norm === "at") return { first: first - 2, last };
  return null;
}

/** A person noun at `k`, or before up to two adjectives ending at `k`: « un soldat américain de 23 ans ». */
function personBefore(toks: readonly Token[], k: number): boolean {
  for (let i = k; i >= 0 && i >= k - 2; i--) {
    const t = toks[i];
    if (!t || t.kind !== "word") return false;
    if (PERSON_NOUNS.has(t.norm)) return true;
    if (!isAdjective(t.text, t.norm)) return false;
  }
  return false;
}

/** « the 2019/2020 budget », « 2016/17 »: a financial or school year spanning two calendar years, one date range. */
export function yearSpanAt(text: string, toks: readonly Token[], k: number): Step | null {
  const t = toks[k] as Token;
  const slash = toks[k + 1];
  const second = toks[k + 2];
  if (t.kind !== "num" || t.text.length !== 4 || slash?.norm !== "/" || slash.start !== t.end || second?.kind !== "num" || second.start !== slash.end) return null;
  const from = Number(t.text);
  const to = second.text.length === 4 ? Number(second.text) : second.text.length === 2 ? Math.floor(from / 100) * 100 + Number(second.text) : NaN;
  if (from < 1800 || from > 2100 || to !== from + 1) return null;
  return { figure: make(text, toks, k, k + 2, from, "range", null, "date", null, to), next: k + 3 };
}
