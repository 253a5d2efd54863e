import type { Ctx } from "../context.js";
import { ASKED_EARLIER, PARTS_OF_YEAR, TOTAL_ASKED } from "../figure-words/index.js";
import { fold, words } from "../text.js";
import { CALENDAR } from "../../story/lang/calendar.js";
import type { FigureFacts } from "./facts.js";
import { CURRENT, PAST, YEAR } from "./periods.js";

// « 15 deliveries each day », « 3 milliards par an », « five days a week »: the words after a figure that make it a rate over time
const PERIOD = "(?:day|days|week|weeks|month|months|year|years|hour|hours|annum|jour|jours|semaine|semaines|mois|an|annee|heure|heures)";
export const RATE_AFTER = new RegExp(`^(?:[\\p{L}'-]+ ){0,3}(?:(?:a|an|per|each|every|par|chaque|by) ${PERIOD}\\b|daily|weekly|monthly|annually|yearly|quotidien\\w*|hebdomadaire\\w*|mensuel\\w*|annuel\\w*|(?:a|en) moyenne par ${PERIOD}\\b)`, "u");
// the question asks a rate (« how many a day », « combien par jour ») or a total (« in all », « au total »)
const RATE_Q = new RegExp(`\\b(?:(?:a|per|each|every|par|chaque) ${PERIOD}|daily|weekly|monthly|annually|yearly|par an)\\b`);

/** Whether the question asks a count per period (« a day », « par jour »), a total (« in all »), or neither. */
export function askedRate(ctx: Ctx): "rate" | "total" | null {
  const f = ctx.query.folded;
  if (RATE_Q.test(f)) return "rate";
  return TOTAL_ASKED.test(f) ? "total" : null;
}

/** The words of the question that ask for the whole (« en tout », « in all »): they say nothing a figure's sentence must hold. */
export function wholeAskedWords(folded: string): ReadonlySet<string> {
  return new Set(words(TOTAL_ASKED.exec(folded)?.[0] ?? ""));
}

/** The month named nearest a figure in its stretch, within 60 characters. */
export function nearestMonth(folded: string, pos: number, len: number): number | null {
  let best = Infinity;
  let out: number | null = null;
  for (const m of monthsIn(folded)) {
    const d = m.at >= pos + len ? m.at - (pos + len) : pos - m.at;
    if (d >= 0 && d < best && d <= 60) {
      best = d;
      out = m.month;
    }
  }
  return out;
}

export type PartOfYear = "half" | "quarter";

/** The part of a year named nearest a figure, within 60 characters (as its month). */
export function nearestPart(folded: string, pos: number, len: number): PartOfYear | null {
  let best = Infinity;
  let out: PartOfYear | null = null;
  for (const { kind, words } of PARTS_OF_YEAR) {
    for (const m of folded.matchAll(words)) {
      const at = m.index ?? 0;
      const d = at >= pos + len ? at - (pos + len) : pos - (at + m[0].length);
      if (d >= 0 && d < best && d <= 60) {
        best = d;
        out = kind;
      }
    }
  }
  return out;
}

/** What the question says of time: years it names, months, a past period, or the event at hand. */
export interface AskedTime {
  years: number[];
  months: number[];
  /** « over the first half », « au premier trimestre »: the part of a year asked. */
  part: PartOfYear | null;
  past: boolean;
  current: boolean;
}

// month names of both languages, folded, with their number; « may », « march » are months only after « in », « en », « last »
const MONTHS = new Map<string, number>(Object.values(CALENDAR).flatMap((c) => c.months.map((m, i) => [fold(m), i + 1] as [string, number])));
const AMBIGUOUS_MONTHS = new Set(Object.values(CALENDAR).flatMap((c) => c.ambiguousMonths.map(fold)));
const MONTH_WORD = new RegExp(`(?:^|[^\\p{L}])(in |en |last |since |until |from |by |before |after |depuis |of |de |d'|des |avant |apres |early |late |mid-|debut |fin )?(${[...MONTHS.keys()].join("|")})(?![\\p{L}])`, "gu");
// « en novembre dernier », « last November »: a month of the year before
const MONTH_PAST = new RegExp(`\\b(?:(?:${[...MONTHS.keys()].join("|")}) (?:dernier|derniere|last year|of last year)|last (?:${[...MONTHS.keys()].join("|")}))\\b`);

/** The months a folded text names (« juin », « in May »). */
function monthsIn(folded: string): { month: number; at: number }[] {
  const out: { month: number; at: number }[] = [];
  for (const m of folded.matchAll(MONTH_WORD)) {
    const name = m[2]!;
    if (AMBIGUOUS_MONTHS.has(name) && !m[1]) continue;
    out.push({ month: MONTHS.get(name)!, at: (m.index ?? 0) + m[0].length - name.length });
  }
  return out;
}

export function askedTime(ctx: Ctx): AskedTime {
  const f = ctx.query.folded;
  const years = [...f.matchAll(YEAR)].map((m) => Number(m[1]));
  // « how many seats did they have before », « c'était combien avant la coupe »: the earlier value
  const part = PARTS_OF_YEAR.find((p) => p.words.test(f));
  PARTS_OF_YEAR.forEach((p) => (p.words.lastIndex = 0));
  return { years, months: monthsIn(f).map((m) => m.month), part: part?.kind ?? null, past: PAST.test(f) || MONTH_PAST.test(f) || ASKED_EARLIER.test(f), current: CURRENT.test(f) };
}

export type TimeFit = "agrees" | "neutral" | "earlier" | "disagrees";

/**
 * Whether a figure holds for the time the question asks: a named year must be the figure's year;
 * « last year » wants a past-marked figure; a question about the event at hand is not answered
 * by an earlier edition's count (« earlier » when the question says nothing of time: usable only
 * when nothing else fits, and said so).
 */
export function timeFit(facts: FigureFacts, asked: AskedTime): TimeFit {
  // « in November »: a figure written with another month holds for another time
  if (asked.months.length && facts.month !== null && !asked.months.includes(facts.month)) return "disagrees";
  // « over the first half »: a figure written for a month (« +4 % in June ») or for another part of the year holds for
  // another span; one written for that part agrees
  if (asked.part && !asked.months.length) {
    if (facts.part === asked.part) return yearFit(facts, asked) === "disagrees" ? "disagrees" : "agrees";
    if (facts.part !== null || facts.month !== null) return "disagrees";
  }
  const fit = yearFit(facts, asked);
  return fit === "neutral" && asked.months.length && facts.month !== null ? "agrees" : fit;
}

function yearFit(facts: FigureFacts, asked: AskedTime): TimeFit {
  if (asked.years.length) {
    if (facts.year !== null) return asked.years.includes(facts.year) ? "agrees" : "disagrees";
    return facts.past ? "disagrees" : "neutral";
  }
  if (asked.past) return facts.past ? "agrees" : "neutral";
  if (facts.past) return asked.current ? "disagrees" : "earlier";
  return "neutral";
}

/** The question's nationality words (« Russian troops ») disagree with a nationality written on the counted noun itself (« militaires biélorusses »). */
