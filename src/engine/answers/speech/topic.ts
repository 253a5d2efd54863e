// Whether someone's words, or a sentence about them, speak of the question's subject.
import type { Quote } from "../../../story/schema.js";
import type { Draft } from "../../compose.js";
import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { Entity } from "../../index.js";
import { entitiesIn } from "../../mentions.js";
import { ownSentences, stancesOf } from "../stance.js";
import { isRelationWord } from "../../relations.js";
import { ASKING_WORDS, isPositionWord } from "./ask.js";
import { shadowsOf } from "./speaker.js";
import { stanceKeys } from "./stance-keys.js";

/** A quote's fit to the question's subject: its own words first, its sentence's as a hint. */
export function quoteScore(ctx: Ctx, q: Quote, terms = topicTerms(ctx)): number {
  const own = ctx.index.quoteKeys.get(q);
  const sentence = ctx.index.sentences[q.sentence]?.keys;
  return (own ? ctx.m.score(own, terms) : 0) + (sentence ? 0.3 * ctx.m.score(sentence, terms) : 0);
}

/**
 * Whether a question about someone's words asks about a subject none of their words speak of
 * (« what did X say about Y » where no quote of X holds Y), or about someone the story never
 * quotes: then the story's own sentence on the subject answers better than their other words.
 */
export function offTopicSpeech(ctx: Ctx): boolean {
  const e = ctx.entity;
  if (!e) return false;
  const all = [...e.quotes, ...shadowsOf(ctx, e).flatMap((x) => x.quotes)];
  if (!all.length) return true;
  const terms = topicTerms(ctx).filter((t) => !ASKING_WORDS.has(t.word) && !isRelationWord(ctx.query.lang, t.word) && ctx.index.sentences.some((s) => ctx.m.found(s.keys, [t]).length > 0));
  if (!terms.length) return false;
  // the sentence of the words counts too (« what did X say after the ruling »), and the one before
  // it, where news writing sets out the subject a quote then speaks to
  const before = (q: Quote) => ctx.index.sentences[q.sentence - 1]?.keys;
  // words that hold only the question's common words (« plan », « Europe ») and not its rare one (« Kesselgard ») are not on its subject:
  // a quote speaks to it when it holds half the subject's weight
  const half = terms.reduce((n, t) => n + ctx.m.weight(t), 0) / 2;
  // (the quote's sentence counts as its own words do: « what did X say after the ruling » is said by the sentence's circumstance)
  const own = (q: Quote) => ctx.index.quoteKeys.get(q) ?? new Set<string>();
  const sentence = (q: Quote) => ctx.index.sentences[q.sentence]?.keys ?? new Set<string>();
  if (!all.every((q) => ctx.m.score(own(q), terms) < half && ctx.m.score(sentence(q), terms) < half && !(ctx.m.score(before(q) ?? new Set(), terms) >= half))) return false;
  // a position the story reports X holding on Y outside the quotes (« X called for a public inquiry into … ») answers as X's words do
  const en = ctx.index.story.lang === "en";
  return !stancesOf(ctx.index, e, ownSentences(ctx.index, e, all.map((q) => q.sentence))).some((x) => !x.declined && ctx.m.score(stanceKeys(x, en), terms) >= half);
}

/**
 * The reader's answer when the sentence it cites is about the person asked of and speaks of the
 * question's subject (or, for a `position` asked with no subject, is about them); null when it only names them, or speaks of the subject without them
 * (someone else's words are never given as theirs).
 */
export function onSubject(ctx: Ctx, d: Draft | null, position = false): Draft | null {
  const e = ctx.entity;
  const at = d?.cites[0];
  if (!d || !e || at === undefined) return null;
  const text = ctx.index.story.sentences[at]?.text ?? "";
  const theirs = e.mentions.includes(at) || e.quotes.some((q) => q.sentence === at) || entitiesIn(ctx.index, text).some((p) => p.entity === e) || continuesOn(ctx, e, at);
  const terms = topicTerms(ctx).filter((t) => !ASKING_WORDS.has(t.word) && !isRelationWord(ctx.query.lang, t.word));
  const keys = ctx.index.sentences[at]?.keys;
  // « what does X want? » asks no subject but X's position (its verb is no subject): a sentence about X is on it
  return theirs && keys && (ctx.m.score(keys, terms) > 0 || (position && terms.every((t) => isPositionWord(ctx.query.lang, t.word)))) ? d : null;
}

/** A sentence opening on a subject pronoun, after a link word (« But she has held her ground … », « Mais il a refusé … »). */
const PRONOUN_OPENING = /^(?:(?:but|and|yet|still|however|mais|et|pourtant|cependant|or)\s*,?\s+)?(she|he|elle|il)\b/iu;

/**
 * « X faced criticism. But she has held her ground on … »: a sentence whose subject is a pronoun of X's
 * gender (or of a gender the story does not give X), right after a sentence that names X and no one
 * else who may be that pronoun, goes on about X.
 */
function continuesOn(ctx: Ctx, e: Entity, at: number): boolean {
  if (e.kind !== "person" || at < 1) return false;
  const m = PRONOUN_OPENING.exec(ctx.index.story.sentences[at]?.text ?? "");
  if (!m) return false;
  const g = /^(?:she|elle)$/i.test(m[1]!) ? "f" : "m";
  if (e.gender && g !== e.gender) return false;
  const prev = ctx.index.story.sentences[at - 1]?.text ?? "";
  const named = entitiesIn(ctx.index, prev, true).map((p) => p.entity);
  // (someone else there who may be « she » leaves the pronoun unsettled)
  return named.includes(e) && named.every((x) => x === e || (x.gender !== null && x.gender !== g));
}
