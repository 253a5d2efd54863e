import type { Draft } from "../../compose.js";
import { pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { coverage, questionTerms, rankEvidence, type Evidence } from "../../evidence.js";
import { keysOf } from "../../index.js";
import type { Term } from "../../query.js";
import { capital, fold, isStopword } from "../../text.js";
import { glossDate } from "../date-words.js";
import { roleIn } from "../../labels.js";
import { nationalityIn, nationalityTerms } from "../../qualifiers.js";
import { clauseWords } from "../../lexicon-clauses.js";
import { unaskedTimes } from "../../lexicon-time.js";
import { placeWords } from "../../lexicon-place.js";
import { answerClause, focusClause } from "../spans.js";
import { holeAnchors } from "../hole.js";
import { declineAbsent, summary } from "../general.js";
import { unmentionedNames } from "../unmentioned.js";
import { speechVerbAt } from "../speech.js";
import { toks, type Element, type Tok } from "../tokens.js";
import { datesOf } from "../times.js";
import { attachedPlacesIn, COUNTRIES_Q, COUNTRY_NOUN, countriesIn, LIST_NEAR, placesOf } from "../places.js";
import { askedFate, saysFate } from "../../figure-fit.js";
import { CAUSE_NEAR, OPENING, causeIn, causeKinds, strongCauseIn } from "./cause.js";
import { defined } from "./defined.js";
import { asksNews } from "./first.js";
import { asksMeasure, figureAfterAsked } from "./measure.js";
import { AGED, AGE_Q, AGE_UNIT, AGE_WORDS, countedAfter, countedTerm, isSourceCountAt, kindFits, numbersIn, spanAfter } from "./numbers.js";
import { AHEAD_Q, FUTURE_Q, pendingAt } from "./pending.js";
import { attributionAt, sourceOf } from "./source.js";
import { SPAN, WINDOW, askedSpan, clauseSpan, hitsIn, holeIn, nearest, spanText, windowAround } from "./span.js";
import { type Wh, whOf } from "./wh.js";
import { whoIn } from "./who.js";
import { NEGATION_Q, negationNear, settles } from "./yesno.js";

/**
 * The general reader: for a question no intent answers, the sentences are ranked against the
 * question's words (stems, the bilingual lexicons, names), and the answer proper is cut from the
 * best one — the figure that agrees with what is counted, the date, the place, the person, the
 * clause after « because » — with the sentence itself cited beneath. Declines when no sentence
 * holds enough of the question, or when the kind of thing asked (a number, a date) is not there.
 */

const MIN_COVERAGE = 0.2;

/**
 * The declining thresholds, calibrated on the reader questions (eval/questions): below them the
 * reader declines. `element`: questions whose answer is a number, date or place the sentence
 * must hold; `who`: a person or body; `free`: what, how, why, answered by a clause; `yesno`;
 * `cause`: a « why » whose sentence gives a clause of cause near the question's words.
 * The calibration lowers them all to 0 to see every answer with its confidence.
 */
export const readerTuning = { element: 0.5, free: 0.7, who: 0.7, yesno: 0.5, cause: 0.25, list: 0.25 };

/** The declining threshold for a kind of question: « who » is held higher (a name beside the answer is a tempting wrong one), yes/no lower (its clause is checked by the negation it carries). */
function thresholdFor(wh: Wh, needsElement: boolean): number {
  if (wh === "who") return readerTuning.who;
  if (wh === "yesno") return readerTuning.yesno;
  return needsElement ? readerTuning.element : readerTuning.free;
}

/** How sure the reader is of a sentence: the weighted share of the question it holds, less when one word alone matched. */
function confidenceOf(ev: Evidence, nTerms: number, needsElement: boolean, because: boolean): number {
  let c = ev.coverage;
  if (!needsElement && ev.found.length < 2 && nTerms > 1 && !ev.followUp) c *= 0.7;
  // a « why » answered by a sentence that gives a cause (« because », « parce que »)
  // (the sentence often names the decision only as « the decision »: a cause marker is worth much of the question)
  if (because) c = Math.min(1, Math.max(c + 0.3, 0.75));
  return c;
}

export interface ReaderOptions {
  /** Below this share of the question found in a sentence, decline. */
  minCoverage?: number;
  /** Force the kind of answer (an intent that already knows it). */
  wh?: Wh;
  /** The intent the answer is reported under (« when » for a date read from the sentences). */
  intent?: string;
  /** Below this confidence, decline (default: the calibrated `readerTuning`). */
  threshold?: number;
}

/**
 * Answers from the sentences; null when no sentence holds enough of the question or the kind
 * of element asked for. The cited sentence goes in `cites`, never pasted into the answer.
 */
export function read(ctx: Ctx, opts: ReaderOptions = {}): Draft | null {
  const { index, lang } = ctx;
  // « did X also call Y? » on a story that never names Y: any sentence cited would speak of something else
  const absent = notMentioned(ctx);
  if (absent) return absent;
  const wh = opts.wh ?? whOf(ctx.query.folded);
  if (wh === "what" && !opts.wh && asksNews(ctx)) return summary(ctx);
  if ((wh === "what" || wh === "who") && !opts.wh) {
    const d = defined(ctx);
    if (d === "name") return null;
    if (d) return d;
  }
  // « which countries take part »: the countries are the answer, named in the sentence; the word « countries » is not
  const countries = wh === "where" && COUNTRIES_Q.test(ctx.query.folded);
  const terms = countries ? questionTerms(ctx).filter((t) => !COUNTRY_NOUN.test(t.word)) : questionTerms(ctx);
  const ranked = rankEvidence(ctx, terms, 8);
  if (!ranked.length) return null;
  const minCov = opts.minCoverage ?? MIN_COVERAGE;
  const counted = wh === "count" ? countedTerm(ctx, terms) : null;
  const slang0 = index.story.lang === "en" ? "en" : "fr";
  const slangWords = clauseWords(slang0);
  const numeric = wh === "count" || wh === "money" || wh === "percent" || wh === "rank" || wh === "year" || wh === "duration";

  type Pick = { ev: Evidence; el: Element | null; score: number; ts: Tok[]; hits: Map<number, Term>; conf: number; strong?: boolean };
  let best: Pick | null = null;
  let fallback: Pick | null = null;
  const nat = nationalityTerms(ctx.query);
  const needsElement = wh !== "what" && wh !== "how" && wh !== "yesno" && wh !== "why";
  const threshold = opts.threshold ?? thresholdFor(wh, needsElement);
  const age = wh === "count" && AGE_Q.test(ctx.query.folded);
  // an age is someone's: asked of a person the question names, only a sentence that mentions them gives it
  // (« X, who at 37 … » next to « the 53-year-old Y »: asked Y's age, X's is a tempting wrong one)
  const agedOf = age ? ctx.hits.filter((h) => h.by === "name" && h.entity.kind === "person").map((h) => h.entity) : [];
  const asksAhead = FUTURE_Q.test(ctx.query.folded) || AHEAD_Q.test(ctx.query.folded);
  const fate = wh === "count" ? askedFate(ctx.query.folded) : null;
  const unasked = wh === "when" ? unaskedTimes(ctx.query.folded) : new Set<string>();
  for (const ev of ranked) {
    // « why »: the sentence that gives a reason often names the decision only as « the decision »
    const because = wh === "why" && strongCauseIn(index, ev.sentence);
    if (ev.coverage < minCov && !(because && ev.coverage >= 0.2) && !ev.followUp) continue;
    // « c'était en été ? », "was it a private meeting?" after an answer: a yes/no or a clause is read from the
    // last answer's sentence only when it holds a word of the question (else the story does not say whether)
    if (ev.followUp && !needsElement && terms.length > 0 && !ev.found.length) continue;
    // « the German minister »: a sentence about another country's does not answer
    const keys = index.sentences[ev.sentence]!.keys;
    if (nat.some((t) => !nationalityIn(keys, t, ctx.m))) continue;
    const ts = toks(index, ev.sentence);
    const hits = hitsIn(ctx, ts, terms);
    // « qu'a décidé le tribunal ? » of a story where the court « doit rendre sa décision »: a pending act is no outcome
    if (!needsElement || wh === "who") {
      if (!asksAhead && pendingAt(ts, hits)) continue;
    }
    // the places tied to the act asked, read once per sentence (the elements and their scores both need them)
    let attachedHere: Element[] | undefined;
    const attached = (): Element[] => (attachedHere ??= attachedPlacesIn(ts, hits, placeWords(slang0), slangWords.dangling));
    let els: Element[] = [];
    if (numeric) els = numbersIn(ts).filter((e) => kindFits(wh, spanText(index, ev.sentence, ts, e.from, e.to)));
    // « quel jour », « depuis quand »: a part of the day (or a season) written from now does not say which day, nor since when
    else if (wh === "when") els = datesOf(index, ev.sentence).filter((e) => !e.relative || !unasked.has(e.relative as "daypart" | "season"));
    else if (wh === "where" && countries) els = countriesIn(ctx, ts, hitsIn(ctx, ts, terms));
    else if (wh === "where") {
      const named = placesOf(index, ev.sentence);
      // (a phrase no place of the story names is taken only from a sentence that holds the whole question: else it is another act's)
      const tiedHere = ev.coverage >= 0.99 ? attached().filter((a) => !named.some((n) => n.from === a.from)) : [];
      els = [...named, ...tiedHere].filter((e) => !ctx.m.found(keysOf(spanText(index, ev.sentence, ts, e.from, e.to)), terms).length);
    }
    else if (wh === "who") els = whoIn(ctx, ev.sentence, ts, terms, hitsIn(ctx, ts, terms));
    // a number must count what is asked: its own words, or the clause it stands in
    if (counted) els = els.filter((e) => ctx.m.found(countedAfter(ts, e, slangWords), [counted]).length > 0);
    // « à 16 heures », "at 4 pm": a time of day, no duration
    if (wh === "duration") els = els.filter((e) => !(e.from > 0 && /^(?:a|at|vers|around|by|until|jusqu|des|from)$/.test(ts[e.from - 1]!.bare) && /\b(?:heures?|h|pm|am|o'clock)\b|\d[h:]\d/.test(fold(spanText(index, ev.sentence, ts, e.from, e.to)))));
    // a count is not an amount of money nor a share, unless that is what is asked
    if (wh === "count") els = els.filter((e) => !kindFits("money", spanText(index, ev.sentence, ts, e.from, e.to)) && !/%|percent|pour ?cent/.test(fold(spanText(index, ev.sentence, ts, e.from, e.to))));
    // « three people familiar with the talks said », « selon deux responsables »: people counted as the
    // source of a report are no count a reader asks for
    if (wh === "count") els = els.filter((e) => !isSourceCountAt(index, ev.sentence, spanText(index, ev.sentence, ts, e.from, e.to)));
    // « combien ont été arrêtés », "how many were evacuated": a count whose clause says another fate, or none, counts someone else
    if (wh === "count" && fate) els = els.filter((e) => saysFate(ts.filter((t) => t.clause === ts[e.from]!.clause).map((t) => fold(t.text)).join(" "), fate));
    // a number already in the question is not its answer
    if (numeric) els = els.filter((e) => !ctx.query.numbers.some((n) => spanText(index, ev.sentence, ts, e.from, e.to).replace(/[\s,.]/g, "").includes(String(n))) || wh === "percent");
    // « how old », « quel âge »: an age is written with its unit (« 36 ans », "aged 61"), never a count of anything else (« deux anciens ministres »)
    if (age) els = els.filter((e) => (AGE_UNIT.test(fold(spanText(index, ev.sentence, ts, e.from, e.to))) || AGED.test(ts[e.from - 1]?.bare ?? "")) && !spanAfter(ts, e));
    if (agedOf.length && !agedOf.some((e) => e.mentions.includes(ev.sentence) || ts.some((t) => e.nameWords.some((n) => n.length > 2 && fold(n) === t.bare)))) els = [];
    if (needsElement && !els.length) continue;
    let el: Element | null = null;
    let elScore = 0;
    const attachedAt = new Set(wh === "where" ? attached().map((a) => a.from) : []);
    for (const e of els) {
      const d = nearest(e, hits);
      const sameClause = [...hits.keys()].some((k) => ts[k]!.clause === ts[e.from]!.clause) ? 0.5 : 0;
      // « which countries »: a sentence that lists several answers more of the question than one that names one in passing
      const listed = countries ? 0.3 * (e.text.split(", ").length - 1) : 0;
      // « where »: the place tied to the act asked, or a named place tied to it, before any place the sentence names elsewhere
      const tied = wh === "where" && (e.attached || attachedAt.has(e.from)) ? 1 : 0;
      const s = sameClause - 0.05 * Math.min(d, 20) + (counted && ctx.m.found(countedAfter(ts, e, slangWords), [counted]).length ? 1 : 0) + listed + tied;
      if (!el || s > elScore) {
        el = e;
        elScore = s;
      }
    }
    if (wh === "why") {
      const cause = causeIn(ts, hits, index.story.lang === "en" ? "en" : "fr");
      el = cause?.el ?? null;
      // « because », « parce que » say why; « after », « pour » may only say when or what for
      elScore = cause?.strong ? 10 : 0;
    }
    const score = ev.score + (el ? 0.15 + 0.1 * elScore : 0);
    let conf = confidenceOf(ev, terms.length, needsElement, because);
    // « quel âge », "how old": an age written with its unit (« 53-year-old », « 36 ans ») holds the question's word for age
    if (age && el) conf = Math.max(conf, coverage(ctx, keys, terms, (t) => AGE_WORDS.has(t.word)).share);
    // a list of countries a few words from the question's own answers « which countries » as a clause of cause answers « why »
    if (countries && el && el.text.split(", ").length >= 2 && nearest(el, hits) <= LIST_NEAR) conf = Math.min(1, conf + readerTuning.list);
    // the best sentence the reader is sure enough of: one ranked higher for its cue (a « because »)
    // but holding too little of the question gives way to one that holds it
    // « why » answered by a clause of cause a few words from the question's own: the answer is of the
    // kind asked, which is worth more than the share of the question's words (« pourquoi Lorvik
    // interdit-elle … » answered by « en raison du taux … » in the sentence that names the ban alone)
    const need = wh === "why" && el && hits.size > 0 && nearest(el, hits) <= CAUSE_NEAR ? Math.min(threshold, readerTuning.cause) : threshold;
    if (conf < need) continue;
    // held by the lower bar only: taken when no sentence clears the usual one (one that holds the question wins)
    if (conf < threshold) {
      if (!fallback || score > fallback.score) fallback = { ev, el, score, ts, hits, conf, strong: wh === "why" && elScore >= 10 };
      continue;
    }
    if (!best || score > best.score) best = { ev, el, score, ts, hits, conf, strong: wh === "why" && elScore >= 10 };
  }
  best ??= fallback;
  if (!best) return null;
  // « why »: a sentence that states the event and gives no cause is often followed by the one that
  // does, opening on it (« En raison de … », "Because of …", "This is because …"): its reason is that one's
  if (wh === "why" && !best.strong && !best.ev.followUp) {
    const next = best.ev.sentence + 1;
    const nts = next < index.story.sentences.length ? toks(index, next) : [];
    const kinds = nts.length ? causeKinds(nts, index.story.lang === "en" ? "en" : "fr") : [];
    const at = kinds.findIndex((k, i) => i <= OPENING && k === "strong");
    if (at >= 0) best = { ...best, ev: { ...best.ev, sentence: next }, ts: nts, hits: hitsIn(ctx, nts, terms), el: { from: at, to: Math.min(nts.length, at + 11), text: "", kind: "clause" }, strong: true };
  }
  const { ev, el, ts, hits } = best;
  const forward = wh === "what" || wh === "how" || wh === "why" || wh === "yesno";
  // yes/no: a negation next to the question's words settles it, and the span shows it
  const neg = wh === "yesno" && !NEGATION_Q.test(ctx.query.folded) ? negationNear(ts, hits, new Set(ctx.query.words)) : -1;
  const slang = index.story.lang === "en" ? "en" : "fr";
  // the speaker's name and the source's are the attribution, not the answer
  const attribution = attributionAt(ctx, ev.sentence, ts);
  // « le taux », "the loss", or « what's the N » of an N the sentence gives a figure for (« the fee cap … to $3,400 »)
  const measured = wh === "what" && (asksMeasure(ctx) || figureAfterAsked(ctx, ts));
  // « il va proposer quoi ? »: the word the question asks the object of, where the sentence writes it
  // (where the sentence writes it with words after it, outside the attribution: « …, said X » holds no object)
  const object = wh === "what" && !measured ? holeIn(ts, hits, holeAnchors(ctx.query, terms, speechVerbAt(ctx.query.folded)), attribution) : null;
  let [s, e] =
    neg >= 0
      ? [Math.max(0, neg - 3), Math.min(ts.length, Math.max(0, neg - 3) + WINDOW)]
      : el && el.kind === "clause" && el.exact
        ? [el.from, el.to]
      : el && el.kind === "clause"
        ? clauseSpan(ts, hits, wh, slang, SPAN[lang], attribution, el.from)
        : wh === "yesno"
          ? (askedSpan(ts, hits) ?? clauseSpan(ts, hits, wh, slang, SPAN[lang], attribution))
          : forward && !el
            ? clauseSpan(ts, hits, wh, slang, SPAN[lang], attribution, undefined, wh === "what" && measured ? new Set(ctx.query.numbers.map(String)) : null, object)
            : windowAround(ts, hits, el && el.to - el.from <= WINDOW ? el : null, WINDOW, forward);
  // « what », « how »: a span drawn mostly out of the clause that holds the question's focus, into another that
  // holds one of its words too (« …, before the council can vote »), answers something else: the focus clause answers (spans.ts)
  if (neg < 0 && !el && (wh === "what" || wh === "how") && !measured && !object) {
    const weight = (t: Term) => ctx.m.weight(t);
    const content = (k: number) => ts[k]!.text.length > 2 && !isStopword(fold(ts[k]!.text));
    const focus = focusClause(ts, hits, weight, wh, attribution, clauseWords(slang).means, content)?.clause;
    const inFocus = focus ? Math.max(0, Math.min(e, focus[1]) - Math.max(s, focus[0])) : 0;
    const chosen = focus && inFocus * 2 < e - s ? answerClause(ts, hits, weight, wh, SPAN[lang], clauseWords(slang).dangling, content, attribution, clauseWords(slang).means) : null;
    if (chosen) [s, e] = chosen;
  }
  // a span is short as read, marks included (« », dashes): drop words from the side away from the answer
  while (e - s > 2 && spanText(index, ev.sentence, ts, s, e).split(/\s+/).length > (forward && (!el || el.kind === "clause") ? SPAN[lang] : WINDOW)) {
    const keepEnd = forward || (el !== null && el.kind !== "clause" && el.to >= e - 1);
    if (keepEnd && !(el && el.from <= s)) s++;
    else e--;
  }
  // a reader of the other language gets the answer proper with a few of the story's words around it, not a clause in its language
  if (el && el.kind !== "clause" && index.story.lang !== lang) {
    const max = 6;
    while (e - s > max && e - s > el.to - el.from) {
      if (el.from - s > e - el.to) s++;
      else e--;
    }
  }
  const window = spanText(index, ev.sentence, ts, s, e);
  const raw = el && el.kind !== "clause" ? el.text || spanText(index, ev.sentence, ts, el.from, el.to) : "";
  // a French date in an English answer carries its English words (« 3 juin (3 June) »)
  const lead = el?.kind === "date" ? glossDate(lang, raw) : raw;
  const source = sourceOf(ctx, ev.sentence, window);
  const open = lang === "fr" ? "« " : "“";
  const close = lang === "fr" ? " »" : "”";
  const quoted = `${open}${s > 0 ? "…" : ""}${window}${e < ts.length ? "…" : ""}${close}`;
  let text: string;
  if (el && el.kind === "person") {
    text = `${lead}. ${quoted}`;
  } else if (lead && !window.includes(lead)) text = `${capital(lead)}: ${quoted}`;
  else if (lead) text = pick(lang, `${capital(lead)} — ${quoted}`, `${capital(lead)} — ${quoted}`);
  else if (neg >= 0) text = pick(lang, `Non, d'après la dépêche : ${quoted}`, `No, according to the story: ${quoted}`);
  else if (wh === "yesno" && settles(ctx, ev, terms, hits, s, e)) text = pick(lang, `Oui, d'après la dépêche : ${quoted}`, `Yes, according to the story: ${quoted}`);
  else text = pick(lang, `D'après la dépêche : ${quoted}`, `The story says: ${quoted}`);
  if (source) text += pick(lang, ` (selon ${source})`, ` (according to ${lang === "en" ? roleIn(source, ctx.index.story.lang, "en") : source})`);
  return { answered: true, intent: opts.intent ?? "read", parts: [text + "."], cites: [ev.sentence], confidence: Math.round(best.conf * 100) / 100 };
}

/** The decline of a question that names someone or something the story never writes; null when it names none such. */
export function notMentioned(ctx: Ctx): Draft | null {
  const names = unmentionedNames(ctx);
  if (!names.length) return null;
  const list = names.join(ctx.lang === "fr" ? " ni " : " or ");
  return declineAbsent(ctx, pick(ctx.lang, `La dépêche ne mentionne pas ${list}.`, `The story does not mention ${list}.`));
}
