/** When and where the event asked happened: the date or place anchored on its words, an end, an hour, the dateline's place. */
import type { Draft } from "../compose.js";
import { pick, snippet } from "../compose.js";
import { FUTURE_Q, FUTURE_S, read, whOf } from "./reader.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import { fold } from "../text.js";
import { decline } from "./general.js";
import { placeIn, roleIn } from "../labels.js";
import { type StoryIndex } from "../index.js";
import { asksRank, rankAnswer } from "./rank.js";
import { anchored, ASKS_END, ASKS_HOUR, dateIn, datesOf, endAnchored, eventTerms, HOUR_SPOT, isLooseSpan, namedByQuestion, placesOf } from "./anchor.js";
import { questionTerms, rankEvidence } from "../evidence.js";
import { asksTellingPlace, tellingPlace } from "./telling-place.js";
import { DATED, gloss, placesIn, timesIn } from "./date-words.js";
import { asksDispatch, asksStoryPlace, dispatchDay, dispatchWhenWhere, storyPlace } from "./dispatch.js";
import { settle } from "./settled.js";

const END_Q = /\b(?:until when|till when|how long|combien de temps|pendant combien|when (?:does|will|did) .{0,40}(?:end|finish|close|stop|run)|jusqu'a quand|quand (?:se termine|s'acheve|prend fin|finit)|fin de|end of|deadline|date limite)\b/;
const END_S = /\b(?:jusqu'(?:au|a|en)|s'achev\w*|prendr\w* fin|se termin\w*|until|ending|expire\w*)\b/;
const START_Q = /\b(?:since when|depuis quand|a partir de quand|when (?:did|does|will) .{0,40}(?:start|begin|began|open)|quand (?:a commence|commence|debute|a debute))\b/;
const START_S = /\b(?:depuis|a partir d\w*|debut\w*|commenc\w*|lance\w*|ouvert\w*)\b/;

/**
 * « le mois dernier », "last year" as the only date of the event asked: said with the dispatch's
 * day it is counted from, or, when the story gives none, said as the story's words with that
 * caveat (readers asking « c'était quand ? » take « l'an dernier » for an answer; a date worked
 * out from nothing would not be one).
 */
function looseSpan(ctx: Ctx, said: string, sentence: number): Draft {
  const { lang } = ctx;
  const day = dispatchDay(ctx);
  const line = day
    ? pick(lang, `Quand : ${said}, compté depuis la date de la dépêche, ${day}.`, `When: ${said}, counted from the story's date, ${day}.`)
    : pick(lang, `Quand : ${said}, selon la dépêche, qui ne donne pas de date d'où le compter.`, `When: ${said}, as the story puts it; it gives no date to count from.`);
  return { answered: true, intent: "when", parts: [line], cites: [sentence] };
}

/** A question about where someone said something: the outlet or occasion, not a place. */
const ASKS_TELLING = /\b(?:say|said|says|tell|told|announc\w*|speak\w*|spoke|dit|dire|declare\w*|annonce\w*|parle\w*|affirme\w*|publi\w*|posted|post)\b/;

/** Below this, the anchored date or place is not trusted: the reader and the older reading try. */
const ANCHOR_MIN = 0.75;

/**
 * « when did X happen », « where did Y take place »: the date or place that stands by the
 * question's own event in the sentence that holds it (anchor.ts), in the reader's language.
 * null when no sentence holds enough of the question with a date or place by its words.
 */
export function anchoredWhenWhere(ctx: Ctx): Draft | null {
  const { index, lang } = ctx;
  const wantWhen = ctx.reading.intent === "when";
  const wantWhere = ctx.reading.intent === "where";
  if (wantWhen === wantWhere || ctx.reading.also.length) return null;
  // « where does X rank », « à quelle place au classement »: a rank, not a place
  // (no ordinal fits: the question is read as any other, « what position does she hold » may ask a post)
  const ranked = asksRank(ctx) ? rankAnswer(ctx) : null;
  if (ranked) return ranked;
  // « ça en est où ? » asks how far, « quand » inside another question asks no date; « where did X say it » asks the outlet (speech.ts)
  const wh = whOf(ctx.query.folded);
  // « what day was this written? », « d'où vient la dépêche ? », "what's the date of this story": the dispatch's own date or place
  if ((wantWhen || wh === "where") && asksDispatch(ctx)) return dispatchWhenWhere(ctx, wantWhen);
  // « où a-t-il dit ça ? », "where did she make her comments?": the setting of the telling (telling-place.ts), not a place the words name
  if (wantWhere && wh === "where" && asksTellingPlace(ctx)) return tellingPlace(ctx);
  if (wantWhere ? wh !== "where" || ASKS_TELLING.test(ctx.query.folded) : wh !== "when" && wh !== "year") return null;
  if (wantWhen && whOf(ctx.query.folded) === "duration") return null;
  // « when do the drills end? »: only a date of the end answers; the day they began is no answer to it
  if (wantWhen && ASKS_END.test(ctx.query.folded)) return endOf(ctx);
  const found = anchored(ctx, wantWhen ? "date" : "place");
  // « à quelle heure ? », "what time?": a day is no hour; the story's day is said, the question declined
  if (wantWhen && ASKS_HOUR.test(ctx.query.folded)) return hourOf(ctx, found);
  if (!found || found.confidence < ANCHOR_MIN) {
    // « when will they vote? »: no date by that event, and a date the story gives for something else would be a guess
    // (« until when will … », « since when » are read by the older reading, which knows the span's bounds)
    if (wantWhen && FUTURE_Q.test(ctx.query.folded) && !END_Q.test(ctx.query.folded) && !START_Q.test(ctx.query.folded) && topicTerms(ctx, null).length >= 2) return settle(decline(ctx, pick(lang, "La dépêche ne le précise pas.", "The story does not say.")));
    return wantWhere ? datelinePlace(ctx) : null;
  }
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  // « le mois dernier », "last year": a span counted from the dispatch's day, which the answer must give or the question is not answered
  if (wantWhen && found.spots.every((s) => isLooseSpan(s.text))) return looseSpan(ctx, found.spots.map((s) => (lang === storyLang ? s.text : dateIn(s.text, lang, storyLang))).join(", "), found.sentence);
  const shown = found.spots.map((s) => (wantWhen ? dateIn(s.text, lang, storyLang) : lang === "en" ? roleIn(s.text, index.story.lang, "en").replace(/^« (.*) »$/, "$1") : s.text));
  const said = shown.join(", ");
  const line = wantWhen ? pick(lang, `Quand : ${said}.`, `When: ${said}.`) : pick(lang, `Où : ${said}.`, `Where: ${said}.`);
  return { answered: true, intent: wantWhen ? "when" : "where", parts: [line], cites: [found.sentence] };
}

/** The words that lead a date of an end (« until », "through", « jusqu'au »), folded: such a date bounds what it dates. */
const ENDS_AT = /^(?:until|till|through|jusqu'(?:au|a|aux)|jusqu)\b/;

/**
 * « when do the drills end? », « jusqu'à quand … ? »: the date the story gives for the end of that
 * event; when it gives none, a decline that stands (a date of the start, or of another event the
 * sentence tells, would read as the answer), saying the day it did give when one stands by the event.
 */
function endOf(ctx: Ctx): Draft {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  const end = endAnchored(ctx);
  if (end && end.confidence >= 0.5) {
    const said = end.spots.map((s) => dateIn(s.text, lang, storyLang)).join(", ");
    return { answered: true, intent: "when", parts: [pick(lang, `Quand : ${said}.`, `When: ${said}.`)], cites: [end.sentence] };
  }
  const other = anchored(ctx, "date");
  // « until when? » after an answer whose sentence dates the event « until 30 April », « jusqu'au 9 mai »: that date is the end
  // (of the sentence that dates the event asked: a date of it led by a word of ending)
  // (endAnchored reads the question's own words, and an elliptical follow-up has none)
  // (the lead may stand just before the spot: « jusqu'|au 30 avril »)
  const text = other ? (index.story.sentences[other.sentence]?.text ?? "") : "";
  const until = other && other.confidence >= ANCHOR_MIN ? datesOf(index, other.sentence).filter((s) => ENDS_AT.test(fold(text.slice(Math.max(0, s.at - 8), s.end)).replace(/’/g, "'").replace(/^.*?\b(?=until|till|through|jusqu)/, ""))) : [];
  if (other && until.length) {
    const said = until.map((s) => dateIn(s.text, lang, storyLang)).join(", ");
    return { answered: true, intent: "when", parts: [pick(lang, `Quand : ${said}.`, `When: ${said}.`)], cites: [other.sentence] };
  }
  const day = other && other.confidence >= ANCHOR_MIN ? other.spots.map((s) => dateIn(s.text, lang, storyLang)).join(", ") : null;
  const line = day
    ? pick(lang, `La dépêche ne dit pas quand cela se termine ; elle ne date que le début ou un autre moment (${day}).`, `The story does not say when it ends; the only date it gives there is for the start or another moment (${day}).`)
    : pick(lang, "La dépêche ne dit pas quand cela se termine.", "The story does not say when it ends.");
  const out = decline(ctx, line);
  return settle(other && day ? { ...out, cites: [other.sentence] } : out);
}

/**
 * « à quelle heure ? », "at what time?": the hour or time of day by the event asked. A day is a
 * lesser answer that reads as a confident one, so the story's day is said in a decline that
 * stands (the reader is not tried after it: it would give that day again).
 */
function hourOf(ctx: Ctx, anchoredFound: ReturnType<typeof anchored>): Draft {
  const { index, lang } = ctx;
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  // the hour's pull (anchor.ts) may choose a sentence with an hour that tells another event: the
  // sentence that holds clearly more of the question tells the event asked, with or without an hour
  let found = anchoredFound;
  const top = rankEvidence(ctx, eventTerms(ctx, "date"), 4);
  const here = top.find((e) => e.sentence === found?.sentence)?.coverage ?? 0;
  const other = top[0];
  if (found && other && other.sentence !== found.sentence && other.coverage >= here + 0.2) {
    const spots = datesOf(index, other.sentence);
    found = spots.length ? { sentence: other.sentence, spots: [...spots], confidence: other.coverage } : null;
  }
  const hours = found && found.confidence >= ANCHOR_MIN ? found.spots.filter((s) => HOUR_SPOT.test(fold(s.text))) : [];
  if (found && hours.length) {
    const said = hours.map((s) => dateIn(s.text, lang, storyLang)).join(", ");
    return { answered: true, intent: "when", parts: [pick(lang, `Quand : ${said}.`, `When: ${said}.`)], cites: [found.sentence] };
  }
  const day = found && found.confidence >= ANCHOR_MIN ? found.spots.map((s) => dateIn(s.text, lang, storyLang)).join(", ") : null;
  const line = day
    ? pick(lang, `La dépêche donne le jour (${day}), pas l'heure.`, `The story gives the day (${day}), not the time.`)
    : pick(lang, "La dépêche ne donne pas l'heure.", "The story does not give the time.");
  const out = decline(ctx, line);
  return settle(found && day ? { ...out, cites: [found.sentence] } : out);
}

/**
 * « where was the meeting? » of the event a dispatch opens with, when its sentence names no place:
 * the dateline's place is where the story was filed from, which for the lead event is where it
 * happened. Only for the opening sentences, and only when one of them holds most of the question.
 */
/** The first two sentences of the body (a headline is shorter), read once per story. */
function leadSentences(index: StoryIndex): readonly number[] {
  let lead = leadMemo.get(index);
  if (!lead) leadMemo.set(index, (lead = index.story.sentences.filter((s) => s.text.split(/\s+/).length >= 8).slice(0, 2).map((s) => s.index)));
  return lead;
}
const leadMemo = new WeakMap<StoryIndex, readonly number[]>();

function datelinePlace(ctx: Ctx): Draft | null {
  const place = ctx.index.story.dateline?.place;
  if (!place) return null;
  const top = rankEvidence(ctx, questionTerms(ctx), 1)[0];
  // the first two sentences of the body (a headline is shorter)
  const lead = leadSentences(ctx.index);
  if (!top || top.followUp || top.coverage < 0.6 || !lead.includes(top.sentence) || placesOf(ctx.index, top.sentence).length) return null;
  const shown = ctx.lang === "en" ? roleIn(place, ctx.index.story.lang, "en").replace(/^« (.*) »$/, "$1") : place;
  return { answered: true, intent: "where", parts: [pick(ctx.lang, `Où : ${shown} (lieu de la dépêche).`, `Where: ${shown} (where the story was filed).`)], cites: [top.sentence] };
}

/** When and where: the sentence most related to the question that gives a date (or a place). */
export function whenWhere(ctx: Ctx): Draft {
  const { index, lang, m } = ctx;
  const wantWhen = ctx.reading.intent === "when" || ctx.reading.also.includes("when");
  const wantWhere = ctx.reading.intent === "where" || ctx.reading.also.includes("where");
  const terms = topicTerms(ctx, null);
  const asksEnd = END_Q.test(ctx.query.folded);
  const asksStart = START_Q.test(ctx.query.folded);
  let best: { i: number; score: number; times: string[]; places: string[]; ends: boolean } | null = null;
  const asksDuration = wantWhen && !wantWhere && whOf(ctx.query.folded) === "duration";
  const asksFuture = wantWhen && FUTURE_Q.test(ctx.query.folded);
  const lead = leadSentences(index);
  for (const s of index.sentences) {
    const times = wantWhen ? timesIn(ctx, s.index) : [];
    // (the place the question names is what it asks about, not where that is)
    const places = wantWhere ? placesIn(ctx, s.index).filter((p) => !namedByQuestion(ctx, p)) : [];
    if ((wantWhen && !times.length) && (wantWhere && !places.length)) continue;
    if (wantWhen && !wantWhere && !times.length) continue;
    if (wantWhere && !wantWhen && !places.length) continue;
    // a named day or date says more than « aujourd'hui »
    const dated = times.some((t) => DATED.test(fold(t)));
    const f = fold(s.text);
    // « until when » is answered by the end date (« jusqu'au », « doit s'achever »), « since when » by the start
    const bound = wantWhen && times.length ? (asksEnd && END_S.test(f) ? 1.5 : 0) + (asksStart && START_S.test(f) ? 1.5 : 0) : 0;
    // a sentence that holds none of the question's words dates or places nothing asked, however dated it
    // is, unless it is the lead's: news writing dates and places its main event there
    if (terms.length && !lead.includes(s.index) && !m.found(s.keys, terms).length) continue;
    const score = m.score(s.keys, terms) + (wantWhen && times.length ? 0.5 : 0) + (dated ? 0.75 : 0) + (wantWhere && places.length ? 0.5 : 0) + bound;
    const ends = times.length > 0 && END_S.test(f);
    if (asksDuration && !ends) continue;
    // « when is the next summit? », « when will they vote? »: a date the story gives for what already happened is no answer
    if (asksFuture && !FUTURE_S.test(f)) continue;
    if (!best || score > best.score) best = { i: s.index, score, times, places, ends };
  }
  const intent = wantWhen ? "when" : "where";
  // « how long has X been … », « combien de temps durent … » ask a duration: a day is no answer, an end date
  // (« jusqu'au 14 », « doit s'achever le … ») is one for how long something goes on
  if (asksDuration) {
    const r = read(ctx, { wh: "duration", intent: "when" });
    if (r) return r;
    if (!best || !best.ends) return decline(ctx, pick(lang, "La dépêche ne donne pas de durée.", "The story gives no duration."));
  }
  // « where is it happening? », « où ça se passe ? » with nothing before it: the story's own place
  if (wantWhere && !wantWhen && asksStoryPlace(ctx)) {
    const whole = storyPlace(ctx);
    if (whole) return whole;
  }
  // a bare « when? » with nothing before it to refer to: any date of the story would be a guess
  if (!terms.length) return decline(ctx, pick(lang, "La dépêche ne le précise pas.", "The story does not say."));
  if (!best || best.score < 1) {
    // no marked date or place fits: the sentence that best matches still says where or when, if any does
    const fallback = index.sentences.map((s) => ({ s, f: m.found(s.keys, terms).length, score: m.score(s.keys, terms) })).sort((a, b) => b.score - a.score)[0];
    if (fallback && fallback.f >= 2 && fallback.f >= Math.ceil(terms.length * 0.6)) {
      const r = read(ctx);
      if (r) return r;
    }
    return decline(ctx, pick(lang, "La dépêche ne le précise pas.", "The story does not say."));
  }
  const sentence = index.story.sentences[best.i]!.text;
  const parts: string[] = [];
  const storyLang = index.story.lang === "en" ? "en" : "fr";
  if (wantWhen && !wantWhere && best.times.length && best.times.every((t) => isLooseSpan(t))) return looseSpan(ctx, best.times.map((t) => (lang === storyLang ? t : dateIn(t, lang, storyLang))).join(", "), best.i);
  if (best.times.length) parts.push(pick(lang, `Quand : ${best.times.map((t) => dateIn(t, "fr", storyLang)).join(", ")}.`, `When: ${best.times.map((t) => gloss(lang, t)).join(", ")}.`));
  if (best.places.length) parts.push(pick(lang, `Où : ${best.places.join(", ")}.`, `Where: ${best.places.map((p) => placeIn(p, storyLang, lang)).join(", ")}.`));
  // the sentence is cited beneath: a reader of the other language gets the date or place alone, not a clause in the story's language
  if (index.story.lang === lang || !parts.length) parts.push(snippet(sentence, best.times[0] ?? best.places[0] ?? null, 10, index.story.lang));
  return { answered: true, intent, parts, cites: [best.i] };
}
