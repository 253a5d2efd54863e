import type { Ctx } from "./context.js";
import { topicTerms } from "./context.js";
import type { Entity, KeySet, StoryIndex } from "./index.js";
import type { Term } from "./query.js";
import { whOf, type Wh } from "./answers/reader.js";
import { cuesOf } from "./lexicon-cues.js";
import { clauseWords } from "./lexicon-clauses.js";
import { fold, tokens } from "./text.js";
import { QuestionMemo } from "./question-memo.js";

/*
 * Evidence ranking: which sentences of the story hold what a question asks, best first. The
 * question's terms (stems, the bilingual lexicons, names) are weighted by how rare they are in the
 * story; the reader (answers/reader.ts) decides what to say from the sentences ranked here.
 */
/**
 * Words that say what is asked, not what about: they are no evidence for a sentence. One table
 * per language; a question is read with both, as readers mix them (« so c'est quoi ») and a short
 * question's language is a guess. Besides the question words: the verbs and adverbs questions are
 * built with (« want », « going to », « still », « veulent », « va », « encore »), which a story
 * rarely repeats, so that as rare words they weighed most and a sentence holding the whole of
 * what was asked was declined for lacking them.
 */
const ASKING = {
  en: new Set(
    (
      "what which who whom where when why how many much is are was were did does do has have had will would can could should " +
      "tell say said story article text happen happened exactly really mean means thing things this that there here so and " +
      "want wants wanted going gonna get gets got getting doing done still else even just already anything anyone anybody something someone " +
      "actually trying try tries tried during"
    ).split(" "),
  ),
  fr: new Set(
    (
      "quel quelle quels quelles qui quoi ou quand pourquoi comment combien est sont etait etaient a ont avait fait faire " +
      "c'est ce cest qu'est qu'est-ce dis dit article depeche passe exactement vraiment veut dire chose choses ca cela alors donc et bon au final finalement " +
      "va vont veulent voulait voulaient faut peut peuvent pourrait pourraient doit doivent encore deja aussi moment " +
      "font fais faites ferait feraient"
    ).split(" "),
  ),
};

export interface Evidence {
  sentence: number;
  /** Weighted share of the question's words found in the sentence (0..1). */
  coverage: number;
  found: Term[];
  /** What the ranking orders by: the coverage, with the question type's cue and BM25's length normalisation. */
  score: number;
  /** Ranked for the sentence before it, which it continues (its own words may not hold the question's). */
  continued?: boolean;
  /** A sentence the previous answer cited, read for an elliptical follow-up. */
  followUp?: boolean;
}

/** What an elliptical follow-up is worth on a sentence the previous answer cited (calibrated with the thresholds). */
export const FOLLOW_UP = 0.6;

/** A question that leans on the previous answer: few words of its own, or a pronoun for what was said. */
export function elliptic(folded: string, terms: Term[]): boolean {
  // « va-t-elle » in a question that names its subject is no reference back: only a short one leans on a pronoun
  return terms.length <= 1 || (terms.length <= 2 && /\b(?:that|this|it|then|there|ca|cela|la-bas|alors|ce jour-la|they|them|ils|elles|il|elle)\b/.test(folded));
}

/**
 * The question's words that say what it is about. A reading of the query alone, asked again for
 * each figure and sentence an answer weighs: kept per query, frozen since every caller shares it.
 */
export function questionTerms(ctx: Ctx): Term[] {
  const known = termsMemo.get(ctx.query);
  if (known) return known;
  const occasion = occasionAfterOrdinal(ctx.query.words);
  const out = Object.freeze(topicTerms(ctx, null).filter((t) => !ASKING.en.has(t.word) && !ASKING.fr.has(t.word) && !/^\d+$/.test(t.word) && !occasion.has(t.word))) as Term[];
  termsMemo.set(ctx.query, out);
  return out;
}
const termsMemo = new QuestionMemo<Ctx["query"], Term[]>();

/**
 * « la première fois », "the first time", "the last time": the noun of the occasion adds nothing the
 * ordinal does not say, and news writing rarely repeats it (« leur conversation, la première entre
 * les deux hommes », "their first meeting"); as a rare word it weighed most and the sentence that
 * answers was declined for lacking it. Read with both languages' words, as the question's language is a guess.
 */
function occasionAfterOrdinal(words: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const lang of ["fr", "en"] as const) {
    const { ordinals, occasions } = clauseWords(lang);
    words.forEach((w, i) => {
      if (i > 0 && occasions.has(w) && ordinals.has(words[i - 1]!)) out.add(w);
    });
  }
  return out;
}

/** The question's terms in groups: a phrase is found by all its own words or all its translation. */
const groupMemo = new QuestionMemo<Ctx, { terms: Term[]; groups: Term[][][]; weights: number[] }[]>();

/**
 * Groups of a term list and each group's weight (its heaviest word's), remembered per question:
 * every sentence is scored against the same ones, so neither is rebuilt per sentence.
 */
function groupsOf(ctx: Ctx, terms: Term[]): { groups: Term[][][]; weights: number[] } {
  let list = groupMemo.get(ctx);
  if (!list) groupMemo.set(ctx, (list = []));
  const hit = list.find((x) => x.terms === terms);
  if (hit) return hit;
  const groups = buildGroups(ctx, terms);
  const weights = groups.map((ways) => {
    let w = Number.NEGATIVE_INFINITY;
    for (const way of ways) for (const t of way) w = Math.max(w, ctx.m.weight(t));
    return w;
  });
  const out = { terms, groups, weights };
  if (list.length < 8) list.push(out);
  return out;
}

function buildGroups(ctx: Ctx, terms: Term[]): Term[][][] {
  const seen = new Set<Term>();
  const out: Term[][][] = [];
  for (const t of terms) {
    if (seen.has(t)) continue;
    const alt = ctx.query.alternatives.get(t);
    if (!alt) {
      seen.add(t);
      out.push([[t]]);
      continue;
    }
    const ways = [alt.own, alt.translation].map((w) => w.filter((x) => terms.includes(x))).filter((w) => w.length);
    for (const w of ways) for (const x of w) seen.add(x);
    out.push(ways.length ? ways : [[t]]);
  }
  return out;
}

/**
 * The weighted share of the question's terms found in `keys` (0..1); `extra` decides a term the
 * keys miss. A word met only through the general dictionary counts for less (its senses are
 * many): `share`, what a reader's confidence is built on, gives it `rankTuning.dictionaryShare` of
 * its weight; `rank`, what sentences are ordered by, `rankTuning.dictionary`.
 */
export function coverage(ctx: Ctx, keys: KeySet, terms: Term[], extra?: (t: Term) => boolean, strict = false, dictionaryShare = rankTuning.dictionaryShare): { share: number; rank: number; found: Term[] } {
  const { m } = ctx;
  let total = 0;
  let got = 0;
  let gotRank = 0;
  const found: Term[] = [];
  const has = (t: Term) => m.has(keys, t) || (extra?.(t) ?? false);
  const { groups, weights } = groupsOf(ctx, terms);
  for (let g = 0; g < groups.length; g++) {
    const ways = groups[g]!;
    const w = weights[g]!;
    total += w;
    // a phrase's translation words are alternatives (« participer », « engagé »), unless every word must be there (an office)
    const way = ways.find((x, i) => (i === 0 || strict ? x.every(has) : x.some(has)));
    if (way) {
      const firm = way.some((t) => !t.dictionary || m.firm(keys, t) || (extra?.(t) ?? false));
      got += firm ? w : w * dictionaryShare;
      gotRank += firm ? w : w * rankTuning.dictionary;
      found.push(...way);
    }
  }
  return { share: total ? got / total : 1, rank: total ? gotRank / total : 1, found };
}

/** What kind of sentence a question's answer stands in: one that dates, counts, places, names, explains. */
export type Cue = "time" | "number" | "span" | "place" | "person" | "cause" | null;

export function cueOf(wh: Wh): Cue {
  switch (wh) {
    case "when":
    case "year":
      return "time";
    case "count":
    case "money":
    case "percent":
    case "rank":
      return "number";
    case "duration":
      return "span";
    case "where":
      return "place";
    case "who":
      return "person";
    case "why":
      return "cause";
    default:
      return null;
  }
}

/** What each sentence of a story holds, read once per story: the cues a question type looks for. */
interface SentenceFacts {
  time: boolean;
  number: boolean;
  /** A length of time: a unit of time after a number or a word of quantity (« trois mois », "several days"). */
  span: boolean;
  place: boolean;
  cause: boolean;
  /** Entities the sentence mentions. */
  entities: ReadonlySet<string>;
  /** Opens on a pronoun or a demonstrative: its subject is in the sentence before. */
  continues: boolean;
  /** A headline, a caption or a subheading: no closing stop. */
  title: boolean;
  /** A question the story asks in its own voice (an explainer's subheading, « What is X? »): it asks, it tells nothing. */
  asks: boolean;
  /** For a sentence that continues the one before: its keys with that sentence's. */
  withPrevious: KeySet | null;
}

const factsMemo = new WeakMap<StoryIndex, SentenceFacts[]>();

const YEAR = /^(?:1[89]|20)\d\d$/;
const CLOCK = /^\d{1,2}h\d{0,2}$/;
const NUMBER_WORD = /^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|mille|million|millions|milliard|milliards|dizaine|dizaines|centaine|centaines|millier|milliers|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens)$/;

export function storyFacts(index: StoryIndex): SentenceFacts[] {
  const hit = factsMemo.get(index);
  if (hit) return hit;
  const cues = cuesOf(index.story.lang);
  const { story } = index;
  const dated = new Set([...story.dates.map((d) => d.sentence), ...story.figures.filter((f) => f.category === "date").map((f) => f.sentence)]);
  const counted = new Set(story.figures.filter((f) => f.category !== "date").map((f) => f.sentence));
  const placed = new Set(story.places.map((p) => p.sentence));
  const named = new Map<number, Set<string>>();
  for (const e of index.entities) for (const i of e.mentions) (named.get(i) ?? named.set(i, new Set()).get(i)!).add(e.name);
  const facts = index.sentences.map((s): SentenceFacts => {
    const ts = tokens(s.text);
    let time = dated.has(s.index);
    let number = counted.has(s.index);
    let cause = false;
    let span = false;
    for (let k = 0; k < ts.length; k++) {
      const w = ts[k]!;
      if (!span && k > 0 && cues.spanUnits.has(w) && (cues.spanQuantities.has(ts[k - 1]!) || /\d/.test(ts[k - 1]!) || NUMBER_WORD.test(ts[k - 1]!))) span = true;
      if (!time && (cues.time.has(w) || YEAR.test(w) || CLOCK.test(w))) time = true;
      if (!number && ((/\d/.test(w) && !YEAR.test(w)) || NUMBER_WORD.test(w))) number = true;
      if (!cause && (cues.cause.has(w) || cues.causePairs.some(([a, b]) => a === w && b === ts[k + 1]))) cause = true;
    }
    const before = index.sentences[s.index - 1];
    // the sentence after the story's own question answers it (« What is X? » then « X is … »): read with it, as a pronoun's
    const continues = cues.continues.has(ts[0] ?? "") || (before !== undefined && asksItself(before.text));
    const withPrevious = continues && before ? new Set([...s.keys, ...before.keys]) : null;
    const title = !/[.!?»"”…)]$/.test(s.text.trim());
    return { time, number, span, place: placed.has(s.index), cause, entities: named.get(s.index) ?? new Set(), continues, withPrevious, title, asks: asksItself(s.text) };
  });
  factsMemo.set(index, facts);
  return facts;
}

/** A question in the story's own voice: ends on a question mark, with no quotation (a quoted question is someone's words). */
function asksItself(text: string): boolean {
  const t = text.trim();
  return t.endsWith("?") && !/[«»“”"]/.test(t);
}

/** Whether a sentence holds the kind of thing asked. */
function fits(ctx: Ctx, f: SentenceFacts, cue: Cue): boolean {
  switch (cue) {
    case "time":
      return f.time;
    case "number":
      return f.number;
    case "span":
      return f.span;
    case "place":
      return f.place;
    case "cause":
      return f.cause;
    case "person": {
      const asked = new Set(ctx.hits.map((h) => h.entity.name));
      for (const e of f.entities) if (!asked.has(e)) return true;
      return false;
    }
    default:
      return false;
  }
}

/** Whether a figure of sentence `i` counts one of the question's words (its counted noun or the words after it). */
function counts(ctx: Ctx, i: number, terms: Term[]): boolean {
  for (const f of ctx.index.figures) {
    if (f.figure.sentence !== i) continue;
    for (const t of terms) if (ctx.m.has(f.countedKeys, t) || ctx.m.has(f.afterKeys, t)) return true;
  }
  return false;
}

/**
 * Ranking weights. `cue`: a sentence of the kind asked (a date for « when »), which orders
 * sentences the question's words alone leave tied or nearly; `counted`: more for a figure of
 * what a « how many » question names. `continued`: what the previous
 * sentence's share of the question is worth to a sentence that continues it through a pronoun
 * (« Okafor was jailed … He was released in … »). `next`: what an elliptical follow-up is worth
 * on the sentence after one the last answer cited, relative to that one. `dictionary`, `dictionaryShare`:
 * the part of its weight a question word found only through the general dictionary brings to the
 * order and to the share a reader's confidence is built on (see coverage); `dictionaryShareClause`
 * the share for questions answered by a clause, a person, a place or a yes/no, not a number or a date
 * (calibrated on eval/questions and real-dev, heldout as the guard: 0.35 → 0.7 answers 4 more, 0.85 one
 * more, 1.0 two more again; none answers an unanswerable once « which two countries » must name a place).
 * `title`: what a headline, a caption or a subheading (no closing stop) gives way by to a sentence of the body
 * that holds as much of the question: a tie-break, below every other weight. `asks`: what a question the story
 * asks itself (an explainer's subheading) gives way by: it repeats the reader's words and answers nothing.
 * `mentioned` (on when above 0): a name of the question is found in the sentences that mention its bearer by a title or a pronoun.
 */
export const rankTuning = { cue: 0.12, counted: 0.1, continued: 0.7, next: 0.6, dictionary: 0.6, dictionaryShare: 0.35, dictionaryShareClause: 0.85, title: 0.02, asks: 0.5, mentioned: 1 };

/** Each sentence's share of the question, best first. */
/** Rankings already made for a question: when/where rank its words, then the reader may rank the same words again. */
const rankMemo = new QuestionMemo<Ctx, Map<string, readonly Evidence[]>>();

export function rankSentences(ctx: Ctx, terms = questionTerms(ctx)): Evidence[] {
  if (!terms.length) return [];
  // terms built apart may share a word and differ in keys: the key is the whole term
  const key = terms.map((t) => `${t.word}\u0002${t.keys.join(",")}\u0002${t.fuzzy ? 1 : 0}\u0002${t.dictionary?.join(",") ?? ""}`).join("\u0001");
  let memo = rankMemo.get(ctx);
  const known = memo?.get(key);
  if (known) return [...known];
  const out = rankAll(ctx, terms);
  if (!memo) rankMemo.set(ctx, (memo = new Map()));
  memo.set(key, out);
  return [...out];
}

function rankAll(ctx: Ctx, terms: Term[]): Evidence[] {
  const { index } = ctx;
  const facts = storyFacts(index);
  const cue = cueOf(whOf(ctx.query.folded));
  // a word met through the general dictionary alone: weak evidence for a number (« fine » → « constat »
  // counts fines as findings), more for a clause, a person or a yes/no, whose kind the reader checks itself
  const dshare = cue === "number" || cue === "time" ? rankTuning.dictionaryShare : rankTuning.dictionaryShareClause;
  // a year or number the question names (« the loss in 2021 ») is evidence for the sentence that has it
  // (for the order only: the number says which sentence, not that it answers)
  const numbers = ctx.query.terms.filter((t) => /^\d{2,}$/.test(t.word) && !terms.includes(t));
  const withNumbers = numbers.length ? [...terms, ...numbers] : null;
  const out: Evidence[] = [];
  const named = rankTuning.mentioned > 0 ? namedTerms(ctx, terms) : new Map<Term, Entity[]>();
  for (const s of index.sentences) {
    // a name of the question is found in a sentence that mentions its bearer by another word (a title, a pronoun)
    const byMention = named.size ? (t: Term) => named.get(t)?.some((e) => e.mentions.includes(s.index)) ?? false : undefined;
    const { share, rank, found } = coverage(ctx, s.keys, terms, byMention, false, dshare);
    const f = facts[s.index]!;
    // a sentence whose subject is a pronoun reads with the sentence it continues
    let score = withNumbers ? coverage(ctx, s.keys, withNumbers).rank : rank;
    let continued = false;
    if (f.withPrevious && rankTuning.continued > 0) {
      const joint = coverage(ctx, f.withPrevious, withNumbers ?? terms).rank * rankTuning.continued;
      if (joint > score) {
        score = joint;
        continued = true;
      }
    }
    if (!found.length && !continued && score <= 0) continue;
    if (fits(ctx, f, cue)) score += rankTuning.cue;
    // a headline, a caption, a subheading (no closing stop): it names what the body tells, and tells less of it
    if (f.title) score -= rankTuning.title;
    // the story's own question holds the reader's words and none of the answer: the sentences after it tell it
    if (f.asks) score -= rankTuning.asks;
    // « how many passengers »: a figure of the sentence counts what the question names
    if (cue === "number" && counts(ctx, s.index, terms)) score += rankTuning.counted;
    out.push({ sentence: s.index, coverage: share, found, score, ...(continued ? { continued } : {}) });
  }
  out.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  return out;
}


/**
 * The question's terms that are words of the name of someone or something it names: news writing
 * names a person once and then by a title, a role or a pronoun (« the Secretary-General », « they »),
 * so the sentences the story's reading ties to that bearer hold the name as much as those that write it.
 */
function namedTerms(ctx: Ctx, terms: Term[]): Map<Term, Entity[]> {
  const out = new Map<Term, Entity[]>();
  for (const h of ctx.hits) {
    if (h.by !== "name") continue;
    const own = new Set(h.entity.nameWords.map((w) => fold(w)));
    for (const t of terms) if (own.has(t.word)) out.set(t, [...(out.get(t) ?? []), h.entity]);
  }
  return out;
}

/**
 * The evidence for a question, best first, at most `max`: the ranked sentences, and for an
 * elliptical follow-up (« when? », « and where did that happen ») the sentences the last answer
 * cited, first.
 */
export function rankEvidence(ctx: Ctx, terms = questionTerms(ctx), max = 8): Evidence[] {
  const only = evidenceProbe.only;
  return only ? rankEvidenceAll(ctx, terms, Infinity).filter((e) => only.has(e.sentence)) : rankEvidenceAll(ctx, terms, max);
}

/**
 * For measurement only (a tool that hands the reader the sentence a question's answer is in, to
 * tell reading apart from retrieval): when `only` is set, the evidence is those sentences alone.
 * The bot never sets it.
 */
export const evidenceProbe: { only: ReadonlySet<number> | null } = { only: null };

function rankEvidenceAll(ctx: Ctx, terms: Term[], max: number): Evidence[] {
  const previous = ctx.previous && elliptic(ctx.query.folded, terms) ? ctx.previous : [];
  if (!terms.length && !previous.length) return [];
  const ranked = terms.length ? rankSentences(ctx, terms) : [];
  if (previous.length) {
    const facts = storyFacts(ctx.index);
    const cue = cueOf(whOf(ctx.query.folded));
    // the last answer's sentences, and the one after each (« until when? » is often answered by the next)
    const around = [...previous.map((p) => ({ p, w: 1 })), ...previous.map((p) => ({ p: p + 1, w: rankTuning.next }))];
    for (const { p, w } of around) {
      if (!facts[p] || w <= 0) continue;
      const at = ranked.findIndex((r) => r.sentence === p);
      if (at >= 0 && ranked[at]!.followUp) continue;
      const base = at >= 0 ? ranked[at]!.coverage : 0;
      // ordered with the others: a sentence that holds the whole of « who did he replace » beats
      // the last answer's, which beats one that holds as much of the question
      const score = (base + FOLLOW_UP) * w + (fits(ctx, facts[p], cue) ? rankTuning.cue : 0);
      if (at >= 0 && ranked[at]!.score >= score) continue;
      const ev: Evidence = { sentence: p, coverage: Math.min(1, base + FOLLOW_UP) * w, score, found: at >= 0 ? ranked[at]!.found : [], followUp: true };
      if (at >= 0) ranked.splice(at, 1);
      ranked.push(ev);
    }
    ranked.sort((a, b) => b.score - a.score || Number(b.followUp === true) - Number(a.followUp === true) || a.sentence - b.sentence);
  }
  return ranked.slice(0, max + previous.length);
}
