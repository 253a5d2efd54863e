import type { Story } from "../story/schema.js";
import { fold } from "../story/text.js";
import { headings } from "./clauses.js";
import type { BriefingLexicon } from "./lexicon.js";

/**
 * How much each sentence weighs for a reader who has one minute: the rules of the inverted
 * pyramid (what comes first matters most; a paragraph opens with its point; a section opens after
 * its subhead), and what the story found in it (figures, people, dates). News since the reader's
 * last briefing outweighs everything else.
 */
export function sentenceWeights(story: Story, lex: BriefingLexicon, fresh: (s: number) => boolean): number[] {
  const n = story.sentences.length;
  const figures = countBy(story.figures.filter((f) => f.category !== "date" && f.category !== "age").map((f) => f.sentence));
  const unstated = countBy(story.unstated.map((u) => u.sentence));
  const dates = countBy(story.dates.map((d) => d.sentence));
  const places = countBy(story.places.map((p) => p.sentence));
  const heads = headings(story);
  const entities = [...story.speakers, ...story.people];
  const named = countBy(entities.flatMap((e) => e.mentions));
  // Where someone enters the story: a new actor (a reaction, a rival) is news.
  const enters = countBy(entities.flatMap((e) => (e.mentions.length ? [Math.min(...e.mentions)] : [])));
  const speech = countBy(story.quotes.map((q) => q.sentence));
  return story.sentences.map((s, i) => {
    const prev = story.sentences[i - 1];
    let w = 1 - 0.6 * (i / Math.max(1, n));
    if (!prev || prev.paragraph !== s.paragraph || prev.dispatch !== s.dispatch) w += 0.15;
    if (prev && heads.has(prev.index)) w += 0.25;
    w += Math.min(2, figures.get(i) ?? 0) * 0.15 + (unstated.get(i) ? 0.2 : 0);
    // An event has a when and a where.
    w += Math.min(2, named.get(i) ?? 0) * 0.1 + (dates.get(i) ? 0.1 : 0) + Math.min(2, places.get(i) ?? 0) * 0.05;
    // Said by « il », « she »: who spoke is in another sentence, and the line reads orphaned.
    const orphan = lex.pronounSaid.test(s.text);
    w += (enters.get(i) ? 0.15 : 0) + (speech.get(i) && !orphan ? 0.1 : 0) - (orphan ? 0.35 : 0);
    if (lex.leaning.test(s.text)) w -= 0.25;
    if (s.text.length < 50) w -= 0.3;
    if (s.text.length > 420) w -= 0.2;
    if (heads.has(s.index)) w -= 1;
    if (fresh(i)) w += 2;
    return w;
  });
}

function countBy(xs: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** A story is heard from its beginning, its middle and its end. */
const PARTS = 3;

/**
 * Up to `k` of `candidates` (sentence indices) so that every part of the story is heard from: the
 * candidates are cut, in story order, into three runs of about equal length and the weightiest of
 * each run is taken; the rest are the weightiest of all. Returned weightiest first.
 */
export function pickCovering(candidates: number[], weight: (i: number) => number, k: number): number[] {
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  if (k <= 0 || sorted.length === 0) return [];
  if (sorted.length <= k) return byWeight(sorted, weight);
  const parts = Math.min(PARTS, k);
  const picked = new Set<number>();
  for (let r = 0; r < parts; r++) {
    const run = sorted.slice(Math.floor((r * sorted.length) / parts), Math.floor(((r + 1) * sorted.length) / parts));
    const best = byWeight(run, weight)[0];
    if (best !== undefined) picked.add(best);
  }
  for (const i of byWeight(sorted, weight)) {
    if (picked.size >= k) break;
    picked.add(i);
  }
  return byWeight([...picked], weight);
}

function byWeight(xs: number[], weight: (i: number) => number): number[] {
  return [...xs].sort((a, b) => weight(b) - weight(a) || a - b);
}

/** Words of a text, folded, for telling near-repeats apart (a headline restated in the lead). */
export function wordSet(text: string): Set<string> {
  return new Set(fold(text).match(/\p{L}{3,}|\p{N}+/gu) ?? []);
}

/** Whether two texts say nearly the same thing: most of the shorter one's words are in the other. */
export function nearRepeat(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size >= 0.7;
}
