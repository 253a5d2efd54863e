import type { Ctx } from "../../context.js";
import type { Term } from "../../query.js";
import type { IndexedFigure, KeySet, StoryIndex } from "../../index.js";
import { fold } from "../../text.js";
import { FATES } from "../../figure-words/index.js";
import { abbreviationKeys, casualtyOf, factsOf } from "../../figure-fit.js";

const ownCountryMemo = new WeakMap<StoryIndex, Map<number, KeySet>>();

/** The keys of sentence `i` alone, with the countries it writes as an abbreviation or a formal name (« The United States has … »). */
export function ownCountryKeys(ctx: Ctx, i: number): KeySet {
  let memo = ownCountryMemo.get(ctx.index);
  if (!memo) ownCountryMemo.set(ctx.index, (memo = new Map()));
  let out = memo.get(i);
  if (!out) memo.set(i, (out = new Set([...(ctx.index.sentences[i]?.keys ?? []), ...abbreviationKeys(ctx.index.story.sentences[i]?.text ?? "")])));
  return out;
}

const tollMemo = new WeakMap<StoryIndex, Map<string, boolean>>();

/** Whether sentence `i` (or the one before, which « ces soldats » refers to) speaks of the dead or the wounded, as `kind` asks. */
export function tollSentence(ctx: Ctx, i: number, kind: "killed" | "wounded"): boolean {
  let memo = tollMemo.get(ctx.index);
  if (!memo) tollMemo.set(ctx.index, (memo = new Map()));
  const id = `${kind}${i}`;
  let hit = memo.get(id);
  if (hit === undefined) {
    const asked = FATES.find((c) => c.kind === kind)!.asked;
    // (the words of a toll belong to the count they are said of, when the sentence has one: « 1,200 service members
    // were wounded. 9,000 troops remain » does not make the 9,000 a toll)
    const ownToll = (j: number) => ctx.index.figures.some((g) => g.figure.sentence === j && (factsOf(ctx.index, g).fate === kind || casualtyOf(ctx.index, g) === kind));
    const said = (j: number) => asked.test(fold(ctx.index.story.sentences[j]?.text ?? "")) && !ownToll(j);
    memo.set(id, (hit = said(i) || said(i - 1)));
  }
  return hit;
}

/** Whether sentence `i` names every place the question asks (« in South Korea »): what it counts is there. */
export function placedThere(ctx: Ctx, i: number, places: Term[]): boolean {
  return places.length > 0 && ctx.m.found(ctx.index.sentences[i]?.keys ?? new Set<string>(), places).length === places.length;
}

/** « R20bn to R50bn », « de 3 à 5 % »: two figures of one sentence joined as the ends of a range. */
export function rangePartners(ctx: Ctx, a: IndexedFigure, b: IndexedFigure): boolean {
  if (a.figure.sentence !== b.figure.sentence) return false;
  const text = fold(ctx.index.story.sentences[a.figure.sentence]?.text ?? "");
  const [first, second] = [a, b].map((f) => ({ f, at: text.indexOf(fold(f.figure.text)) })).sort((x, y) => x.at - y.at);
  if (!first || !second || first.at < 0 || second.at < 0) return false;
  const gap = text.slice(first.at + first.f.figure.text.length, second.at).trim();
  return /^(?:to|and|a|et|-|–)$/.test(gap);
}

const MONEY_WORDS = /^(?:money|cash|extra|more|less|much|does|do|did|is|are|was|were|will|would|has|have|had|the|a|an|of|it|they|he|she|we|you|in|to|on|for|this|that|each|per|total|overall|funding|financing|argent|fric|de|d|du|des)$/;

/** The noun after « how much » (« how much revenue »), when it names what the sum is of. */
export function moneyNoun(ctx: Ctx): Term | null {
  const m = /\bhow much ([a-z-]+)/.exec(ctx.query.folded) ?? /\bcombien d(?:e |')(?!argent\b)([a-z-]+)/.exec(ctx.query.folded);
  const w = m?.[1];
  if (!w || MONEY_WORDS.test(w)) return null;
  return ctx.query.terms.find((t) => t.word === w) ?? null;
}
