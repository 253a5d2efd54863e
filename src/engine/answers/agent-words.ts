import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { NAME_WORDS } from "../../story/lang/names.js";
import { speechLexicon } from "../../story/lang/index.js";
import { wordSet } from "../word-set.js";

/*
 * The little words the doer readers need per language (answers/agent.ts, answers/doer-phrase.ts): how a who-question
 * asks, what a verb phrase opens with, the phrases of time and the titles a noun phrase may hold.
 */

/** The words of asking and the little words a verb phrase opens with, per language (folded). */
export interface AgentWords {
  /** The question word, with what may come before it (« and », « c'est »). */
  who: RegExp;
  /** Auxiliaries, modals and adverbs between the question word and its verb. */
  aux: ReadonlySet<string>;
  /** After the question word, these open a question about who someone is or whom an act was done to, not who did it. */
  notAct: RegExp;
  /** Verbs of saying: « who said … » is read by the speech answers. */
  saying: ReadonlySet<string>;
  /** Verbs of saying whose hearer stands right after them, before the clause they report ("told reporters a firm was …"). */
  toldHearer: ReadonlySet<string>;
  /** Words that stand between a subject and its verb (auxiliaries, adverbs, a negation). */
  between: ReadonlySet<string>;
  /** Adverbial phrases that may stand between a subject and its verb, at the end of the text before the verb. */
  adverbials: RegExp;
  /** Passive agent: the preposition after a participle. */
  by: RegExp;
  /** Before a verb, these put its subject after it (« comme l'a annoncé X », « ce qu'a dit X »). */
  inverted: RegExp;
  /** Before a verb (lower-cased, accents kept), these make it an infinitive (« pour », « à », "to"). */
  infinitive: RegExp;
  /** Before a verb, these open an incise whose subject follows the verb (« …, a annoncé X. »). */
  incise: RegExp;
  /** Pronouns: a subject that is one names no one by itself. */
  pronouns: ReadonlySet<string>;
  /** Plural subject pronouns (« ils », "they"): opening a sentence, they continue the subject of the one before. */
  pluralPronouns: ReadonlySet<string>;
  /** A verb's simple past, which a subject stands right before ("farmers blocked"): the story lexicon's, null where an auxiliary marks the past (« ont bloqué »). */
  pastForm: RegExp | null;
  /** Words that end a noun phrase read forward (prepositions of time and place, conjunctions, relatives). */
  stop: ReadonlySet<string>;
  /** The same, for words whose accent alone tells them from a link inside a noun phrase (« dès », not « des »): lower-cased, accents kept. */
  stopAccented: ReadonlySet<string>;
  /** Words for the story itself as the object of a question (« l'affaire », "the scandal"): they hold no word of the event. */
  storyNouns: ReadonlySet<string>;
  /** Days, months and the words that open a date (« début mars »): a noun phrase read forward ends before them. */
  timeWords: ReadonlySet<string>;
  /**
   * Prepositions that open a complement inside a noun phrase (« un voisin du gardien du phare », "the owner of the
   * bakery by the river"): a subject read back from its verb that ends in one is the complement, its head stands before it.
   */
  prepositions: ReadonlySet<string>;
  /** Links inside one noun phrase (« de », "of") and between coordinated subjects (« et », "and"). */
  ofWords: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  /** The joiner that adds one doer to another (« et », "and"), not one that offers a choice. */
  and: string;
  /** Relative pronouns whose antecedent is the subject (« X, qui a révélé … »). */
  relatives: ReadonlySet<string>;
  /** Determiners: a word right after one is a noun (« un remplaçant »), not the verb asked. */
  determiners: ReadonlySet<string>;
  /** After an act's noun, the participle and preposition that bring its doer (« commise par », "carried out by"), on folded text. */
  nounAgent: RegExp;
  /** Words a doer never opens with: prepositions, reporting words (« selon », "according"). */
  notDoer: ReadonlySet<string>;
  /** Nouns of institutions and groups that may do an act without a name (« le gouvernement », "the police"). */
  bodies: ReadonlySet<string>;
  /**
   * Nouns of people that may do an act without a name (« les pompiers », "two men"): the story's role nouns (a role is
   * someone), and the plain nouns for a person, singular.
   */
  people: ReadonlySet<string>;
  /** Plural endings stripped to find a noun of `people` (« pompiers », "firefighters"), and irregular plurals (men → man). */
  plural: { ending: RegExp; irregular: ReadonlyMap<string, string> };
  /** Titles written short with a point (« Gen. », "Sen."), folded with it: the point ends no phrase. */
  abbreviations: ReadonlySet<string>;
  /** The words of a cleft before its noun phrase (« c'est », "it was"), folded: read back from a relative, the phrase starts after them. */
  cleft: RegExp;
  /** Words that make a phrase of time by themselves (days, months, « hier », "week"), folded. */
  timeAnchors: ReadonlySet<string>;
  /** Words that open a phrase of time before its anchor (« en », « la », "on", "last"), folded. */
  timeLeads: ReadonlySet<string>;
  /** Words that close a phrase of time after its anchor (« dernier », « matin », "morning"), folded. */
  timeTails: ReadonlySet<string>;
  /**
   * A progressive: the auxiliary before a verb's continuous form (« was providing ») stands between the verb and its
   * subject, the doer. Absent in a language that has no such form.
   */
  progressive?: { aux: RegExp; form: RegExp };
  /** A day of the month as written before or after its month (« 1er », "3rd", "12"), folded. */
  dayNumber: RegExp;
  /** Finite forms of « être », "be" and "have": a noun phrase read forward ends before them (« par le conseil X sera revu »). */
  finite: ReadonlySet<string>;
}

const timeWords = (cal: typeof EN_CALENDAR, more: string): ReadonlySet<string> =>
  new Set([...cal.weekdays, ...cal.months, ...more.split(" ")].map(fold));

const abbreviations = (lang: Lang): ReadonlySet<string> =>
  new Set([...NAME_WORDS[lang].titles.map(([t]) => t), ...NAME_WORDS[lang].titleHeads].filter((t) => t.endsWith(".")));

export const WORDS: Record<Lang, AgentWords> = {
  en: {
    who: /^(?:(?:and|so|but|then|ok|okay)\s+)?(?:who|whoever)\s+/,
    aux: wordSet("has have had will would did does do can could might may should must shall also first actually really originally initially then just already ever still"),
    notAct: /^(?:is|are|was|were|'s|s|being|been|did|does|do)\s+(?!(?:also|first|actually|really|originally|initially|then|just|already|ever|still)\b)(?:the|a|an|this|that|these|those|he|she|it|they|we|you|i|his|her|its|their|my|our|your|\p{Lu}|\w+(?:ed|en)\b)|^(?:is|are|was|were|'s)\s*$|^(?:whom)\b/u,
    saying: wordSet("say says said saying tell tells told speak speaks spoke talk talks talked quote quoted quotes state states stated"),
    toldHearer: wordSet("tell tells told"),
    between: wordSet("has have had will would could can may might should must shall also already first then later again just still recently reportedly not never now jointly both all each itself himself herself themselves originally initially even"),
    adverbials: new RegExp(String.raw`[\s,]+(?:for (?:its|his|her|their) part|in turn|in (?:a|its) statement|on (?:${EN_CALENDAR.weekdays.map(fold).join("|")})|last (?:week|month|year)|meanwhile|however|previously|earlier|also)[\s,]*$`),
    by: /^(?:[\s"“”'’]*)by\s+/,
    inverted: /$^/,
    incise: /[,"”]\s*$/,
    infinitive: /\b(?:to|in order to)\s+$/,
    pronouns: wordSet("he she it they we i you this that which who these those one"),
    pluralPronouns: wordSet("they"),
    pastForm: speechLexicon("en").simplePast,
    stop: wordSet("in on at after before during since until when while where who whom which that whose and or but because as to for with from into over under about against between through of by"),
    stopAccented: wordSet(""),
    storyNouns: wordSet("affair story scandal news case it this that thing things"),
    timeWords: timeWords(EN_CALENDAR, "yesterday today tomorrow last next this early late earlier later"),
    prepositions: wordSet("in on at to for with from into over under about against between through by"),
    ofWords: wordSet("of"),
    joiners: wordSet("and or"),
    and: "and",
    relatives: wordSet("who which that"),
    determiners: wordSet("a an the his her its their this that these those my our your"),
    nounAgent: /^\s*(?:(?:was|were|is|are|has been|had been)\s+)?(?:carried out|committed|led|conducted|launched|made|perpetrated|staged|claimed|ordered|done|mounted)\s+(?:\S+\s+)?by\s+/,
    notDoer: wordSet("according said says told added to in on at by for from with as of about after before during since until while which that who whom whose where when if but and or so then there here also just not"),
    bodies: wordSet("government governments police army military company companies firm firms group groups state authorities officials ministry council court committee agency board parliament congress administration executives business businesses delegation forces troops team union unions party"),
    people: new Set([...NAME_WORDS.en.roleNouns, ...wordSet("man woman person individual suspect gunman attacker assailant youth teenager passer-by bystander stranger motorist pedestrian neighbour neighbor villager crew rescuer protester demonstrator")]),
    abbreviations: abbreviations("en"),
    plural: { ending: /s$/, irregular: new Map([["men", "man"], ["women", "woman"], ["people", "person"], ["gunmen", "gunman"], ["youths", "youth"], ["passers-by", "passer-by"], ["firemen", "fireman"], ["policemen", "policeman"], ["fishermen", "fisherman"]]) },
    cleft: /^(?:it's|is|was|were|are)$/,
    timeAnchors: timeWords(EN_CALENDAR, "yesterday today tomorrow week month year weekend"),
    timeLeads: wordSet("on in at last next this early late"),
    timeTails: wordSet("morning afternoon evening night"),
    progressive: { aux: /^(?:is|are|was|were|be|been)$/, form: /^\p{L}+ing\b/u },
    dayNumber: /^\d{1,2}(?:st|nd|rd|th)?$/,
    finite: wordSet("is are was were has have had"),
  },
  fr: {
    who: /^(?:(?:et|alors|mais|donc|ok|bon)\s+)?(?:c'est\s+|c\s+)?(?:qui)\s+(?:est-ce\s+qui\s+|qui\s+)?/,
    aux: wordSet("a ont avait avaient aura auront aurait auraient va vont allait doit doivent devait devrait peut peuvent pourrait s se n ne encore deja aussi d'abord egalement vraiment reellement en premier l la les lui leur y"),
    notAct: /^(?:est|sont|etait|etaient|sera|c'est|c'etait|est-ce|ca|c)(?:\s|$)|^a\s+(?:ete|qui|quoi)\b|^(?:a|ont)-t-(?:il|elle|ils|elles|on)\b|^(?:il|elle|ils|elles|on)\b/,
    saying: wordSet("dit dire dis disent a dit declare declarent declaree affirme affirment parle parlent cite citee cites raconte explique indique precise"),
    // « a dit aux journalistes qu'une entreprise … »: the hearer is set off by « à » and the clause by « que »
    toldHearer: wordSet(""),
    between: wordSet("a ont avait avaient aura auront aurait auraient va vont allait doit doivent devait devrait peut peuvent pourrait s se ne n pas jamais plus egalement aussi deja encore alors ensuite lui leur y en l la les meme lui-meme elle-meme eux-memes conjointement notamment"),
    adverbials: /[\s,]+(?:par ailleurs|pour sa part|pour leur part|de son cote|de leur cote|quant a (?:lui|elle|eux)|lui aussi|elle aussi|eux aussi|en outre|de plus|toutefois|cependant|pourtant|quant a lui|a son tour|deja|aussi|egalement)[\s,]*$/,
    by: /^(?:[\s"“”«»'’]*)par\s+/,
    inverted: /(?:\bqu['’]|\bque\s+|\bcomme\s+|\bainsi\s+que\s+|\bselon\s+ce\s+qu['’])\s*(?:(?:l['’]|le\s+|les\s+|lui\s+)?(?:a|ont|avait|avaient|l['’]a|l['’]avait)\s+)?(?:(?:egalement|aussi|deja|encore|bien)\s+)?$/,
    incise: /[,«»"”]\s*(?:(?:a|ont|avait|avaient)\s+)?$/,
    // read on the text as written: « à » marks an infinitive, the auxiliary « a » does not
    infinitive: /(?:^|[\s'])(?:pour|afin de|de|d'|à|sans|avant de)\s*(?:(?:le|la|les|l'|lui|leur|se|s')\s*)?$/u,
    pronouns: wordSet("il elle ils elles on celui celle ceux celles celui-ci celle-ci ce dernier cette derniere ceux-ci qui lequel laquelle cela ceci ca"),
    pluralPronouns: wordSet("ils elles"),
    pastForm: speechLexicon("fr").simplePast,
    stop: wordSet("a au aux en dans sur sous apres avant pendant depuis jusqu lors quand lorsque alors que qui dont ou et mais car pour avec contre entre vers chez par de du des comme"),
    stopAccented: wordSet("dès"),
    storyNouns: wordSet("affaire histoire scandale nouvelle info infos information ca cela chose"),
    timeWords: timeWords(FR_CALENDAR, "debut fin mi hier aujourd'hui demain lors cette ce cet"),
    prepositions: wordSet("a au aux en dans sur sous pour avec contre entre vers chez par"),
    ofWords: wordSet("de du des"),
    joiners: wordSet("et ou"),
    and: "et",
    relatives: wordSet("qui"),
    determiners: wordSet("le la les l un une des du son sa ses leur leurs ce cet cette ces notre votre"),
    nounAgent: /^\s*(?:(?:a|ont|avait|avaient)\s+ete\s+)?(?:commise?s?|menee?s?|perpetree?s?|conduite?s?|lancee?s?|revendiquee?s?|ordonnee?s?|orchestree?s?|faite?s?|realisee?s?|signee?s?)\s+(?:\S+\s+)?par\s+/,
    notDoer: wordSet("selon a au aux en dans sur par pour avec de du des d sous apres avant pendant depuis lors quand que qui dont ou et mais car donc puis alors ainsi aussi meme ne pas y"),
    bodies: wordSet("gouvernement gouvernements police armee armees militaires entreprise entreprises societe societes groupe groupes etat autorites responsables ministere conseil tribunal cour comite agence parlement administration dirigeants delegation forces troupes equipe syndicat syndicats parti justice mairie prefecture parquet"),
    people: new Set([...NAME_WORDS.fr.roleNouns, ...wordSet("homme femme personne individu suspect assaillant agresseur inconnu passant automobiliste pieton villageois secouriste sauveteur manifestant equipage")]),
    plural: { ending: /[sx]$/, irregular: new Map() },
    abbreviations: abbreviations("fr"),
    cleft: /^(?:c'est|c'etait|c'etaient|ce|sont|etait|etaient|fut)$/,
    timeAnchors: timeWords(FR_CALENDAR, "hier aujourd'hui demain semaine mois annee week-end"),
    timeLeads: wordSet("en le la l' ce cet cette des debut fin mi"),
    timeTails: wordSet("dernier derniere prochain prochaine matin soir midi apres-midi nuit"),
    dayNumber: /^\d{1,2}(?:er)?$/,
    finite: wordSet("est sont etait etaient sera seront fut furent"),
  },
};
