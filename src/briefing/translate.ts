import { englishLabel, frenchLabelInEnglish } from "../engine/labels.js";
import { englishFor } from "../engine/lexicon-news.js";
import type { Lang } from "../engine/reply.js";
import { fold } from "../story/text.js";

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

/** The engine's French-to-English labels (src/engine/labels.ts), null where a word resists. */
const toEnglish: Translate = {
  identity: false,
  label: (text) => {
    const t = frenchLabelInEnglish(text);
    if (t === null) return null;
    // A name the label carries (« Minsk », « OTAN ») must come through as written: a translation
    // that lost or renamed one may name someone else.
    const names = text
      .split(/\s+/)
      .slice(1)
      .map((w) => w.replace(/^[ldLD]['’]/u, "").replace(/[^\p{L}\p{N}-]+$/u, ""))
      .filter((w) => /^\p{Lu}/u.test(w) && englishLabel(w) === w && englishFor(fold(w)).length === 0);
    const out = fold(t);
    return names.every((n) => out.includes(fold(n))) ? t : null;
  },
};

/** No lexicon gives English labels in French yet: they are kept as the story wrote them. */
const toFrench: Translate = { identity: false, label: () => null };

/** How labels of a story in `storyLang` are given in `lang`. */
export function translator(storyLang: Lang, lang: Lang): Translate {
  if (storyLang === lang) return same;
  return lang === "en" ? toEnglish : toFrench;
}
