import { fold } from "../text.js";

/**
 * The words of `text` that its folded form holds at [at, at + length): an answer quotes the story's
 * own spelling, and folding may change lengths (« œ » → « oe »).
 */
export function original(text: string, at: number, length: number): string {
  let folded = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (folded >= at && start < 0) start = i;
    if (folded >= at + length) return text.slice(start, i).trim();
    folded += fold(text[i]!).length;
  }
  return start < 0 ? "" : text.slice(start).trim();
}

/** A run of the story's words quoted in an answer, without the punctuation around it. */
export function storyWords(run: string): string {
  return run.replace(/^[\s«»"“”‘’(,;:]+|[\s«»"“”‘’),;:.!?]+$/g, "");
}

/*
 * The clause that answers. A sentence is cut into clauses where news writing opens one
 * (punctuation, a conjunction, a relative pronoun, a subordinator: the story language's lexicon,
 * lexicon-clauses.ts, read into each token's `opens`). The clause holding most of the question's
 * words (by weight) is the question's focus, and what the question does not already say is the
 * answer: the words after its own in that clause (asked « what did the mayor promise », « the mayor
 * promised | a new bridge over the canal »), before them when nothing follows them, or the clause
 * after it when the focus says nothing more (« The mayor said that » → the clause reported). Another
 * clause of the sentence may hold one of the question's words too (« before the council can vote »):
 * a span drifting there answers something else.
 */

/** A word of a sentence as the clause chooser reads it (answers/reader.ts's tokens fit). */
export interface SpanTok {
  text: string;
  /** Folded, cut at an apostrophe. */
  bare: string;
  /** Opens a clause: after punctuation that cuts one, or an opener of the story's language. */
  opens: boolean;
  /** The whitespace-separated words of the sentence the token starts and ends in. */
  w0: number;
  w1: number;
}

/** What kind of answer a clause gives: a content (what, how, why) or the proposition asked (yes/no). */
export type Asked = "what" | "how" | "why" | "yesno";

/** The segments of a sentence, [from, to) token ranges, cut where a clause opens. */
export function segments(ts: readonly SpanTok[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 1; k <= ts.length; k++) {
    if (k === ts.length || ts[k]!.opens) {
      out.push([from, k]);
      from = k;
    }
  }
  return out;
}

/** How many words a reader counts in tokens [s, e). */
function read(ts: readonly SpanTok[], s: number, e: number): number {
  return e > s ? ts[e - 1]!.w1 - ts[s]!.w0 + 1 : 0;
}

/**
 * The segment the question is about: the one whose words hold the most of the question by weight
 * (each of its terms counted once), then the one with more words of its own after them (`content`),
 * the earlier on a tie; -1 when none holds any.
 */
export function focusSegment<T>(segs: readonly [number, number][], hits: ReadonlyMap<number, T>, weight: (t: T) => number, skip?: ReadonlySet<number>, content?: (k: number) => boolean): number {
  let best = -1;
  let bestW = 0;
  segs.forEach(([a, b], i) => {
    const seen = new Set<T>();
    let w = 0;
    let last = -1;
    for (let k = a; k < b; k++) {
      const t = hits.get(k);
      if (t === undefined || skip?.has(k)) continue;
      last = k;
      if (seen.has(t)) continue;
      seen.add(t);
      w += weight(t);
    }
    // between clauses holding as much of the question, the one whose words lead on to more of their own
    // (the question's words closing a clause, « we condemn these attacks », leave nothing there to answer)
    if (w > 0 && content) for (let k = last + 1; k < b; k++) if (!hits.has(k) && content(k)) w += 0.01;
    if (w > bestW + 1e-9) {
      best = i;
      bestW = w;
    }
  });
  return best;
}

/**
 * Segments of at least `min` tokens: a word or two set apart by quotation marks or commas
 * (« jugé «peu» fiable », « the plan, now stalled, ») is no clause of its own but a part of the
 * one it stands in, read with the one before it.
 */
export function clauses(ts: readonly SpanTok[], min = 3): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of segments(ts)) {
    const prev = out[out.length - 1];
    if (prev && (b - a < min || prev[1] - prev[0] < min)) prev[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/**
 * The clause [from, to) that holds the question's focus: for « how », one that gives a means
 * (« through », « grâce à ») beside the question's words; else the one holding most of the
 * question by weight. null when no clause holds a word of the question.
 */
export function focusClause<T>(ts: readonly SpanTok[], hits: ReadonlyMap<number, T>, weight: (t: T) => number, asked: Asked, skip?: ReadonlySet<number>, means?: ReadonlySet<string>, content?: (k: number) => boolean): { clause: [number, number]; means: number; index: number; all: [number, number][] } | null {
  const segs = clauses(ts);
  const meansAt = (x: number, y: number) => {
    for (let k = x; k < y; k++) if (means?.has(ts[k]!.bare) && !hits.has(k)) return k;
    return -1;
  };
  const byMeans = asked === "how" && means ? segs.findIndex(([x, y]) => meansAt(x, y) >= 0 && [...hits.keys()].some((k) => k >= x && k < y)) : -1;
  const f = byMeans >= 0 ? byMeans : focusSegment(segs, hits, weight, skip, content);
  if (f < 0) return null;
  return { clause: segs[f]!, means: byMeans >= 0 ? meansAt(...segs[f]!) : -1, index: f, all: segs };
}

/**
 * The token span [from, to) that answers, at most `max` words as read; null when no clause holds
 * a word of the question. In the focus clause, the question's words stand apart runs of other
 * words: the run holding the most words of substance (`content(k)`) is the answer, read from the
 * question's word before it (« promised | a new bridge ») and on to `max` words; a run before the
 * question's first word is read back from it (« les élus voteront | jeudi »). When the
 * focus clause holds nothing more than the question's words, the clause after it answers.
 * For yes/no, the run is the focus clause itself: the proposition asked, with its negation.
 */
export function answerClause<T>(
  ts: readonly SpanTok[],
  hits: ReadonlyMap<number, T>,
  weight: (t: T) => number,
  asked: Asked,
  max: number,
  dangling: ReadonlySet<string>,
  content: (k: number) => boolean,
  skip?: ReadonlySet<number>,
  means?: ReadonlySet<string>,
): [number, number] | null {
  const focus = focusClause(ts, hits, weight, asked, skip, means, content);
  if (!focus) return null;
  const { all: segs, index: f, means: byMeans } = focus;
  const [a, b] = segs[f]!;
  const at = [...hits.keys()].filter((k) => k >= a && k < b && !skip?.has(k)).sort((x, y) => x - y);
  const novel = (s: number, e: number) => {
    let n = 0;
    for (let k = s; k < e; k++) if (!hits.has(k) && !skip?.has(k) && content(k)) n++;
    return n;
  };
  let s: number;
  let e: number;
  let forward = true;
  if (asked === "yesno") [s, e] = [a, b];
  else if (byMeans >= 0) [s, e] = [byMeans, b];
  else {
    // the runs between the question's words: before the first, between two, after the last
    // a clause the question's words close within a word or two (« …, demanding «a full inquiry» »,
    // « le projet, à l'arrêt depuis mai, ») reads on into the next one: their complement or apposition stands there
    const last = at[at.length - 1]!;
    const end = b - last <= 3 && f + 1 < segs.length ? segs[f + 1]![1] : b;
    const bounds = [a - 1, ...at, end];
    let best = -1;
    let bestN = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      // what precedes the question's words is mostly their subject or a time (« Last year, the mayor … »):
      // what follows them is what the question asks of them
      const n = novel(bounds[i]! + 1, bounds[i + 1]!) * (i === 0 ? 0.5 : 1);
      if (n >= bestN && n > 0) {
        best = i;
        bestN = n;
      }
    }
    // a clause that holds nothing but the question's words (a name, « X said that ») gives no answer of its own
    if (bestN < 1.5) return null;
    else if (best === 0 && at.length) {
      [s, e] = [a, at[0]! + 1];
      forward = false;
    } else if (best > 0) {
      // read from the question's word before the run (« offered | a new bridge »), unless it is a name, which the reader knows
      const anchor = bounds[best]!;
      [s, e] = [/^\p{Lu}/u.test(ts[anchor]!.text) ? anchor + 1 : anchor, bounds[best + 1]!];
    }
    else [s, e] = [a, b];
  }
  // the answer's own words come first; the words that follow (or, before the question's words, precede)
  // fill the span to `max` (a predicate runs on past a conjunction: « a rejeté le plan et saisi le tribunal »)
  if (asked !== "yesno") {
    // (past the end of a clause only while the span says little: a span that answers stops where its clause does)
    if (forward) while (e < ts.length && read(ts, s, e + 1) <= max && (!ts[e]!.opens || novel(s, e) < 4)) e++;
    else while (s > 0 && !skip?.has(s - 1) && read(ts, s - 1, e) <= max) s--;
  }
  // at most `max` words: a span read from the question's words keeps its start, one read back to them its end
  while (e - s > 1 && read(ts, s, e) > max) {
    if (forward) e--;
    else s++;
  }
  // no small word at either end (« during a protest in », « to »): the phrase is whole
  const small = (k: number) => dangling.has(fold(ts[k]!.text).replace(/’/g, "'"));
  while (e - s > 1 && (small(e - 1) || skip?.has(e - 1))) e--;
  while (e - s > 1 && (small(s) || skip?.has(s)) && asked !== "yesno") s++;
  return e > s ? [s, e] : null;
}
