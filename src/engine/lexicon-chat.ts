import type { Lang } from "./reply.js";
import { EN_CALENDAR, FR_CALENDAR } from "../story/lang/calendar.js";

/*
 * How readers type in a chat, per language: SMS spellings, dropped apostrophes and common slips
 * of the question words (« koi », « kan », « pq », « cest »; "wat", "hw", "whats", "didnt"), and
 * courtesy words that ask nothing (« stp », "pls"). Informal nouns (« ppl », « matos ») are registers.ts's. chat.ts reads a question through the table of
 * the language it is written in, so each table holds its own language's chat forms only, keyed
 * in lower case as typed; the value is the word as the language writes it.
 */
export type WhKind = "why" | "how" | "when" | "where" | "who";

export interface ChatWords {
  /** A chat spelling → the standard form (one word or several). */
  spellings: ReadonlyMap<string, string>;
  /** Courtesy words and phrases that ask nothing, taken out of a question wherever they stand (with the punctuation after them). */
  courtesy: RegExp;
  /** Chat words a reader may type in capitals that name nothing (« MDR », "LOL"), folded. */
  interjections: readonly string[];
  /** Elided words a reader may type with a space for the apostrophe (« c est », « qu est-ce », « l armée »). */
  elided: RegExp | null;
  /** Words a follow-up opens with (« et », "and"), folded. */
  links: readonly string[];
  /** A question word alone and the kind it asks (« pourquoi », « depuis quand »), folded; a reader may put it as a cleft (cleft). */
  bareAsks: Readonly<Record<string, WhKind>>;
  bareTails: readonly string[];
  cleft: readonly string[];
  /** How the language asks each kind, to complete a follow-up in the previous question's words. */
  asks: Readonly<Record<WhKind, string>>;
  /** What opens a question and says its kind, as typed (taken off a previous question to keep its subject). */
  askingOpeners: readonly string[];
  /** What opens a count, and the words to open one with. */
  countOpeners: readonly string[];
  countWords: string;
  /** Prepositions that open a circumstance of place or time (« en Biélorussie », "in Belarus"). */
  circumstance: readonly string[];
  /** Articles before a noun, and elided ones (« l' »). */
  determiners: readonly string[];
  /** Possessives before a noun (« son adversaire », "their rivals"), folded: a follow-up's noun of someone in focus. */
  possessives: readonly string[];
  /** Relative pronouns opening a clause that describes a noun (« the nurse who reported her »), folded. */
  relatives: readonly string[];
  /**
   * Words of scope that stand for a place or a time alone (« au total », "worldwide", « auparavant »), folded,
   * each with the preposition it stands for ("" for a whole scope: « au total » replaces « en Suède »), or
   * the preposition of time it means with the previous question's own time (« auparavant » + « en 2018 » → « avant 2018 »).
   */
  scopes: Readonly<Record<string, string>>;
  /** Prepositions that tie a noun to the thing asked about (« le prix de l'acier », "the tariff on steel"), folded. */
  ofWords: readonly string[];
  /**
   * Asking what the story is about (the gist), folded: nouns a reader calls the story or its affair by
   * (« l'histoire », « l'affaire », "the row", "this trial"), and the frames that ask what such a noun is
   * about, with « N » where the noun stands (« c'est quoi N », "what is N about").
   */
  gist: { nouns: readonly string[]; frames: readonly string[]; pointers: readonly string[]; tails: readonly string[]; openers: readonly string[] };
  /** What alone asks for more of the story (« et sinon », "what else"), folded, without punctuation. */
  more: readonly string[];
  /** What opens a source (« selon », "according to"), folded: « et selon X ? » asks the last question by X's account. */
  sources: readonly string[];
  /** Pronouns after a preposition (« selon lui », "according to her"), folded: the source is the one in focus. */
  objectPronouns: readonly string[];
  /** A side asked of the same question (« côté israélien », "on the Russian side"), folded: what stands before and after the side's word. */
  sides: { before: readonly string[]; after: readonly string[] };
  /**
   * A noun phrase a subject pronoun takes up in the same question (« la gardienne, elle habite où ? », « elle a répondu
   * quoi, la principale ? »), folded: the subject pronouns and whether each is plural, the words that open such a phrase as
   * singular or plural ones (an article, a possessive; a word in both agrees with either; no demonstrative: « ce préfet »
   * points back to the conversation as the pronoun does), and
   * nouns of time that stand before a subject without being one (« le lendemain, il … »).
   */
  resumption: {
    pronouns: Readonly<Record<string, boolean>>;
    singular: readonly string[];
    plural: readonly string[];
    timeNouns: readonly string[];
    /** Question words that ask with a noun after them (« quel âge »), and those that take it after « de » (« combien de temps »). */
    withNoun: readonly string[];
    withOfNoun: readonly string[];
  };
}

const map = (pairs: string): ReadonlyMap<string, string> =>
  new Map(
    pairs
      .trim()
      .split(/\s*;\s*/)
      .filter(Boolean)
      .flatMap((entry) => {
        const [forms, standard] = entry.split("=").map((s) => s.trim());
        return (forms ?? "").split(/\s+/).map((f) => [f, standard ?? ""] as const);
      }),
  );

const FR: ChatWords = {
  spellings: map(`
    c cé = c'est ; cest = c'est ; cetait cétait = c'était ; sest = s'est ; quest = qu'est ; qua = qu'a ; quil = qu'il ; quils = qu'ils ;
    jai = j'ai ; ya = il y a ; aujourdhui = aujourd'hui ; daccord = d'accord ;
    koi kwa koa quoa quoua = quoi ; ki = qui ; kan kand qd qand quan = quand ;
    pq pk pkoi pourkoi pourquoa pourqoui pouquoi porquoi pkq = pourquoi ;
    cmb cb cbn combein cmbien combiens = combien ; cmt cmnt koman komen commen = comment ;
    kel = quel ; kelle = quelle ; kels = quels ; kelles = quelles ;
    ds = dans ; pr = pour ; avc ac = avec ; tt = tout ; bcp = beaucoup ; dc = donc ; qqn = quelqu'un ; qqch = quelque chose ;
    slt bjr = salut ; mrc mci = merci ; bsr = bonsoir
  `),
  courtesy: /(?<![\p{L}'’])(?:stp|svp|s['’]?il (?:te|vous) pla[iî]t)(?![\p{L}])[\s,!.]*/iu,
  interjections: ["svp", "stp", "mdr", "ok"],
  // « c » elides only before a form of « être » or « en » (« c est », « c etait »); « c avec qui » is « c'est avec qui »
  elided: /(?<![\p{L}'’])(d|j|l|m|n|s|qu|c(?= (?:est|était|etait|étaient|etaient|en)(?![\p{L}]))) (?=[aeiouyhéèêàâîô])/giu,
  links: ["et", "alors", "mais", "donc", "ok"],
  bareAsks: { pourquoi: "why", comment: "how", quand: "when", "a quel moment": "when", "depuis quand": "when", "jusqu'a quand": "when", ou: "where", qui: "who" },
  bareTails: ["ca", "exactement", "deja", "donc", "alors", "maintenant"],
  cleft: ["c'etait", "c'est"],
  asks: { why: "pourquoi", how: "comment", when: "quand", where: "où", who: "qui" },
  askingOpeners: ["qui", "que", "quoi", "quand", "où", "ou", "pourquoi", "combien de", "combien d'", "combien", "comment", "quel", "quelle", "quels", "quelles", "qu'est-ce que", "qu'est-ce qu'", "est-ce que", "est-ce qu'"],
  countOpeners: ["combien de", "combien d'", "combien d’", "combien"],
  countWords: "combien de",
  circumstance: ["en", "à", "a", "au", "aux", "dans", "chez", "pour", "depuis", "pendant", "avant", "après", "apres", "parmi"],
  determiners: ["les", "le", "la", "des", "du", "de", "un", "une", "l'", "l’", "d'", "d’"],
  possessives: ["son", "sa", "ses", "leur", "leurs"],
  relatives: ["qui", "que", "qu'", "dont"],
  scopes: {
    "au total": "", "en tout": "", "dans le monde": "", "au niveau mondial": "", "dans le monde entier": "", "a l'etranger": "", ailleurs: "",
    "au niveau national": "", partout: "",
    auparavant: "avant", "avant ca": "avant", "avant cela": "avant", precedemment: "avant", "apres ca": "après", "apres cela": "après", ensuite: "après", depuis: "depuis",
  },
  ofWords: ["de", "du", "des", "d'", "sur", "pour"],
  gist: {
    nouns: [
      "histoire", "affaire", "article", "depeche", "info", "information", "nouvelle", "actu", "actualite", "sujet", "papier", "dossier",
      "polemique", "controverse", "scandale", "proces", "dispute", "querelle", "bras de fer", "brouille", "crise", "conflit", "saga", "feuilleton", "bataille",
    ],
    frames: ["c'est quoi N", "c quoi N", "quelle est N", "qu'est-ce que N", "de quoi parle N", "de quoi traite N", "N parle de quoi", "N c'est quoi", "N porte sur quoi", "sur quoi porte N", "N, c'est quoi", "N en bref"],
    openers: ["yo", "bon", "alors", "du coup", "bref", "dis", "dis-moi", "dites-moi"],
    tails: ["en bref", "en gros", "en deux mots", "en resume", "exactement", "ici", "au juste", "en fait"],
    pointers: ["l'", "la", "le", "cette", "cet", "ce", "ton", "ta", "votre", "cette histoire d'", "toute cette", "tout ce", "toute l'", "tout l'"],
  },
  more: [
    "sinon", "quoi d'autre", "autre chose", "quoi encore", "encore", "c'est tout", "et apres", "la suite", "dis m'en plus", "dis-m'en plus",
    "plus de details", "d'autres infos", "d'autres informations", "autre info", "rien d'autre", "a part ca", "quoi de plus", "on sait quoi d'autre",
  ],
  sources: ["selon", "d'apres", "d’apres", "de source"],
  objectPronouns: ["lui", "eux"],
  sides: { before: ["du cote des", "du cote du", "du cote de", "du cote", "cote", "chez les", "parmi les"], after: [] },
  resumption: {
    pronouns: { il: false, elle: false, ils: true, elles: true },
    singular: ["le", "la", "l'", "un", "une", "son", "sa", "leur", "mon", "ma", "ton", "ta", "notre", "votre"],
    plural: ["les", "des", "ses", "leurs", "mes", "tes", "nos", "vos"],
    timeNouns: ["lendemain", "veille", "jour", "matin", "soir", "midi", "semaine", "mois", "an", "annee", "week-end", "nuit", ...FR_CALENDAR.weekdays, "moment", "fois"],
    withNoun: ["quel", "quelle", "quels", "quelles"],
    withOfNoun: ["combien"],
  },
};

const EN: ChatWords = {
  spellings: map(`
    wat wut wot wht waht whta = what ; whats wats wuts = what's ; whos = who's ; wheres = where's ; hows = how's ; whens = when's ;
    hw = how ; wen whn whne = when ; wer wher whre wehre = where ; y = why ; wich whcih = which ;
    u = you ; r = are ; ur = your ; im = I'm ;
    didnt = didn't ; doesnt = doesn't ; dont = don't ; isnt = isn't ; wasnt = wasn't ; werent = weren't ; arent = aren't ;
    cant = can't ; wont = won't ; hasnt = hasn't ; havent = haven't ; hadnt = hadn't ; wouldnt = wouldn't ; couldnt = couldn't ;
    abt = about ; bc bcuz cuz coz = because ; b4 = before ; tmrw = tomorrow ; yday = yesterday ;
    howmany = how many ; howmuch = how much ; thx tnx = thanks
  `),
  courtesy: /(?<![\p{L}'’])(?:please|pls|plz|plse)(?![\p{L}])[\s,!.]*/iu,
  interjections: ["ok", "pls", "plz", "tldr", "lol", "btw", "fyi", "asap", "omg", "wtf"],
  elided: null,
  links: ["and", "so", "but", "then", "ok", "okay"],
  bareAsks: { why: "why", "how come": "why", how: "how", when: "when", "since when": "when", "until when": "when", where: "where", who: "who" },
  bareTails: ["then", "exactly", "again", "so", "now"],
  cleft: [],
  asks: { why: "why", how: "how", when: "when", where: "where", who: "who" },
  askingOpeners: ["who", "what", "when", "where", "why", "how many", "how much", "how", "which"],
  countOpeners: ["how many", "how much"],
  countWords: "how many",
  circumstance: ["in", "at", "on", "for", "from", "during", "since", "before", "after", "among", "over", "throughout"],
  determiners: ["the", "a", "an"],
  possessives: ["his", "her", "its", "their"],
  relatives: ["who", "whom", "that", "which"],
  scopes: {
    globally: "", worldwide: "", overall: "", "in total": "", "in all": "", nationwide: "", nationally: "", abroad: "", elsewhere: "", "across the world": "",
    "around the world": "", earlier: "before", previously: "before", "before that": "before", "after that": "after", later: "after", afterwards: "after",
  },
  ofWords: ["of", "on", "for", "about"],
  gist: {
    nouns: [
      "article", "story", "piece", "news", "report", "dispatch", "row", "trial", "case", "affair", "dispute", "controversy", "scandal", "fuss", "fight", "spat",
      "feud", "standoff", "saga", "drama", "crisis", "conflict", "battle", "uproar", "outcry", "furore", "furor", "whole thing",
    ],
    frames: ["what is N about", "what's N about", "whats N about", "what was N about", "what's N all about", "what is N all about", "what N is about", "what N's about", "what is N", "whats N", "what's N", "N is about what", "N about what", "gist of N"],
    openers: ["yo", "hey", "ok", "okay", "so", "well", "um", "umm", "tell me", "quick question"],
    tails: ["in short", "in a nutshell", "briefly", "exactly", "here", "again", "then", "in brief"],
    pointers: ["this", "the", "that", "this whole", "the whole", "all this"],
  },
  more: [
    "what else", "anything else", "what more", "anything more", "tell me more", "more", "go on", "then what", "is that all", "is there more",
    "is there anything else", "something else", "any other news", "other facts", "besides that", "apart from that", "what else is there", "what else do we know",
  ],
  sources: ["according to", "by the count of", "in the words of"],
  objectPronouns: ["him", "her", "them"],
  sides: { before: ["on the", "for the", "among the", "from the"], after: ["side", "sides", "camp"] },
  resumption: {
    pronouns: { he: false, she: false, they: true },
    singular: ["the", "a", "an", "his", "her", "its", "their", "my", "your", "our"],
    plural: ["the", "his", "her", "its", "their", "my", "your", "our"],
    timeNouns: ["day", "morning", "evening", "night", "time", "week", "weekend", "month", "year", ...EN_CALENDAR.weekdays],
    withNoun: ["which", "what"],
    withOfNoun: [],
  },
};

export function chatWords(lang: Lang): ChatWords {
  return lang === "fr" ? FR : EN;
}
