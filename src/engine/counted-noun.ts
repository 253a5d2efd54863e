import { bases, dictionarySenses } from "./bilingual.js";
import { dictionaryGeneration } from "./dictionary.js";
import { englishKeys } from "./lexicon-news.js";
import type { Lang } from "./reply.js";
import { frKeys, words } from "./text.js";

/*
 * Whether the head noun of a figure the story gives is the noun a count question asks, when their
 * spellings differ: « combien d'accusés » ~ "40 defendants", « combien de médecins » ~ "350
 * physicians", "how many doctors" ~ "350 physicians". Read through the general bilingual dictionary,
 * both ways across the two languages (the question's noun into the story's language, the story's
 * noun into the question's), and, within one language, through a translation the two nouns share.
 * A noun is the same noun only so: the news lexicon's related words (« juge » ~ "ruling") name
 * what a story speaks of, not what it counts.
 */

const keysIn = (word: string, lang: Lang): string[] => (lang === "fr" ? frKeys(word) : englishKeys(word));

/** The head word of a figure's noun phrase: English puts it last (« service members »), French first (« casques bleus »). */
export function headWord(phrase: string, lang: Lang): string | null {
  const ws = words(phrase.toLowerCase()).filter((w) => /^\p{L}{3,}$/u.test(w));
  return (lang === "en" ? ws.at(-1) : ws[0]) ?? null;
}

/** Whether two folded nouns share a key in `lang` once each is read under its base forms. */
function sameKeys(a: string[], b: string, lang: Lang): boolean {
  const kb = new Set(bases(b, lang).flatMap((w) => keysIn(w, lang)));
  return a.some((w) => keysIn(w, lang).some((k) => k.length >= 4 && kb.has(k)));
}

const memo = new Map<string, boolean>();

/**
 * Whether `head` (a folded noun of the story, in `storyLang`) and `asked` (the folded noun the
 * question counts, in `askedLang`) name the same thing through the dictionary.
 */
export function sameNounByDictionary(asked: string, askedLang: Lang, head: string, storyLang: Lang): boolean {
  if (asked.length < 4 || head.length < 4) return false;
  const id = `${dictionaryGeneration()}:${askedLang}${storyLang}:${asked}:${head}`;
  const hit = memo.get(id);
  if (hit !== undefined) return hit;
  let out: boolean;
  if (askedLang !== storyLang) {
    // the question's noun into the story's language, or the story's noun into the question's
    out = sameKeys(dictionarySenses(asked, askedLang), head, storyLang) || sameKeys(dictionarySenses(head, storyLang), asked, askedLang);
  } else {
    // two words of one language that the other language translates alike (« doctors », « physicians » ~ « médecin »)
    const other: Lang = askedLang === "fr" ? "en" : "fr";
    const a = dictionarySenses(asked, askedLang);
    const b = new Set(dictionarySenses(head, storyLang).flatMap((w) => keysIn(w, other)));
    out = a.some((w) => keysIn(w, other).some((k) => k.length >= 4 && b.has(k)));
  }
  if (memo.size > 20_000) memo.clear();
  memo.set(id, out);
  return out;
}
