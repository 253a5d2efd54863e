/** The dates, weekdays and places a sentence gives, and a French date glossed in English for a reader of the other language. */
import { insideQuote } from "./times.js";
import type { Ctx } from "../context.js";
import { fold } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { type StoryIndex } from "../index.js";
import { dateIn } from "./anchor/dates.js";
import { placesOf } from "./anchor/sentence.js";

/** A French day or month (folded) → the English one, capitalised: « mardi » → "Tuesday". */
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const DAY_EN: Record<string, string> = Object.fromEntries([
  ...FR_CALENDAR.weekdays.map((d, i) => [d, capitalised(EN_CALENDAR.weekdays[i]!)]),
  ...FR_CALENDAR.months.map((m, i) => [m, capitalised(EN_CALENDAR.months[i]!)]),
]);
const FR_DAYS_MONTHS = [...FR_CALENDAR.weekdays, ...FR_CALENDAR.months].join("|");
/** A date written in French (folded): a day or a month of the French calendar, or a French lead before a year. */
const FRENCH_DATE = new RegExp(`\\b(?:${FR_DAYS_MONTHS})\\b|^(?:en|depuis|d'ici(?: a| au)?|jusqu'(?:a|au|en)|avant|apres)\\s+\\d`);
/** French seasons and the words that name one, in English (folded French → English): « cet été » → "this summer". */
const SEASON_EN: Record<string, string> = { printemps: "spring", ete: "summer", automne: "autumn", hiver: "winter" };
const SEASON_LEAD_EN: Record<string, string> = { cet: "this", ce: "this", cette: "this", au: "in", en: "in", "l'": "", "d'": "" };
/** A season as a French story writes it, with its determiner or preposition. */
const SEASON_WRITTEN = /(?:(?<![\p{L}])(?:cet|ce|au|en)\s+|(?<![\p{L}])[ld]['’])?(?:printemps|été|ete|automne|hiver)(?![\p{L}])/iu;
// « été » folded is also the participle (« a été adopté »): a season only after the words that name one (« cet été », « en été », « l'été »)
const TIME_WORD = new RegExp(`\\b(?:${FR_DAYS_MONTHS}|aujourd'hui|hier|demain|printemps|(?<=\\b(?:cet|en|l'|d'|l|d)\\s?)ete|automne|hiver|(?:19|20)\\d\\d)\\b`, "g");

/** Per story and sentence: what timesIn and placesIn found (they read the story alone). */
const timesMemo = new WeakMap<StoryIndex, Map<number, string[]>>();
const placesMemo = new WeakMap<StoryIndex, Map<number, string[]>>();
function perSentence(memo: WeakMap<StoryIndex, Map<number, string[]>>, ctx: Ctx, i: number, read: (ctx: Ctx, i: number) => string[]): string[] {
  let m = memo.get(ctx.index);
  if (!m) memo.set(ctx.index, (m = new Map()));
  let hit = m.get(i);
  if (!hit) m.set(i, (hit = read(ctx, i)));
  return hit;
}

/** Dates and weekdays a sentence gives, from the story's date mentions and plain time words. */
export function timesIn(ctx: Ctx, i: number): string[] {
  return perSentence(timesMemo, ctx, i, readTimes);
}

function readTimes(ctx: Ctx, i: number): string[] {
  const text = ctx.index.story.sentences[i]?.text ?? "";
  // « aujourd'hui » inside a quote is the speaker's day, not one the story dates
  const quotedOnly = (w: string) => {
    if (!/^(?:aujourd'hui|hier|demain|today|yesterday|tomorrow)$/.test(w)) return false;
    const at = [...text.matchAll(new RegExp(w.replace("'", "['’]"), "gi"))].map((x) => x.index ?? 0);
    return at.length > 0 && at.every((p) => insideQuote(text, p));
  };
  const marked = ctx.index.story.dates.filter((d) => d.sentence === i && !quotedOnly(fold(d.text).replace(/’/g, "'"))).map((d) => d.text);
  // a season is said as the story writes it, with what names it (« cet été », « au printemps »), not as a folded word
  const plain = [...fold(text).matchAll(TIME_WORD)].map((m) => m[0]).filter((w) => !quotedOnly(w)).map((w) => (SEASON_EN[w] ? (SEASON_WRITTEN.exec(text)?.[0] ?? w) : w));
  const markedFolded = marked.map(fold);
  return [...marked, ...plain.filter((p) => !markedFolded.some((f) => f.includes(p)))];
}

export const DATED = new RegExp(`\\d|\\b(?:${FR_DAYS_MONTHS})\\b`);

export function placesIn(ctx: Ctx, i: number): string[] {
  return perSentence(placesMemo, ctx, i, readPlaces);
}

function readPlaces(ctx: Ctx, i: number): string[] {
  // the places anchor.ts reads (a preposition of place, no one's name, no dative « à »), the dateline's own for its sentence
  const read = placesOf(ctx.index, i);
  const dateline = ctx.index.story.places.filter((p) => p.sentence === i && p.text === ctx.index.story.dateline?.place).map((p) => p.text);
  return [...new Set([...dateline, ...read])];
}

/** « jeudi 12 octobre » → « jeudi 12 octobre (Thursday 12 October) ». */
export function glossDate(lang: string, t: string): string {
  return gloss(lang, t);
}

/** The part of a month a French date names before it (« fin mai », « début juin », « mi-juillet »), in English. */
const MONTH_PART_EN: Readonly<Record<string, string>> = { fin: "late", debut: "early", mi: "mid" };

/** A French date phrase in English words alone (the story's words are given beside it by the caller). */
function englishDate(t: string): string {
  const bare = t.trim().replace(/^(?:le|la|du|au)\s+/iu, "");
  const en = dateIn(bare, "en", "fr");
  return en.endsWith(` (${bare})`) ? en.slice(0, -bare.length - 3) : en;
}

export function gloss(lang: string, t: string): string {
  if (lang !== "en") return t;
  // a French date in an English answer is said in English first, the story's own words after it to find it by
  // (« le 3 mai » → « 3 May (le 3 mai) »; « en 2019 », whose figures say it all, → « 2019 »), as dateIn says every date
  const f = fold(t).replace(/’/g, "'");
  if (FRENCH_DATE.test(f)) {
    // « entre le 3 et le 9 mai »: a range, each end said in English; « fin mai », « début juin »: the part of the month too
    const range = /^entre\s+(.+?)\s+et\s+(.+)$/u.exec(t.trim());
    if (range) return `between ${englishDate(range[1]!)} and ${englishDate(range[2]!)} (${t})`;
    const part = /^(fin|debut|mi)[\s-]+/.exec(f);
    if (part && MONTH_PART_EN[part[1]!]) return `${MONTH_PART_EN[part[1]!]} ${englishDate(t.trim().replace(/^\S+?[\s-]+/u, ""))} (${t})`;
    const en = englishDate(t);
    if (en !== t) return t.endsWith(en) ? en : `${en} (${t})`;
  }
  let changed = false;
  const en = t.split(/\s+/).flatMap((w) => {
    const f = fold(w).replace(/’/g, "'");
    // « l'été », « cet été »: the season and its determiner in English
    const season = SEASON_EN[f.replace(/^[ld]'/, "")];
    if (season) {
      changed = true;
      return [season];
    }
    if (f in SEASON_LEAD_EN && SEASON_WRITTEN.test(t)) return SEASON_LEAD_EN[f] ? [`\u0000${SEASON_LEAD_EN[f]}`] : [];
    const d = DAY_EN[f];
    if (d) changed = true;
    return [d ?? (w === "1er" ? "1" : w)];
  }).map((w) => w.replace(/^\u0000/, ""));
  return changed ? `${en.filter((w) => !/^(?:le|la|au|du|en|l')$/i.test(w)).join(" ")} (${t})` : t;
}
