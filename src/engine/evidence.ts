import type { Ctx } from "./context.js";
import { topicTerms } from "./context.js";
import type { KeySet } from "./index.js";
import type { Term } from "./query.js";

/*
 * Evidence ranking: which sentences of the story hold what a question asks, best first. The
 * question's terms (stems, the bilingual lexicons, names) are weighted by how rare they are in the
 * story; the reader (answers/reader.ts) decides what to say from the sentences ranked here.
 */
/** Words that say what is asked, not what about: they are no evidence for a sentence. */
const ASKING = new Set(
  (
    "what which who whom where when why how many much is are was were did does do has have had will would can could should " +
    "quel quelle quels quelles qui quoi ou quand pourquoi comment combien est sont etait etaient a ont avait fait faire " +
    "c'est ce cest qu'est qu'est-ce tell dis say said dit story article depeche text happen happened passe exactly exactement vraiment really " +
    "mean means veut dire thing things chose choses ca cela this that there here alors donc so and et bon au final finalement"
  ).split(" "),
);

export interface Evidence {
  sentence: number;
  /** Weighted share of the question's words found in the sentence (0..1). */
  coverage: number;
  found: Term[];
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

/** The question's words that say what it is about. */
export function questionTerms(ctx: Ctx): Term[] {
  return topicTerms(ctx, null).filter((t) => !ASKING.has(t.word) && !/^\d+$/.test(t.word));
}

/** The question's terms in groups: a phrase is found by all its own words or all its translation. */
const groupMemo = new WeakMap<Ctx, { terms: Term[]; groups: Term[][][] }[]>();

/** Groups of a term list, remembered per question: every sentence is scored against the same ones. */
function groupsOf(ctx: Ctx, terms: Term[]): Term[][][] {
  let list = groupMemo.get(ctx);
  if (!list) groupMemo.set(ctx, (list = []));
  const hit = list.find((x) => x.terms === terms);
  if (hit) return hit.groups;
  const groups = buildGroups(ctx, terms);
  if (list.length < 8) list.push({ terms, groups });
  return groups;
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

/** The weighted share of the question's terms found in `keys` (0..1); `extra` decides a term the keys miss. */
export function coverage(ctx: Ctx, keys: KeySet, terms: Term[], extra?: (t: Term) => boolean, strict = false): { share: number; found: Term[] } {
  const { m } = ctx;
  let total = 0;
  let got = 0;
  const found: Term[] = [];
  const has = (t: Term) => m.found(keys, [t]).length > 0 || (extra?.(t) ?? false);
  for (const ways of groupsOf(ctx, terms)) {
    const w = Math.max(...ways.flat().map((t) => m.weight(t)));
    total += w;
    // a phrase's translation words are alternatives (« participer », « engagé »), unless every word must be there (an office)
    const way = ways.find((x, i) => (i === 0 || strict ? x.every(has) : x.some(has)));
    if (way) {
      got += w;
      found.push(...way);
    }
  }
  return { share: total ? got / total : 1, found };
}

/** Each sentence's share of the question, best first. */
export function rankSentences(ctx: Ctx, terms = questionTerms(ctx)): Evidence[] {
  const { index } = ctx;
  if (!terms.length) return [];
  const out: Evidence[] = [];
  for (const s of index.sentences) {
    const { share, found } = coverage(ctx, s.keys, terms);
    if (!found.length) continue;
    out.push({ sentence: s.index, coverage: share, found });
  }
  out.sort((a, b) => b.coverage - a.coverage || a.sentence - b.sentence);
  return out;
}


/**
 * The evidence for a question, best first, at most `max`: the ranked sentences, and for an
 * elliptical follow-up (« when? », « and where did that happen ») the sentences the last answer
 * cited, first.
 */
export function rankEvidence(ctx: Ctx, terms = questionTerms(ctx), max = 8): Evidence[] {
  const previous = ctx.previous && elliptic(ctx.query.folded, terms) ? ctx.previous : [];
  if (!terms.length && !previous.length) return [];
  const ranked = terms.length ? rankSentences(ctx, terms).slice(0, max) : [];
  for (const p of previous) {
    const at = ranked.findIndex((r) => r.sentence === p);
    const base = at >= 0 ? ranked[at]!.coverage : 0;
    const ev: Evidence = { sentence: p, coverage: Math.min(1, base + FOLLOW_UP), found: at >= 0 ? ranked[at]!.found : [], followUp: true };
    if (at >= 0) ranked.splice(at, 1);
    ranked.unshift(ev);
  }
  return ranked;
}
