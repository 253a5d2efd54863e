import type { Figure } from "../../story/schema.js";
import type { IndexedFigure, StoryIndex } from "../index.js";
import { PART_GAP } from "../figure-words/index.js";
import { fold } from "../text.js";
import { ANAPHOR, RANGE_GAP, parents, wholeFirst, wholes } from "./parts.js";

/** Where `inner` sits in `text`, folded, or -1. */
export function at(text: string, inner: string): number {
  return fold(text).indexOf(fold(inner));
}

/**
 * The sentence cut between its figures: each figure keeps the words from itself up to a comma or
 * conjunction before the next one; what comes before the first figure (subject, verb) is shared.
 */
function segments(index: StoryIndex, sentence: number): Map<Figure, string> {
  const text = index.story.sentences[sentence]?.text ?? "";
  const own = index.figures
    .map((f) => f.figure)
    .filter((f) => f.sentence === sentence && f.category !== "date")
    .map((f) => ({ f, start: at(text, f.text) }))
    .filter((x) => x.start >= 0)
    .sort((a, b) => a.start - b.start);
  const out = new Map<Figure, string>();
  const prefix = own.length ? text.slice(0, own[0]!.start) : "";
  own.forEach((x, i) => {
    const next = own[i + 1];
    let to = text.length;
    if (next) {
      const gapStart = x.start + x.f.text.length;
      const gap = text.slice(gapStart, next.start);
      // the boundary: the first comma, semicolon or conjunction between the two figures, else the middle
      const m = /[,;:()—–]|\s(?:dont|et|mais|tandis que|alors que|contre|and|but|while|whereas|of which|including|against)\s/i.exec(gap);
      to = m ? gapStart + m.index : gapStart + Math.floor(gap.length / 2);
    }
    const from = i === 0 ? x.start : Math.max(x.start, 0);
    // the words between the previous boundary and this figure belong to it (« dont 95 ont été abattus »)
    const prev = own[i - 1];
    let start = from;
    if (prev) {
      const gapStart = prev.start + prev.f.text.length;
      const gap = text.slice(gapStart, x.start);
      const m = /[,;:()—–]|\s(?:dont|et|mais|tandis que|alors que|contre|and|but|while|whereas|of which|including|against)\s/i.exec(gap);
      start = m ? gapStart + m.index : gapStart + Math.floor(gap.length / 2);
    }
    out.set(x.f, `${prefix} ${text.slice(start, to)}`);
  });
  // « 365 000 trajets, dont 61 % en trottinette »: after « dont », « of which », the figure counts
  // within what the figure before it counts, and shares its words
  own.forEach((x, i) => {
    const prev = own[i - 1];
    if (!prev) return;
    const gap = fold(text.slice(prev.start + prev.f.text.length, x.start));
    if (ANAPHOR.test(gap)) {
      out.set(x.f, `${out.get(x.f) ?? ""} ${fold(text.slice(prev.start, prev.start + prev.f.text.length))}`);
      parents.set(x.f, prev.f);
    }
    // « from 3% to 5% »: the two ends of a range say the same thing
    if (RANGE_GAP.test(gap)) out.set(x.f, `${out.get(x.f) ?? ""} ${out.get(prev.f) ?? ""}`);
    // « Three of the five judges sided with the city », « cinq des 19 élus se sont abstenus »: a bare number before
    // « of the » and a count is a part of that count, and what the sentence then says is said of the part
    if (prev.f.counted === null && prev.f.unit === null && x.f.counted !== null && PART_GAP.test(gap)) {
      out.set(prev.f, `${out.get(prev.f) ?? ""} ${out.get(x.f) ?? ""}`);
      wholes.set(prev.f, x.f);
    }
    // « Sur les 200 autobus de la ville, 45 circulaient encore », "Of the 30 stations, only 4 reopened": a clause that opens
    // on a count names the whole, and the bare number after the comma that closes it is the part the verb is said of
    // (a span, « Sur trois jours, 120 … », is no whole of what follows)
    if (wholeFirst(text, prev, x, index.story.lang === "en" ? "en" : "fr")) {
      out.set(x.f, `${out.get(x.f) ?? ""} ${out.get(prev.f) ?? ""}`);
      wholes.set(x.f, prev.f);
    }
  });
  return out;
}

/** The words of the figure's stretch before the figure itself (« Chaque drone coûte » 80 000 euros). */
export function leadIn(index: StoryIndex, f: Figure): string {
  const text = index.story.sentences[f.sentence]?.text ?? "";
  const seg = ownStretch(index, f);
  const i = at(seg, f.text);
  if (i > 0 && seg.slice(0, i).trim()) return seg.slice(0, i);
  // the first figure's lead-in is the sentence's opening
  const first = index.figures.filter((g) => g.figure.sentence === f.sentence && g.figure.category !== "date").map((g) => at(text, g.figure.text)).filter((j) => j >= 0);
  const mine = at(text, f.text);
  return first.length && Math.min(...first) === mine ? text.slice(Math.max(0, mine - 40), mine) : "";
}

/** The figure's own stretch without the shared opening: what tells it from its siblings. */
export function ownStretch(index: StoryIndex, f: Figure): string {
  const text = index.story.sentences[f.sentence]?.text ?? "";
  const first = index.figures.filter((g) => g.figure.sentence === f.sentence && g.figure.category !== "date").map((g) => at(text, g.figure.text)).filter((i) => i >= 0);
  const cut = first.length ? Math.min(...first) : 0;
  const seg = segmentOf(index, f);
  const prefix = text.slice(0, cut);
  return seg.startsWith(prefix) ? seg.slice(prefix.length) : seg;
}

const segMemo = new WeakMap<StoryIndex, Map<number, Map<Figure, string>>>();

export function segmentOf(index: StoryIndex, f: Figure): string {
  let bySentence = segMemo.get(index);
  if (!bySentence) {
    bySentence = new Map();
    segMemo.set(index, bySentence);
  }
  let m = bySentence.get(f.sentence);
  if (!m) {
    m = segments(index, f.sentence);
    bySentence.set(f.sentence, m);
  }
  return m.get(f) ?? f.text;
}

/** The count a bare number is written as a part of (« Three of the five judges »), or null. */
export function wholeOf(index: StoryIndex, f: IndexedFigure): IndexedFigure | null {
  segmentOf(index, f.figure);
  const w = wholes.get(f.figure);
  return w ? (index.figures.find((g) => g.figure === w) ?? null) : null;
}

/** The figure that `f` counts a part of, when the sentence says so with « dont », « of which ». */
export function parentOf(index: StoryIndex, f: IndexedFigure): IndexedFigure | null {
  segmentOf(index, f.figure);
  const p = parents.get(f.figure);
  return p ? (index.figures.find((g) => g.figure === p) ?? null) : null;
}
