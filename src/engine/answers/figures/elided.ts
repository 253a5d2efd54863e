import type { IndexedFigure, StoryIndex } from "../../index.js";
import { fold, words } from "../../text.js";
import { casualtyOf, isCount } from "../../figure-fit.js";

const storyWordsMemo = new WeakMap<StoryIndex, ReadonlySet<string>>();

/** Every word of the story, folded: built once per story. */
export function storyWords(index: StoryIndex): ReadonlySet<string> {
  let hit = storyWordsMemo.get(index);
  if (!hit) storyWordsMemo.set(index, (hit = new Set(index.story.sentences.flatMap((s) => words(s.text).map(fold)))));
  return hit;
}

const elidedMemo = new WeakMap<IndexedFigure, IndexedFigure[]>();

/**
 * « Kowalski plans to recruit 300 drivers. "In May we took on 120." »: a bare number, in a sentence that counts
 * nothing by name, counts what a count of the sentence before counts, as news writing leaves the noun out once it is
 * said. None when the number is no such count (a casualty, a measure, a number with a noun).
 */
export function elidedOf(index: StoryIndex, f: IndexedFigure): IndexedFigure[] {
  const hit = elidedMemo.get(f);
  if (hit !== undefined) return hit;
  let out: IndexedFigure[] = [];
  const g = f.figure;
  const bare = g.counted === null && g.unit === null && g.category === "other" && !f.zero && /^[\p{L}\s]*[\d][\d\s.,]*$/u.test(g.text.trim()) && casualtyOf(index, f) === null;
  const own = index.figures.some((h) => h.figure.sentence === g.sentence && h.figure.counted !== null && h.figure.category !== "date");
  if (bare && !own) {
    out = index.figures.filter((h) => h.figure.counted !== null && isCount(h.figure) && h.figure.sentence === g.sentence - 1);
  }
  elidedMemo.set(f, out);
  return out;
}
