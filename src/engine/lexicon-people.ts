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
  /** Words that give the office someone held or holds after their name ("X's tenure as …", « X, en tant que … »), folded, as written in a row. */
  asOffice: readonly string[];
  /** Words that tie a noun to its complement ("the death of X", « la mort de X »), folded; an elided form without its apostrophe. */
  complements: ReadonlySet<string>;
  /** Words that can open a finite clause: a noun phrase holding one is no description (auxiliaries, copulas, reporting verbs), folded. */
  finite: ReadonlySet<string>;
  /** Whether modifiers come before their noun ("cargo, fishing and leisure division"): a list cut short keeps the noun it ends on. */
  modifiersFirst: boolean;
  /** Words a description cut short never ends on, folded: it would stop inside its noun phrase (« … and author of »). */
  dangling: ReadonlySet<string>;
  /** Words that coordinate two phrases of the same kind (« lecturer at X and writer of Y »), folded. */
  coordinators: ReadonlySet<string>;
}


const BACK: Record<Lang, BackReferenceWords> = {
  en: {
    definites: set("the"),
    ageNoun: /^\d{1,3}-year-old$/,
    ownerMark: /['’]s$/u,
    asOffice: ["as"],
    complements: set("of"),
    finite: set("is are was were has have had will would said says told tells did does can could should may might must"),
    modifiersFirst: true,
    dangling: set("a an the of for and or at in into on to by with from as than that which its his her their"),
    coordinators: set("and"),
  },
  fr: {
    definites: set("le la l"),
    ageNoun: /^(?:\p{L}+genaire|trentenaire|\p{L}+tenaire)$/u,
    ownerMark: null,
    asOffice: ["en", "tant", "que"],
    complements: set("de du des d"),
    finite: set("a ont est sont etait etaient avait avaient sera seront va vont doit doivent dit affirme declare estime"),
    modifiersFirst: false,
    dangling: set("le la les l un une de du des d et ou a au aux en dans sur sous par pour avec sans chez vers entre comme que qui son sa ses leur"),
    coordinators: set("et"),
  },
};

export function backReferenceWords(lang: Lang): BackReferenceWords {
  return BACK[lang];
}
