import type { Approx, FigureCategory } from "../schema.js";
import type { Token } from "./tokens.js";

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
  /** The counted noun phrase as written (« soldats néerlandais »), null when no noun follows. */
  counted: string | null;
}

/** What a scanner at one token found: a figure or nothing, and where scanning resumes. */
export type Step = { figure: FigureMatch | null; next: number };

/** Index of the first token starting at or after `end`, searching from `from`. */
export function tokenAt(toks: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < toks.length && (toks[j]?.start ?? end) < end) j++;
  return j;
}

export const isCapitalWord = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === "word" && t.text[0] !== t.text[0]?.toLowerCase();

/** Builds a figure from token ranges: `first..last` is its text, `counted` the noun phrase. */
export function make(
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
