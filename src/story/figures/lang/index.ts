import { EN_FIGURES } from "./en.js";
import { FR_FIGURES } from "./fr.js";
import type { FigureWords } from "./types.js";

export type { FigureWords } from "./types.js";

/** The figure words of each language. */
export const FIGURE_WORDS: Readonly<Record<"fr" | "en", FigureWords>> = { fr: FR_FIGURES, en: EN_FIGURES };

/**
 * One set of every language's words of a kind: figures are read before a dispatch's language
 * matters (an English quote in French copy, « $3 billion » in a French dispatch).
 */
export function allFigureWords(pick: (w: FigureWords) => readonly string[]): ReadonlySet<string> {
  return new Set(Object.values(FIGURE_WORDS).flatMap((w) => [...pick(w)]));
}

/** One map of every language's valued words of a kind; the first language wins a homograph. */
export function allFigureValues<V>(pick: (w: FigureWords) => ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const w of Object.values(FIGURE_WORDS)) for (const [k, v] of pick(w)) if (!map.has(k)) map.set(k, v);
  return map;
}
