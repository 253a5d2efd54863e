import type { Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import { coverage, questionTerms, rankEvidence, type Evidence } from "../evidence.js";
import type { Entity, StoryIndex } from "../index.js";
import { entitiesIn } from "../mentions.js";
import type { Term } from "../query.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { describedIn, roleIn } from "../labels.js";
import { wordsOf, type Word } from "./anchor.js";
import { insideQuote } from "./times.js";
import { isNumberTok } from "./tokens.js";
import { isTitleWord, roleOf } from "./roles.js";
import { partners } from "./partner.js";
import { head } from "./head.js";
import { patient } from "./patient.js";
import { whom } from "./whom.js";
import { figureSource, isFigureNoun } from "./figure-source.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { NAME_WORDS } from "../../story/lang/names.js";
import { speechLexicon } from "../../story/lang/index.js";
import { actFamily, type ActFamily } from "../lexicon-acts.js";

/*
 * « Who makes the engines? », « qui a demandé l'appel ? »: the question asks who did an act. The
 * answer is the subject of that verb in the sentence that tells the act (or the agent of its
 * passive, « révélée par X », "was paid by X"; or the subject French puts after the verb,
 * « comme l'a annoncé X », « c'est ce qu'a dit X »), not whoever the sentence also names.
 */

/** The words of asking and the little words a verb phrase opens with, per language (folded). */
interface AgentWords {
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

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
const timeWords = (cal: typeof EN_CALENDAR, more: string): ReadonlySet<string> =>
  new Set([...cal.weekdays, ...cal.months, ...more.split(" ")].map(fold));

const abbreviations = (lang: Lang): ReadonlySet<string> =>
  new Set([...NAME_WORDS[lang].titles.map(([t]) => t), ...NAME_WORDS[lang].titleHeads].filter((t) => t.endsWith(".")));

const WORDS: Record<Lang, AgentWords> = {
  en: {
    who: /^(?:(?:and|so|but|then|ok|okay)\s+)?(?:who|whoever)\s+/,
    aux: words("has have had will would did does do can could might may should must shall also first actually really originally initially then just already ever still"),
    notAct: /^(?:is|are|was|were|'s|s|being|been|did|does|do)\s+(?!(?:also|first|actually|really|originally|initially|then|just|already|ever|still)\b)(?:the|a|an|this|that|these|those|he|she|it|they|we|you|i|his|her|its|their|my|our|your|\p{Lu}|\w+(?:ed|en)\b)|^(?:is|are|was|were|'s)\s*$|^(?:whom)\b/u,
    saying: words("say says said saying tell tells told speak speaks spoke talk talks talked quote quoted quotes state states stated"),
    toldHearer: words("tell tells told"),
    between: words("has have had will would could can may might should must shall also already first then later again just still recently reportedly not never now jointly both all each itself himself herself themselves originally initially even"),
    adverbials: new RegExp(String.raw`[\s,]+(?:for (?:its|his|her|their) part|in turn|in (?:a|its) statement|on (?:${EN_CALENDAR.weekdays.map(fold).join("|")})|last (?:week|month|year)|meanwhile|however|previously|earlier|also)[\s,]*$`),
    by: /^(?:[\s"“”'’]*)by\s+/,
    inverted: /$^/,
    incise: /[,"”]\s*$/,
    infinitive: /\b(?:to|in order to)\s+$/,
    pronouns: words("he she it they we i you this that which who these those one"),
    pluralPronouns: words("they"),
    pastForm: speechLexicon("en").simplePast,
    stop: words("in on at after before during since until when while where who whom which that whose and or but because as to for with from into over under about against between through of by"),
    stopAccented: words(""),
    storyNouns: words("affair story scandal news case it this that thing things"),
    timeWords: timeWords(EN_CALENDAR, "yesterday today tomorrow last next this early late earlier later"),
    prepositions: words("in on at to for with from into over under about against between through by"),
    ofWords: words("of"),
    joiners: words("and or"),
    and: "and",
    relatives: words("who which that"),
    determiners: words("a an the his her its their this that these those my our your"),
    nounAgent: /^\s*(?:(?:was|were|is|are|has been|had been)\s+)?(?:carried out|committed|led|conducted|launched|made|perpetrated|staged|claimed|ordered|done|mounted)\s+(?:\S+\s+)?by\s+/,
    notDoer: words("according said says told added to in on at by for from with as of about after before during since until while which that who whom whose where when if but and or so then there here also just not"),
    bodies: words("government governments police army military company companies firm firms group groups state authorities officials ministry council court committee agency board parliament congress administration executives business businesses delegation forces troops team union unions party"),
    people: new Set([...NAME_WORDS.en.roleNouns, ...words("man woman person individual suspect gunman attacker assailant youth teenager passer-by bystander stranger motorist pedestrian neighbour neighbor villager crew rescuer protester demonstrator")]),
    abbreviations: abbreviations("en"),
    plural: { ending: /s$/, irregular: new Map([["men", "man"], ["women", "woman"], ["people", "person"], ["gunmen", "gunman"], ["youths", "youth"], ["passers-by", "passer-by"], ["firemen", "fireman"], ["policemen", "policeman"], ["fishermen", "fisherman"]]) },
    cleft: /^(?:it's|is|was|were|are)$/,
    timeAnchors: timeWords(EN_CALENDAR, "yesterday today tomorrow week month year weekend"),
    timeLeads: words("on in at last next this early late"),
    timeTails: words("morning afternoon evening night"),
    progressive: { aux: /^(?:is|are|was|were|be|been)$/, form: /^\p{L}+ing\b/u },
    dayNumber: /^\d{1,2}(?:st|nd|rd|th)?$/,
    finite: words("is are was were has have had"),
  },
  fr: {
    who: /^(?:(?:et|alors|mais|donc|ok|bon)\s+)?(?:c'est\s+|c\s+)?(?:qui)\s+(?:est-ce\s+qui\s+|qui\s+)?/,
    aux: words("a ont avait avaient aura auront aurait auraient va vont allait doit doivent devait devrait peut peuvent pourrait s se n ne encore deja aussi d'abord egalement vraiment reellement en premier l la les lui leur y"),
    notAct: /^(?:est|sont|etait|etaient|sera|c'est|c'etait|est-ce|ca|c)(?:\s|$)|^a\s+(?:ete|qui|quoi)\b|^(?:a|ont)-t-(?:il|elle|ils|elles|on)\b|^(?:il|elle|ils|elles|on)\b/,
    saying: words("dit dire dis disent a dit declare declarent declaree affirme affirment parle parlent cite citee cites raconte explique indique precise"),
    // « a dit aux journalistes qu'une entreprise … »: the hearer is set off by « à » and the clause by « que »
    toldHearer: words(""),
    between: words("a ont avait avaient aura auront aurait auraient va vont allait doit doivent devait devrait peut peuvent pourrait s se ne n pas jamais plus egalement aussi deja encore alors ensuite lui leur y en l la les meme lui-meme elle-meme eux-memes conjointement notamment"),
    adverbials: /[\s,]+(?:par ailleurs|pour sa part|pour leur part|de son cote|de leur cote|quant a (?:lui|elle|eux)|lui aussi|elle aussi|eux aussi|en outre|de plus|toutefois|cependant|pourtant|quant a lui|a son tour|deja|aussi|egalement)[\s,]*$/,
    by: /^(?:[\s"“”«»'’]*)par\s+/,
    inverted: /(?:\bqu['’]|\bque\s+|\bcomme\s+|\bainsi\s+que\s+|\bselon\s+ce\s+qu['’])\s*(?:(?:l['’]|le\s+|les\s+|lui\s+)?(?:a|ont|avait|avaient|l['’]a|l['’]avait)\s+)?(?:(?:egalement|aussi|deja|encore|bien)\s+)?$/,
    incise: /[,«»"”]\s*(?:(?:a|ont|avait|avaient)\s+)?$/,
    // read on the text as written: « à » marks an infinitive, the auxiliary « a » does not
    infinitive: /(?:^|[\s'])(?:pour|afin de|de|d'|à|sans|avant de)\s*(?:(?:le|la|les|l'|lui|leur|se|s')\s*)?$/u,
    pronouns: words("il elle ils elles on celui celle ceux celles celui-ci celle-ci ce dernier cette derniere ceux-ci qui lequel laquelle cela ceci ca"),
    pluralPronouns: words("ils elles"),
    pastForm: speechLexicon("fr").simplePast,
    stop: words("a au aux en dans sur sous apres avant pendant depuis jusqu lors quand lorsque alors que qui dont ou et mais car pour avec contre entre vers chez par de du des comme"),
    stopAccented: words("dès"),
    storyNouns: words("affaire histoire scandale nouvelle info infos information ca cela chose"),
    timeWords: timeWords(FR_CALENDAR, "debut fin mi hier aujourd'hui demain lors cette ce cet"),
    prepositions: words("a au aux en dans sur sous pour avec contre entre vers chez par"),
    ofWords: words("de du des"),
    joiners: words("et ou"),
    and: "et",
    relatives: words("qui"),
    determiners: words("le la les l un une des du son sa ses leur leurs ce cet cette ces notre votre"),
    nounAgent: /^\s*(?:(?:a|ont|avait|avaient)\s+ete\s+)?(?:commise?s?|menee?s?|perpetree?s?|conduite?s?|lancee?s?|revendiquee?s?|ordonnee?s?|orchestree?s?|faite?s?|realisee?s?|signee?s?)\s+(?:\S+\s+)?par\s+/,
    notDoer: words("selon a au aux en dans sur par pour avec de du des d sous apres avant pendant depuis lors quand que qui dont ou et mais car donc puis alors ainsi aussi meme ne pas y"),
    bodies: words("gouvernement gouvernements police armee armees militaires entreprise entreprises societe societes groupe groupes etat autorites responsables ministere conseil tribunal cour comite agence parlement administration dirigeants delegation forces troupes equipe syndicat syndicats parti justice mairie prefecture parquet"),
    people: new Set([...NAME_WORDS.fr.roleNouns, ...words("homme femme personne individu suspect assaillant agresseur inconnu passant automobiliste pieton villageois secouriste sauveteur manifestant equipage")]),
    plural: { ending: /[sx]$/, irregular: new Map() },
    abbreviations: abbreviations("fr"),
    cleft: /^(?:c'est|c'etait|c'etaient|ce|sont|etait|etaient|fut)$/,
    timeAnchors: timeWords(FR_CALENDAR, "hier aujourd'hui demain semaine mois annee week-end"),
    timeLeads: words("en le la l' ce cet cette des debut fin mi"),
    timeTails: words("dernier derniere prochain prochaine matin soir midi apres-midi nuit"),
    dayNumber: /^\d{1,2}(?:er)?$/,
    finite: words("est sont etait etaient sera seront fut furent"),
  },
};

/** The question read as « who VERB rest »: the verb's folded word and the terms of its object; null when the question asks no act. */
interface Asked {
  verb: string;
  verbTerms: Term[];
  objectTerms: Term[];
  /** The object is only a word for the story itself (« l'affaire »): the verb alone says which act. */
  storyObject: boolean;
  /** Asked in a progressive (« who was driving »), which the intents read as asking who someone is. */
  progressive: boolean;
}

function askedAct(ctx: Ctx): Asked | null {
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  for (const lang of [ctx.query.lang, ctx.query.lang === "fr" ? "en" : "fr"] as Lang[]) {
    const w = WORDS[lang];
    const m = w.who.exec(f);
    if (!m) continue;
    const rest = f.slice(m[0].length);
    if (w.notAct.test(rest)) return null;
    const ws = rest.split(/[\s']+/).filter(Boolean);
    let k = 0;
    while (k < ws.length - 1 && w.aux.has(ws[k]!)) k++;
    // "who was driving the van?", "who is building it?": the auxiliary of a progressive asks the act of the verb after it
    const progressive = w.progressive?.aux.test(ws[k] ?? "") === true && w.progressive.form.test(ws[k + 1] ?? "");
    if (progressive) k++;
    const verb = ws[k];
    if (!verb || verb.length < 3 || w.saying.has(verb)) return null;
    // « qui Vasseur tient-elle pour … », "who did Hamas blame", « c qui X »: a name where the verb should be asks whom, or who someone is
    if (ctx.hits.some((h) => h.entity.nameWords.some((n) => fold(n) === verb) || fold(h.entity.name).split(/\s+/).includes(verb))) return null;
    if (/-(?:t-)?(?:il|elle|ils|elles|on)\b/.test(rest)) return null;
    // « who called whom »: the call answer reads both ends
    // « who asked for the call », « qui a demandé l'appel »: who took the initiative, which the call answer reads from « à l'initiative de »
    if (ctx.reading.intent === "call" && /^(?:call|phon|telephon|appel|contact|rang|ring|joint|ask|request|initiat|want|demand|voulu|sollicit)/.test(verb)) return null;
    // the verb from all the question's words (a verb of telling is no topic word, but « who announced X » asks who did)
    const terms = [...ctx.query.terms];
    const verbTerms = terms.filter((t) => t.word === verb || (verb.length >= 5 && t.word.length >= 5 && (t.word.startsWith(verb.slice(0, 5)) || verb.startsWith(t.word.slice(0, 5)))));
    if (!verbTerms.length) return null;
    // the verb's translation (« financed » → « financer ») reads a story in the other language
    for (const v of [...verbTerms]) for (const t of ctx.query.alternatives.get(v)?.translation ?? []) if (!verbTerms.includes(t)) verbTerms.push(t);
    const objectTerms = questionTerms(ctx).filter((t) => !verbTerms.includes(t));
    const storyObject = objectTerms.length > 0 && objectTerms.every((t) => WORDS.en.storyNouns.has(t.word) || WORDS.fr.storyNouns.has(t.word));
    return { verb, verbTerms, objectTerms: storyObject ? [] : objectTerms, storyObject, progressive };
  }
  return null;
}

/** Intents whose own answers read a who-question better: who someone is, who said, asked or warned (speech.ts), who speaks, whose figure. */
const OTHER_ANSWERS: ReadonlySet<string> = new Set(["who_is", "who_said", "people", "claimant", "count"]);

interface Found {
  sentence: number;
  /** The agent as the story writes it. */
  text: string;
  entity: Entity | null;
  score: number;
  also?: { text: string; entity: Entity | null }[];
}

/**
 * « who VERB … »: the one who did the act, from the sentence that tells it, in the reader's
 * language, with their role; null when no sentence tells that act with its object, or its doer is
 * a pronoun or a clause the rules do not read. `after`: asked once the intent's own answer found nothing.
 */
export function agent(ctx: Ctx, after = false): Draft | null {
  // « X a parlé avec qui ? », "who was X with?": X's partners, from the list after a word of company or a verb of meeting
  const company = partners(ctx);
  if (company) return company;
  // « qui préside la commission ? », "who chairs the panel?": the person the story ties as head to that body
  const chair = after ? null : head(ctx);
  if (chair) return chair;
  // « qui a été arrêté ? », "who was fired?": the one the act befell, not who did it or spoke of it
  const befell = after ? null : patient(ctx);
  if (befell) return befell;
  // « who did X thank? », « X soutient qui ? »: the one the act was done to, by the one the question names
  const done = after ? null : whom(ctx);
  if (done) return done;
  // « who paid for X », « qui finance X » is read as a sum by the intents, but asks who did the paying
  const payer = ctx.reading.intent === "count" && ctx.reading.measure === "money";
  // after the intent's own answer found nothing (« who criticised the deal » read as speech), the act is read all the same
  const asked = askedAct(ctx);
  // "who was driving the van?" opens as « who is X » does, but a progressive asks who did an act, not who someone is
  const progressive = asked?.progressive === true && ctx.reading.intent === "who_is";
  const other = progressive ? false : after ? ctx.reading.intent === "who_is" || ctx.reading.intent === "people" : OTHER_ANSWERS.has(ctx.reading.intent) && ctx.reading.source === "rule" && !payer;
  // « qui a demandé aux soldats de … ? », « qui a dénoncé X ? » read as speech: the verb asked is no verb of saying (askedAct
  // leaves those to the speech answers), and the sentence that writes it with its subject or its passive's agent says who did
  // it; whoever reports that sentence is only its source (« X "a demandé …", a déclaré Y » : X asked). A verb that itself
  // reports the words of its sentence (« X a dénoncé une « … » ») is left to the speech answers, which give the words too.
  if ((other && ctx.reading.intent !== "who_said") || ctx.query.fragment || !asked) return null;
  const { index, lang } = ctx;
  // (a question the rules read as speech: before, only a passive's agent was taken for it)
  const speechAsked = other && !after && ctx.reading.intent === "who_said";
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  const terms = [...asked.verbTerms, ...asked.objectTerms];
  // a verb of a family (« built » for "makes") is not among the terms ranked: more of the sentences that hold the object are read
  const family = actFamily(asked.verb, asked.storyObject);
  const found = rankEvidence(ctx, terms, family === null ? 8 : 16);
  // "who broke the news?": the object is only a word for the story itself, so no term finds a sentence, and the act is
  // written with another verb of its family ("first reported"); the sentences that write one are read
  const ranked = found.length || asked.objectTerms.length || family === null ? found : familyTold(ctx, family);
  let best: Found | null = null;
  for (const ev of ranked) {
    const text = index.story.sentences[ev.sentence]?.text ?? "";
    const ws = wordsOf(index, ev.sentence);
    // the object of the act, in this sentence or in the one before it that this one continues (« C'est ce qu'a annoncé X »)
    const prev = ev.sentence > 0 ? index.sentences[ev.sentence - 1]!.keys : null;
    const keys = index.sentences[ev.sentence]!.keys;
    // « these figures », "the numbers": a sentence that gives numbers holds them
    const figures = /\d/.test(text);
    const objectHere = coverage(ctx, keys, asked.objectTerms, (t) => figures && isFigureNoun(t.word)).share;
    const objectPrev = prev ? coverage(ctx, prev, asked.objectTerms).share : 0;
    const object = Math.max(objectHere, objectPrev);
    // the verb and a good part of its object (a word of it the lexicons do not bridge may be missing)
    const whole = coverage(ctx, keys, terms, (t) => figures && isFigureNoun(t.word)).share;
    // a verb of the question's family (« built » for "makes") stands for the verb the terms did not find
    const familyHere = family !== null && ws.some((x) => actFamily(fold(text.slice(x.at, x.end))) === family);
    if (asked.objectTerms.length && (object < 0.34 || (whole < 0.5 && !familyHere))) continue;
    for (let k = 0; k < ws.length; k++) {
      const v = ws[k]!;
      if (!sameVerb(ctx, text.slice(v.at, v.end), v.keys, asked) || (insideQuote(text, v.at) && !quoteOpensOn(text, v.at, w))) continue;
      // « l'agression commise par X », "the attack carried out by X": the act named by its noun, its doer after the participle's « par »
      if (!isVerbAt(text, v, asked.verb) || w.determiners.has(fold(text.slice(ws[k - 1]?.at ?? 0, ws[k - 1]?.end ?? 0)))) {
        const byAgent = w.nounAgent.exec(foldKeep(text.slice(v.end, v.end + 60)));
        const doer = byAgent ? withConjuncts(index, text, phraseAt(index, text, v.end + byAgent[0].length, w), w) : null;
        if (doer) {
          const score = ev.coverage + (doer.entity ? 0.1 : 0);
          if (!best || score > best.score) best = { sentence: ev.sentence, text: doer.text, entity: doer.entity, score, also: doer.also };
        }
        continue;
      }
      // « Moscou a dénoncé une « provocation » »: the verb that reports words is the speech answers' to read, with the words
      if (speechAsked && !w.by.test(text.slice(v.end)) && reportsWords(index, ev.sentence, text.slice(v.at, v.end))) continue;
      const doer = doerOf(index, ev.sentence, text, v.at, v.end, w);
      if (!doer) continue;
      const score = ev.coverage + (objectHere >= object ? 0.2 : 0) + (doer.entity ? 0.1 : 0);
      if (!best || score > best.score) best = { sentence: ev.sentence, text: doer.text, entity: doer.entity, score, also: doer.also };
    }
  }
  // « qui a donné ces chiffres sur X ? », "who produced the figures?": no sentence tells that act, the figures' source answers
  if (!best) return ctx.query.words.some(isFigureNoun) ? figureSource(ctx, asked.objectTerms) : null;
  // several sentences with a verb of that family tell several acts, and the question says nothing of which one it means
  if (ranked !== found && ranked.length > 1) return null;
  // the act with its object or its only telling: a verb met in several sentences with nothing of its object is no answer
  if (asked.storyObject && ranked.filter((ev) => wordsOf(index, ev.sentence).some((v) => { const t = index.story.sentences[ev.sentence]!.text; return isVerbAt(t, v, asked.verb) && sameVerb(ctx, t.slice(v.at, v.end), v.keys, asked); })).length > 1) return null;
  const show = (d: { text: string; entity: Entity | null }): string =>
    d.entity ? describedIn({ ...d.entity, role: roleOf(index, d.entity) }, storyLang, lang) : lang === storyLang ? d.text : roleIn(d.text, storyLang, lang).replace(/^« (.*) »$/, "« $1 »");
  // doers coordinated (« par X et Y »): the act is theirs together, each named
  const all = [best, ...(best.also ?? [])].map(show);
  const shown = all.length > 1 ? `${all.slice(0, -1).join(", ")} ${WORDS[lang].and} ${all.at(-1)}` : all[0]!;
  return { answered: true, intent: "who", parts: [`${shown[0]!.toUpperCase()}${shown.slice(1)}.`], cites: [best.sentence], focus: best.entity?.name ?? null, confidence: Math.min(1, best.score) };
}

/**
 * Whether a word of the story is the question's verb: in the question's own language, the same
 * stem (« built » for "build", « révèle » for « révélé »), not a word the lexicons only relate to it;
 * across languages, through the lexicons.
 */
function sameVerb(ctx: Ctx, raw: string, keys: Word["keys"], asked: Asked): boolean {
  // « l'agression », « d'enquêter »: the elided article is no part of the word
  const word = fold(raw).replace(/^[a-z]['’]/, "");
  // "who makes X?" met by « X is built by Y »: verbs of one family do the same act
  const family = actFamily(asked.verb, asked.storyObject);
  if (family !== null && actFamily(word) === family) return true;
  if (ctx.index.story.lang !== ctx.query.lang) return ctx.m.found(keys, asked.verbTerms).length > 0;
  let common = 0;
  while (common < word.length && common < asked.verb.length && word[common] === asked.verb[common]) common++;
  return word === asked.verb || common >= Math.max(3, Math.min(asked.verb.length - 1, 5));
}

/**
 * The sentences that write a verb of `family`, as evidence that covers the question: "who broke
 * the news?" names no object a sentence repeats, and the act may be told with any verb of its family.
 */
function familyTold(ctx: Ctx, family: ActFamily): Evidence[] {
  const out: Evidence[] = [];
  const sentences = ctx.index.story.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    if (wordsOf(ctx.index, i).some((x) => actFamily(fold(text.slice(x.at, x.end))) === family)) out.push({ sentence: i, coverage: 1, found: [], score: 1 });
  }
  return out;
}

/** Whether `word` is the verb that reports a quote or reported words of sentence i (« a dénoncé » of « X a dénoncé une « … » »). */
function reportsWords(index: StoryIndex, i: number, word: string): boolean {
  const f = fold(word);
  return index.story.quotes.some((q) => q.sentence === i && q.verb !== null && q.verb !== undefined && fold(q.verb).split(/\s+/).includes(f));
}

/** Endings of nouns made from verbs (« révélations », "payment", « financement »): the act named, not done by a subject. */
const NOUN_ENDING = /(?:tions?|sions?|ments?|ances?|ences?|ures?|ages?|ship|ness)$/;

/** Whether the story's word at `v` can be the question's verb: the same word, or one not shaped as a noun. */
function isVerbAt(text: string, v: { at: number; end: number }, verb: string): boolean {
  const raw = text.slice(v.at, v.end);
  const word = fold(raw);
  // « financé », « annoncées »: a French participle, whatever its folded ending looks like
  return word === verb || /ée?s?$/u.test(raw) || !(NOUN_ENDING.test(word) || (/^[a-z]+$/.test(raw) && /(?:ers|ors)$/.test(word)));
}

/**
 * The length of a phrase of time that starts at `from` (« lundi », « en juin dernier », "on Monday"),
 * 0 when none does: read past, it leaves the words the verb governs (« voté en janvier par X », « a
 * annoncé lundi le ministre »). Only a run with a day, a month, a year or « hier » is one.
 */
function timeRunAt(text: string, from: number, w: AgentWords): number {
  const re = /\s*([^\s,;:.()«»"“”]+)/y;
  re.lastIndex = from;
  let len = 0;
  for (let n = 0; n < 5; n++) {
    const m = re.exec(text);
    if (!m) break;
    const f = fold(m[1]!).replace(/’/g, "'");
    if (w.timeAnchors.has(f) || /^\d{4}$/.test(f) || (len > 0 && (w.timeTails.has(f) || w.dayNumber.test(f)))) len = re.lastIndex - from;
    else if (!w.timeLeads.has(f) && !w.dayNumber.test(f)) break;
  }
  return len;
}

/** The doer of the verb at [at, end) of sentence i: the passive's agent, the subject after an inverting « qu'a », or the subject before it. */
function doerOf(index: StoryIndex, i: number, text: string, at: number, end: number, w: AgentWords): Doer | null {
  // « voté en janvier dernier par X », « a confirmé mardi soir la présidente »: a phrase of time after the verb stands before what it governs
  const past = end + timeRunAt(text, end, w);
  const after = text.slice(past);
  const by = w.by.exec(after);
  if (by) return withConjuncts(index, text, phraseAt(index, text, past + by[0].length, w), w);
  const before = foldKeep(text.slice(Math.max(0, at - 40), at));
  // « a écrit au ministre pour réclamer … », "went to ask": an infinitive's subject is its main clause's, not the words before it
  if (w.infinitive.test(text.slice(Math.max(0, at - 40), at).toLowerCase().replace(/’/g, "'"))) return null;
  if (w.inverted.test(before)) return withConjuncts(index, text, phraseAt(index, text, past, w), w);
  // « …, a annoncé le ministère. »: an incise after a comma or a quote names its subject after the verb, then the sentence or the clause ends
  // (a name, or a title: « a confirmé mardi soir la présidente de la région, X »)
  if (w.incise.test(before) && inciseSubject(after, w)) {
    // (« X, présidente du club, a reçu la ministre », "Tom Reyes, a fisherman, blocked the harbour": the comma closes an
    // apposition to the subject, and the title after the verb is its object)
    if (!/^\s+(?:(?:le|la|les|l['’]|the)\s*)?\p{Lu}/u.test(after)) {
      const subject = subjectBefore(index, i, text, at, w);
      if (subject?.entity) return subject;
    }
    return withConjuncts(index, text, phraseAt(index, text, past, w), w);
  }
  return subjectBefore(index, i, text, at, w);
}

/** Whether the words after an incise's verb open its subject: a name or a title, then the clause's end within a few words. */
function inciseSubject(after: string, w: AgentWords): boolean {
  const m = /^\s+(?:(?:le|la|les|l['’]|the)\s*)?([\p{L}][\p{L}'’-]*)[^,;:.]{0,60}(?:[,;.]|$)/u.exec(after);
  if (!m) return false;
  const first = m[1]!;
  return /^\p{Lu}/u.test(first) || (isTitleWord(first) && !w.stop.has(fold(first)));
}

/** « La société X « a abandonné le chantier … » »: a quotation opened on the verb (and its auxiliaries), whose subject stands before it, outside. */
function quoteOpensOn(text: string, at: number, w: AgentWords): boolean {
  const head = text.slice(0, at);
  const open = Math.max(head.lastIndexOf("«"), head.lastIndexOf("“"), head.lastIndexOf('"'));
  if (open < 0 || /[»”]/u.test(head.slice(open))) return false;
  const inside = head.slice(open + 1).trim().split(/\s+/).filter(Boolean);
  return inside.every((x) => w.between.has(fold(x))) && /\p{L}[\s]*$/u.test(head.slice(0, open));
}

/** Folded with its length kept (accents dropped per character), so offsets stay offsets. */
function foldKeep(s: string): string {
  let out = "";
  for (const ch of s) {
    const f = ch === "’" ? "'" : fold(ch);
    out += f.length === 1 ? f : ch.toLowerCase();
  }
  return out;
}

const BREAK = /[,;:()«»"“”—–]/;

/** A doer as the story writes it, the entity it names, and where in the sentence its words end. */
interface Doer {
  text: string;
  entity: Entity | null;
  end?: number;
  /** Doers coordinated with it (« par X et Y », "by X, Y and Z"): the act is theirs together. */
  also?: { text: string; entity: Entity | null }[];
}

/** The noun phrase that starts at `from`: up to six words, ended by a break or a word that opens a clause or a complement. */
function phraseAt(index: StoryIndex, text: string, from: number, w: AgentWords): Doer | null {
  const out: string[] = [];
  const re = /[^\s]+/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  let end = from;
  while ((m = re.exec(text)) && out.length < 7) {
    const raw = m[0];
    const word = raw.replace(/^[«"“(]+/u, "").replace(/[»"”).,;:!?]+$/u, "");
    const f = fold(word);
    // (« mi-mars », "mid-May": a time word joined to its prefix ends the phrase as the bare one does)
    if (out.length > 0 && ((w.stop.has(f) && !w.ofWords.has(f)) || w.finite.has(f) || w.stopAccented.has(word.toLowerCase()) || w.timeWords.has(f) || f.split("-").some((x) => w.timeWords.has(x)) || /^\d/.test(f))) break;
    if (out.length === 0 && w.stop.has(f) && !/^(?:le|la|les|l|the|a|an|un|une)$/.test(f)) return null;
    out.push(word);
    end = m.index + m[0].replace(/[»"”).,;:!?]+$/u, "").length;
    // "by Secretary X and Gen. Y": a title's point is no sentence's end
    if (BREAK.test(raw.slice(-1)) || (/[.!?]$/.test(raw) && !w.abbreviations.has(fold(raw)))) {
      // « par un député du parti, Jean X, … »: a person's name in apposition after a description is who did it
      // (an indefinite description, « un député X, », names no one even when it holds a name)
      // (a title that the story's roles already tie to that same person, « la présidente de la région, X », is read so too)
      if (raw.endsWith(",")) {
        const next = /^\s*([^,;:.()«»"“”]{2,60})/u.exec(text.slice(m.index + raw.length))?.[1] ?? "";
        const person = /^\p{Lu}/u.test(next) ? entitiesIn(index, next).find((p) => p.entity.kind === "person") : undefined;
        const own = entitiesIn(index, out.join(" ")).filter((p) => p.entity.kind === "person");
        if (person && (/^(?:un|une|a|an)$/i.test(out[0] ?? "") || own.every((p) => p.entity === person.entity))) return { text: `${out.join(" ")} ${next.trim()}`, entity: person.entity };
      }
      break;
    }
  }
  const found = named(index, out.join(" "), w);
  return found ? { ...found, end } : null;
}

/**
 * The doers coordinated with the one read at `first` (« par le maire et la députée », "by X, Y and
 * Z"): each next noun phrase after « et », "and" or a comma, as long as it can be a doer; a list
 * joined by commas alone counts only when a joiner closes it (else the comma opens an apposition
 * or another clause).
 */
function withConjuncts(index: StoryIndex, text: string, first: Doer | null, w: AgentWords): Doer | null {
  if (!first || first.end === undefined) return first;
  const also: { text: string; entity: Entity | null }[] = [];
  let at = first.end;
  let joined = false;
  for (let n = 0; n < 5; n++) {
    const rest = text.slice(at);
    const link = /^\s*,?\s*(\p{L}+)\s+/u.exec(rest);
    const comma = /^\s*,\s*/u.exec(rest);
    const byJoiner = link !== null && fold(link[1]!) === w.and;
    const step = byJoiner ? link![0] : comma ? comma[0] : null;
    if (step === null) break;
    const next = phraseAt(index, text, at + step.length, w);
    if (!next || next.end === undefined || (next.entity === null && !agentLike(next.text, w))) break;
    also.push({ text: next.text, entity: next.entity });
    at = next.end;
    if (byJoiner) {
      joined = true;
      break;
    }
  }
  return joined && also.length ? { ...first, also } : first;
}

/** The subject before a verb: the words back to the clause's start, past the auxiliaries and adverbs between them. */
function subjectBefore(index: StoryIndex, i: number, text: string, at: number, w: AgentWords): { text: string; entity: Entity | null } | null {
  // « a par ailleurs envoyé », "has, for its part, sent": an adverbial phrase between subject and verb is passed over
  let head = text.slice(0, at);
  for (let cut = w.adverbials.exec(foldKeep(head)); cut; cut = w.adverbials.exec(foldKeep(head))) head = head.slice(0, cut.index);
  const ws = [...head.matchAll(/[^\s]+/gu)];
  let k = ws.length - 1;
  // « La société X « a abandonné … » »: a quotation opened on the verb leaves its subject outside it
  const bare = (t: string): string => t.replace(/^[«"“]+/u, "");
  const isQuoteMark = (t: string): boolean => /^[«"“]+$/u.test(t);
  // "was providing": the auxiliary of a verb's -ing form stands between it and its subject
  const progressiveAux = w.progressive?.form.test(text.slice(at)) ? w.progressive.aux : null;
  // auxiliaries, adverbs, a negation, an object pronoun between subject and verb (« a également », « l'a »)
  while (k >= 0 && (isQuoteMark(ws[k]![0]) || ((w.between.has(fold(bare(ws[k]![0]).replace(/['’]\p{L}*$/u, "").replace(/[,]$/, ""))) || (progressiveAux?.test(fold(bare(ws[k]![0]))) ?? false)) && !BREAK.test(ws[k]![0])))) k--;
  if (k < 0) return null;
  const right = fold(ws[k]![0].replace(/[^\p{L}'’-]/gu, ""));
  // « c'est le groupe X qui a lancé … », "it was X who called": a relative right before the verb stands for the words before it
  if (w.relatives.has(right) && !BREAK.test(ws[k]![0]) && k > 0 && !BREAK.test(ws[k - 1]![0].slice(-1))) return antecedent(index, text.slice(0, ws[k]!.index!), w);
  // « au moment où débutaient … », "when began …": a link word before the verb, the subject is not before it
  if (w.stop.has(right) && !w.ofWords.has(right) && !w.relatives.has(right)) return null;
  const end = ws[k]!.index! + ws[k]![0].length;
  // « L'Agence nationale des forêts (ANF) avait révélé »: an acronym in brackets belongs to the subject before it
  let start = k;
  if (/\)$/.test(ws[k]![0])) {
    while (start > 0 && k - start < 4 && !/^\(/.test(ws[start]![0])) start--;
    if (!/^\(/.test(ws[start]![0]) || start === 0) return null;
    start--;
  } else if (BREAK.test(ws[k]![0].slice(-1))) {
    // « X, présidente du club, a inauguré », "Tom Reyes, a fisherman, blocked": the name before the apposition
    return ws[k]![0].endsWith(",") ? beforeApposition(index, text.slice(0, ws[k]!.index! + ws[k]![0].length - 1), w) : null;
  }
  const last = start;
  // back to the clause's start: a break, a relative or a conjunction; at most eight words
  while (start > 0 && last - start < 7) {
    const prev = ws[start - 1]![0];
    const pf = fold(prev.replace(/[^\p{L}'’-]/gu, ""));
    // « Norland and Varia have blamed »: a coordinated subject is read whole
    // "a spokeswoman said Varia was lending": a verb of saying ends the clause that reports
    if (BREAK.test(prev.slice(-1)) || (w.stop.has(pf) && !w.ofWords.has(pf) && !w.joiners.has(pf)) || (pf.length > 2 && w.saying.has(pf))) {
      // "told reporters a firm was building": the hearer comes first, the clause's subject opens at its determiner
      if (w.toldHearer.has(pf)) {
        let d = start + 1;
        while (d < last && !w.determiners.has(fold(ws[d]![0]))) d++;
        if (d < last) start = d;
      }
      break;
    }
    start--;
  }
  const phrase = text.slice(ws[start]!.index!, end).replace(/^[«"“(]+/u, "");
  const first = fold(phrase.split(/\s+/)[0] ?? "");
  // « the farmers who marched along paid … »: the words after a relative are its clause, the doer is what it stands for
  if (start > 0 && w.relatives.has(fold(ws[start - 1]![0])) && /^\p{Ll}/u.test(phrase) && !w.determiners.has(first) && !BREAK.test(ws[start - 1]![0])) {
    return antecedent(index, text.slice(0, ws[start - 1]!.index!), w);
  }
  // « X, qui a révélé … », "X, who revealed …": the relative's antecedent is the subject
  if (start > 0 && w.relatives.has(first) && phrase.split(/\s+/).length === 1) {
    const lead = text.slice(0, ws[start]!.index!).replace(/[\s,]+$/u, "");
    const cut = Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), lead.lastIndexOf("("));
    return named(index, lead.slice(cut + 1).trim(), w);
  }
  if (start === 0 && i > 0 && phrase.split(/\s+/).every((x) => w.pronouns.has(fold(x)))) {
    // « Ils ont aussi déversé … », "They also dumped …": the plural pronoun continues the subject of the sentence before
    const f = fold(phrase.trim());
    return w.pluralPronouns.has(f) ? openingSubject(index, i - 1, f, w, 2) : null;
  }
  return named(index, phrase, w) ?? modifiedHead(index, text, ws, start, last, w);
}

/** How many words a subject with its complements (« un voisin du gardien du phare blessé dans la tempête ») may run back from its verb. */
const MODIFIED_MAX = 14;

/**
 * "the owner of the bakery flooded in the storm complained …": the words right before the verb (« the storm ») are the
 * complement of a preposition, no doer; the subject is the noun phrase the clause opens with, which those
 * complements modify. Read back to the clause's start (a break, a conjunction, a relative, a verb of saying), then
 * forward to the first complement. null when the clause opens on no noun phrase that can do an act.
 */
function modifiedHead(index: StoryIndex, text: string, ws: RegExpMatchArray[], start: number, last: number, w: AgentWords): { text: string; entity: Entity | null } | null {
  const bare = (k: number): string => fold(ws[k]![0].replace(/[^\p{L}'’-]/gu, "")).replace(/’/g, "'");
  if (start === 0 || !w.prepositions.has(bare(start - 1)) || BREAK.test(ws[start - 1]![0])) return null;
  // "thefts he committed": a pronoun right before the verb is its subject, which no phrase further back replaces
  if (w.pronouns.has(bare(last))) return null;
  let k = start - 1;
  while (k > 0 && start - k < MODIFIED_MAX) {
    const prev = ws[k - 1]![0];
    const pf = bare(k - 1);
    // (a finite verb further back, « est », "was", is another clause's: the subject is not before it)
    if (BREAK.test(prev.slice(-1)) || (w.stop.has(pf) && !w.prepositions.has(pf) && !w.ofWords.has(pf)) || (pf.length > 2 && w.saying.has(pf)) || w.finite.has(pf)) break;
    k--;
  }
  if (k === start - 1) return null;
  const head = phraseAt(index, text, ws[k]!.index!, w);
  if (!head) return null;
  // "the bakery flooded in the storm": a participle that ends the phrase before its complement modifies it, and is left out;
  // "A cyclist owned up to …": a past form with more after it is the clause's own verb, so those words are no subject
  const words = head.text.split(/\s+/);
  const past = (x: string): boolean => w.pastForm?.test(fold(x)) === true;
  if (words.length > 2 && past(words.at(-1)!)) words.pop();
  if (words.slice(1).some(past)) return null;
  return named(index, words.join(" "), w);
}

/**
 * The subject a sentence opens with, read before its first verb (an auxiliary, a verb of saying,
 * a simple past): what a plural pronoun opening the next sentence stands for. A sentence that
 * opens with the same pronoun passes the question on to the one before it (`depth` more at most).
 */
function openingSubject(index: StoryIndex, i: number, pronoun: string, w: AgentWords, depth: number): { text: string; entity: Entity | null } | null {
  if (i < 0) return null;
  const text = index.story.sentences[i]?.text ?? "";
  const first = /^[«"“(]*([\p{L}'’-]+)/u.exec(text)?.[1];
  if (first && fold(first) === pronoun) return depth > 0 ? openingSubject(index, i - 1, pronoun, w, depth - 1) : null;
  const ws = wordsOf(index, i);
  for (let k = 1; k < ws.length && k < 10; k++) {
    const word = text.slice(ws[k]!.at, ws[k]!.end);
    const f = fold(word);
    if (!(w.between.has(f) || w.finite.has(f) || w.saying.has(f) || (w.pastForm?.test(f) ?? false))) continue;
    // the subject ends before this verb with no break between: a clause opened by a phrase of time or place is left alone
    if (BREAK.test(text.slice(0, ws[k]!.at))) return null;
    const subject = subjectBefore(index, i, text, ws[k]!.at, w);
    // (a plural pronoun takes up a plural: « The port company said … They want a raise » is no company's want)
    return subject && !w.pronouns.has(fold(subject.text)) && pluralPhrase(subject.text, w) ? subject : null;
  }
  return null;
}

/** Whether a noun phrase is plural: its last word in a plural form (« apple growers », « des éleveurs »), or two joined. */
function pluralPhrase(phrase: string, w: AgentWords): boolean {
  const ws = fold(phrase).split(/[\s']+/).filter(Boolean);
  const last = ws.at(-1) ?? "";
  return w.plural.irregular.has(last) || w.plural.ending.test(last) || ws.includes(w.and);
}

/**
 * « Dans un entretien, X, présidente du club »: the name before an apposition that ends right
 * before a verb, when it names someone of the story and the apposition reads as one (a role, an
 * age: no verb of saying, a few words).
 */
function beforeApposition(index: StoryIndex, head: string, w: AgentWords): { text: string; entity: Entity | null } | null {
  const cut = head.lastIndexOf(",");
  if (cut < 0) return null;
  const apposition = head.slice(cut + 1).trim().split(/\s+/);
  if (!apposition[0] || apposition.length > 10 || apposition.some((x) => w.saying.has(fold(x)))) return null;
  const lead = head.slice(0, cut);
  const open = Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), lead.lastIndexOf("("), lead.lastIndexOf(":"));
  const found = named(index, lead.slice(open + 1).trim(), w);
  if (found?.entity && found.entity.kind === "person") return found;
  // « La préfète de région, X, a ordonné », "The firm's owner, X, sold": the title comes first and the name is set in
  // apposition to it; the name is who did it when the title before it reads as a doer
  const inner = named(index, apposition.join(" "), w);
  return inner?.entity?.kind === "person" && found !== null ? inner : null;
}

/**
 * The noun phrase a relative pronoun stands for, read back from it to the clause's start, without
 * the cleft that sets it off (« c'était le général X », "it was X"): at most eight words.
 */
function antecedent(index: StoryIndex, head: string, w: AgentWords): { text: string; entity: Entity | null } | null {
  const ws = [...head.matchAll(/[^\s]+/gu)];
  let start = ws.length;
  while (start > 0 && ws.length - start < 8) {
    const prev = ws[start - 1]![0];
    const pf = fold(prev.replace(/[^\p{L}'’-]/gu, "").replace(/’/g, "'"));
    if (w.cleft.test(pf) || (w.stop.has(pf) && !w.ofWords.has(pf)) || BREAK.test(prev.slice(-1))) break;
    start--;
  }
  if (start === ws.length) return null;
  const phrase = head.slice(ws[start]!.index!).trim();
  return named(index, phrase, w);
}

/** A phrase as the answer: the entity it names when it names one, else the phrase itself when it is more than a pronoun. */
function named(index: StoryIndex, phrase: string, w: AgentWords): { text: string; entity: Entity | null } | null {
  const clean = phrase.replace(/[,;:.]+$/u, "").trim();
  if (!clean) return null;
  const ws = clean.split(/\s+/);
  if (ws.every((x) => w.pronouns.has(fold(x)) || /^(?:le|la|les|l'|the|a|an)$/i.test(x))) return null;
  const placed = entitiesIn(index, clean);
  // a name inside a longer phrase (« le quotidien Vigie », « a spokesperson for X »): the entity when the phrase is headed by it
  const e = placed.find((p) => p.entity.kind !== "group") ?? placed[0];
  // the entity stands for the phrase when its name is most of it (« le quotidien Vigie »), not one word of a longer name (« le Service des eaux de la Région »)
  const bare = ws.filter((x) => !/^(?:le|la|les|l'.*|the|a|an|un|une)$/iu.test(x)).length;
  // « par sept médecins », "by two men": the count is part of who did it, which the bare name of the group drops
  const counted = ws.some((x) => isNumberTok(fold(x))) && !e?.entity.name.split(/\s+/).some((x) => isNumberTok(fold(x)));
  if (e && !counted && e.entity.name.split(/\s+/).length >= bare - 1 && fold(clean).endsWith(fold(e.entity.name.split(/\s+/).at(-1) ?? ""))) return { text: clean, entity: e.entity };
  return ws.length <= 8 && agentLike(clean, w) ? { text: clean, entity: null } : null;
}

/**
 * Whether a phrase no entity of the story names can still be a doer: a noun phrase headed by a
 * name, a title (« le procureur ») or an institution (« le gouvernement », "executives"), not a
 * function word (« Selon. »), a verb (« travelled along », "said he") or an object noun (« du travail »).
 */
function agentLike(phrase: string, w: AgentWords): boolean {
  const ws = phrase.replace(/[«»"“”()]/gu, " ").split(/\s+/).filter(Boolean);
  const folded = ws.map((x) => fold(x).replace(/’/g, "'").replace(/^[ld]'/, ""));
  const content = folded.map((f, k) => ({ f, raw: ws[k]! })).filter((x) => !w.determiners.has(x.f) && !/^(?:l|d|le|la|les|the|a|an|un|une|des|du|de)$/.test(x.f));
  const head = content[0];
  if (!head || w.notDoer.has(head.f) || w.saying.has(head.f)) return false;
  // « the Norland cabinet said last Monday it »: a clause of telling, not a noun phrase
  if (content.some((x) => w.saying.has(x.f) && /^\p{Ll}/u.test(x.raw))) return false;
  // a phrase that ends on a determiner (« nommera un ») is cut inside a clause
  if (w.determiners.has(folded.at(-1)!) || /^(?:un|une|des|a|an|the)$/.test(folded.at(-1)!)) return false;
  // « A-t-il »: a verb with its subject pronoun
  if (/-(?:t-)?(?:il|elle|ils|elles|on)$/.test(head.f)) return false;
  // a capital after an elided article (« L'eau ») is the sentence's, not a name's
  return content.some((x) => /^\p{Lu}/u.test(x.raw.replace(/^\p{L}['’]/u, "")) || isTitleWord(x.raw) || w.bodies.has(x.f) || w.bodies.has(x.f.replace(/s$/, "")) || isPerson(x.f, w));
}

/** Whether a folded noun, singular or plural, is one of the nouns for people (« les pompiers », "two men", « la sous-préfète »). */
function isPerson(f: string, w: AgentWords): boolean {
  if (w.people.has(f) || w.people.has(w.plural.irregular.get(f) ?? f.replace(w.plural.ending, ""))) return true;
  // a prefixed title (« sous-préfète », "co-chair") is a title of its last part
  const last = f.split("-").at(-1)!;
  return last !== f && last.length > 2 && isPerson(last, w);
}

/** For tests: whether a phrase no entity names can be given as the doer, in a story of `lang`. */
export function isDoerPhrase(phrase: string, lang: Lang): boolean {
  return agentLike(phrase, WORDS[lang]);
}

/** The terms of the object of the act a who-question asks (« qui a donné ces chiffres sur les drones » → chiffres, drones); null when it asks no act. */
export function actObject(ctx: Ctx): Term[] | null {
  return askedAct(ctx)?.objectTerms ?? null;
}

/** For tests and the engine's ordering: whether a question reads as « who did this act ». */
export function asksAct(ctx: Ctx): boolean {
  return askedAct(ctx) !== null;
}

/** The noun phrase that starts at `from` in a story of `lang`, as the doer readers read it (answers/patient.ts reads objects with it). */
export function phraseFrom(index: StoryIndex, text: string, from: number, lang: Lang): { text: string; entity: Entity | null } | null {
  return phraseAt(index, text, from, WORDS[lang]);
}

/** The subject before position `at` of sentence i, in a story of `lang` (answers/patient.ts reads a passive's subject with it). */
export function subjectFrom(index: StoryIndex, i: number, text: string, at: number, lang: Lang): { text: string; entity: Entity | null } | null {
  return subjectBefore(index, i, text, at, WORDS[lang]);
}
