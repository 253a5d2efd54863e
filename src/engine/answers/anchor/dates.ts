import type { Lang } from "../../reply.js";
import { fold } from "../../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../../story/lang/calendar.js";
import { timeWords } from "../../lexicon-time.js";
import { TIME_WORDS, type TimeWords } from "./words.js";

// Date phrases: the pattern each language writes them in, what a phrase dates, and a date said in the reader's language.

/** A French day or month name as written (the tables above are folded; days have no accents). */
const frenchWritten = (fr: string): string => FR_CALENDAR.monthsWritten[FR_CALENDAR.months.indexOf(fr)] ?? fr;

/** The English and French names of the days and months, in step: a date in the reader's language. */
export const DAY_PAIRS: ReadonlyMap<string, Record<Lang, string>> = new Map(
  [...TIME_WORDS.en.weekdays.map((w, k) => [w, TIME_WORDS.fr.weekdays[k]!] as const), ...TIME_WORDS.en.months.map((w, k) => [w, TIME_WORDS.fr.months[k]!] as const)].flatMap(([en, fr]) => {
    const pair = { en: en[0]!.toUpperCase() + en.slice(1), fr: frenchWritten(fr) };
    return [[en, pair], [fr, pair]] as const;
  }),
);

/** Days and spans named relative to the telling, by meaning, as each language writes them. */
const RELATIVE_DAYS: Record<Lang, Readonly<Record<string, string>>> = {
  fr: { today: "aujourd'hui", yesterday: "hier", tomorrow: "demain", thisWeek: "cette semaine", lastWeek: "la semaine dernière", nextWeek: "la semaine prochaine", lastYear: "l'an dernier", nextYear: "l'an prochain", thisYear: "cette année", lastMonth: "le mois dernier", nextMonth: "le mois prochain", recently: "récemment", tonight: "ce soir", thisMorning: "ce matin" },
  en: { today: "today", yesterday: "yesterday", tomorrow: "tomorrow", thisWeek: "this week", lastWeek: "last week", nextWeek: "next week", lastYear: "last year", nextYear: "next year", thisYear: "this year", lastMonth: "last month", nextMonth: "next month", recently: "recently", tonight: "tonight", thisMorning: "this morning" },
};
const RELATIVE_BY_WORDS: ReadonlyMap<string, string> = new Map(
  (Object.values(RELATIVE_DAYS) as Readonly<Record<string, string>>[]).flatMap((t) => Object.entries(t).map(([k, v]) => [fold(v).replace(/’/g, "'"), k] as const)),
);
/** Spans counted from the day of the telling that name no day of their own (« le mois dernier », "last year"). */
const LOOSE_SPANS: ReadonlySet<string> = new Set(["lastWeek", "nextWeek", "thisWeek", "lastMonth", "nextMonth", "lastYear", "nextYear", "thisYear", "recently"]);

/** Whether a date phrase is only a span counted from the telling (« l'an dernier », "last month"): it dates nothing without the dispatch's own date. */
export function isLooseSpan(text: string): boolean {
  const key = fold(text.trim()).replace(/’/g, "'").replace(/^(?:in|en|au cours de|dans)\s+/, "");
  const k = RELATIVE_BY_WORDS.get(key) ?? RELATIVE_ALSO.get(key);
  return k !== undefined && LOOSE_SPANS.has(k);
}

/** Leads that bound a span, by meaning: how each language writes them. */
type LeadMeaning = "since" | "until" | "from" | "before" | "after" | "by";
const LEAD_WORDS: Record<Lang, Record<LeadMeaning, string>> = {
  fr: { since: "depuis", until: "jusqu'à", from: "à partir de", before: "avant", after: "après", by: "d'ici" },
  en: { since: "since", until: "until", from: "from", before: "before", after: "after", by: "by" },
};
const LEADS: Record<Lang, readonly (readonly [LeadMeaning, RegExp])[]> = {
  fr: [["since", /^depuis\s+/iu], ["until", /^jusqu['’](?:au|a|à|en)\s+/iu], ["from", /^(?:(?:à|a) partir|(?:à|a) compter) d[eu]\s+/iu], ["before", /^avant\s+/iu], ["after", /^(?:après|apres)\s+/iu], ["by", /^d['’]ici (?:(?:à|a|au|le)\s+)?/iu]],
  en: [["since", /^since\s+/iu], ["until", /^(?:until|till|through)\s+/iu], ["from", /^from\s+/iu], ["before", /^before\s+/iu], ["after", /^after\s+/iu], ["by", /^by\s+/iu]],
};

// « l'année dernière » says the same as « l'an dernier »
const RELATIVE_ALSO: ReadonlyMap<string, string> = new Map([["l'annee derniere", "lastYear"], ["l'annee prochaine", "nextYear"], ["hier soir", "yesterday"]]);

export const alt = (ws: readonly string[]) => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+")).sort((a, b) => b.length - a.length).join("|");

/** The date phrases of a language as one regex over folded text, built once per language. */
function datePattern(w: TimeWords, lang: Lang): RegExp {
  const day = `(?:${alt(w.weekdays)})`;
  const month = `(?:${alt(w.months)})\\.?`;
  // a month shortened before or after its day (« Oct. 27 », "27 Sept"): only with a day, never alone (« mar » is a word)
  const short = w.abbreviations.length ? `(?:${alt(w.abbreviations)})\\.?` : null;
  const num = "\\d{1,2}(?:er|st|nd|rd|th)?";
  const year = "(?:1[89]|20)\\d\\d";
  const lead = `(?:(?:${alt(w.lead)})\\s+)?`;
  const parts = [
    // « mardi 29 août », « Tuesday, April 22 », « le 28 mars 2020 », « April 22, 2025 », « mars 2023 »
    `${lead}(?:${day},?\\s+)?(?:${num}\\s+${month}(?:\\s+${year})?|${month}\\s+${num}(?:,?\\s+${year})?|${month}\\s+${year})`,
    ...(short ? [`${lead}(?:${day},?\\s+)?(?:${short}\\s+${num}(?:,?\\s+${year})?|${num}\\s+${short}(?:\\s+${year})?)`] : []),
    // « in December last year », « en décembre dernier », « décembre de l'an dernier »: one date, the month of a year counted from the telling
    `${lead}${month}\\s+(?:${alt(w.monthOfYear)})`,
    // « nuit de mardi à mercredi », "overnight from Monday into Tuesday": one night, both days
    `(?:${alt(w.night)})\\s+${day}\\s+(?:a|au|to|into)\\s+${day}`,
    `${lead}${day}(?:\\s+(?:matin|soir|apres-midi|morning|evening|afternoon|night))?`,
    `${lead}${month}`,
    `(?:${alt(w.relative)})`,
    // « le premier jour de son mandat », "on the day after the vote": a time told by the event it follows or opens
    ofEvent(lang, lead),
    // a bare year; not one of a span written « 2025/2026 », nor a year naming a thing (« the 2024 budget »: see below)
    `(?<![/-]\\s*)${lead}${year}(?!\\s*[/-]\\s*\\d)`,
    // times of day: « 16h », « 16 heures », « 7 a.m. »
    `(?:a\\s+|at\\s+)?\\d{1,2}\\s*(?:h\\d{0,2}\\b|heures?\\b|a\\.m\\.|p\\.m\\.|am\\b|pm\\b)`,
  ];
  return new RegExp(`(?<![\\p{L}\\d])(?:${parts.join("|")})(?![\\p{L}\\d])`, "gu");
}

/**
 * « (le) premier jour de son mandat », "(on) the first day of her term", « (au) lendemain du scrutin », "the day
 * after the vote" (lexicon-time.ts ofEvent): the event named by one or two words after its determiner.
 */
function ofEvent(lang: Lang, lead: string): string {
  const e = timeWords(lang).ofEvent;
  const article = `(?:(?:${alt(e.articles)})\\s*)`;
  const of = `(?:${alt(e.of)})\\s*(?:(?:${alt(e.determiners)})\\s*)?`;
  // (« de son second mandat », "of his second term": a word that ranks the event stands before its noun)
  const event = `(?:(?:${alt(e.rankers)})\\s+)?[\\p{L}-]{3,}`;
  // (« le lendemain de », « le soir du » take their article: « mise à jour des listes », « l'ordre du jour du conseil » tell no time;
  // English writes it in the phrase, « the day after », « the eve of », whose « of » is then its own)
  const beside = lang === "en" ? `(?:${alt(e.beside)})\\s+(?:(?:${alt(e.of)})\\s+)?(?:(?:${alt(e.determiners)})\\s*)?` : `${article}(?:${alt(e.beside)})\\s+${of}`;
  // (an English ordinal takes its determiner, « the first day of », « her last week in »: « last week in Brussels » is a span
  // counted from the telling, told by no event)
  const opener = lang === "en" ? `(?:(?:${alt(e.determiners)})\\s+)` : `${article}?`;
  return `${lead}(?:${opener}(?:${alt(e.ordinals)})\\s+(?:${alt(e.units)})\\s+${of}|${beside})${event}`;
}

/** A date phrase told by an event, as read above, to its end (folded): its last word is the event. */
const OF_EVENT_RE: Record<Lang, RegExp> = { fr: new RegExp(`${ofEvent("fr", "")}$`, "u"), en: new RegExp(`${ofEvent("en", "")}$`, "u") };

/** The event a date phrase is told by (« conseil » of « au lendemain du conseil »), or null for a calendar date. */
export function eventOfDate(text: string, lang: Lang): string | null {
  const folded = fold(text);
  return OF_EVENT_RE[lang].test(folded) ? (/[\p{L}-]+$/u.exec(folded)?.[0] ?? null) : null;
}

/** Nouns of time a year after « de », "of" still dates (« fin de 2014 », "the summer of 2014"): any other noun is named by it. */
const YEAR_OF_TIME: ReadonlySet<string> = new Set(
  [
    ...FR_CALENDAR.months, ...EN_CALENDAR.months,
    "debut", "fin", "mi", "partir", "ici", "cours", "courant", "milieu", "printemps", "ete", "automne", "hiver", "annee", "annees", "mois", "saison", "rentree", "moitie", "semestre", "trimestre",
    "end", "beginning", "start", "middle", "spring", "summer", "autumn", "fall", "winter", "year", "years", "months", "half", "quarter", "course", "part", "early", "late",
  ].map(fold),
);

/**
 * « la réforme de 1998 », "the charter of 1987": a year after « de », "of" and a noun names
 * that thing, it dates nothing the sentence tells (« l'été de 1998 », "the end of 1987" do date).
 * `folded` is the folded sentence, `match` the date phrase found at `at` (« de 1998 » or « 1998 »).
 */
export function yearNamesThing(folded: string, at: number, match: string): boolean {
  if (!/^(?:(?:de|of)\s+)?\d{4}$/.test(match)) return false;
  const noun = nounBefore(folded, at + (/^(?:de|of)\s/.test(match) ? 3 : 0));
  return noun !== "" && !YEAR_OF_TIME.has(noun);
}

/** The word before « de », "of" that ends right before `at` in a folded sentence ("" when none). */
export function nounBefore(folded: string, at: number): string {
  return /([\p{L}-]{3,})\s+(?:de|of)\s+$/u.exec(folded.slice(Math.max(0, at - 28), at))?.[1] ?? "";
}

export const DATE_RE: Record<Lang, RegExp> = { fr: datePattern(TIME_WORDS.fr, "fr"), en: datePattern(TIME_WORDS.en, "en") };

/** The year a date phrase writes, or null. */
export function yearOf(text: string): number | null {
  const m = /\b((?:1[89]|20)\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A date phrase in the reader's language: a relative day said as that language says it, day and month names translated, figures as written. */
export function dateIn(text: string, lang: Lang, storyLang: Lang): string {
  // « on Tuesday », « le 3 mai »: the article is the sentence's, not the date's
  // (« de jeudi », the date phrase read after « dans la nuit »: the little word is the sentence's too)
  if (lang === storyLang) return text.replace(/^(?:on|le|de)\s+(?=\S)/iu, "");
  const key = fold(text.trim()).replace(/’/g, "'");
  const relative = RELATIVE_BY_WORDS.get(key) ?? RELATIVE_ALSO.get(key);
  if (relative) return RELATIVE_DAYS[lang][relative] ?? text;
  // the story's little words before a date (« le », « on ») are dropped rather than mixed in; a lead that bounds a span (« since ») is said in the reader's language
  const lead = LEADS[storyLang].find(([, re]) => re.test(text));
  const bare = text.replace(/^(?:le|ce|du|de|au|on|the)\s+/iu, "").replace(lead?.[1] ?? /^$/, "");
  const said = lead ? `${LEAD_WORDS[lang][lead[0]]} ` : "";
  let other = false;
  const out = said + bare.replace(/\p{L}+/gu, (w) => {
    const pair = DAY_PAIRS.get(fold(w));
    if (!pair) other ||= !/^(?:of|de|du|the|le|la)$/i.test(w);
    return pair ? (lang === "fr" ? pair.fr : pair.en) : w;
  });
  // the story's own words follow, so the reader can find them in the cited sentence
  if (!other) return out === text ? out : `${out} (${text})`;
  // « last November »: the words around the month are the story's language; the date is glossed, not half translated
  const names = [...(said ? [said.trim()] : []), ...[...bare.matchAll(/\p{L}+|\d+/gu)].map((m) => DAY_PAIRS.get(fold(m[0]))?.[lang] ?? (/^\d+$/.test(m[0]) ? m[0] : null)).filter((w): w is string => w !== null)];
  return names.length > (said ? 1 : 0) ? `${names.join(" ")} (${text})` : text;
}
