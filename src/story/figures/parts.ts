/**
 * Counts that take their noun from a troop count before them in the sentence. News copy names the
 * troops once and lets the next numbers lean on that noun: a gapped clause (« la France déploie 350
 * militaires, et l'Allemagne 200 », « 7 000 lundi, 9 000 mardi »), a part of the count (« dont 40
 * femmes », "the unit includes 60 women"), a strength in parentheses after the force it measures
 * (« les soldats en mission (environ 6 000) », « deux compagnies, la première (120) »). One mechanism
 * fed by each language's `parts` words (lang/fr.ts, lang/en.ts); words are folded (see foldWord).
 */
import { allFigureWords } from "./lang/index.js";
import type { FigureMatch } from "./match.js";
import { isTollWord } from "./people.js";
import type { Token } from "./tokens.js";
import { type UnitInfo, unitOf } from "./units.js";
import { DESIGNATORS, isMonth } from "./words.js";

const COORDINATORS = allFigureWords((w) => w.parts.coordinators);
const ANAPHORS = allFigureWords((w) => w.parts.anaphors);
const MEMBERS = allFigureWords((w) => w.parts.members);
const ORDINALS = allFigureWords((w) => w.parts.ordinals);
const SUB_UNITS = allFigureWords((w) => w.parts.subUnits);
const CHANGE_FROM = allFigureWords((w) => w.parts.changeFrom);
const CHANGE_TO = allFigureWords((w) => w.parts.changeTo);
const CHANGE_VERBS = allFigureWords((w) => w.parts.changeVerbs);
const ELLIPSIS = allFigureWords((w) => w.parts.ellipsis);
const WEEKDAYS = allFigureWords((w) => w.weekdays);
const REPORTING_VERBS = allFigureWords((w) => w.reporting.verbs);
/** How far before « to » the troops changed may be named (« its troops in the north to »), and the verb before them. */
const CHANGE_REACH = 6;
const CHANGE_VERB_REACH = 3;
/** Punctuation that joins clauses of one sentence; any other mark ends the gapped clause's reach. */
const CLAUSE_JOINS = new Set([",", ";"]);

/** How many tokens a gapped clause may put between the count and its number (« , while Kandor has about »). */
const GAP_REACH = 7;
/** A number leaning on a count is a strength, not a handful: "and 2 to the south" is too small to be read so. */
export const MIN_PART = 10;
/** How far back from a parenthesis its force may be named (« les soldats déployés en opérations extérieures ( »). */
const PAREN_REACH = 8;
/** How many dates of the count's clause may stand between it and the number (« en 2015 »). */
const MAX_DATES = 3;
/** How far back from an ordinal's parenthesis the sub-unit it stands for may be named. */
const SUB_UNIT_REACH = 24;

/**
 * The troop count the number at `k` leans on, or null (the counted noun the number has is checked by
 * the caller). `before` holds the sentence's figures so far: a date between the count and the number
 * (« 1 000 soldats en 2015, et 500 en 2016 ») belongs to the count's clause and is stepped over.
 */
export function partOfCount(toks: readonly Token[], k: number, before: readonly FigureMatch[], military: () => boolean): UnitInfo | null {
  const t = toks[k];
  if (t?.kind !== "num") return null;
  let i = before.length - 1;
  while (i >= 0 && i >= before.length - MAX_DATES && before[i]!.category === "date") i--;
  const count = before[i]?.category === "date" ? undefined : before[i];
  const dates = before.slice(i + 1);
  return gapped(toks, k, count, dates) ?? anaphoric(toks, k, count, dates) ?? changed(toks, k, count) ?? changedTo(toks, k, military) ?? parenthesised(toks, k, military);
}

/**
 * "double its troops in the north to 2,000", « porter ses troupes à 3 000 », "boost its troop presence
 * to 3,500": the new strength a verb of change gives the troops it names, no number of their own between.
 */
function changedTo(toks: readonly Token[], k: number, military: () => boolean): UnitInfo | null {
  if (!CHANGE_TO.has(toks[k - 1]?.norm ?? "")) return null;
  for (let i = k - 2; i >= 0 && i >= k - 2 - CHANGE_REACH; i--) {
    const t = toks[i] as Token;
    if (t.kind !== "word") return null;
    const unit = unitOf(t.norm);
    if (unit === null) continue;
    if (unit.category !== "troops" || (unit.needsMilitaryContext && !military())) return null;
    // the verb of change a few words before the troops (« double its », « porter ses »)
    for (let v = i - 1; v >= 0 && v >= i - CHANGE_VERB_REACH; v--) if (CHANGE_VERBS.has(toks[v]!.norm)) return unit;
    return null;
  }
  return null;
}

/** "cut troop numbers from 3,000 to 2,200": the new count right after the old one counts the same. */
function changed(toks: readonly Token[], k: number, previous: FigureMatch | undefined): UnitInfo | null {
  const unit = troopUnit(previous);
  if (!unit || !previous || !CHANGE_TO.has(toks[k - 1]?.norm ?? "") || toks[k - 2]?.end !== previous.end) return null;
  let first = k - 2;
  while (first > 0 && (toks[first - 1] as Token).start >= previous.start) first--;
  return CHANGE_FROM.has(toks[first - 1]?.norm ?? "") ? unit : null;
}

const troopUnit = (previous: FigureMatch | undefined): UnitInfo | null =>
  previous?.category === "troops" && previous.unit ? unitOf(previous.unit) ?? { unit: previous.unit, category: "troops" } : null;

/**
 * Tokens strictly between the figure before and the number at `k`, the dates' tokens left out; null
 * past `GAP_REACH` of them (a run-on sentence is never walked back further).
 */
function between(toks: readonly Token[], k: number, previous: FigureMatch, dates: readonly FigureMatch[]): Token[] | null {
  const out: Token[] = [];
  let d = dates.length - 1;
  for (let i = k - 1; i >= 0 && (toks[i] as Token).start >= previous.end; i--) {
    if (k - i > GAP_REACH * 4) return null;
    const t = toks[i] as Token;
    while (d >= 0 && dates[d]!.start > t.start) d--;
    if (d >= 0 && t.end <= dates[d]!.end) continue;
    if (out.length === GAP_REACH) return null;
    out.unshift(t);
  }
  return out;
}

/**
 * « 350 militaires au Kandor, et l'Allemagne 200 », "1,000 troops to the north and 500 to the south",
 * "Kandor has 900 troops; Varnia has about 300": a clause joined to the count's clause, its noun left
 * out, no other number nor any noun of its own in between.
 */
function gapped(toks: readonly Token[], k: number, previous: FigureMatch | undefined, dates: readonly FigureMatch[]): UnitInfo | null {
  const unit = troopUnit(previous);
  if (!unit || !previous) return null;
  const gap = between(toks, k, previous, dates);
  if (gap === null || gap.length === 0) return null;
  // "The 500 troops were joined by 300 more": the word after the number says its noun is the count's.
  const elliptic = ELLIPSIS.has(afterNumber(toks, k)?.norm ?? "");
  if (!elliptic && !gap.some((g) => COORDINATORS.has(g.norm) || CLAUSE_JOINS.has(g.norm))) return null;
  // « Ilse Marr, 64, said »: a number between commas after a name is the name's age.
  if (toks[k - 1]?.norm === "," && isCapital(toks[k - 2]) && afterNumber(toks, k)?.norm === ",") return null;
  for (const g of gap) {
    if (g.kind === "num" || g.kind === "mixed") return null;
    if (g.kind === "punct" && !CLAUSE_JOINS.has(g.norm) && g.norm !== "'" && g.norm !== "-") return null;
    if (g.kind === "word" && (unitOf(g.norm) !== null || isTollWord(g.norm))) return null;
  }
  if (DESIGNATORS.has(toks[k - 1]?.norm ?? "")) return null;
  // « …, a déclaré lundi 12 la ministre »: a number after a weekday or a month is the day's date, and a
  // clause that reports the count (its verb in the gap) opens no gapped count of its own.
  const prev = toks[k - 1];
  if (prev && (WEEKDAYS.has(prev.norm) || isMonth(prev.text, prev.norm))) return null;
  if (gap.some((g) => REPORTING_VERBS.has(g.norm))) return null;
  return unit;
}

/** « 900 hommes, dont 40 femmes », "the unit of 900 troops includes 60 women": a part named by who it is. */
function anaphoric(toks: readonly Token[], k: number, previous: FigureMatch | undefined, dates: readonly FigureMatch[]): UnitInfo | null {
  const unit = troopUnit(previous);
  if (!unit || !previous) return null;
  const gap = between(toks, k, previous, dates);
  if (gap === null || !gap.some((g) => ANAPHORS.has(g.norm))) return null;
  return gap.some((g) => g.kind === "num" || g.kind === "mixed" || (g.kind === "punct" && !CLAUSE_JOINS.has(g.norm))) ? null : unit;
}

/** The token after the number starting at `k` (its digit groups and separators stepped over). */
function afterNumber(toks: readonly Token[], k: number): Token | undefined {
  let j = k + 1;
  // « 1 500 », "1,500": groups of three digits glued by a space or a separator belong to the number.
  while (toks[j]?.kind === "num" && toks[j]!.text.length === 3) j++;
  while ((toks[j]?.norm === "," || toks[j]?.norm === ".") && toks[j + 1]?.kind === "num" && toks[j + 1]!.text.length === 3 && toks[j + 1]!.start === toks[j]!.end) j += 2;
  return toks[j];
}

const isCapital = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);

/** Whether a counted noun names people a force is made of (« femmes », "officers"): a part of the troops. */
export function isMemberNoun(folded: string): boolean {
  return MEMBERS.has(folded);
}

/**
 * « les soldats déployés en opérations extérieures (environ 6 000) », "the two companies, the first
 * (120) and the second (140)": a number opening a parenthesis gives the strength of the force named
 * right before it, or of the sub-unit an ordinal stands for.
 */
function parenthesised(toks: readonly Token[], k: number, military: () => boolean): UnitInfo | null {
  let open = k - 1;
  while (open >= k - 3 && toks[open]?.kind === "word") open--;
  if (toks[open]?.norm !== "(") return null;
  let ordinal = false;
  for (let i = open - 1; i >= 0 && i >= open - PAREN_REACH; i--) {
    const t = toks[i] as Token;
    if (t.kind === "punct" && t.norm !== "'" && t.norm !== "-") break;
    if (t.kind === "num" || t.kind === "mixed") return null;
    const unit = unitOf(t.norm);
    if (unit) return unit.category === "troops" && (!unit.needsMilitaryContext || military()) ? unit : null;
    if (SUB_UNITS.has(t.norm)) return military() ? { unit: t.norm, category: "troops" } : null;
    ordinal ||= ORDINALS.has(t.norm);
  }
  if (!ordinal || !military()) return null;
  // The ordinal stands for a sub-unit named shortly before it.
  for (let i = open - 1; i >= 0 && i >= open - SUB_UNIT_REACH; i--) {
    const t = toks[i] as Token;
    if (SUB_UNITS.has(t.norm)) return { unit: t.norm, category: "troops" };
  }
  return null;
}
