import { wordSet as set } from "./word-set.js";

/*
 * The words that tell which slot a question asks when it holds more than one question word: after
 * the asking word, a subordinator of time opening a clause with a subject of its own (« elle se
 * trouvait dans quelle ville quand elle a signé ? », "who led the port when the dyke gave way?") dates
 * the act asked about, it asks no date; and an adverb built on one (« quand même ») asks nothing. And
 * the question word left in place, as speech puts it (« mais ils sont qui ? »). One table per language, folded (lower case, no accents,
 * ASCII apostrophe); a question is read with both, as readers mix them.
 */
export interface AskedSlotWords {
  /** The words that ask (« où », "who"): a subordinator after one of them opens a clause of its own. */
  asking: ReadonlySet<string>;
  /** Subordinators of time (« quand », "when"). */
  timeClause: ReadonlySet<string>;
  /** What a clause's subject opens with: a personal pronoun, an article, a demonstrative, a possessive. */
  subjects: ReadonlySet<string>;
  /** Words that join two asking words (« où et quand », "where and when"): a word of time after one asks too. */
  coordinators: ReadonlySet<string>;
  /** Adverbs made of a subordinator of time and the word after it (« quand même »: "all the same"), as « a b ». */
  adverbs: readonly string[];
  /**
   * Who someone is, asked with the question word left in place after the verb « be », as speech puts it
   * (« il est qui ? », « et lui, il est qui ? », "and she is who?"), folded, the question mark taken off.
   */
  whoInPlace: RegExp;
}

const FR: AskedSlotWords = {
  asking: set("qui quoi quel quelle quels quelles ou pourquoi comment combien"),
  timeClause: set("quand lorsque lorsqu"),
  subjects: set("je j tu il elle on nous vous ils elles le la l les un une des ce cet cette ces son sa ses leur leurs mon ma mes"),
  coordinators: set("et ni"),
  adverbs: ["quand meme", "quand bien"],
  whoInPlace: /^(?:et |alors |mais )?(?:(?:lui|elle|eux|elles),? )?(?:il|elle|ils|elles) (?:est|etait|sont|etaient) qui(?: (?:lui|elle|eux|elles|ca))?$/,
};

const EN: AskedSlotWords = {
  asking: set("who whom whose what which where why how"),
  timeClause: set("when"),
  subjects: set("i you he she it we they the a an this that these those his her its their my our"),
  coordinators: set("and or nor"),
  adverbs: [],
  whoInPlace: /\b(?:is|was) who$/,
};

export const ASKED_SLOT_WORDS: readonly AskedSlotWords[] = [FR, EN];
