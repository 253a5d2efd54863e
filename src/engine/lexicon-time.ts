import type { Lang } from "./reply.js";
import { wordSet as set } from "./word-set.js";

/*
 * The words by which news copy dates an event from the time of writing rather than by the calendar:
 * a period with a word pointing from now (« la semaine prochaine », "last month", « cette année »), a
 * part of the day (« dans la matinée », "in the afternoon"), a season after a word of time (« avant
 * l'été », "by the summer"), a span back from now ("18 months ago", « il y a deux ans »). A « when »
 * question is answered by such a phrase as by a date (answers/reader.ts). One table per language,
 * folded (lower case, no accents, ASCII apostrophe).
 */
export interface TimeWords {
  /** Periods a pointing word dates: week, month, year, weekend. */
  periods: ReadonlySet<string>;
  /** Pointing words written before the period ("last week", « cette semaine »). */
  pointBefore: ReadonlySet<string>;
  /** Pointing words written after the period (« la semaine dernière », « l'an prochain »). */
  pointAfter: ReadonlySet<string>;
  /** Parts of the day (« matinée », "afternoon"): a time of the event when a preposition or a day stands before them. */
  dayParts: ReadonlySet<string>;
  /** Seasons (« été », "summer"): a time when a word of time stands before them. */
  seasons: ReadonlySet<string>;
  /** The words of time a day part or a season is dated with (« dans la », « avant l' », "in the", "by"). */
  lead: ReadonlySet<string>;
  /** Words that open or close a span back from now: "ago" after it, « il y a » before it (as its last word, « a »). */
  agoAfter: ReadonlySet<string>;
  agoBefore: readonly (readonly string[])[];
  /** Units of a span back from now. */
  units: ReadonlySet<string>;
  /** How a question asks for a day or a date (« quel jour », "what date"): a part of the day or a season does not answer it. */
  asksDay: readonly string[];
  /** How a question asks since when a state has lasted (« depuis quand », "since when"): a part of the day does not answer it. */
  asksSince: readonly string[];
  /**
   * A time told by an event rather than the calendar (« le premier jour de son mandat », "on the day after the
   * vote", « à la veille du scrutin »): the ordinals and units of « the first day of X », the words of « the
   * day after X », and the determiners of X. Such a phrase answers « when » as a date does.
   */
  ofEvent: {
    ordinals: readonly string[];
    units: readonly string[];
    /** What opens « the day after X » (« lendemain », "the day after"), up to its « de », "of". */
    beside: readonly string[];
    /** What may stand before the whole phrase (« au », "the"; folded). */
    articles: readonly string[];
    /** « de », "of" and the determiners of the event named (« de son », "of her"). */
    of: readonly string[];
    determiners: readonly string[];
    /** Words that rank the event before its noun (« son second mandat », "her second term"): the noun after them is the event. */
    rankers: readonly string[];
  };
}


const TIME: Record<Lang, TimeWords> = {
  en: {
    periods: set("week weekend month year"),
    pointBefore: set("last next this past coming"),
    pointAfter: set(""),
    dayParts: set("morning afternoon evening night"),
    seasons: set("summer winter spring autumn fall"),
    lead: set("in on by before after until during this last next early late the"),
    agoAfter: set("ago"),
    agoBefore: [],
    units: set("day days week weeks month months year years decade decades hour hours"),
    asksDay: ["what day", "which day", "what date", "which date", "on what date"],
    asksSince: ["since when", "how long has", "how long have", "since what"],
    ofEvent: {
      ordinals: ["first", "second", "third", "last", "final", "opening", "closing", "early", "last few"],
      units: ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "morning", "night"],
      beside: ["the day after", "the day before", "the eve of", "the morning after", "the night before"],
      articles: ["the"],
      of: ["of", "in"],
      determiners: ["his", "her", "their", "its", "the", "this", "that"],
      rankers: ["first", "second", "third", "fourth", "new", "next", "last", "final"],
    },
  },
  fr: {
    periods: set("semaine week-end mois an annee"),
    pointBefore: set("cette ce cet"),
    pointAfter: set("prochain prochaine dernier derniere passe passee"),
    dayParts: set("matin matinee apres-midi soir soiree nuit"),
    seasons: set("ete hiver printemps automne"),
    lead: set("dans la le l en de d debut fin avant apres d'ici ici cet cette ce pendant durant au"),
    agoAfter: set(""),
    agoBefore: [["il", "y", "a"]],
    units: set("jour jours semaine semaines mois an ans annee annees decennie decennies heure heures"),
    asksDay: ["quel jour", "quelle date", "a quelle date"],
    asksSince: ["depuis quand", "depuis combien"],
    ofEvent: {
      ordinals: ["premier", "premiers", "premiere", "premieres", "deuxieme", "troisieme", "dernier", "derniers", "derniere", "dernieres"],
      units: ["jour", "jours", "semaine", "semaines", "mois", "annee", "annees", "heures", "matin", "nuit"],
      beside: ["lendemain", "veille"],
      articles: ["le", "la", "l'", "au", "a la", "des le"],
      of: ["de", "du", "d'", "des"],
      determiners: ["son", "sa", "ses", "leur", "leurs", "la", "le", "l'", "les", "ce", "cette", "cet"],
      rankers: ["premier", "premiere", "second", "seconde", "deuxieme", "troisieme", "nouveau", "nouvel", "nouvelle", "prochain", "prochaine", "dernier", "derniere"],
    },
  },
};

export function timeWords(lang: Lang): TimeWords {
  return TIME[lang];
}

/** A question that wants a day or a date (« quel jour », "what date"), in the words of any language (readers mix them), on folded text. */
const ASKS_DAY = new RegExp(`\\b(?:${Object.values(TIME).flatMap((tw) => tw.asksDay).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`);

export function asksDay(folded: string): boolean {
  return ASKS_DAY.test(folded);
}

/** How a question asks for a span of time (« combien de temps », "how long", "how many weeks"), per language, folded. */
const DURATION_ASKED: Record<Lang, RegExp> = {
  en: /\b(?:how long|how many (?:years|months|days|hours|weeks|minutes))\b/,
  fr: /\b(?:combien de temps|pendant combien|durant combien|depuis combien de temps|en combien de temps|combien (?:d'annees|de mois|de jours|d'heures|de semaines|de minutes|d'ans))\b/,
};

/** A question that asks for a span of time, in the words of any language (readers mix them), on folded text. */
export function asksDuration(folded: string): boolean {
  return DURATION_ASKED.en.test(folded) || DURATION_ASKED.fr.test(folded);
}

/** The kinds of relative time a question does not take as its answer (a question is read with both languages' tables, as readers mix them). */
export function unaskedTimes(folded: string): ReadonlySet<"daypart" | "season"> {
  const out = new Set<"daypart" | "season">();
  for (const tw of Object.values(TIME)) {
    if (tw.asksDay.some((p) => folded.includes(p))) {
      out.add("daypart");
      out.add("season");
    }
    if (tw.asksSince.some((p) => folded.includes(p))) out.add("daypart");
  }
  return out;
}

/*
 * Words that schedule or place an event named by a noun (« l'audience, prévue le 3 mai », "the
 * hearing, set for June", "the summit, due in May"): the date or place after them is the noun's,
 * they tell no event of their own. Folded, one table per language.
 */
const SCHEDULING: Record<Lang, ReadonlySet<string>> = {
  en: set("set scheduled slated due planned expected located based"),
  fr: set("prevu prevue prevus prevues fixe fixee fixes fixees programme programmee programmes programmees attendu attendue attendus attendues situe situee situes situees"),
};

export function schedulingWords(lang: Lang): ReadonlySet<string> {
  return SCHEDULING[lang];
}
