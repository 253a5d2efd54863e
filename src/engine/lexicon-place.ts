import type { Lang } from "./reply.js";
import { wordSet as set } from "./word-set.js";

/*
 * The words by which news copy ties a place to the act it tells (« réfugiés dans une grange », "printed in
 * its weekly bulletin", « réunis à la préfecture »): a locative preposition right after the verb. « where » asks
 * for the phrase after it, whether or not the story's places name it (answers/reader.ts). One table per
 * language, folded (lower case, no accents; elided forms without their apostrophe).
 */
export interface PlaceWords {
  /** Prepositions of place that follow a verb (« dans », "on"): not « de », "of", which tie a noun to its complement. */
  locatives: ReadonlySet<string>;
  /** Words that may stand between the verb and its preposition ("deep", « notamment »). */
  between: ReadonlySet<string>;
  /** Determiners and possessives a place phrase opens with. */
  determiners: ReadonlySet<string>;
  /**
   * Prepositions of being inside (« dans », "in"), after which a common noun is a place ("in a barn"); after
   * the others a place is a name (« à Lyon », "on Radio Brel"): « à assurer », "on hold", « en
   * hausse », « sur le front » are no places.
   */
  inside: ReadonlySet<string>;
  /** Words that tie a noun to its complement (« de », "of"): « caissière du magasin » names what someone is by what they belong to. */
  complements: ReadonlySet<string>;
}


const PLACE: Record<Lang, PlaceWords> = {
  en: {
    locatives: set("in at on into inside near outside beneath under across"),
    between: set("deep far just right directly mainly mostly"),
    determiners: set("the a an its their his her this that these those"),
    inside: set("in inside into beneath under"),
    complements: set("of for"),
  },
  fr: {
    locatives: set("a au aux dans sur sous en pres chez"),
    between: set("notamment surtout meme directement"),
    determiners: set("le la les l un une des son sa ses leur leurs ce cet cette ces"),
    inside: set("dans sous"),
    complements: set("de du des d pour"),
  },
};

export function placeWords(lang: Lang): PlaceWords {
  return PLACE[lang];
}
