import { words as englishStopwords } from "natural/lib/natural/util/stopwords.js";
import { words as frenchStopwords } from "natural/lib/natural/util/stopwords_fr.js";

export type StoryLang = "fr" | "en";

/**
 * Each language's function words, from natural's stop-word lists, less the words the other
 * language writes too (« a », « on », « me »): a word both languages use tells neither.
 */
const LISTS: Record<StoryLang, readonly string[]> = { fr: frenchStopwords, en: englishStopwords };

const OWN: Record<StoryLang, ReadonlySet<string>> = (() => {
  const langs = Object.keys(LISTS) as StoryLang[];
  const own = {} as Record<StoryLang, Set<string>>;
  for (const l of langs) {
    const others = new Set(langs.filter((o) => o !== l).flatMap((o) => LISTS[o]));
    own[l] = new Set(LISTS[l].filter((w) => w.length > 1 && !others.has(w)));
  }
  return own;
})();

/** The sample read: a story's opening shows its language, and the cost stays flat for long texts. */
const SAMPLE = 4000;

/**
 * A text's language, by counting the function words only one language writes. `fallback` decides
 * a tie (a text with no function word of either: a headline, a list of names).
 */
export function identifyLanguage(text: string, fallback: StoryLang): StoryLang {
  const counts: Record<StoryLang, number> = { fr: 0, en: 0 };
  for (const m of text.slice(0, SAMPLE).toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const l of ["fr", "en"] as const) if (OWN[l].has(m[0])) counts[l]++;
  }
  if (counts.fr === counts.en) return fallback;
  return counts.fr > counts.en ? "fr" : "en";
}
