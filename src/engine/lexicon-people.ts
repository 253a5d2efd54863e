import type { Lang } from "./reply.js";
import { wordSet as set } from "./word-set.js";

/*
 * How news copy refers back to someone it has just named without repeating the name: a definite
 * article and a description (« L'élu conteste », "The 23-year-old had …"). One table per language,
 * folded (lower case, no accents; elided forms without their apostrophe).
 */
export interface BackReferenceWords {
  /** Definite articles a referring description opens with. */
  definites: ReadonlySet<string>;
  /** The shape of a noun that describes someone by their age ("23-year-old", « quinquagénaire »), folded. */
  ageNoun: RegExp;
}


const BACK: Record<Lang, BackReferenceWords> = {
  en: { definites: set("the"), ageNoun: /^\d{1,3}-year-old$/ },
  fr: { definites: set("le la l"), ageNoun: /^(?:\p{L}+genaire|trentenaire|\p{L}+tenaire)$/u },
};

export function backReferenceWords(lang: Lang): BackReferenceWords {
  return BACK[lang];
}
