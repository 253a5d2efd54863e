/** Where the clause a frame reports ends: the next frame, « ; », a conjoined clause, an incise's rest. */
import { type SpeechLexicon } from "../lang/index.js";
import { fold } from "../text.js";
import { isPersonDescription } from "../entities.js";
import { type Ctx, type Frame } from "./frame.js";
import { inQuote, prevNonSpace } from "./subject.js";

/**
 * « Le pont, a précisé le maire, sera rouvert », « The attack, police said on Monday, happened at
 * night »: an inverted frame set inside the sentence, closed by a comma, reports the words after it
 * too. Not after an apposition or a relative on the speaker (« said X, a lawyer, … », « said X, who … »).
 */
function inciseRest(ctx: Ctx, fr: Frame, next: Frame | undefined): { start: number; end: number } | null {
  const { text, lex } = ctx;
  // After the subject (« a précisé le maire, ») or after the verb of a post-posed subject (« police said, »).
  const subjEnd = Math.max(fr.subject!.end, fr.groupEnd);
  // A circumstance may follow the subject before the comma (« said on Monday, »).
  const m = /^([^,.;:!?«»"“”()]{0,60}),\s*/.exec(text.slice(subjEnd));
  if (!m) return null;
  const between = ctx.low.slice(subjEnd, subjEnd + m[1]!.length);
  if (between.trim() && !lex.subjectStops.some((st) => between.startsWith(st))) return null;
  let start = subjEnd + m[0].length;
  let end = text.length;
  if (next) end = Math.min(end, next.subject && next.subject.start < next.groupStart ? next.subject.start : next.groupStart);
  let body = text.slice(start, end);
  let firstSeg = body.split(",")[0]!.trim();
  // « …, says Paul Roe, author of a book on the region, has been … »: past the speaker's apposition.
  if (isPersonDescription(firstSeg) && body.indexOf(",") > 0 && body.indexOf(",") < 120) {
    start += body.indexOf(",") + 1;
    start += /^\s*/.exec(text.slice(start))![0].length;
    body = text.slice(start, end);
    firstSeg = body.split(",")[0]!.trim();
  }
  if (lex.appositionArticle.test(fold(firstSeg)) || lex.relatives.test(firstSeg) || isPersonDescription(firstSeg) || lex.participle.test(fold(firstSeg.split(/\s+/)[0] ?? ""))) return null;
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return null;
  // A clause (a finite verb) or a gerund hanging on the first part (« by downing … »), not a noun
  // phrase in apposition to the speaker (« ancien ingénieur de la ville ») nor the incise's own
  // circumstance (« lors d'un point de presse », « en référence à … »).
  // (Folded word by word, only as far as asked: the rest runs to the sentence's end.)
  const head = restWordParts(words[0]!);
  const low0 = head[0]!;
  const low1 = head.length > 1 ? head[1]! : restWordParts(words[1]!)[0]!;
  const gerund = lex.notNpStart.has(low0) && lex.participle.test(low1);
  // « "…," Mr Roe said, over the years, the two ports have grown … »: a fronted phrase set off by its own
  // comma, then the clause with its verb, is the statement going on (not the incise's circumstance,
  // « lors d'un point de presse », which no clause follows).
  const fronted = !gerund && lex.notNpStart.has(low0) && frontedThenClause(lex, body);
  if (!gerund && !fronted && (lex.notNpStart.has(low0) || !restHasVerb(lex, words))) return null;
  // Lower case: the same sentence goes on (a capital after the comma opens a name or a new clause of another kind).
  if (!/^\p{Ll}/u.test(body)) return null;
  return { start, end };
}

/**
 * A word of an incise's rest folded for the lexicon's tables, in parts: letters, apostrophes and
 * hyphens, an elided word on its own (« s'applique » has « s' »). « à » is no « a »: folded, the
 * preposition would read as the verb.
 */
function restWordParts(w: string): string[] {
  return /^à$/iu.test(w) ? ["à"] : fold(w).replace(/[^\p{L}'-]/gu, "").split(/(?<=')/);
}

/** Some word of the rest is a finite verb, an auxiliary or a simple past; stops at the first. */
function restHasVerb(lex: SpeechLexicon, words: readonly string[]): boolean {
  for (const w of words) for (const p of restWordParts(w)) if (lex.finite.has(p) || lex.auxiliaries.has(p) || lex.simplePast?.test(p)) return true;
  return false;
}

/** « over the years, the two ports have … »: a short phrase, its comma, then a clause with a finite verb in its first words. */
function frontedThenClause(lex: SpeechLexicon, body: string): boolean {
  const comma = body.indexOf(",");
  if (comma < 0 || comma > 60 || /[;:«»“”"]/.test(body.slice(0, comma))) return false;
  const next = body.slice(comma + 1).trim().split(/\s+/).slice(0, 8).map((w) => fold(w).replace(/[^\p{L}'-]/gu, ""));
  if (!next[0] || lex.participle.test(next[0]) || lex.notNpStart.has(next[0]) || lex.complementizers.has(next[0])) return false;
  return next.slice(1).some((w) => lex.finite.has(w) || lex.auxiliaries.has(w));
}

/**
 * Where one of `words` (white space before it, optional white space after) ends the text before
 * `end`, or -1: the start of the white space before it. Looks back over one word only, so constant
 * time per frame.
 */
function coordinatorBefore(text: string, end: number, words: ReadonlySet<string>): number {
  if (!words.size) return -1;
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  let k = i + 1;
  while (k > 0 && i - k < MAX_COORDINATOR && /\p{L}/u.test(text[k - 1]!)) k--;
  if (k < 1 || k > i || !/\s/.test(text[k - 1]!) || !words.has(text.slice(k, i + 1))) return -1;
  let j = k - 1;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  return j;
}

/** The longest coordinating word looked back for. */
const MAX_COORDINATOR = 12;

/**
 * « …, while critics called it … », « …, mais l'opposition a dénoncé … »: where the comma before a
 * frame's own subject and its conjunction stands, or -1.
 */
function conjoinedAt(ctx: Ctx, fr: Frame): number {
  const subject = fr.subject;
  if (!subject || subject.start >= fr.groupStart) return -1;
  // Looked for in the 24 characters before the subject only: a search back to the sentence's start
  // for every frame would make a long run-on sentence quadratic.
  const from = Math.max(0, subject.start - 24);
  const near = ctx.text.slice(from, subject.start).lastIndexOf(",");
  if (near < 0) return -1;
  const comma = from + near;
  const between = ctx.text.slice(comma + 1, subject.start).trimStart();
  return between && ctx.lex.conjunctions.test(between) && ctx.lex.conjunctions.exec(between)![0].length === between.length ? comma : -1;
}

/** « …, which the rival denies », « …, ce que le maire conteste »: the comma before the relative that opens a frame's subject, or -1. */
function relativeCommaAt(ctx: Ctx, fr: Frame): number {
  const subject = fr.subject;
  if (!subject || subject.start >= fr.groupStart) return -1;
  const m = /,\s*((?:\S+\s+)?\S+?)\s*$/.exec(ctx.low.slice(Math.max(0, subject.start - 16), subject.start));
  if (!m) return -1;
  const words = m[1]!.split(/\s+/);
  return ctx.lex.objectRelatives.has(words[words.length - 1]!) ? Math.max(0, subject.start - 16) + m.index : -1;
}

/**
 * The first occurrence of a stop at or after a position in `low`, remembered with the position it was
 * searched from: a stop absent from a long sentence is then searched for once, not once per frame.
 */
function stopFinder(low: string): (stop: string, from: number) => number {
  const found = new Map<string, { from: number; at: number }>();
  return (stop, from) => {
    const c = found.get(stop);
    if (c && c.from <= from && (c.at < 0 || c.at >= from)) return c.at;
    const at = low.indexOf(stop, from);
    found.set(stop, { from, at });
    return at;
  };
}

/** A clause ends where the next frame's speaker or verb begins, or at « ; », « et a … », « mais ». */
export function closeClauses(ctx: Ctx, frames: Frame[]): void {
  const nextStop = stopFinder(ctx.low);
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    // Indexed scans, not slice().find(): a long run-on sentence can hold thousands of frames. A
    // « selon » clause also ends at the next « selon » (else each runs to the sentence's end: quadratic).
    let nextFrame: Frame | undefined;
    for (let n = f + 1; n < frames.length && !nextFrame; n++) {
      const nf = frames[n]!;
      // « X said that her party would respond to … »: a verb inside the clause with nothing of
      // its own to report is part of the clause, not the start of another frame.
      // Not when it has a subject of its own after a comma and a conjunction (« X said A, while critics called it B »).
      // Nor when a relative after a comma gives it a subject of its own (« …, which the rival denies »).
      if (fr.clause && nf.kind === "preverbal" && !nf.clause && !nf.colon && nf.groupStart > fr.clause.start && conjoinedAt(ctx, nf) < 0 && relativeCommaAt(ctx, nf) < 0) continue;
      // « X said that A, noting that B », « X a indiqué que A, précisant que B »: a participle with
      // no subject of its own goes on with the same speaker's statement, which takes it in.
      // (Not past the end of a clause already closed: « demanded a recount, saying … » asks, then says.)
      if (fr.clause && fr.kind === "preverbal" && nf.kind === "participle" && !nf.subject && nf.groupStart > fr.clause.start && nf.groupStart < fr.clause.end) {
        nf.clause = null;
        continue;
      }
      // « Farrow said the trust had asked for help »: a frame whose subject opens the clause reported
      // is speech told inside that clause, which goes on past it.
      if (fr.clause && fr.says && fr.clause.start > fr.groupStart && nf.kind === "preverbal" && nf.subject && nf.subject.start < nf.groupStart && nf.subject.start >= fr.clause.start && !/\S/.test(ctx.text.slice(fr.clause.start, nf.subject.start))) continue;
      if (nf.groupStart > fr.groupEnd && (nf.kind !== "selon" || fr.kind === "selon")) nextFrame = nf;
    }
    let limit = ctx.text.length;
    if (nextFrame) {
      const nStart = nextFrame.subject && nextFrame.subject.start < nextFrame.groupStart ? nextFrame.subject.start : nextFrame.groupStart;
      const comma = prevNonSpace(ctx.text, nStart);
      const relComma = relativeCommaAt(ctx, nextFrame);
      const conjoined = relComma >= 0 ? relComma : conjoinedAt(ctx, nextFrame);
      limit = conjoined >= 0 ? conjoined : comma.ch === "," || comma.ch === ";" ? comma.at : nStart;
      // « a dénoncé … et prévenu »: cut before the coordination.
      const et = coordinatorBefore(ctx.text, limit, ctx.lex.closingCoordinators);
      if (et >= 0) limit = et;
    }
    for (const stop of ctx.lex.clauseStops) {
      const k = nextStop(stop, fr.groupEnd);
      if (k > 0 && k < limit && !inQuote(ctx, k)) limit = k;
    }
    if (fr.clause && fr.clause.start < fr.groupStart) {
      // Clauses before the frame (inverted « selon ») already end at the frame.
      continue;
    }
    // « Selon lui, la corvette, …, n'a répondu à aucun appel »: what follows « selon X, » is all X's.
    if (fr.kind === "selon") {
      const semi = nextStop(";", fr.groupEnd);
      if (semi > 0 && fr.clause) fr.clause.end = Math.min(fr.clause.end, semi);
      // …up to the next « selon »: in a run-on « selon A et selon B et … » each clause would
      // otherwise hold the rest of the sentence (quadratic time, and quotes of quadratic size).
      let nextSelon: Frame | undefined;
      for (let n = f + 1; n < frames.length && !nextSelon; n++) if (frames[n]!.kind === "selon" && frames[n]!.groupStart > fr.groupEnd) nextSelon = frames[n];
      if (nextSelon && fr.clause) fr.clause.end = Math.max(fr.clause.start, Math.min(fr.clause.end, nextSelon.groupStart));
      continue;
    }
    if (fr.clause) fr.clause.end = Math.min(fr.clause.end, limit);
    if (fr.kind !== "passive") fr.scope.end = Math.min(fr.scope.end, limit);
  }
  joinConjoinedStatements(ctx, frames);
  // Inverted frames report what precedes them, back to the previous frame's end.
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    if (fr.kind !== "inverted" && fr.kind !== "pronoun") continue;
    let prev: Frame | undefined;
    // « Le gouvernement a présenté son projet, a indiqué X »: a verb that reports nothing (no clause)
    // is part of what X reports, not a frame that ends it.
    // Nor does a participle with its agent (« the tariffs announced by X on Monday are …, Y said »).
    for (let p = f - 1; p >= 0 && !prev; p--) if (frames[p]!.groupEnd < fr.groupStart && frames[p]!.kind !== "selon" && frames[p]!.kind !== "passive" && !(frames[p]!.kind === "preverbal" && !frames[p]!.says && !frames[p]!.colon)) prev = frames[p];
    const start = prev ? (prev.clause ? prev.clause.end : prev.groupEnd) : 0;
    fr.scope = { start: Math.min(start, fr.scope.end), end: fr.scope.end };
    if (fr.says && !fr.negated) fr.clause = { ...fr.scope };
  }
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    if (fr.kind === "inverted" && fr.says && !fr.negated && fr.subject && fr.clause) fr.rest = inciseRest(ctx, fr, frames.slice(f + 1).find((o) => o.says)) ?? undefined;
  }
  // « A, selon X, B, selon Y »: a trailing « selon » reports back to the previous « selon », not to
  // the sentence's start (which, repeated, made a run-on sentence quadratic in time and output).
  let lastSelonEnd = -1;
  for (const fr of frames) {
    if (fr.kind !== "selon") continue;
    if (fr.clause && fr.clause.start < fr.groupStart && lastSelonEnd > fr.clause.start && lastSelonEnd <= fr.clause.end) {
      fr.clause = { start: lastSelonEnd, end: fr.clause.end };
      fr.scope = fr.clause;
    }
    lastSelonEnd = fr.subject ? fr.subject.end : fr.groupEnd;
  }
}

/**
 * « X said A, and insisted B », « X a jugé A et dénoncé B », "X said A and calling B": a second verb
 * of saying joined to the first by a conjunction, with no subject of its own, goes on with the same
 * speaker's statement, which takes it in (as a participle does in closeClauses: « X said A, noting B »).
 */
function joinConjoinedStatements(ctx: Ctx, frames: Frame[]): void {
  for (let f = 0; f + 1 < frames.length; f++) {
    const fr = frames[f]!;
    const nf = frames[f + 1]!;
    if (fr.kind !== "preverbal" || !fr.says || fr.negated || !fr.clause || fr.clause.start < fr.groupStart) continue;
    if ((nf.kind !== "preverbal" && nf.kind !== "participle") || nf.subject || !nf.says || nf.negated || !nf.clause || nf.clause.end <= fr.clause.end) continue;
    const conj = conjunctionBefore(ctx, nf.groupStart);
    if (conj < 0 || /[^\s,]/.test(ctx.text.slice(fr.clause.end, conj))) continue;
    // A statement goes on, with a verb of its own; not a thing asked for (« demanded a recount and
    // urged … » asks twice, each its own request).
    if (fr.asked || !restHasVerb(ctx.lex, ctx.text.slice(fr.clause.start, conj).split(/\s+/))) continue;
    fr.clause.end = nf.clause.end;
    fr.scope.end = Math.max(fr.scope.end, nf.clause.end);
    nf.clause = null;
  }
}

/** Where a conjunction of the language (« et », "and", "but") that ends the text before `end` starts, or -1. */
function conjunctionBefore(ctx: Ctx, end: number): number {
  const tail = ctx.text.slice(Math.max(0, end - 24), end);
  const words = tail.trimEnd().split(/\s+/);
  // (The conjunctions are of one or two words: « alors que », « tandis que ».)
  for (let k = 1; k <= 2 && k < words.length; k++) {
    const cand = words.slice(-k).join(" ");
    const m = ctx.lex.conjunctions.exec(`${cand} `);
    if (m && m[0].trimEnd().length === cand.length) return end - tail.length + tail.lastIndexOf(cand);
  }
  return -1;
}
