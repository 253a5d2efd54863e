import type { StoryIndex } from "../index.js";
import { fold, isStopword } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { timeWords, type TimeWords } from "../lexicon-time.js";
import { perSentence } from "../sentence-memo.js";
import { DAYS, isNumberTok, MONTHS, QUALIFIER, toks, YEAR, type Element, type Tok } from "./tokens.js";

/**
 * The times a sentence gives, as the general reader answers « when » (answers/reader.ts): dates by the
 * calendar and times written from the moment of writing (lexicon-time.ts), without the days a quote
 * names from its speaker's moment or the years that are part of a name.
 */

/** Days named relative to when they are said: inside a quote, the speaker's day, not the story's. */
const RELATIVE_DAY = /^(?:today|yesterday|tomorrow|tonight|aujourd'hui|hier|demain)$/;

/** Whether a position of a sentence lies inside quotation marks (« … », “ … ”, " … "). */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[«“]/g) ?? []).length - (before.match(/[»”]/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** Words a date is written after (« depuis 2019 », "until May 2", « fin mars »), in both languages. */
const DATE_LEAD = /^(?:since|depuis|in|en|on|le|by|until|jusqu'au|last|next|early|late|debut|fin|mid)$/;

/** « les obusiers PzH 2000 », "Vision 2030": whether a lone year at `at` in a sentence is part of a name: the
 * word right before it is capitalised mid-sentence (not the sentence's first word, nor the first after an
 * opening quote, a dash or a colon: "During 2019, …", « Avant 2021, … ») and no function word or date
 * preposition. */
export function yearInName(text: string, at: number): boolean {
  const m = /([\p{L}\p{N}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return false;
  const w = fold(m[1]!).replace(/’/g, "'");
  if (DATE_LEAD.test(w) || isStopword(w) || isStopword(w.replace(/^\p{L}+'/u, ""))) return false;
  const start = Math.max(0, at - 40) + m.index;
  return !/(?:^|[«“"(:;—–.!?])\s*$/u.test(text.slice(0, start));
}

const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([...FR_CALENDAR.ambiguousMonths, ...EN_CALENDAR.ambiguousMonths].map((m) => fold(m)));
const MONTH_LEAD = /^(?:in|on|by|since|until|till|last|next|early|late|mid|from|of|before|after|this|en|depuis|le|debut|fin|jusqu'au|jusqu'en)$/;

/** An ambiguous month's word at k (« may ») with a day number, a year or a lead word (« in », « last », « mid- ») next to it. */
function monthBeside(ts: Tok[], k: number): boolean {
  const prev = fold(ts[k - 1]?.text ?? "").replace(/[’]/g, "'").replace(/-$/, "");
  const next = fold(ts[k + 1]?.text ?? "");
  if (/^mid-/.test(fold(ts[k]!.text))) return true;
  return /^\d{1,2}(?:er|st|nd|rd|th)?$/.test(prev) || /^\d{1,4}(?:er|st|nd|rd|th)?$/.test(next) || YEAR.test(prev) || MONTH_LEAD.test(prev);
}

/**
 * The dates and times of a sentence (a calendar date, a day, a year, an hour, a time written from the
 * moment of writing), read once per story and sentence: every « when » question reads the same ones.
 */
export const datesOf = perSentence((index: StoryIndex, i: number): readonly Element[] => datesIn(index, i, toks(index, i)));

function datesIn(index: StoryIndex, i: number, ts: Tok[]): Element[] {
  const out: Element[] = [];
  const text = index.story.sentences[i]?.text ?? "";
  for (let k = 0; k < ts.length; k++) {
    const w = fold(ts[k]!.text);
    if (RELATIVE_DAY.test(w.replace(/’/g, "'")) && insideQuote(text, ts[k]!.start)) continue;
    // « may », « march »: a month only with a day, a year or a lead word beside it ("in May", "May 5"), else a verb
    if (AMBIGUOUS_MONTHS.has(w) && !monthBeside(ts, k)) continue;
    if (MONTHS.test(w) || DAYS.test(w) || YEAR.test(w)) {
      // « les obusiers PzH 2000 », "Vision 2030": a lone year after a name is part of the name, no date
      if (!MONTHS.test(w) && !DAYS.test(w) && k > 0 && yearInName(text, ts[k]!.start)) continue;
      let from = k;
      let to = k + 1;
      // « le 28 mars 2020 », « April 22 », « Tuesday morning »
      while (from > 0 && /^\d{1,2}(?:er|st|nd|rd|th)?$/.test(fold(ts[from - 1]!.text))) from--;
      while (to < ts.length && (/^\d{1,4}(?:er|st|nd|rd|th)?$/.test(fold(ts[to]!.text)) || MONTHS.test(fold(ts[to]!.text)) || /^(?:morning|evening|soir|matin|night|nuit|afternoon)$/.test(fold(ts[to]!.text)))) to++;
      if (from > 0 && DATE_LEAD.test(fold(ts[from - 1]!.text))) from--;
      out.push({ from, to, text: "", kind: "date" });
      k = to - 1;
    } else if (/^\d{1,2}h\d{0,2}$|^\d{1,2}:\d\d$/.test(w) || (/^\d{1,2}$/.test(w) && /^(?:h|heures|p|a|pm|am)$/.test(fold(ts[k + 1]?.text ?? "")))) {
      out.push({ from: k, to: Math.min(ts.length, k + (/^\d{1,2}$/.test(w) ? 2 : 1)), text: "", kind: "date" });
    }
  }
  for (const e of relativeTimesIn(ts, timeWords(index.story.lang === "en" ? "en" : "fr"))) {
    if (!out.some((d) => d.from < e.to && e.from < d.to) && !insideQuote(text, ts[e.from]!.start)) out.push(e);
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * Times written from the moment of writing, not by the calendar (lexicon-time.ts): a period with a
 * pointing word (« la semaine prochaine », "last month"), a part of the day or a season after a word of
 * time (« en fin d'après-midi », « avant l'été », "in the morning"), a span back from now ("18 months
 * ago", « il y a deux ans »). Each is the time of the event its clause tells, as a date is.
 */
function relativeTimesIn(ts: Tok[], tw: TimeWords): Element[] {
  const out: Element[] = [];
  // the word after an elided article (« l'été » → « ete », « d'après-midi » → « apres-midi »)
  const tail = (k: number): string => fold(ts[k]?.text ?? "").replace(/’/g, "'").replace(/^\p{L}+'/u, "");
  const word = (k: number): string => fold(ts[k]?.text ?? "").replace(/’/g, "'");
  const elided = (k: number): boolean => /^\p{L}+['’]/u.test(ts[k]?.text ?? "");
  const leadBack = (k: number): number => {
    let from = k;
    while (from > 0 && k - from < 3 && ts[from - 1]!.clause === ts[k]!.clause && tw.lead.has(word(from - 1))) from--;
    return from;
  };
  for (let k = 0; k < ts.length; k++) {
    const t = tail(k);
    if (tw.periods.has(t)) {
      if (k > 0 && tw.pointBefore.has(word(k - 1)) && ts[k - 1]!.clause === ts[k]!.clause) out.push({ from: k - 1, to: k + 1, text: "", kind: "date", relative: "period" });
      else if (k + 1 < ts.length && tw.pointAfter.has(word(k + 1)) && ts[k + 1]!.clause === ts[k]!.clause) out.push({ from: elided(k) ? k : Math.max(0, k - (k > 0 && tw.lead.has(word(k - 1)) ? 1 : 0)), to: k + 2, text: "", kind: "date", relative: "period" });
      continue;
    }
    if (tw.dayParts.has(t) || tw.seasons.has(t)) {
      const from = leadBack(k);
      if (from < k || (elided(k) && k > 0 && tw.lead.has(word(k - 1)))) out.push({ from: from < k ? from : k - 1, to: k + 1, text: "", kind: "date", relative: tw.dayParts.has(t) ? "daypart" : "season" });
      continue;
    }
    if (tw.agoAfter.has(word(k)) && k > 1 && tw.units.has(word(k - 1))) {
      let from = k - 1;
      while (from > 0 && k - from < 4 && (isNumberTok(ts[from - 1]!.text) || QUALIFIER.test(ts[from - 1]!.bare))) from--;
      if (from < k - 1) out.push({ from, to: k + 1, text: "", kind: "date", relative: "ago" });
      continue;
    }
    for (const opener of tw.agoBefore) {
      if (!opener.every((o, j) => word(k + j) === o)) continue;
      let to = k + opener.length;
      while (to < ts.length && to < k + opener.length + 3 && (isNumberTok(ts[to]!.text) || QUALIFIER.test(ts[to]!.bare))) to++;
      if (to > k + opener.length && to < ts.length && tw.units.has(word(to))) out.push({ from: k, to: to + 1, text: "", kind: "date", relative: "ago" });
    }
  }
  return out;
}

