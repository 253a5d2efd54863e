/** The dispatch itself: where and when it was written (its dateline), and the place of the whole story. */
import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import { fold } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { roleIn } from "../labels.js";
import { centralSentences, decline } from "./general.js";
import { dateIn, datesOf } from "./anchor.js";
import { placesIn } from "./date-words.js";
import { settle } from "./settled.js";

/** Words of a question about the whole story (« where is it happening »), per language: they name no event of their own. */
const WHOLE_STORY: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("it this that happening happen happened going on take takes taking place there story news all everything".split(" ")),
  fr: new Set("ca cela se passe passer deroule deroulent lieu tout histoire info infos".split(" ")),
};

/** « where is it happening? », « où ça se passe ? » asked first, not as a follow-up: a question about the story's place. */
export function asksStoryPlace(ctx: Ctx): boolean {
  if (ctx.previous?.length) return false;
  // the question's words and the translations the query adds (« taking place » → « se déroule ») are read in both languages
  return topicTerms(ctx, null).every((t) => WHOLE_STORY.en.has(t.word) || WHOLE_STORY.fr.has(t.word));
}

/** The story's place: its dateline and the places of its most central opening sentence. */
export function storyPlace(ctx: Ctx): Draft | null {
  const { index, lang } = ctx;
  const lead = centralSentences(index)[0];
  const places = [index.story.dateline?.place ?? null, ...(lead ? placesIn(ctx, lead.index) : [])].filter((p): p is string => Boolean(p));
  const unique = places
    .filter((p, k) => places.findIndex((q) => fold(q).includes(fold(p)) || fold(p).includes(fold(q))) === k)
    .slice(0, 3)
    // a French story's place names in English where the lexicon knows them (« Russie » → « Russia »), as written otherwise
    .map((p) => (lang === "en" ? roleIn(p, index.story.lang, "en").replace(/^« (.*) »$/, "$1") : p));
  if (!unique.length) return null;
  return { answered: true, intent: "where", parts: [pick(lang, `Où : ${unique.join(", ")}.`, `Where: ${unique.join(", ")}.`)], cites: lead ? [lead.index] : [] };
}

/**
 * Words of a question about the dispatch itself (« l'article date de quand », "where was this filed
 * from", « c'est de quel jour ce fil ») per language: nouns for the dispatch, verbs of writing and
 * filing, and the words that frame a date or an origin.
 */
const DISPATCH_NOUNS: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("article story piece dispatch wire text item news dateline datelined".split(" ")),
  fr: new Set("article depeche fil papier texte info dateline".split(" ")),
};
const DISPATCH_WORDS: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("written write wrote filed file published publish posted dated date from come comes came day out released it this city town place location".split(" ")),
  fr: new Set("ecrit ecrite redige redigee publie publiee date datee vient provient paru parue sorti sortie jour quand ville lieu endroit".split(" ")),
};
/** Nouns that frame a place in a question about the dispatch (« de quelle ville », "what city"), per language. */
const DISPATCH_PLACE: Record<"fr" | "en", ReadonlySet<string>> = {
  en: new Set("city town place location".split(" ")),
  fr: new Set("ville lieu endroit".split(" ")),
};

/**
 * « what city is the dispatch from? », « de quelle ville vient l'article ? » asked in a form no
 * « where » reads: the dateline's place (or a plain decline when the story has none); null otherwise.
 */
export function dispatchOrigin(ctx: Ctx): Draft | null {
  if (!asksDispatch(ctx)) return null;
  const words = ctx.query.terms.map((t) => t.word);
  if (!words.some((w) => DISPATCH_PLACE.en.has(w) || DISPATCH_PLACE.fr.has(w))) return null;
  return dispatchWhenWhere(ctx, false);
}

/** A question about when or where the dispatch itself was written, not about an event it tells. */
export function asksDispatch(ctx: Ctx): boolean {
  const words = ctx.query.terms.map((t) => t.word);
  if (!words.length) return false;
  const known = (w: string) => DISPATCH_NOUNS.en.has(w) || DISPATCH_NOUNS.fr.has(w) || DISPATCH_WORDS.en.has(w) || DISPATCH_WORDS.fr.has(w);
  if (!words.every(known)) return false;
  // « when was it published » after another answer asks about what that answer told: only a noun for the dispatch says otherwise
  // "filed", « rédigé » say the dispatch itself whatever came before
  const noun = words.some((w) => DISPATCH_NOUNS.en.has(w) || DISPATCH_NOUNS.fr.has(w) || /^(?:filed|written|wrote|dateline|ecrite?|redigee?)$/.test(w));
  const writing = words.some((w) => DISPATCH_WORDS.en.has(w) || DISPATCH_WORDS.fr.has(w));
  return noun || (writing && !ctx.previous?.length);
}

/** « 18 juillet », "April 22, 2025": a day of a named month, per month of either language, built once. */
const DAY_OF_MONTH: { month: number; re: RegExp }[] = [FR_CALENDAR.months, EN_CALENDAR.months].flatMap((list) =>
  list.map((name, k) => ({ month: k + 1, re: new RegExp(String.raw`(?:\b(\d{1,2})(?:er|st|nd|rd|th)?\s+${name}\b|\b${name}\.?\s+(\d{1,2})\b)(?:,?\s+((?:19|20)\d\d))?`) })),
);

/** A date phrase's day, month (1–12) and year, when it names a day of a month (« jeudi 18 juillet », "April 22, 2025"). */
function dayOfMonth(text: string): { day: number; month: number; year: number | null } | null {
  const f = fold(text);
  for (const { month, re } of DAY_OF_MONTH) {
    const m = re.exec(f);
    if (m) return { day: Number(m[1] ?? m[2]), month, year: m[3] ? Number(m[3]) : null };
  }
  return null;
}

/**
 * « what day was this written? », « d'où vient la dépêche ? »: the dateline's date or place; with
 * no dated dateline, the day the story names as its own (« ce mardi 9 mars », "this Tuesday")
 * in its opening, else the latest day of a month it states, said as such; declined when none.
 */
export function dispatchWhenWhere(ctx: Ctx, wantWhen: boolean): Draft {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  const dl = index.story.dateline;
  if (!wantWhen) {
    if (!dl?.place) return settle(decline(ctx, pick(lang, "La dépêche ne porte pas de lieu d'origine (pas de dateline).", "The story gives no dateline saying where it was filed.")));
    const place = lang === "en" ? roleIn(dl.place, index.story.lang, "en").replace(/^« (.*) »$/, "$1") : dl.place;
    return { answered: true, intent: "where", parts: [pick(lang, `Lieu de la dépêche : ${place}.`, `Filed from ${place} (the dateline).`)], cites: [0] };
  }
  if (dl?.date) return { answered: true, intent: "when", parts: [pick(lang, `La dépêche est datée du ${dateIn(dl.date, "fr", storyLang)}.`, `The story is dated ${dateIn(dl.date, "en", storyLang)}.`)], cites: [0] };
  // a deadline (« jusqu'au 30 avril », "by April 30") is no day the story was written on
  const dated = index.story.sentences
    .flatMap((s) => datesOf(index, s.index).map((d) => ({ d: { text: d.text.replace(/^(?:ce|cette|le|this|on)\s+/iu, ""), sentence: s.index, raw: d.text }, when: dayOfMonth(d.text) })))
    .filter((x) => x.when !== null && !/^(?:until|till|by|before|through|jusqu|d'ici|avant)/.test(fold(x.d.raw).replace(/’/g, "'")));
  // the story's own day, named in its opening with « ce », « this » or its weekday
  const own = dated.find((x) => x.d.sentence <= 3 && /^(?:ce|cette|this|today)\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(fold(x.d.raw)));
  const year = (x: (typeof dated)[number]) => x.when!.year ?? 0;
  const latest = [...dated].sort((a, b) => year(b) - year(a) || b.when!.month - a.when!.month || b.when!.day - a.when!.day)[0];
  const pickd = own ?? latest;
  if (!pickd) return settle(decline(ctx, pick(lang, "La dépêche ne donne pas sa date.", "The story does not give its date.")));
  const shown = dateIn(pickd.d.text, lang, storyLang);
  return {
    answered: true,
    intent: "when",
    parts: [own ? pick(lang, `La dépêche est du ${shown}.`, `The story is from ${shown}.`) : pick(lang, `La dépêche ne donne pas sa date ; le jour le plus récent qu'elle cite : ${shown}.`, `The story gives no date of its own; the latest day it names: ${shown}.`)],
    cites: [pickd.d.sentence],
  };
}

/** The dispatch's own day: its dateline's date, else a day of a month its opening names as its own (« ce mardi 9 mars »). */
export function dispatchDay(ctx: Ctx): string | null {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  const dl = index.story.dateline;
  if (dl?.date) return dateIn(dl.date, lang, storyLang);
  for (const s of index.story.sentences.slice(0, 4)) {
    const own = datesOf(index, s.index).find((d) => dayOfMonth(d.text) && /^(?:ce|cette|this|today)\b/.test(fold(d.text)));
    if (own) return dateIn(own.text.replace(/^(?:ce|cette|this)\s+/iu, ""), lang, storyLang);
  }
  return null;
}
