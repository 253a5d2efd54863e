import type { Lang } from "../engine/reply.js";
import { englishLabelOrNull } from "../engine/labels.js";

/**
 * Labels of the story (an institution's name, a role, who gives a figure, what was not given) in
 * the briefing's language. `label` answers null when it cannot give the whole label in that
 * language: the caller then keeps the story's words, marked as such, rather than a half
 * translation that could say something else.
 */
export interface Translate {
  identity: boolean;
  label: (text: string) => string | null;
}

const same: Translate = { identity: true, label: (text) => text };

/**
 * How labels of a story in `storyLang` are given in `lang`: French labels in English through the
 * engine's label translation (src/engine/labels.ts), null where a word resists.
 */
export function translator(storyLang: Lang, lang: Lang): Translate {
  if (storyLang === lang) return same;
  if (storyLang === "fr" && lang === "en") return { identity: false, label: (text) => englishLabelOrNull(text) };
  return { identity: false, label: () => null };
}
