import type { Ctx } from "../../context.js";
import type { StoryIndex } from "../../index.js";
import type { Term } from "../../query.js";
import { fold, isStopword } from "../../text.js";
import { clauseWords } from "../../lexicon-clauses.js";
import type { Anchor } from "../hole.js";
import { YEAR, type Element, type Tok } from "../tokens.js";
import type { Wh } from "./wh.js";

// The words of the cited sentence an answer quotes: a window around the element asked, or the clause a what, how or why question asks for.

/** Positions of the sentence's words that the question uses. */
export function hitsIn(ctx: Ctx, ts: Tok[], terms: Term[]): Map<number, Term> {
  const out = new Map<number, Term>();
  // the first term each word holds, without an array per word
  for (let k = 0; k < ts.length; k++) {
    const keys = ts[k]!.keys;
    const t = terms.find((x) => ctx.m.has(keys, x));
    if (t) out.set(k, t);
  }
  return out;
}

export function spanText(index: StoryIndex, i: number, ts: Tok[], from: number, to: number): string {
  const text = index.story.sentences[i]?.text ?? "";
  if (from >= to) return "";
  // « 4 % », French typography: the sign written apart is no token, but part of the number
  const sign = /^[\s\u00a0\u202f]*%/.exec(text.slice(ts[to - 1]!.end));
  return text.slice(ts[from]!.start, ts[to - 1]!.end + (sign && /\d$/.test(ts[to - 1]!.text) ? sign[0].length : 0)).replace(/\s+/g, " ").trim();
}

/**
 * At most `max` words of the sentence for the answer: anchored on one or two of the question's
 * words and holding as many of the sentence's other content words as fit — the words the question
 * does not already have are where the answer lies (after them for « what », « why »).
 */
export function windowAround(ts: Tok[], hits: Map<number, Term>, el: Element | null, max: number, forward: boolean): [number, number] {
  const n = ts.length;
  if (n <= max) return [0, n];
  let best: [number, number] = [0, max];
  let bestScore = Number.NEGATIVE_INFINITY;
  const must = el ? [el.from, el.to] : null;
  const firstHit = hits.size ? Math.min(...hits.keys()) : 0;
  const novel = ts.map((t, k) => !hits.has(k) && t.text.length > 2 && !isStopword(fold(t.text)));
  for (let s = 0; s + max <= n; s++) {
    const e = s + max;
    if (must && (must[0]! < s || must[1]! > e)) continue;
    const seen = new Set<Term>();
    let score = 0;
    let lastHit = -1;
    for (let k = s; k < e; k++) if (hits.has(k)) lastHit = k;
    for (let k = s; k < e; k++) {
      const t = hits.get(k);
      if (t && !seen.has(t)) {
        seen.add(t);
        score += seen.size <= 2 ? 0.8 : 0.2;
      }
      // for « what », « why »: the words after the question's own are the answer, those before it context
      if (novel[k]) score += !forward ? 0.4 : k > lastHit && lastHit >= 0 ? 0.5 : k < firstHit ? 0.1 : 0.25;
    }
    // a window that starts a clause reads better
    if (s === 0 || ts[s]!.clause !== ts[s - 1]!.clause) score += 0.3;
    if (score > bestScore) {
      bestScore = score;
      best = [s, e];
    }
  }
  return best;
}

/**
 * At most this many of the story's words in a row in an answer: twelve read as the sentence
 * pasted, not answered. A French answer's closing « » » is a word of its own (« … Hongrie » »),
 * so it quotes one word fewer than an English one, whose marks hold to the words (“…”).
 */
export const SPAN = { fr: 10, en: 11 } as const;

/** How many words a reader counts in tokens [s, e) (the quotation marks written apart count). */
export function wordsIn(ts: Tok[], s: number, e: number): number {
  return e > s ? ts[e - 1]!.w1 - ts[s]!.w0 + 1 : 0;
}

/**
 * The answer span of a sentence for a question a clause answers (what, how, why): at most
 * `SPAN` words, chosen among the sentence's clauses. A span scores for the words the question
 * does not have (the answer), most after the question's own words, for one or two of the
 * question's words as an anchor, for starting where a clause opens (« because », « qui », after
 * a comma) and for ending where one ends; a span ending on a small word (« of », « de ») is a
 * phrase cut in two. `from`: the span starts there (the opener of a reason).
 */
/** The object a question asks for: the sentence's word it is the object of, and where the question's words come back after it. */
interface Hole {
  at: number;
  back: number;
}

export function clauseSpan(ts: Tok[], hits: Map<number, Term>, wh: Wh, lang: "fr" | "en", max: number, skip: ReadonlySet<number>, from?: number, measure: ReadonlySet<string> | null = null, object: Hole | null = null): [number, number] {
  const hole = object?.at ?? -1;
  const n = ts.length;
  const words = clauseWords(lang);
  const keys = [...hits.keys()];
  const firstHit = keys.length ? Math.min(...keys) : -1;
  const novel = ts.map((t, k) => !hits.has(k) && !skip.has(k) && t.text.length > 2 && !isStopword(fold(t.text)));
  const opensAt = (k: number) => k === 0 || ts[k]!.opens;
  const near = ts.map((_, k) => keys.some((h) => Math.abs(h - k) <= 10));
  // how much of the question the sentence has said before each word: what is asked comes after
  // the words the question uses (« … in what the governor called a breach of trust » answers
  // « what did the governor call it » after « called », not after an earlier name)
  const distinct = new Set(hits.values()).size;
  const said: number[] = [];
  const sofar = new Set<Term>();
  ts.forEach((_, k) => {
    said.push(distinct ? sofar.size / distinct : 0);
    const t = hits.get(k);
    if (t) sofar.add(t);
  });
  // one of the question's words anchors the span, except for « what », « how » asked of no measure: the reader knows the
  // question's words, the cited sentence shows them, and the words after them are the answer (« que montre la vidéo ? »
  // is answered by what the video shows, not by « montrant une colonne … » cut before where it goes)
  const anchor = !measure && (wh === "what" || wh === "how") ? 0 : 0.8;
  let best: [number, number] = [from ?? 0, Math.min(n, (from ?? 0) + 1)];
  let bestScore = Number.NEGATIVE_INFINITY;
  // the object stands right after the word it is the object of: the span opens there
  // The object ends where the question's words come back (« present | a budget | to the council
  // before the recess »): the span opens on its first words, and what follows them is context. Where they do not come
  // back, an object longer than a span may be read from a few words in (« montrant une colonne … traversant la rivière »).
  const back = object?.back ?? n;
  const reach = back < n ? 3 : 6;
  const starts = from !== undefined ? [from] : hole >= 0 && hole + 1 < n ? ts.map((_, k) => k).filter((k) => k > hole && k <= hole + reach) : ts.map((_, k) => k);
  for (const s of starts) {
    const seen = new Set<Term>();
    let score = opensAt(s) ? 0.3 : 0;
    // (a small word skipped costs little, the object's own first word much)
    for (let k = hole + 1; hole >= 0 && k < s; k++) score -= words.dangling.has(ts[k]!.bare) ? 0.05 : back < n ? 0.8 : 0.3;
    const first = ts[s]!.bare;
    // « how »: a span that opens on a means (« by », « grâce à », « en » + participle)
    if (wh === "how" && (words.means.has(first) || (words.gerund.has(first) && /ant$/.test(fold(ts[s + 1]?.text ?? ""))))) score += 1;
    if (words.dangling.has(first) && !opensAt(s)) score -= 0.2;
    let lastHit = -1;
    let numbers = 0;
    for (let e = s + 1; e <= n && wordsIn(ts, s, e) <= max; e++) {
      const k = e - 1;
      const t = hits.get(k);
      if (t) {
        lastHit = k;
        // (more of the question's words are context, not answer)
        if (!seen.has(t)) {
          seen.add(t);
          score += seen.size === 1 ? anchor : 0.3;
        }
      }
      // the words after the question's own are the answer, those before them its context
      // (far from every word of the question, a word is less likely to be what was asked)
      // (an object the question's words do not close runs on as far as it goes)
      if (novel[k]) score += (firstHit < 0 ? 0.25 : 0.05 + 0.5 * said[k]! ** 2 + (k > lastHit ? 0.1 : 0)) * (near[k]! || (hole >= 0 && back === n) ? 1 : 0.5) * (k > back ? 0.3 : 1);
      // « what was the rate »: the number the sentence gives after the measure is the answer
      // (a year the question names says which of the sentence's numbers: the one beside it)
      // (the first such number of the span is the answer, worth more than any words around it)
      if (measure && /\d/.test(ts[k]!.text) && !hits.has(k)) {
        if (measure.has(ts[k]!.text)) score += 0.8;
        // « from 800 euros to 2,400 euros », « de 800 à 2 400 euros »: the value before the change is no answer, the one after it is
        else if (!YEAR.test(ts[k]!.text) && k > firstHit) score += fromValue(ts, k) ? 0.3 : numbers++ ? 0.3 : 2;
      }
      const last = ts[k]!.bare;
      const cut = e < n && !opensAt(e) && words.genitive.has(ts[e]!.bare);
      const end = (e === n || opensAt(e) ? 0.3 : 0) - (words.dangling.has(last) ? 0.5 : 0) - (cut ? 0.3 : 0);
      if (score + end > bestScore) {
        bestScore = score + end;
        best = [s, e];
      }
    }
  }
  return best;
}

/**
 * Where the sentence writes the first of the question's anchors (answers/hole.ts) with its object after it, and
 * where the question's words written after the anchor come back (the object's end; the sentence's length when
 * they do not); null when it writes none so.
 */
export function holeIn(ts: Tok[], hits: Map<number, Term>, anchors: readonly Anchor[], attribution: ReadonlySet<number>): Hole | null {
  for (const a of anchors) {
    for (const [k, t] of hits) {
      if (t !== a.term || attribution.has(k)) continue;
      const next = ts[k + 1];
      if (!next || next.opens || hits.has(k + 1) || attribution.has(k + 1)) continue;
      let back = ts.length;
      for (const [j, u] of hits) if (j > k && j < back && a.after.has(u)) back = j;
      return { at: k, back };
    }
  }
  return null;
}

/** Whether the number at k is the start of a change (« from 800 … to 2,400 », « de 800 à 2 400 »): « from » before it, « to » and a number after. */
function fromValue(ts: Tok[], k: number): boolean {
  if (!/^(?:from|de|d)$/.test(ts[k - 1]?.bare ?? "")) return false;
  for (let j = k + 1; j < ts.length && j <= k + 4; j++) if (/^(?:to|a)$/.test(ts[j]!.bare) && /\d/.test(ts[j + 1]?.text ?? "")) return true;
  return false;
}

export function nearest(el: Element, hits: Map<number, Term>): number {
  let d = Number.POSITIVE_INFINITY;
  for (const k of hits.keys()) d = Math.min(d, k < el.from ? el.from - k : k >= el.to ? k - el.to + 1 : 0);
  return d;
}

/** Words of the sentence an answer quotes: a span, not the sentence (which is cited beneath). */
export const WINDOW = 10;

/** For a yes/no question: the span that shows every word asked, with a little context, when they fit in one; null otherwise. */
export function askedSpan(ts: Tok[], hits: Map<number, Term>): [number, number] | null {
  if (!hits.size) return null;
  const lo = Math.min(...hits.keys());
  const hi = Math.max(...hits.keys()) + 1;
  if (hi - lo > WINDOW) return null;
  const s = Math.max(0, Math.min(lo - Math.floor((WINDOW - (hi - lo)) / 3), ts.length - WINDOW));
  return [s, Math.min(ts.length, s + WINDOW)];
}
