import type { Ctx } from "../../context.js";
import { questionTerms, rankEvidence } from "../../evidence.js";
import { keysOf } from "../../index.js";
import type { Lang } from "../../reply.js";
import type { Term } from "../../query.js";
import { fold } from "../../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../../story/lang/calendar.js";
import { insideQuote } from "../times.js";
import { nationalityIn } from "../../qualifiers.js";
import { attachedTo, clefted, pastAnotherVerb } from "../attach.js";
import { placeWords } from "../../lexicon-place.js";
import { asksDay } from "../../lexicon-time.js";
import { ASKS_COUNTRY, countryRuns, isCountry } from "./countries.js";
import { eventOfDate, nounBefore, yearNamesThing, yearOf } from "./dates.js";
import { APPOSED, areaSpots } from "./place-spots.js";
import { type Spot, foldInPlace } from "./place-phrases.js";
import { type Read, readSentence } from "./sentence.js";
import { TIME_WORDS } from "./words.js";

/*
 * When and where, anchored on the event asked. A sentence often dates or places several things
 * (« X said on Tuesday that the talks, which began in Geneva in May, … »): the date or place that
 * answers « when did the talks begin » is the one that stands by the words of the question's own
 * event, in its clause, not the day a source reported it nor a place named in passing. Each
 * phrase is found with its position; the one nearest the question's matched words wins.
 */

/** A text that writes a day: a digit, or a weekday of either language (the story's language is not the question's). */
const WRITES_DAY = new RegExp(`\\d|\\b(?:${[...EN_CALENDAR.weekdays, ...FR_CALENDAR.weekdays].map(fold).join("|")})\\b`, "u");

/** Nouns a question frames a date or a place with (« quel jour », « which city »), in either language. */
const TIME_FRAME: ReadonlySet<string> = new Set("jour jours date dates heure heures moment annee an mois semaine day days date time year month week".split(" "));
const PLACE_FRAME: ReadonlySet<string> = new Set("endroit lieu ville villes pays region regions place places city cities country countries town towns location area".split(" "));

/** A question about when a span began or ends, and the leads of the dates that say so, in either language. */
const SINCE_ASK = /\b(?:since when|depuis quand|a partir de quand|depuis combien)\b/;
const UNTIL_ASK = /\b(?:until when|till when|jusqu'a quand|d'ici quand|by when)\b/;
const SINCE_LEAD = /^(?:since|from|as of|starting|beginning|effective|depuis|des|a partir|a compter)\b/;
const UNTIL_LEAD = /^(?:until|till|by|through|jusqu|d'ici|avant|before)\b/;

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

/** What a country loses against a finer place, asked where (not which country) an event happened. */
const COARSE = 0.1;

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
  const dayAsked = asksDay(ctx.query.folded);
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
      // « C'est à X qu'une passante, venue de Y, a été blessée »: the cleft's phrase is its clause's own, however long the subject between
      const focused = clefted(ctx.index, ev.sentence, s) && hits.some((h) => attachedTo(ctx.index, ev.sentence, s, h));
      const near = focused ? 0 : own.length ? Math.min(...own.map((h) => (h.end <= s.at ? s.at - h.end : h.at >= s.end ? h.at - s.end : 0))) : 200;
      const sameClause = focused || hits.some((h) => h.at >= from && h.end <= to);
      let score = 1 / (1 + near / 25) + (sameClause ? 0.3 : 0);
      // « qui avaient voté la grève lundi, ont repris … vendredi »: the phrase the asked event's own words govern
      // (only a phrase of the form asked: a day for « quel jour », an hour for « à quelle heure », a year for « what year »)
      const folded = fold(s.text);
      const ofForm = kind === "place" || ((!dayAsked || WRITES_DAY.test(folded)) && (!asksHour || HOUR_SPOT.test(folded)) && (!asksYear || /\b(?:1[89]|20)\d\d\b/.test(s.text)));
      const attached = ofForm && hits.some((h) => attachedTo(ctx.index, ev.sentence, s, h));
      if (attached) score += ATTACHED;
      // « said on Tuesday », « a déclaré samedi »: the day of the telling, unless the telling is asked
      if (kind === "date" && !asksTelling && !insideQuote(text, s.at) && read.reporting.some((r) => Math.abs(r - s.at) <= 14 || (r > s.end && r - s.end <= 3))) score -= 0.6;
      if (kind === "date" && bound) score += bound.test(fold(s.text)) ? 0.4 : -0.3;
      if (kind === "date" && dayAsked && !WRITES_DAY.test(fold(s.text))) score -= 0.5;
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
      // « where did the flood start? »: a country is the coarsest answer (a lead names it, a later sentence the province or the town);
      // asked where, not which country, a finer place the story ties to the same event says more
      if (kind === "place" && !asksCountry && isCountry(s.text)) score -= COARSE;
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
    // « où ça ? » of « postés sur le flanc nord »: with no place named, the part of a territory the sentence places in
    const places = kind === "place" && !read.places.length ? areaSpots(text, ctx.index.story.lang === "en" ? "en" : "fr") : read.places;
    const spots = (kind === "date" ? read.dates : places).filter(
      (s) => !insideQuote(text, s.at) && (kind === "place" ? !namedByQuestion(ctx, s.text) : (!asksDay(q) || WRITES_DAY.test(fold(s.text))) && (!ASKS_YEAR.test(q) || yearOf(s.text) !== null)),
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
