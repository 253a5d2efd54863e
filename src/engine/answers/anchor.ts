import type { Ctx } from "../context.js";
import { questionTerms, rankEvidence } from "../evidence.js";
import { keysOf, type KeySet, type StoryIndex } from "../index.js";
import type { Lang } from "../reply.js";
import type { Term } from "../query.js";
import { fold } from "../text.js";
import { isPlaceName, CAPITALS, COUNTRIES, COUNTRY_PAIRS, PLACE_WORDS } from "../../story/lang/places.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { insideQuote, yearInName } from "./times.js";
import { roleIn } from "../labels.js";
import { nationalityIn } from "../qualifiers.js";
import { perSentence } from "../sentence-memo.js";
import { attachedTo, pastAnotherVerb } from "./attach.js";
import { placeWords } from "../lexicon-place.js";
import { timeWords } from "../lexicon-time.js";

/** A text that writes a day: a digit, or a weekday of either language (the story's language is not the question's). */
const WRITES_DAY = new RegExp(`\\d|\\b(?:${[...EN_CALENDAR.weekdays, ...FR_CALENDAR.weekdays].map(fold).join("|")})\\b`, "u");

/*
 * When and where, anchored on the event asked. A sentence often dates or places several things
 * (« X said on Tuesday that the talks, which began in Geneva in May, … »): the date or place that
 * answers « when did the talks begin » is the one that stands by the words of the question's own
 * event, in its clause, not the day a source reported it nor a place named in passing. Each
 * phrase is found with its position; the one nearest the question's matched words wins.
 */

/** The words that date or place something, per language (folded, no accents). */
interface TimeWords {
  weekdays: readonly string[];
  months: readonly string[];
  /** Days and spans named relative to the telling (« hier », « last week »), written out whole. */
  relative: readonly string[];
  /** Prepositions and adverbs a date phrase opens with. */
  lead: readonly string[];
  /** Months shortened (« Oct. »), read only before or after a day's number. */
  abbreviations: readonly string[];
  /** After a month, the words that say which year it is of, counted from the telling (« dernier », "last year"). */
  monthOfYear: readonly string[];
  /** The words a night between two days opens with (« dans la nuit de », "overnight from"). */
  night: readonly string[];
  /** Reporting verbs: a date right beside one dates the telling, not the event. */
  reporting: readonly string[];
  /** Verbs and nouns of saying in a question: then the day of the telling is the answer. */
  asksTelling: RegExp;
  /** Prepositions of place: a capitalised word after one is a place. */
  locative: readonly string[];
  /** Nouns of places (« la ville de X », « the province of X »). */
  placeNouns: readonly string[];
  /**
   * Words after which the language's ambiguous prepositions (« à », "to") say to whom, not where
   * (« l'entretien accordé à X », « conformément à la Constitution », "told to X", "due to X"):
   * a name there is a place only when the gazetteer knows it.
   */
  dative: RegExp;
}

const TIME_WORDS: Record<Lang, TimeWords> = {
  fr: {
    weekdays: FR_CALENDAR.weekdays,
    months: FR_CALENDAR.months,
    relative: [
      "aujourd'hui", "hier soir", "hier", "demain", "avant-hier", "la veille", "le lendemain", "cette semaine", "la semaine derniere", "la semaine prochaine",
      "le mois dernier", "le mois prochain", "ce mois-ci", "l'an dernier", "l'an prochain", "l'annee derniere", "l'annee prochaine", "cette annee",
      "ce matin", "ce soir", "cet ete", "cet hiver", "cet automne", "ce printemps", "avant l'ete", "d'ici l'ete", "au printemps", "en ete", "a l'automne", "en hiver",
      "recemment", "ces derniers jours", "il y a quelques jours", "dans les prochains jours", "dans les prochaines semaines",
    ],
    abbreviations: FR_CALENDAR.monthAbbreviations,
    monthOfYear: ["dernier", "prochain", "de l'an dernier", "de l'annee derniere", "de l'an prochain", "de l'annee prochaine", "de cette annee"],
    night: ["dans la nuit de", "la nuit de", "nuit de"],
    lead: ["le", "ce", "du", "au", "depuis", "des", "en", "d'ici", "d'ici a", "jusqu'au", "jusqu'en", "avant", "apres", "a partir du", "a partir de", "a compter du", "a compter de", "debut", "fin", "mi", "vers", "entre", "de"],
    reporting: [
      "a declare", "a dit", "a indique", "a annonce", "a affirme", "a precise", "a rapporte", "a explique", "a assure", "a deplore", "a estime", "a ajoute", "a souligne",
      "ont declare", "ont annonce", "ont indique", "ont affirme", "ont rapporte", "a publie", "ont publie", "a confirme", "ont confirme", "a reconnu", "a averti", "a raconte", "a ecrit",
      "declare", "annonce", "indique", "rapporte",
    ],
    asksTelling: /\b(?:dit|dire|declare\w*|annonce\w*|indique\w*|affirme\w*|rapporte\w*|publie\w*|revele\w*|confirme\w*|parle|ecrit|twitte\w*|tweete\w*|communique|conference de presse)\b/,
    locative: ["a", "au", "aux", "en", "dans", "vers", "pres de", "pres du", "au large de", "au large du", "a destination de", "a destination du", "a destination d'", "en direction de", "en direction du", "en direction d'", "en provenance de", "en provenance du", "en provenance d'", "depuis", "sur", "a l'est de", "a l'ouest de", "au nord de", "au sud de", "pres d'", "region de", "ville de"],
    dative: /\b(?:accordee?s?|conformement|grace|face|repondu|repond|declare|dit|demande|adresse|explique|confie|indique|annonce|propose|permis|interdit|appartient|appartenir|participe|participer|assiste|echappe|contribue|succede|oppose|favorable|hostile|liee?s?|relatif|relative|consacree?s?|dediee?s?|reservee?s?|destinee?s?|affilie|rattache|soumis|ecrit|parle|envoye|livree?s?|vendue?s?|aide|soutien|reproche|impute|attribue)\s+(?:a|au|aux)\s+(?:(?:la|le|les|l')\s*)?$/,
    placeNouns: ["ville", "villes", "village", "commune", "province", "region", "departement", "etat", "pays", "capitale", "port", "quartier", "ile", "iles", "mer", "golfe", "oblast", "district", "comte", "banlieue", "territoire", "enclave", "cote", "frontiere", "localite", "agglomeration", "arrondissement", "canton", "memorial", "palais", "siege", "aeroport", "gare", "hopital", "stade", "musee", "campus", "base", "camp", "usine", "centrale", "prison", "centre", "terminal", "tribunal", "ecole", "eglise", "mosquee", "ambassade", "consulat", "vallee", "riviere", "fleuve", "lac", "pont", "parc"],
  },
  en: {
    weekdays: EN_CALENDAR.weekdays,
    months: EN_CALENDAR.months,
    relative: [
      "today", "tonight", "yesterday", "tomorrow", "this week", "last week", "next week", "earlier this week", "later this week", "this month", "last month", "next month",
      "this year", "last year", "next year", "earlier this year", "later this year", "this morning", "this evening", "this summer", "this spring", "this fall", "this autumn", "this winter",
      "last summer", "next summer", "by summer", "by the summer", "before the summer", "before summer", "recently", "in recent days", "days ago", "weeks ago", "in the coming days", "in the coming weeks",
    ],
    abbreviations: EN_CALENDAR.monthAbbreviations,
    monthOfYear: ["last year", "this year", "next year", "of last year", "of this year", "of next year"],
    night: ["overnight from", "on the night of", "the night of", "overnight", "the night from"],
    lead: ["on", "in", "since", "by", "until", "till", "from", "before", "after", "early", "late", "mid", "last", "next", "this", "between", "as of", "through", "starting", "beginning", "effective"],
    // « selon X », "according to X" name a source, not a telling with a day of its own: « mercredi, selon la préfecture » dates the event
    reporting: ["said", "says", "told", "announced", "reported", "stated", "added", "confirmed", "posted", "wrote", "tweeted"],
    asksTelling: /\b(?:say|said|says|tell|told|announc\w*|report\w*|state\w*|confirm\w*|post\w*|publish\w*|reveal\w*|tweet\w*|wrote|write|speak|spoke|statement|press conference)\b/,
    locative: ["in", "at", "near", "into", "to", "from", "inside", "outside", "off", "across", "toward", "towards", "throughout", "around", "bound for", "headed for", "destined for"],
    dative: /\b(?:interviews?|said|told|according|due|thanks|owing|prior|compared|close|similar|related|talked|spoke|wrote|next|up|led|access|response|reply|answer|letter|committed|given|sent|sold|delivered|attributed|belongs|belonged|linked|allied|loyal|opposed|support)\s+to\s+(?:the\s+)?$/,
    placeNouns: ["city", "cities", "town", "village", "province", "region", "state", "country", "capital", "port", "district", "county", "island", "islands", "sea", "gulf", "suburb", "neighbourhood", "neighborhood", "borough", "territory", "enclave", "coast", "area", "oblast", "municipality", "memorial", "palace", "headquarters", "airport", "station", "hospital", "stadium", "museum", "campus", "base", "camp", "factory", "plant", "prison", "centre", "center", "terminal", "court", "courthouse", "school", "church", "mosque", "embassy", "consulate", "valley", "river", "lake", "bridge", "park", "compound", "neighbourhood"],
  },
};

/** A French day or month name as written (the tables above are folded; days have no accents). */
const frenchWritten = (fr: string): string => FR_CALENDAR.monthsWritten[FR_CALENDAR.months.indexOf(fr)] ?? fr;

/** The English and French names of the days and months, in step: a date in the reader's language. */
const DAY_PAIRS: ReadonlyMap<string, Record<Lang, string>> = new Map(
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

const alt = (ws: readonly string[]) => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+")).sort((a, b) => b.length - a.length).join("|");

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
function eventOfDate(text: string, lang: Lang): string | null {
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
function nounBefore(folded: string, at: number): string {
  return /([\p{L}-]{3,})\s+(?:de|of)\s+$/u.exec(folded.slice(Math.max(0, at - 28), at))?.[1] ?? "";
}

const DATE_RE: Record<Lang, RegExp> = { fr: datePattern(TIME_WORDS.fr, "fr"), en: datePattern(TIME_WORDS.en, "en") };
const REPORTING_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(?:${alt(TIME_WORDS.fr.reporting)})(?![\\p{L}])`, "gu"),
  en: new RegExp(`(?<![\\p{L}])(?:${alt(TIME_WORDS.en.reporting)})(?![\\p{L}])`, "gu"),
};
const LOCATIVE_RE: Record<Lang, RegExp> = {
  // (a locative that ends on an elision, « à destination d' », takes no space before the name)
  fr: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.fr.locative)})(?:\\s+|(?<=['’]))(?:(?:la|le|les|l['’])\\s*)?$`, "u"),
  en: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.en.locative)})\\s+(?:the\\s+)?$`, "u"),
};

/** Each character folded on its own (accents dropped, case lowered): same length, same offsets. */
function foldInPlace(text: string): string {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    const f = ch === "’" ? "'" : fold(ch);
    out += f.length === 1 ? f : ch.toLowerCase();
  }
  return out;
}

const PLACE_NOUNS: Record<Lang, ReadonlySet<string>> = { fr: new Set(TIME_WORDS.fr.placeNouns), en: new Set(TIME_WORDS.en.placeNouns) };
/** Whether a folded word is one of a language's nouns of places (« capitale », "city"): a name set after it names that place. */
export function isPlaceNoun(word: string, lang: Lang): boolean {
  return PLACE_NOUNS[lang].has(word);
}

/** « la ville de », « the province of » after a preposition of place: the name that follows is the place. */
/** « en mer Baltique », « sur l'île Verte »: the place noun right before the name is part of it. */
const NOUN_BEFORE_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.fr.locative)})\\s+(?:(?:la|le|les|l['’])\\s*)?((?:${alt(TIME_WORDS.fr.placeNouns)})\\s+)$`, "u"),
  en: /(?!)/u,
};

const OF_PLACE_NOUN_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.fr.locative)})\\s+(?:(?:la|le|les|l['’]|une?)\\s*)?(?:${alt(TIME_WORDS.fr.placeNouns)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:de|du|des|d['’])\\s*(?:(?:la|le|les|l['’])\\s*)?$`, "u"),
  en: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.en.locative)})\\s+(?:the\\s+|a\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${alt(TIME_WORDS.en.placeNouns)})\\s+of\\s+(?:the\\s+)?$`, "u"),
};

/** A date or place phrase of a sentence, at its position in the sentence's text. */
export interface Spot {
  text: string;
  at: number;
  end: number;
}

/** A word of the sentence with its keys (the question's words are matched on them). */
export interface Word {
  at: number;
  end: number;
  keys: KeySet;
}

interface Read {
  words: Word[];
  dates: Spot[];
  places: Spot[];
  /** Positions of the reporting verbs. */
  reporting: number[];
  /** Character positions where a clause ends (, ; : ( ) and quotation marks). */
  breaks: number[];
  /** The sentence folded character by character (offsets are the sentence's). */
  folded: string;
}

/** The sentence's words, dates, places and reporting verbs: once per story and sentence. */
const readSentence = perSentence((index: StoryIndex, i: number): Read => {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  const text = index.story.sentences[i]?.text ?? "";
  // folded character by character, so that offsets in the folded text are offsets in the sentence
  const f = foldInPlace(text);
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)) words.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, keys: keysOf(m[0], false, lang === "en") });
  const dates: Spot[] = [];
  for (const m of f.matchAll(DATE_RE[lang])) {
    const at = m.index ?? 0;
    // a relative day inside a quote is the speaker's, not one the story dates
    if (insideQuote(text, at) && /^(?:aujourd|hier|demain|today|yesterday|tomorrow|tonight)/.test(m[0])) continue;
    // « the 2024 election », « son budget 2025 »: a year after a determiner or a noun names a thing, it dates nothing the sentence tells
    if (/^\d{4}$/.test(m[0]) && /\b(?:the|its|his|her|their|this|that|a|le|la|les|son|sa|ses|leur|ce|cette)\s+$/u.test(f.slice(Math.max(0, at - 12), at)) && !/\b(?:in|since|en|depuis|of|de|until|by)\s+$/.test(f.slice(Math.max(0, at - 8), at))) continue;
    // « the Falke 2000 system »: a lone year right after a capitalised name is part of the name (the reader's rule)
    if (/^\d{4}$/.test(m[0]) && yearInName(text, at)) continue;
    const phrase = m[0].replace(/\.$/, "");
    // English writes its days and months with a capital: « may » is a verb
    if (lang === "en" && [...text.slice(at, at + phrase.length).matchAll(/\p{L}+/gu)].some((w) => DAY_PAIRS.has(fold(w[0])) && !/^\p{Lu}/u.test(w[0]))) continue;
    dates.push({ text: text.slice(at, at + phrase.length), at, end: at + phrase.length });
  }
  const reporting = [...f.matchAll(REPORTING_RE[lang])].map((m) => m.index ?? 0);
  const breaks = [...text.matchAll(/[,;:()«»"“”—–]/g)].map((m) => m.index ?? 0);
  const places = placeSpots(index, i, text, lang);
  const out = { words, dates, places, reporting, breaks, folded: f };
  return out;
});

/** The date phrases of a sentence, in order: once per story and sentence. */
export function datesOf(index: StoryIndex, i: number): readonly Spot[] {
  return readSentence(index, i).dates;
}

/** The words of a sentence with their positions and keys: once per story and sentence. */
export function wordsOf(index: StoryIndex, i: number): readonly Word[] {
  return readSentence(index, i).words;
}

/** Places of a sentence, in order: capitalised names after a preposition of place or a place noun, no one's name, no day, no place noun; after « à » or "to", not a dative's. */
export function placesOf(index: StoryIndex, i: number): string[] {
  return readSentence(index, i).places.map((p) => p.text);
}

function placeSpots(index: StoryIndex, i: number, text: string, lang: Lang): Spot[] {
  const out: Spot[] = [];
  const persons = personWords(index);
  const add = (name: string, at: number) => {
    const clean = name.replace(/[’']s$/u, "").trim();
    if (!clean || out.some((s) => at < s.end && at + clean.length > s.at)) return;
    if (clean.split(/\s+/).some((w) => persons.has(w))) return;
    out.push({ text: clean, at, end: at + clean.length });
  };
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|du|des|of|la|le|upon)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu)) {
    const at = m.index ?? 0;
    const name = m[0].replace(/[.]$/, "");
    // « R5.5bn », « F-35 »: a letter before a figure is a currency or a model, not a place
    if (at === 0 || name.length < 2 || /^\d/.test(text.slice(at + m[0].length))) continue;
    const before = foldInPlace(text.slice(Math.max(0, at - 48), at));
    // « à Berlin », « in the Bronx »; « au large de la ville portuaire de X », « in the city of X »: a place noun after the preposition
    const noun = NOUN_BEFORE_RE[lang].exec(before);
    // « to Norland, Varia and the Ostmark »: a name coordinated right after a place is one more place of the list
    const last = out.at(-1);
    const listed = last !== undefined && LIST_LINK[lang].test(text.slice(last.end, at));
    const locative = listed || (LOCATIVE_RE[lang].test(before) && (!TIME_WORDS[lang].dative.test(before) || isPlaceName(name))) || OF_PLACE_NOUN_RE[lang].test(before) || noun !== null;
    // a place named by its common noun wherever the phrase stands (« les cuves du terminal pétrolier de X », "in the
    // country's southern X province", "a X court hearing"): the noun and the name together are the place
    // (« parmi les pays du X »: a plural noun names a set of places, none of them where)
    const ofNoun = locative ? null : NAMED_OF[lang].exec(before);
    if (ofNoun && PLURAL_BEFORE[lang].test(before.slice(0, before.length - (ofNoun[1]?.length ?? 0)))) continue;
    const nounAfter = locative || ofNoun ? null : NOUN_AFTER[lang].exec(text.slice(at + name.length));
    if ((ofNoun || nounAfter) && !DAY_PAIRS.has(fold(name.split(/\s+/)[0]!)) && !PLACE_NOUNS[lang].has(fold(name)) && !/^\p{Lu}{2,}$/u.test(name)) {
      if (ofNoun?.[1]) add(text.slice(at - ofNoun[1].length, at) + name, at - ofNoun[1].length);
      else if (nounAfter) add(name + nounAfter[0], at);
      continue;
    }
    // a day or month after « in » dates; an acronym is an institution's
    // « dans l'État vénézuélien de X »: the place noun itself is no place's name
    if (!locative || DAY_PAIRS.has(fold(name.split(/\s+/)[0]!)) || PLACE_NOUNS[lang].has(fold(name)) || (/^\p{Lu}{2,}$/u.test(name) && !isPlaceName(name))) continue;
    // « au musée de Lorvik », "at the airport of X": a venue is where, the town only whose it is; the spot holds both
    const venue = VENUE_OF[lang].exec(before);
    if (noun?.[1]) add(text.slice(at - noun[1].length, at) + name, at - noun[1].length);
    else if (venue && OF_PLACE_NOUN_RE[lang].test(before)) add(text.slice(at - venue[0].length, at) + name, at - venue[0].length);
    else add(name, at);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** What stands between a place and the narrower one set after it by a comma (« , au », ", at the"), per language, folded. */
// (« sur la Lenne près de X », "on the Y river near X": the town near which says where on the river)
const APPOSED: Record<Lang, RegExp> = {
  fr: /^(?:\s*,\s*(?:(?:a|au|aux|dans|en|pres de|pres du|sur)\s+)?|\s+pres d(?:e|u|')\s*)(?:(?:la|le|les|l')\s*)?$/u,
  en: /^(?:\s*,\s*(?:(?:in|at|near|on|inside)\s+)?|\s+near\s+)(?:the\s+)?$/u,
};

/** A place noun and its « de », "of" right before a name (folded, offsets kept), with up to two words between (« terminal pétrolier de »). */
const NAMED_OF: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|\\s)((?:${alt(TIME_WORDS.fr.placeNouns)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:de|du|d['’])\\s*(?:(?:la|le|l['’])\\s*)?)$`, "u"),
  en: new RegExp(`(?:^|\\s)((?:${alt(TIME_WORDS.en.placeNouns)})\\s+of\\s+(?:the\\s+)?)$`, "u"),
};
/** A plural determiner right before a place noun, per language (folded). */
const PLURAL_BEFORE: Record<Lang, RegExp> = { fr: /(?:^|\s)(?:les|des|ces|aux|leurs|ses)\s+$/u, en: /(?:^|\s)(?:these|those|all|many|several)\s+$/u };
/** English sets a place's name before its noun ("X province", "the X holding centre"): the noun right after the name, one word between at most. */
const NOUN_AFTER: Record<Lang, RegExp> = {
  fr: /(?!)/u,
  en: new RegExp(`^(?:\\s+[\\p{Ll}-]+)?\\s+(?:${alt(TIME_WORDS.en.placeNouns)})(?![\\p{L}])`, "u"),
};

/** Venues (a memorial, an airport, a palace) and their « de », right before a name (folded, offsets kept): the venue is part of the place. */
const VENUES: Record<Lang, readonly string[]> = {
  fr: ["memorial", "palais", "siege", "aeroport", "gare", "hopital", "stade", "musee", "campus", "base", "camp", "usine", "centrale", "prison", "centre", "terminal", "tribunal", "ecole", "eglise", "mosquee", "ambassade", "consulat", "vallee", "riviere", "fleuve", "lac", "pont", "parc"],
  en: ["memorial", "palace", "headquarters", "airport", "station", "hospital", "stadium", "museum", "campus", "base", "camp", "factory", "plant", "prison", "centre", "center", "terminal", "court", "courthouse", "school", "church", "mosque", "embassy", "consulate", "valley", "river", "lake", "bridge", "park", "compound", "neighbourhood"],
};
const VENUE_OF: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${alt(VENUES.fr)})\\s+(?:de|du|des|d['’])\\s*(?:(?:la|le|les|l['’])\\s*)?$`, "u"),
  en: new RegExp(`(?:${alt(VENUES.en)})\\s+of\\s+(?:the\\s+)?$`, "u"),
};

/** What joins the places of a list (« , », « et », "and", "or" and their articles), per language: the whole text between two names. */
const LIST_LINK: Record<Lang, RegExp> = {
  fr: /^(?:\s*,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)(?:(?:la|le|les)\s+|l['’])?$/u,
  en: /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/u,
};

const personMemo = new WeakMap<StoryIndex, ReadonlySet<string>>();
/** The words of people's and institutions' names that are not places: « en compagnie de X » names no place. */
function personWords(index: StoryIndex): ReadonlySet<string> {
  let hit = personMemo.get(index);
  if (!hit) {
    hit = new Set(index.entities.filter((e) => e.kind === "person").flatMap((e) => e.nameWords.filter((w) => /^\p{Lu}/u.test(w) && !isPlaceName(w))));
    personMemo.set(index, hit);
  }
  return hit;
}

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRY_PAIRS.map(([, c]) => fold(c)));

/** Each language's nationality adjectives (folded, masculine singular), from its place table. */
const ADJECTIVES: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(PLACE_WORDS.fr.countries.map(([a]) => a)),
  en: new Set(PLACE_WORDS.en.countries.map(([a]) => a)),
};
/** A written word as its language's nationality adjective (« britanniques », « japonaises », "Japanese"). */
function isNationality(word: string, lang: Lang): boolean {
  const f = fold(word);
  const forms = lang === "fr" ? [f, f.replace(/s$/, ""), f.replace(/es?$/, ""), f.replace(/nnes?$/, "n")] : [f];
  // English writes them with a capital; French in lower case
  return (lang === "fr" || /^\p{Lu}/u.test(word)) && forms.some((x) => ADJECTIVES[lang].has(x));
}

/** Runs of two or more nationality adjectives joined by commas and « et », "and" (« Australian, British and Japanese »), as spots. */
export function nationalityRuns(text: string, lang: Lang): Spot[] {
  const out: Spot[] = [];
  const ws = [...text.matchAll(/[\p{L}][\p{L}-]*/gu)];
  const two = lang === "en" ? /^(?:South|North) (?:Korean|African)$/ : /(?!)/;
  let run: { at: number; end: number; n: number } | null = null;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const at = w.index ?? 0;
    const pair = k + 1 < ws.length ? `${w[0]} ${ws[k + 1]![0]}` : "";
    const isTwo = pair !== "" && two.test(pair);
    if (!isTwo && !isNationality(w[0], lang)) {
      if (run && !/^(?:and|et|or|ou)$/i.test(w[0])) {
        if (run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
        run = null;
      }
      continue;
    }
    const end = isTwo ? (ws[k + 1]!.index ?? 0) + ws[k + 1]![0].length : at + w[0].length;
    if (isTwo) k++;
    // joined to the run by a comma or a conjunction only
    if (run && /^(?:\s*,\s*|\s*,?\s+(?:and|et|or|ou)\s+)$/iu.test(text.slice(run.end, at))) run = { at: run.at, end, n: run.n + 1 };
    else {
      if (run && run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
      run = { at, end, n: 1 };
    }
  }
  if (run && run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
  return out;
}

/** Short forms of countries a story writes in capitals (« U.S. », « UK », « É.-U. »), per language. */
const COUNTRY_ABBREVIATIONS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}.])(?:U\.S\.(?:A\.)?|USA|US|UK|U\.K\.)(?![\p{L}])/gu,
  fr: /(?<![\p{L}.])(?:USA|É\.-U\.|E\.-U\.)(?![\p{L}])/gu,
};
/** The first half of a compound nationality (« russo-biélorusses », "Sino-American"), per language, folded. */
const COMBINING: Record<Lang, ReadonlySet<string>> = {
  fr: new Set("russo franco germano sino anglo americano italo hispano greco turco indo austro belgo nippo israelo irano syro polono lituano sud-coreano".split(" ")),
  en: new Set("russo franco german sino anglo american italo hispano greco turco indo austro belgo nippo israeli irano syro polono".split(" ")),
};
/** Every country name of the place tables, longest first, as one pattern over folded text: built once. */
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...COUNTRY_NAMES].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`,
  "gu",
);

/**
 * Runs of two or more countries a sentence lists (« Norland, the U.S. and Varia », « menées par
 * la Norlande et la Varie », "Australian, British and Japanese forces", « exercices
 * russo-biélorusses »): country names, their short forms and nationality adjectives, mixed, joined
 * by commas and « et », "and". Each run is one spot, the list whole.
 */
export function countryRuns(text: string, lang: Lang): Spot[] {
  const folded = foldInPlace(text);
  const items: { at: number; end: number; n: number }[] = [];
  for (const m of folded.matchAll(COUNTRY_RE)) items.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: 1 });
  for (const m of text.matchAll(COUNTRY_ABBREVIATIONS[lang])) items.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: 1 });
  // « les flottes de Riga et Oslo »: a capital stands for its country
  for (const m of text.matchAll(CAPITALISED)) if (CAPITALS.has(fold(m[0]))) items.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: 1 });
  for (const m of text.matchAll(/[\p{L}][\p{L}-]*/gu)) {
    const at = m.index ?? 0;
    const parts = m[0].split("-");
    // « russo-biélorusses », "Russian-Belarusian": each half a nationality
    if (parts.length >= 2 && isNationality(parts.at(-1)!, lang) && parts.slice(0, -1).every((p) => COMBINING[lang].has(fold(p)) || isNationality(p, lang))) {
      items.push({ at, end: at + m[0].length, n: parts.length });
      continue;
    }
    // "South Korean" written in two words: the compass word is part of it
    const before = /(?:South|North)\s+$/u.exec(text.slice(Math.max(0, at - 6), at));
    if (before && lang === "en" && ADJECTIVES.en.has(fold(`${before[0]}${m[0]}`).replace(/\s+/g, " "))) {
      items.push({ at: at - before[0].length, end: at + m[0].length, n: 1 });
      continue;
    }
    if (isNationality(m[0], lang)) items.push({ at, end: at + m[0].length, n: 1 });
  }
  // the longest item at each place (« South Korea » over « Korea »)
  items.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept = items.filter((x, k) => !items.some((y, j) => j !== k && y.at <= x.at && y.end >= x.end && (y.end - y.at > x.end - x.at || (y.end - y.at === x.end - x.at && j < k))));
  const out: Spot[] = [];
  let run: { at: number; end: number; n: number } | null = null;
  const link = /^(?:\s*,\s*(?:(?:and|et|or|ou)\s+)?|\s+(?:and|et|or|ou)\s+)(?:(?:the|la|le|les)\s+|l['’])?$/iu;
  const close = () => {
    if (run && run.n >= 2) out.push({ text: text.slice(run.at, run.end), at: run.at, end: run.end });
  };
  for (const x of kept) {
    if (run && link.test(text.slice(run.end, x.at))) run = { at: run.at, end: x.end, n: run.n + x.n };
    else {
      close();
      run = { ...x };
    }
  }
  close();
  return out;
}

/** A capitalised word (a capital's name as written). */
const CAPITALISED = /(?<![\p{L}])\p{Lu}[\p{L}-]+/gu;

/**
 * The countries a capital of a list stands for, in the reader's language (« Lisbonne » → « Portugal »):
 * « Lisbonne et Madrid » is said with them, so that a reader asking which countries hears countries.
 */
export function capitalsGloss(list: string, lang: Lang): string | null {
  const out: string[] = [];
  for (const m of list.matchAll(/[\p{L}][\p{L}-]*/gu)) {
    const f = fold(m[0]);
    // a capital (« Lisbonne »), or a nationality adjective in either language (« russe », "Belarusian")
    const adjectives = /^\p{Lu}/u.test(m[0]) && CAPITALS.has(f) ? CAPITALS.get(f)! : isNationality(m[0], "fr") || isNationality(m[0], "en") ? [adjectiveOf(m[0])] : [];
    const countries = adjectives.flatMap((a) => COUNTRIES.get(a) ?? []);
    const own = countries.find((c) => PLACE_WORDS[lang].countries.some(([, name]) => name === c));
    const other = countries[0];
    const country = own ?? (other ? roleIn(other, lang === "en" ? "fr" : "en", lang).replace(/^« (.*) »$/u, "$1") : null);
    if (country && !out.includes(country)) out.push(country);
  }
  return out.length ? out.join(", ") : null;
}

/** A nationality adjective as the place tables key it (folded, masculine singular). */
function adjectiveOf(word: string): string {
  const f = fold(word);
  for (const lang of ["fr", "en"] as Lang[]) {
    const forms = [f, f.replace(/s$/, ""), f.replace(/es?$/, ""), f.replace(/nnes?$/, "n")];
    const hit = forms.find((x) => ADJECTIVES[lang].has(x));
    if (hit) return hit;
  }
  return f;
}

/** Whether a place is a country (« which country » wants one). */
export function isCountry(place: string): boolean {
  return COUNTRY_NAMES.has(fold(place.replace(/^(?:the|la|le|les|l['’])\s*/iu, "")));
}

/** A question about a country (« which country », « quel pays »). */
export const ASKS_COUNTRY = /\b(?:(?:which|what)(?: other| two| three| foreign)? countr\w*|quels? (?:autres? |deux |trois )?pays|dans quel pays|de quel pays|in which countr\w*)\b/;
/** Nouns a question frames a date or a place with (« quel jour », « which city »), in either language. */
const TIME_FRAME: ReadonlySet<string> = new Set("jour jours date dates heure heures moment annee an mois semaine day days date time year month week".split(" "));
const PLACE_FRAME: ReadonlySet<string> = new Set("endroit lieu ville villes pays region regions place places city cities country countries town towns location area".split(" "));

/** A question about when a span began or ends, and the leads of the dates that say so, in either language. */
const SINCE_ASK = /\b(?:since when|depuis quand|a partir de quand|depuis combien)\b/;
const UNTIL_ASK = /\b(?:until when|till when|jusqu'a quand|d'ici quand|by when)\b/;
const SINCE_LEAD = /^(?:since|from|as of|starting|beginning|effective|depuis|des|a partir|a compter)\b/;
const UNTIL_LEAD = /^(?:until|till|by|through|jusqu|d'ici|avant|before)\b/;

/** A question that wants a day or a date. */
const ASKS_DAY = /\b(?:quel jour|quelle date|a quelle date|what day|which day|what date|which date|on what date)\b/;
/** A question that wants an hour (« à quelle heure », "what time"), or a year: a date of another kind is a lesser answer. */
export const ASKS_HOUR = /\b(?:a quelle heure|vers quelle heure|quelle heure|what time|at what time)\b/;
const ASKS_YEAR = /\b(?:what year|which year|in what year|en quelle annee|quelle annee|de quelle annee)\b/;
/** An hour or a time of day (« 16h », "7 a.m.", « jeudi soir », "in the morning"): what answers « à quelle heure ». */
export const HOUR_SPOT = /\d\s*(?:h\b|h\d|heures?\b|a\.m\.|p\.m\.|am\b|pm\b)|\d:\d\d|\b(?:matin|matinee|soir|soiree|nuit|apres-midi|midi|minuit|aube|morning|evening|night|tonight|afternoon|noon|midnight|dawn)\b/;
/** A question about what is still to come or might be. */
const FUTURE_ASK = /\b(?:next|upcoming|will|going to|scheduled|planned|might|could|may|expected|prochaine?s?|a venir|prevue?s?|va|vont|doit|doivent|devrait|devraient|pourrait|pourraient)\b|\b\w{3,}(?:era|eront|ira|iront)\b/;
const FUTURE_CLAUSE = /\b(?:next|upcoming|will|would|shall|going to|scheduled|planned|due|expected|could|might|may|prochaine?s?|a venir|prevue?s?|va|vont|doit|doivent|devrait|devraient|devra|devront|pourrait|pourraient|pourra|pourront)\b|\b\w{2,}(?:era|eront|ira|iront)\b|'ll\b/;

/** A question about where someone or something was going (« il allait où », "where was the plane headed"), in either language. */
const ASKS_WHITHER = /\bwhere (?:was|were|is|are|did|does|do|will|'s)\b.{0,60}\b(?:going|headed|heading|bound|flying|travell?ing|go|fly|sailing|moving|driving)\b|\bwhere to\b|\bdestination\b|\b(?:va|vont|allait|allaient|partait|partaient|se rend\w*|se dirige\w*|filait|volait|roulait) ou\b|\bou (?:va|vont|allait|allaient|partait|se rend\w*|se dirige\w*)\b|\ben direction de quoi\b/;
/** Before a place, per language (folded): the words that make it where one goes (« vers », "bound for") and where one comes from. */
const TOWARD: Record<Lang, RegExp> = {
  en: /(?:\bto|\btowards?|\bfor|\binto|\bbound for|\bheaded for|\bdestined for)\s+(?:the\s+)?$/,
  fr: /(?:\ba destination d[eu]|\ba destination d'|\bvers|\ben direction d[eu]|\ben direction d'|\bpour|\ba|\bau|\baux|\ben)\s*(?:la\s+|le\s+|les\s+|l')?$/,
};
const AWAY: Record<Lang, RegExp> = {
  en: /(?:\bfrom|\bleaving|\bleft|\bdeparted)\s+(?:the\s+)?$/,
  fr: /(?:\bde|\bdu|\bdes|\bdepuis|\bd'|\ben provenance d[eu]|\bquitte|\bquitter)\s*(?:la\s+|le\s+|les\s+|l')?$/,
};
/** « when did X last … », « la dernière fois »: the latest of the dates given (not « last week », a span). */
const ASKS_LAST = /\b(?:last|latest|most recent|derniere?s?)\b(?!\s+(?:week|month|year|weekend|semaine|mois|annee|an)\b)/;

/** The question's words about the event: « quel jour », « what year », « which city » frame the asking, they are not the event's. */
export function eventTerms(ctx: Ctx, kind: "date" | "place"): Term[] {
  const q = ctx.query.folded;
  // « à partir de quand », « il allait où », "where was it headed": the asking's own words, not the event's
  const asking = kind === "date" ? (/\ba (?:partir|compter) de quand\b/.test(q) ? BOUND_FRAME : null) : ASKS_WHITHER.test(q) ? MOTION_FRAME : null;
  return questionTerms(ctx).filter((t) => !(kind === "date" ? TIME_FRAME : PLACE_FRAME).has(t.word) && !asking?.has(t.word));
}
const BOUND_FRAME: ReadonlySet<string> = new Set("partir compter".split(" "));
/** Verbs of going in a question about a destination, in either language (folded): a story writes the going its own way (« à destination de »). */
const MOTION_FRAME: ReadonlySet<string> = new Set(
  "going go goes went headed heading head bound flying fly flew travelling traveling travel sailing moving driving destination direction va vont allait allaient aller partait partaient rend rendait rendre dirige dirigeait filait volait roulait".split(" "),
);

/** A place phrase that is only a compass point (« the South », « le Nord-Est »), either language (folded). */
const COMPASS = /^(?:the |le |la |l')?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|midi)$/;

export interface Anchored {
  sentence: number;
  spots: Spot[];
  confidence: number;
  /** Whether the first spot belongs to an event the question's words tell (attach.ts), not only stands near them. */
  attached?: boolean;
}

/** What a phrase that belongs to the asked event's verb group adds to one that only stands near the question's words. */
const ATTACHED = 0.4;

/** The clause around a position: from the break before it to the break after it. */
function clauseOf(read: Read, at: number, length: number): [number, number] {
  const from = Math.max(-1, ...read.breaks.filter((b) => b < at));
  const to = Math.min(length, ...read.breaks.filter((b) => b >= at));
  return [from + 1, to];
}

/**
 * The date (or place) that answers the question: among the sentences that hold the question's
 * words, the phrase nearest those words, in their clause, that does not date the telling. null
 * when no sentence holds enough of the question with a date (or place) in it.
 */
export function anchored(ctx: Ctx, kind: "date" | "place"): Anchored | null {
  const terms = eventTerms(ctx, kind);
  // « c'était quand ça ? », "where was that?": no event of its own, « ça » is what the last answer told
  // (one sentence cited: after a summary of several, the ranked evidence weighs which event « when? » asks)
  if (ctx.previous?.length === 1 && terms.every((t) => placeWords(ctx.query.lang).setting.pointers.has(t.word))) {
    const last = ofPrevious(ctx, kind);
    if (last) return last;
  }
  if (!terms.length) return null;
  const ranked = rankEvidence(ctx, terms, 8);
  const lang: Lang = ctx.index.story.lang === "en" ? "en" : "fr";
  const asksTelling = TIME_WORDS.fr.asksTelling.test(ctx.query.folded) || TIME_WORDS.en.asksTelling.test(ctx.query.folded);
  const asksFuture = FUTURE_ASK.test(ctx.query.folded);
  const asksCountry = ASKS_COUNTRY.test(ctx.query.folded);
  // « which countries », « quels pays »: a list is asked
  const asksPlural = asksCountry && /\b(?:countries|quels pays|quelles? nations|nations)\b/.test(ctx.query.folded);
  // « quel jour », « what date »: a named day or a date, not « recently »
  const asksDay = ASKS_DAY.test(ctx.query.folded);
  const asksHour = ASKS_HOUR.test(ctx.query.folded);
  const asksYear = ASKS_YEAR.test(ctx.query.folded);
  const asksWhither = kind === "place" && ASKS_WHITHER.test(ctx.query.folded);
  const asksLast = kind === "date" && ASKS_LAST.test(ctx.query.folded);
  // « depuis quand », « until when »: the date that opens or closes a span
  const bound = SINCE_ASK.test(ctx.query.folded) ? SINCE_LEAD : UNTIL_ASK.test(ctx.query.folded) ? UNTIL_LEAD : null;
  const top = ranked[0]?.coverage ?? 0;
  let best: (Anchored & { score: number }) | null = null;
  for (const ev of ranked) {
    // a sentence the last answer cited stands in for the question's words only when the question has almost none (« and when? »)
    const keys = ctx.index.sentences[ev.sentence]!.keys;
    const coverage = ev.followUp && terms.length > 1 ? ctx.m.found(keys, terms).length / terms.length : ev.coverage;
    const text = ctx.index.story.sentences[ev.sentence]?.text ?? "";
    const read = readSentence(ctx.index, ev.sentence);
    const f = kind === "date" ? read.folded : "";
    let spots = kind === "date" ? read.dates : read.places;
    // « quand le conseil a-t-il eu lieu ? »: « au lendemain du conseil » is told by the event asked, no time of it; its word
    // is the question's own, where the event stands
    if (kind === "date") spots = spots.filter((s) => { const ev = eventOfDate(s.text, lang); return ev === null || !terms.some((t) => ctx.m.has(keysOf(ev), t)); });
    // « depuis quand X dirige Y » met by « X has led Y since … »: the span's own date makes up for a verb the lexicons do not bridge
    const bounded = bound !== null && spots.some((s) => bound.test(fold(s.text)));
    // a list of countries answers « which countries … » with less of the question's words (« take part » for « held drills »)
    const listed = kind === "place" && asksPlural && countryRuns(text, lang).length > 0;
    if (coverage < (bounded ? 0.34 : listed ? 0.25 : Math.max(0.5, top * 0.6)) && !(ev.followUp && terms.length <= 1)) continue;
    // « which countries take part? »: « Australian, British and Japanese forces » names them by their nationalities, listed whole
    // « which countries take part? »: a list of countries is read whole (« Norland, the U.S. and Varia »)
    const runs = kind === "place" && asksCountry ? countryRuns(text, lang) : [];
    if (kind === "place" && asksCountry) spots = [...spots.filter((s) => isCountry(s.text) && !runs.some((r) => s.at >= r.at && s.end <= r.end)), ...runs].sort((a, b) => a.at - b.at);
    // « where is the Kestrel camp? »: the place the question names is what is asked about, never where it is
    if (kind === "place") spots = spots.filter((s) => !namedByQuestion(ctx, s.text));
    if (!spots.length) continue;
    // where the question's words stand in the sentence
    const years = asksLast ? spots.map((s) => yearOf(s.text)).filter((y): y is number => y !== null) : [];
    const hits = read.words.filter((w) => terms.some((t) => ctx.m.has(w.keys, t)) && !spots.some((s) => w.at >= s.at && w.end <= s.end));
    const scored = spots.map((s) => {
      const [from, to] = clauseOf(read, s.at, text.length);
      // (a word of the question past another verb group after the phrase tells another event: its nearness is not counted)
      const own = hits.filter((h) => !pastAnotherVerb(ctx.index, ev.sentence, s, h));
      const near = own.length ? Math.min(...own.map((h) => (h.end <= s.at ? s.at - h.end : h.at >= s.end ? h.at - s.end : 0))) : 200;
      const sameClause = hits.some((h) => h.at >= from && h.end <= to);
      let score = 1 / (1 + near / 25) + (sameClause ? 0.3 : 0);
      // « qui avaient voté la grève lundi, ont repris … vendredi »: the phrase the asked event's own words govern
      // (only a phrase of the form asked: a day for « quel jour », an hour for « à quelle heure », a year for « what year »)
      const folded = fold(s.text);
      const ofForm = kind === "place" || ((!asksDay || WRITES_DAY.test(folded)) && (!asksHour || HOUR_SPOT.test(folded)) && (!asksYear || /\b(?:1[89]|20)\d\d\b/.test(s.text)));
      const attached = ofForm && hits.some((h) => attachedTo(ctx.index, ev.sentence, s, h));
      if (attached) score += ATTACHED;
      // « said on Tuesday », « a déclaré samedi »: the day of the telling, unless the telling is asked
      if (kind === "date" && !asksTelling && !insideQuote(text, s.at) && read.reporting.some((r) => Math.abs(r - s.at) <= 14 || (r > s.end && r - s.end <= 3))) score -= 0.6;
      if (kind === "date" && bound) score += bound.test(fold(s.text)) ? 0.4 : -0.3;
      if (kind === "date" && asksDay && !WRITES_DAY.test(fold(s.text))) score -= 0.5;
      if (kind === "date" && asksHour) score += HOUR_SPOT.test(fold(s.text)) ? 0.5 : -0.5;
      // « la réforme de 1998 »: a year naming a thing answers only for that thing
      if (kind === "date" && yearNamesThing(f, s.at, fold(s.text)) && !ctx.m.found(keysOf(nounBefore(f, s.at)), terms).length) score -= 0.6;
      if (kind === "date" && asksYear) score += /\b(?:1[89]|20)\d\d\b/.test(s.text) ? 0.3 : -0.5;
      // « where was the plane going? »: the place after « to », « vers », « à destination de », not the one it left
      if (asksWhither) {
        const before = foldInPlace(text.slice(Math.max(0, s.at - 30), s.at));
        score += TOWARD[lang].test(before) ? 0.5 : AWAY[lang].test(before) ? -0.5 : 0;
      }
      // « in the South », « dans le Nord »: a compass point alone says less than the named place another clause gives
      if (kind === "place" && COMPASS.test(fold(s.text))) score -= 0.4;
      // « which countries …? »: a list of them answers better than one country named in passing
      if (asksPlural && runs.some((r) => r.at === s.at && r.end === s.end)) score += 0.5;
      // « when did they last test? »: of the years a sentence gives (« in 2016 and 2017 »), the latest
      if (asksLast && years.length >= 2) score += yearOf(s.text) === Math.max(...years) ? 0.3 : -0.3;
      if (kind === "date") {
        const clause = fold(text.slice(from, to));
        const future = FUTURE_CLAUSE.test(clause);
        if (asksFuture && !future) score -= 0.5;
        if (!asksFuture && future && /\b(?:did|was|were|has|had|a|ont|est|sont|etait)\b/.test(ctx.query.folded)) score -= 0.2;
      }
      return { s, score, attached };
    });
    scored.sort((a, b) => b.score - a.score || a.s.at - b.s.at);
    const first = scored[0]!;
    // a list answers a plural question better than one country named in passing
    const isList = asksPlural && runs.some((r) => r.at === first.s.at);
    const score = coverage + 0.4 * first.score + (isList ? 0.5 : 0);
    if (!best || score > best.score) {
      // « déployés en Norlande, au camp de X », "in Varia, at the Y base": a place set after another by a comma narrows it, and is said with it
      const narrower = kind === "place" ? spots.find((x) => x.at >= first.s.end && APPOSED[lang].test(foldInPlace(text.slice(first.s.end, x.at)))) : undefined;
      const spotsOut = [first.s, ...(narrower ? [narrower] : []), ...scored.slice(1).filter((x) => x.s !== narrower && x.score >= first.score - 0.05 && x.score > 0.5).map((x) => x.s)].slice(0, 3);
      best = { sentence: ev.sentence, spots: spotsOut, confidence: coverage + 0.4 * Math.min(first.score, 1) + (isList ? 0.3 : 0), score, attached: first.attached };
    }
  }
  return best;
}

/** How sure a date or place of the last answer's sentence is, asked of with « ça »: as sure as the anchor's bar. */
const OF_PREVIOUS = 0.8;

/**
 * The date (or place) of the sentence the last answer cited, the first it gives outside quoted words
 * (a speaker's « hier » is theirs); a day for « quel jour », a year for « what year ». null when those
 * sentences give none: then « ça » is read as any question's words are.
 */
function ofPrevious(ctx: Ctx, kind: "date" | "place"): Anchored | null {
  const q = ctx.query.folded;
  for (const i of ctx.previous ?? []) {
    const read = readSentence(ctx.index, i);
    const text = ctx.index.story.sentences[i]?.text ?? "";
    const spots = (kind === "date" ? read.dates : read.places).filter(
      (s) => !insideQuote(text, s.at) && (kind === "place" ? !namedByQuestion(ctx, s.text) : (!ASKS_DAY.test(q) || WRITES_DAY.test(fold(s.text))) && (!ASKS_YEAR.test(q) || yearOf(s.text) !== null)),
    );
    if (spots.length) return { sentence: i, spots: [spots[0]!], confidence: OF_PREVIOUS };
  }
  return null;
}

/** Whether every word of a place phrase is a word of the question (« Where: Kestrel » for « where is the Kestrel camp »). */
export function namedByQuestion(ctx: Ctx, place: string): boolean {
  const ws = place.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /^\p{Lu}/u.test(w));
  // (as written, or in the question's language: « Tunisia » names « Tunisie »)
  return ws.length > 0 && ws.every((w) => ctx.query.words.includes(fold(w)) || ctx.m.found(keysOf(w), ctx.query.terms).length > 0 || ctx.query.terms.some((t) => nationalityIn(keysOf(w), t, ctx.m)));
}

/** A question about when something ends (« when do the drills end », « quand se terminent … », "until when"), in either language (folded); an English verb of ending ends the question (« when did X close the plant » asks when it was closed). */
export const ASKS_END = /\b(?:until when|till when|jusqu'a quand|when (?:does|do|will|did|is|are|was|were)\b.{0,50}\b(?:end|ends|finish|finishes|finished|close|closes|conclude|concludes|wrap up|be over|over|come to an end|expire|expires)\s*\??$|(?:quand|a quelle date)\b.{0,40}\b(?:se termin\w*|s'achev\w*|prend\w* fin|finissent|finit|finira\w*|expire\w*)\b|\b(?:se termin\w*|s'achev\w*|prend\w* fin|finissent|finit|finira\w*) quand\b|\bend date\b|\bdate de fin\b)/;
/** Words of ending in a story's clause, either language (folded): a date beside one dates the end. */
const END_CLAUSE = /\b(?:s'achev\w*|achev\w*|prend\w* fin|pris fin|prendr\w* fin|se termin\w*|termin\w*|fin|cloture\w*|end|ends|ended|ending|finish\w*|conclud\w*|wrap\w* up|expir\w*|close|closes|closed|closing|last until|run until|runs until|lasts)\b/;
const END_CLAUSE_G = new RegExp(END_CLAUSE.source, "g");
/** The question's own words of ending, which a sentence that dates the end need not repeat. */
const END_WORDS: ReadonlySet<string> = new Set("end ends ending finish finishes finished close closes conclude concludes over run runs last lasts going until till when quand jusqu termine terminent terminera termineront acheve achevent achevera fin finit finissent finira prend prennent dure durent durera dureront".split(" "));

/**
 * « when do the drills end? »: the date the story gives for the end of the event asked — a date led
 * by « jusqu'au », "until", "through", or in the clause of a verb of ending — never the date of
 * its start or of another event in the sentence. null when the story dates no end of it.
 */
export function endAnchored(ctx: Ctx): Anchored | null {
  const terms = eventTerms(ctx, "date").filter((t) => !END_WORDS.has(t.word));
  if (!terms.length) return null;
  const ranked = rankEvidence(ctx, terms, 8);
  const top = ranked[0]?.coverage ?? 0;
  let best: Anchored | null = null;
  for (const ev of ranked) {
    if (ev.coverage < Math.max(0.5, top * 0.6)) continue;
    const text = ctx.index.story.sentences[ev.sentence]?.text ?? "";
    const read = readSentence(ctx.index, ev.sentence);
    // a date led by « jusqu'au », "until"; or, for each word of ending, the date nearest it in its clause (« ont débuté mardi … et prendront fin le 9 mai »)
    const ends = read.dates.filter((d) => UNTIL_LEAD.test(fold(d.text)) && !/^(?:avant|before)\b/.test(fold(d.text)));
    for (const w of read.folded.matchAll(END_CLAUSE_G)) {
      const at = w.index ?? 0;
      const [from, to] = clauseOf(read, at, text.length);
      const gap = (d: Spot): number => (d.end <= at ? at - d.end : d.at - (at + w[0].length));
      const near = read.dates.filter((d) => d.at >= from && d.end <= to && gap(d) <= 40).sort((a, b) => gap(a) - gap(b))[0];
      if (near && !ends.includes(near)) ends.push(near);
    }
    ends.sort((a, b) => a.at - b.at);
    if (ends.length && (!best || ev.coverage > best.confidence)) best = { sentence: ev.sentence, spots: ends.slice(0, 2), confidence: ev.coverage };
  }
  return best;
}

/** The year a date phrase writes, or null. */
function yearOf(text: string): number | null {
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

