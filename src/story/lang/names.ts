import { EN_NAMES } from "./names-en.js";
import { FR_NAMES } from "./names-fr.js";
import type { NameWords } from "./names-types.js";

export type { NameWords } from "./names-types.js";

/** The naming words of each language. */
export const NAME_WORDS: Readonly<Record<"fr" | "en", NameWords>> = { fr: FR_NAMES, en: EN_NAMES };

/**
 * One list of every language's words of a kind. Names are read token by token before a dispatch's
 * language matters (quotes in another language, a French name in English copy), and a word of
 * these closed classes is never a name in either language.
 */
export function allNameWords(pick: (w: NameWords) => readonly string[]): ReadonlySet<string> {
  return new Set(Object.values(NAME_WORDS).flatMap((w) => [...pick(w)]));
}
