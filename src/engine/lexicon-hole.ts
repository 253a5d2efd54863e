import type { Lang } from "./reply.js";
import { wordSet as set } from "./word-set.js";

/*
 * The words by which a question marks the part of a sentence it asks for (answers/hole.ts): the
 * asking word that stands for an object or a complement, written where that object stands (« il va
 * proposer quoi ? ») or put first with an auxiliary after it ("what did he propose?", « qu'a
 * proposé le ministre ? »), and the prepositions that end the predicate asked of. Each table
 * holds its own language's words only, folded (elided forms without their apostrophe).
 */
export interface HoleWords {
  /** Asking words left where the object stands (« il a frappé avec quoi », « elle a choisi quoi »). */
  inSitu: ReadonlySet<string>;
  /** Asking words put first for an object or complement ("what did…", « que / qu' … »). */
  fronted: ReadonlySet<string>;
  /** Words a fronted asking word takes before its auxiliary (« qu'est-ce que », "and", « et »). */
  lead: ReadonlySet<string>;
  /** Auxiliaries and modals after a fronted asking word: the question asks of the verb after its subject. */
  auxiliaries: ReadonlySet<string>;
  /** Subject pronouns between the auxiliary and the verb (« qu'est-ce qu'elle a dit », "what did they"). */
  subjects: ReadonlySet<string>;
  /** Prepositions: the predicate asked of ends before one (« … au parlement », "… to parliament"). */
  prepositions: ReadonlySet<string>;
  /** Words an object opens on (determiners, object pronouns): the word before one may be its verb. */
  objects: ReadonlySet<string>;
  /** Verbs too light to anchor an answer (« faire », "do"): the object of « a fait quoi » is the whole act. */
  light: ReadonlySet<string>;
}

const FR: HoleWords = {
  inSitu: set("quoi"),
  fronted: set("que qu"),
  lead: set("et alors mais est ce"),
  auxiliaries: set(`a ont avait avaient aura auront va vont allait allaient est sont etait etaient sera seront peut peuvent pourrait
    doit doivent devrait veut veulent voulait compte comptent`),
  subjects: set("il elle ils elles on ils je tu nous vous"),
  // (« à » folds to « a », the auxiliary: read as the auxiliary)
  prepositions: set("au aux de du des sur pour avec dans en contre chez vers par entre sous apres avant selon"),
  objects: set("le la les l un une des du son sa ses leur leurs ce cet cette ces lui"),
  light: set("fait faire font faisait fera feront"),
};

const EN: HoleWords = {
  inSitu: set(""),
  fronted: set("what"),
  lead: set("and so but then"),
  auxiliaries: set("did does do has have had will would can could should is are was were shall might must"),
  subjects: set("he she they it we you i"),
  prepositions: set("to on about for with in at from by into under over against after before during of"),
  objects: set("the a an his her their its this that these those him them us me"),
  light: set("do does did doing done"),
};

export function holeWords(lang: Lang): HoleWords {
  return lang === "fr" ? FR : EN;
}
