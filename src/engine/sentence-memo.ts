import type { StoryIndex } from "./index.js";

/**
 * A reading of one sentence of a story, taken once per story and sentence and kept while the
 * story is: the answerers that read every sentence per question call it instead of each writing
 * its own WeakMap of Maps.
 */
export function perSentence<T>(read: (index: StoryIndex, i: number) => T): (index: StoryIndex, i: number) => T {
  const memo = new WeakMap<StoryIndex, Map<number, T>>();
  return (index, i) => {
    let byIndex = memo.get(index);
    if (!byIndex) memo.set(index, (byIndex = new Map()));
    if (byIndex.has(i)) return byIndex.get(i) as T;
    const v = read(index, i);
    byIndex.set(i, v);
    return v;
  };
}
