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
  /** A name's possessive ending ("Ostland's leader"): the words up to it name an owner, not the person; none in French (« le chef de … »). */
  ownerMark: RegExp | null;
}


const BACK: Record<Lang, BackReferenceWords> = {
  en: { definites: set("the"), ageNoun: /^\d{1,3}-year-old$/, ownerMark: /['’]s$/u },
  fr: { definites: set("le la l"), ageNoun: /^(?:\p{L}+genaire|trentenaire|\p{L}+tenaire)$/u, ownerMark: null },
};

export function backReferenceWords(lang: Lang): BackReferenceWords {
  return BACK[lang];
}
