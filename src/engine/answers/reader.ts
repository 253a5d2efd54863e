import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import { topicTerms, type Ctx } from "../context.js";
import { coverage, questionTerms, rankEvidence, type Evidence } from "../evidence.js";
import { idf, keysOf, type KeySet, type StoryIndex } from "../index.js";
import { entitiesIn } from "../mentions.js";
import type { Term } from "../query.js";
import { capital, fold, isStopword } from "../text.js";
import { roleOf } from "./roles.js";
import { glossDate } from "./events.js";
import { roleIn } from "../labels.js";
import { entityFits, nationalityIn, nationalityTerms, titleTerms } from "../qualifiers.js";
import { clauseWords, type ClauseWords } from "../lexicon-clauses.js";
import { unaskedTimes } from "../lexicon-time.js";
import { placeWords } from "../lexicon-place.js";
import { answerClause, focusClause } from "./spans.js";
import { holeAnchors, type Anchor } from "./hole.js";
import { cuesOf } from "../lexicon-cues.js";
import { centralSentences, declineAbsent, summary } from "./general.js";
import { unmentionedNames } from "./unmentioned.js";
import { speechAsk, speechVerbAt } from "./speech.js";
import { NAME_WORDS } from "../../story/lang/names.js";
import { isNationalityWord, NATIONALITY_KEYS } from "../lexicon.js";
import { isNumberTok, MONTHS, NUMBER_WORD, QUALIFIER, toks, YEAR, type Element, type Tok } from "./tokens.js";
import { datesOf } from "./times.js";
import { attachedPlacesIn, COUNTRIES_Q, COUNTRY_NOUN, countriesIn, LIST_NEAR, placesOf } from "./places.js";
import { askedFate, factsOf, saysFate } from "../figure-fit.js";
import { QuestionMemo } from "../question-memo.js";

/**
 * The general reader: for a question no intent answers, the sentences are ranked against the
 * question's words (stems, the bilingual lexicons, names), and the answer proper is cut from the
 * best one — the figure that agrees with what is counted, the date, the place, the person, the
 * clause after « because » — with the sentence itself cited beneath. Declines when no sentence
 * holds enough of the question, or when the kind of thing asked (a number, a date) is not there.
 */

/** What kind of answer the question wants. */
export type Wh = "count" | "money" | "percent" | "rank" | "year" | "when" | "duration" | "where" | "who" | "why" | "how" | "yesno" | "what";

const W_DURATION = /\b(?:how long|combien de temps|pendant combien|durant combien|depuis combien de temps|en combien de temps|how many (?:years|months|days|hours|weeks|minutes)|combien (?:d'annees|de mois|de jours|d'heures|de semaines|de minutes|d'ans))\b/;
const W_RANK = /\b(?:quel(?:le)? (?:rang|place|position)|a quel(?:le)? (?:rang|place|position)|what (?:rank|place|position|ranking)|which (?:rank|place|position)|ranked|classee?s? a|classement)\b/;
const W_PERCENT = /\b(?:what (?:share|percentage|proportion|percent|rate)|quel(?:le)? (?:part|pourcentage|proportion|taux)|by how much|de combien|how much (?:did|has|have|had) .{0,40} (?:rise|rose|fall|fell|grow|grew|jump|jumped|increase|increased|drop|dropped|climb|climbed)|what (?:was|is) the (?:rise|increase|drop|growth|fall))\b/;
const W_YEAR = /\b(?:what year|which year|en quelle annee|quelle annee|in what year|de quelle annee)\b/;
const W_MONEY = /\b(?:how much|combien)\b.{0,60}\b(?:pay|paid|paying|cost|costs|spend|spent|worth|price|allocat\w*|collect\w*|budget|fee|raise|raised|owe|owed|payer|paye|payes|payent|coute|coutent|coutera|cout|montant|prix|argent|depens\w*|vers\w*|allou\w*|recolt\w*|recuper\w*|perc\w*|doit|devra|rapport\w*|economis\w*|save|saved|lose|lost|perdu|investi\w*|invest\w*|fine|fines|amende|amendes)\b|\b(?:what (?:amount|sum)|quel montant|quelle somme|how much money|combien d'argent)\b/;
// « quel âge », « what retirement age », « how old »: an age is a number (« 14 ans », « aged 61 »)
const W_COUNT = /\b(?:how many|how much|combien|number of|nombre de|nombre d'|quel nombre|what number|ppl|how old|(?:what|which|quel|quelle)\s+(?:[\p{L}-]+\s+)?age)\b/u;
const W_WHEN = /\b(?:when|quand|a quel moment|at what point|what date|which date|what day|which day|by when|what time|a quelle heure|quelle heure|quelle date|quel jour|depuis quand|jusqu'a quand|until when|since when|a partir de quand|d'ici quand)\b/;
/** « which two countries », « quels autres pays »: a count or a choice word between the asking word and the kind asked. */
const EN_FEW = "(?:two|three|four|five|six|\\d+|other|main|first|last|two other|three other) ";
const FR_FEW = "(?:deux|trois|quatre|cinq|six|\\d+|autres?|principaux|principales|premiers?|premieres?|derniers?|dernieres?) ";
const W_WHERE = new RegExp(String.raw`^(?:and |et |so |alors )?(?:where|ou|d'ou|from where)\b|(?<!\ben (?:est|sont|etait|etaient|sommes|etes) )\bou\s*[?!.]*$|\b(?:where|from where|which (?:${EN_FEW})?(?:country|countries|city|cities|town|towns|place|places|region|regions|university|hospital|island|islands|state|states)|in which (?:country|city|town|place|region)|quel(?:le)?s? (?:${FR_FEW})?(?:pays|ville|villes|endroit|endroits|lieu|lieux|region|regions|universite|hopital|ile|iles|etat|etats)|dans quel(?:le)? (?:pays|ville|endroit|lieu|region)|d'ou)\b`);
// (in any tense: « comment s'appelait », « s'appelaient comment », « ont quel nom », "what name")
const W_NAME = /\bnames?\s*[?!.]*$|\bs'appel(?:le|lent|ait|aient)? comment\b|\b(?:comment s'appel(?:le|lent|ait|aient|lera|leront)|what (?:is|was|are|were) (?:the )?names?|what's the name|what name|which name|quel(?:le)?s? (?:est|sont|etait) (?:le|les) noms?|quels? noms?|le nom d|s'appel(?:le|lent|ait|aient))\b|\bcalled\s*[?!.]*$/;
const W_WHO = new RegExp(String.raw`^(?:and |et |so |alors )?(?:who|whom|qui|c'est qui|c qui|by whom|par qui|avec qui|with whom)\b|\b(?:who|whom|by whom|par qui|avec qui|with whom|which (?:${EN_FEW})?(?:company|companies|firm|firms|person|people|official|officials|minister|group|groups|organi[sz]ation|organi[sz]ations|union|party|researchers|scientists|leaders|countries|newspaper|outlet|body|agency|authority)|quel(?:le)?s? (?:${FR_FEW})?(?:entreprise|entreprises|societe|societes|compagnie|compagnies|personne|personnes|responsable|ministre|groupe|organisation|syndicat|parti|chercheurs|scientifiques|dirigeants|journal|media|organisme|autorite|agence))\b|\bqui\b`);
const W_WHY = /\b(?:why|pourquoi|for what reason|pour quelle raison|how come|what for|what caused|what led to|qu'est-ce qui a cause|a cause de quoi|what is the reason|quelle est la raison|quelles sont les raisons|what are the reasons)\b/;
const W_YESNO = /^(?:and |et |so |alors |mais |but )?(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|est-ce|est ce|y a-t-il|y-a-t-il|y a t il|peut-on|faut-il)\b|-t-(?:il|elle|on)\b|\b(?:ou pas|or not)\b|^[\w' -]{0,60}\b(?:est|sont|a|ont|va|vont|peut|doit)[- ](?:il|elle|ils|elles)\b/;
const W_HOW = /^(?:and |et |so |alors )?(?:how|comment)\b/;

/**
 * A question asked as a statement with a question mark (« il était apprécié avant ? », « c'est un
 * chiffre officiel ? », « the EU has approved it? »): no question word, a finite verb (an
 * auxiliary or a copula, the verbs such questions are made with), a question mark at the end.
 */
const DECLARATIVE_YESNO = /^(?!.*\b(?:what|which|who|whom|whose|how|why|where|when|quoi|quel(?:le)?s?|qui|comment|pourquoi|quand|combien|que|ce qu'|qu'(?!il|elle|on))\b)(?!.*\bou\s*[?!.]*$).*\b(?:c'est|c'etait|est|etait|sont|etaient|a|ont|avait|avaient|va|vont|sera|seront|peut|peuvent|y a|is|was|are|were|has|have|had|will|can)\b.*\?\s*$/;

export function whOf(folded: string): Wh {
  // asked a dozen times per question by the answerers, of the same folded question: the last one is kept
  if (folded === lastWh.folded) return lastWh.wh;
  const wh = whOfNow(folded);
  lastWh = { folded, wh };
  return wh;
}
let lastWh: { folded: string; wh: Wh } = { folded: "\u0000", wh: "what" };

function whOfNow(folded: string): Wh {
  const f = folded.replace(/\s+/g, " ").trim();
  if (W_DURATION.test(f)) return "duration";
  if (W_RANK.test(f)) return "rank";
  if (W_YEAR.test(f)) return "year";
  if (W_PERCENT.test(f)) return "percent";
  if (W_MONEY.test(f)) return "money";
  if (W_COUNT.test(f)) return "count";
  if (W_WHY.test(f)) return "why";
  if (W_WHEN.test(f)) return "when";
  if (W_WHERE.test(f)) return "where";
  if (W_NAME.test(f)) return "who";
  if (W_WHO.test(f)) return "who";
  if (W_YESNO.test(f)) return "yesno";
  if (W_HOW.test(f)) return "how";
  if (DECLARATIVE_YESNO.test(f) && f.split(" ").length >= 3) return "yesno";
  return "what";
}

const CALL_ASKED = /\b(?:call|calls|called|calling|phone\w*|telephon\w*|rang|ring|appel(?:e|ee|ait|ant|er|eront|a)?|a appele|entretien|conversation|contact\w*)\b/;
const CALL_REASON = /^(?:why|pourquoi|when|quand|where|ou)\b/;
/** What a summary question says besides asking for one: « what happened in X » names its subject. */
const SUMMARY_WORDS_FR = "resume resumer resumez article info infos histoire situation gros deux mots stp svp bref essentiel depeche quoi passe neuf moi nouvelles nouvelle parle parler raconte raconter ici principal principale actu actus actualite sujet";
const SUMMARY_WORDS_EN = "summary summarise summarize article story news info quick pls please tldr brief about what happened new tell me here going on happening main latest headline headlines gist topic";
const SUMMARY_WORDS = new Set(`${SUMMARY_WORDS_FR} ${SUMMARY_WORDS_EN}`.split(" "));
/** The nouns by which a reader asks for the news itself (« c'est quoi l'info », "what's the main news"), per language. */
const NEWS_NOUNS = { fr: new Set("info infos histoire nouvelles nouvelle actu actus actualite sujet depeche article essentiel".split(" ")), en: new Set("news story info headline headlines gist topic article".split(" ")) };

/** The verbs and words by which a reader asks what the story is about (« ça parle de quoi », "what's going on"), per language. */
const ABOUT_WORDS = { fr: new Set("parle parler passe raconte".split(" ")), en: new Set("about going happening".split(" ")) };
/** Nouns for the matter a whole story is about (« cette affaire », "this tension"), per language: after a demonstrative, the story itself. */
const MATTER_NOUNS = {
  fr: new Set("tension tensions conflit crise affaire polemique scandale dossier differend situation histoire".split(" ")),
  en: new Set("tension tensions conflict crisis affair dispute row controversy scandal standoff situation".split(" ")),
};
const DEMONSTRATIVE = { fr: /\b(?:ce|cet|cette|ces)\b/, en: /\b(?:this|that|these|those)\b/ };

/**
 * « c'est quoi l'info ? », "what's the main news here", « ça parle de quoi ? », "what is this
 * tension about": a what-question whose every word asks for the news itself (a news noun, a word
 * for what a story is about, the matter after a demonstrative, and nothing the story could be
 * searched for) wants the summary, not a sentence that happens to hold « info ».
 */
function asksNews(ctx: Ctx): boolean {
  // the words that say what is asked (« ça », "this", "exactly") set aside
  const terms = questionTerms(ctx);
  if (!terms.length || ctx.hits.some((h) => h.by === "name")) return false;
  const f = ctx.query.folded;
  const matter = (w: string) => (MATTER_NOUNS.fr.has(w) && DEMONSTRATIVE.fr.test(f)) || (MATTER_NOUNS.en.has(w) && DEMONSTRATIVE.en.test(f));
  if (!terms.every((t) => SUMMARY_WORDS.has(t.word) || matter(t.word))) return false;
  return terms.some((t) => NEWS_NOUNS.fr.has(t.word) || NEWS_NOUNS.en.has(t.word) || ABOUT_WORDS.fr.has(t.word) || ABOUT_WORDS.en.has(t.word) || matter(t.word));
}

/** Whether the story's lead holds every word of a summary question besides its asking (« what's going on in X » of the story's own X). */
function leadHolds(ctx: Ctx, terms: Term[]): boolean {
  const lead = centralSentences(ctx.index)[0];
  const keys = lead ? ctx.index.sentences[lead.index]?.keys : undefined;
  return keys !== undefined && terms.every((t) => ctx.m.has(keys, t));
}

/**
 * Whether a question an intent read from one loose cue is a plain factual one the reader should
 * try first: a classifier's « help » guess, « what happened to X » (a summary cue with a subject),
 * a « call » read from a word that names no call (« initiative ») or asking why or when of one.
 */
export function readerFirst(ctx: Ctx): boolean {
  const { intent, source } = ctx.reading;
  const f = ctx.query.folded;
  if (intent === "help") return source === "classifier";
  // « c'est quoi une grenade X ? » guessed off topic by the classifier: the story's own definition of X, when it writes one
  if (source === "classifier" && intent === "offtopic" && whOf(f) === "what") {
    const d = defined(ctx);
    if (d !== null && d !== "name") return true;
  }
  // « c'est quoi cette affaire ? »: the news itself, whatever kind the classifier guessed
  if (source === "classifier" && whOf(f) === "what" && asksNews(ctx)) return true;
  // « is the sale stopped? », « are exports growing? »: a yes/no question the classifier took for another kind
  if (source === "classifier" && whOf(f) === "yesno" && intent !== "said") return true;
  // « why are X banned? »: a reason, never a list of people or a figure the classifier guessed
  if (source === "classifier" && whOf(f) === "why") return true;
  // « what happened to X » reads X's sentence; « what's going on in X » of the X the story's lead is about is the summary
  if (intent === "summary") {
    const rest = ctx.query.terms.filter((t) => !SUMMARY_WORDS.has(t.word));
    return rest.length > 0 && !leadHolds(ctx, rest);
  }
  if (intent === "call") return !CALL_ASKED.test(f) || CALL_REASON.test(f.replace(/^(?:and|et|so|alors)\s+/, ""));
  return false;
}

/** Words after a number that are its unit (« 5 km », "3 million", « 12 ans »). */
const UNIT_AFTER = /^(?:%|percent|per|pour|cent|points?|bn|m|billion|billions|million|millions|milliard|milliards|md|mds|km|kilometres?|kilometers?|miles?|metres?|meters?|m|tonnes?|tons?|years?|ans?|annees?|months?|mois|days?|jours?|weeks?|semaines?|hours?|heures?|h|minutes?|min|decades?|decennies?|dollars?|euros?|rands?|gourdes?|francs?|pounds?|livres?|yuans?|roubles?)$/;

/** Number phrases of a sentence: the number with its qualifier before and its unit or noun after. */
function numbersIn(ts: Tok[]): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!isNumberTok(ts[i]!.text)) continue;
    // « Estlink 2 », « PzH 2000 »: a number right after a name is part of a designation
    const prev = ts[i - 1];
    if (prev && i > 1 && /^\p{Lu}/u.test(prev.text) && !MONTHS.test(fold(prev.text)) && prev.clause === ts[i]!.clause && /^\d+$/.test(ts[i]!.text)) continue;
    let from = i;
    let to = i + 1;
    while (to < ts.length && isNumberTok(ts[to]!.text) && ts[to]!.clause === ts[i]!.clause) to++;
    while (from > 0 && from > i - 3 && QUALIFIER.test(fold(ts[from - 1]!.text)) && ts[from - 1]!.clause === ts[i]!.clause) from--;
    // « de plus de 28 milliards »: a leading « de », « a » is the sentence's, not the figure's
    while (from < i && /^(?:de|d'|a|au|at|of)$/.test(fold(ts[from]!.text))) from++;
    // « une quarantaine », « a dozen »: the article is part of an approximate number
    if (from === i && i > 0 && /^(?:une|a|an)$/i.test(ts[i - 1]!.text) && /^(?:\p{L}+aine|dozen|douzaine|millier)s?$/u.test(fold(ts[i]!.text))) from--;
    // the counted noun or unit: up to three words, stopped at a clause end
    let end = to;
    while (end < ts.length && end < to + 3 && ts[end]!.clause === ts[i]!.clause) {
      const w = fold(ts[end]!.text);
      end++;
      if (UNIT_AFTER.test(w)) continue;
      if (/^(?:of|de|d|des|du|per|par|a|an|the|le|la|les)$/.test(w)) continue;
      break;
    }
    out.push({ from, to: end, text: "", kind: "number" });
    i = to - 1;
  }
  return out;
}

/** A question about what is still to come (« the next summit », « when will … », « prévu »). */
export const FUTURE_Q = /\b(?:next|upcoming|will|going to|scheduled|planned|due|prochaine?s?|a venir|prevue?s?|va|vont|aura|auront|sera|seront|doit|doivent|devrait|devraient)\b|\b\w{3,}(?:era|eront|ira|iront)\b/;
/** A sentence that dates something still to come: a future, a schedule, « next ». */
export const FUTURE_S = /\b(?:next|upcoming|will|would|shall|going to|scheduled|planned|due|expected|prochaine?s?|a venir|prevue?s?|va|vont|doit|doivent|devrait|devraient|devra|devront|aura|auront|sera|seront|pourra|pourront|faudra|viendra|tiendra|prendra)\b|\b\w{2,}(?:era|eront|ira|iront)\b|'ll\b/;

/** A question about an age: its answer is a number of years. */
const AGE_Q = /\b(?:how old|quel age|what age|a quel age|at what age|(?:what|which|quel|quelle) (?:[\p{L}-]+ )?age)\b/u;
const AGE_UNIT = /\b(?:ans?|years?|year-old|years-old|yr|yrs)\b/;
const AGED = /^(?:aged|age|agee|agees|ages)$/;
/** Words after « 5 ans », "5 years" that make it a span or a gap (« 4 ans plus tôt », "years earlier", « de prison »), no age. */
const SPAN_AFTER = /^(?:avant|apres|plus|moins|plutot|de|d|earlier|later|before|after|ago|more|less|sooner|of|in)$/;
function spanAfter(ts: Tok[], e: Element): boolean {
  let k = e.from;
  while (k < e.to && !/\d/.test(ts[k]!.text) && !NUMBER_WORD.test(ts[k]!.bare)) k++;
  for (let j = k + 1; j <= e.to && j < ts.length; j++) if (SPAN_AFTER.test(ts[j]!.bare)) return true;
  return false;
}
/** The words by which a question asks an age (« âge », "old", "aged"), folded, in either language. */
const AGE_WORDS: ReadonlySet<string> = new Set(["age", "ages", "old", "aged", "agee", "agees"]);
/** A question that asks what is expected or planned (« what is expected », « que prévoit »): a pending act answers it. */
// (a conditional asks what would be, « à qui succéderait-elle », "who would replace her")
const AHEAD_Q = /\b(?:expect\w*|plan|plans|planned|attend\w*|prevoi\w*|prevu\w*|envisag\w*|intend\w*|compte|would|could|might|\w{3,}(?:rait|raient))\b/;
/**
 * The words that put an act still to come (« doit annoncer », "will rule", "is expected to"): modal and
 * future auxiliaries only, not « would » of reported speech (« said it would … » tells what was said).
 */
// (and the words of a decision awaited: « suspendu aux décisions », « attend le verdict », "awaiting the ruling", "pending")
const PENDING = /^(?:will|shall|ll|expected|scheduled|due|awaiting|awaits|awaited|pending|doit|doivent|devra|devront|va|vont|sera|seront|aura|auront|prevu|prevue|prevus|prevues|attend|attendent|attendue|attendues|suspendu|suspendus|suspendue|suspendues)$/;

/**
 * Whether the act the question asks of is still to come: an auxiliary of a pending act stands a few words
 * before the question's words, in their clause, for half of them at least ("Holcomb has already signed into
 * law a measure that will prohibit …": the signing is done, only what the measure does is to come).
 */
function pendingAt(ts: Tok[], hits: Map<number, Term>): boolean {
  const pending = new Set<Term>();
  for (const [h, t] of hits) {
    for (let k = Math.max(0, h - 4); k < h; k++) {
      if (ts[k]!.clause !== ts[h]!.clause || !PENDING.test(ts[k]!.bare)) continue;
      // « due to » gives a cause, not a date
      if (ts[k]!.bare === "due" && ts[k + 1]?.bare === "to") continue;
      pending.add(t);
      break;
    }
  }
  return pending.size > 0 && pending.size * 2 >= new Set(hits.values()).size;
}

// ---------- choosing and phrasing ----------

/** Positions of the sentence's words that the question uses. */
function hitsIn(ctx: Ctx, ts: Tok[], terms: Term[]): Map<number, Term> {
  const out = new Map<number, Term>();
  // the first term each word holds, without an array per word
  for (let k = 0; k < ts.length; k++) {
    const keys = ts[k]!.keys;
    const t = terms.find((x) => ctx.m.has(keys, x));
    if (t) out.set(k, t);
  }
  return out;
}

function spanText(index: StoryIndex, i: number, ts: Tok[], from: number, to: number): string {
  const text = index.story.sentences[i]?.text ?? "";
  if (from >= to) return "";
  // « 4 % », French typography: the sign written apart is no token, but part of the number
  const sign = /^[\s\u00a0\u202f]*%/.exec(text.slice(ts[to - 1]!.end));
  return text.slice(ts[from]!.start, ts[to - 1]!.end + (sign && /\d$/.test(ts[to - 1]!.text) ? sign[0].length : 0)).replace(/\s+/g, " ").trim();
}

/**
 * At most `max` words of the sentence for the answer: anchored on one or two of the question's
 * words and holding as many of the sentence's other content words as fit — the words the question
 * does not already have are where the answer lies (after them for « what », « why »).
 */
function windowAround(ts: Tok[], hits: Map<number, Term>, el: Element | null, max: number, forward: boolean): [number, number] {
  const n = ts.length;
  if (n <= max) return [0, n];
  let best: [number, number] = [0, max];
  let bestScore = Number.NEGATIVE_INFINITY;
  const must = el ? [el.from, el.to] : null;
  const firstHit = hits.size ? Math.min(...hits.keys()) : 0;
  const novel = ts.map((t, k) => !hits.has(k) && t.text.length > 2 && !isStopword(fold(t.text)));
  for (let s = 0; s + max <= n; s++) {
    const e = s + max;
    if (must && (must[0]! < s || must[1]! > e)) continue;
    const seen = new Set<Term>();
    let score = 0;
    let lastHit = -1;
    for (let k = s; k < e; k++) if (hits.has(k)) lastHit = k;
    for (let k = s; k < e; k++) {
      const t = hits.get(k);
      if (t && !seen.has(t)) {
        seen.add(t);
        score += seen.size <= 2 ? 0.8 : 0.2;
      }
      // for « what », « why »: the words after the question's own are the answer, those before it context
      if (novel[k]) score += !forward ? 0.4 : k > lastHit && lastHit >= 0 ? 0.5 : k < firstHit ? 0.1 : 0.25;
    }
    // a window that starts a clause reads better
    if (s === 0 || ts[s]!.clause !== ts[s - 1]!.clause) score += 0.3;
    if (score > bestScore) {
      bestScore = score;
      best = [s, e];
    }
  }
  return best;
}

/**
 * At most this many of the story's words in a row in an answer: twelve read as the sentence
 * pasted, not answered. A French answer's closing « » » is a word of its own (« … Hongrie » »),
 * so it quotes one word fewer than an English one, whose marks hold to the words (“…”).
 */
const SPAN = { fr: 10, en: 11 } as const;

/** How many words a reader counts in tokens [s, e) (the quotation marks written apart count). */
function wordsIn(ts: Tok[], s: number, e: number): number {
  return e > s ? ts[e - 1]!.w1 - ts[s]!.w0 + 1 : 0;
}

/**
 * The answer span of a sentence for a question a clause answers (what, how, why): at most
 * `SPAN` words, chosen among the sentence's clauses. A span scores for the words the question
 * does not have (the answer), most after the question's own words, for one or two of the
 * question's words as an anchor, for starting where a clause opens (« because », « qui », after
 * a comma) and for ending where one ends; a span ending on a small word (« of », « de ») is a
 * phrase cut in two. `from`: the span starts there (the opener of a reason).
 */
/** The object a question asks for: the sentence's word it is the object of, and where the question's words come back after it. */
interface Hole {
  at: number;
  back: number;
}

function clauseSpan(ts: Tok[], hits: Map<number, Term>, wh: Wh, lang: "fr" | "en", max: number, skip: ReadonlySet<number>, from?: number, measure: ReadonlySet<string> | null = null, object: Hole | null = null): [number, number] {
  const hole = object?.at ?? -1;
  const n = ts.length;
  const words = clauseWords(lang);
  const keys = [...hits.keys()];
  const firstHit = keys.length ? Math.min(...keys) : -1;
  const novel = ts.map((t, k) => !hits.has(k) && !skip.has(k) && t.text.length > 2 && !isStopword(fold(t.text)));
  const opensAt = (k: number) => k === 0 || ts[k]!.opens;
  const near = ts.map((_, k) => keys.some((h) => Math.abs(h - k) <= 10));
  // how much of the question the sentence has said before each word: what is asked comes after
  // the words the question uses (« … in what the governor called a breach of trust » answers
  // « what did the governor call it » after « called », not after an earlier name)
  const distinct = new Set(hits.values()).size;
  const said: number[] = [];
  const sofar = new Set<Term>();
  ts.forEach((_, k) => {
    said.push(distinct ? sofar.size / distinct : 0);
    const t = hits.get(k);
    if (t) sofar.add(t);
  });
  // one of the question's words anchors the span, except for « what », « how » asked of no measure: the reader knows the
  // question's words, the cited sentence shows them, and the words after them are the answer (« que montre la vidéo ? »
  // is answered by what the video shows, not by « montrant une colonne … » cut before where it goes)
  const anchor = !measure && (wh === "what" || wh === "how") ? 0 : 0.8;
  let best: [number, number] = [from ?? 0, Math.min(n, (from ?? 0) + 1)];
  let bestScore = Number.NEGATIVE_INFINITY;
  // the object stands right after the word it is the object of: the span opens there
  // The object ends where the question's words come back (« present | a budget | to the council
  // before the recess »): the span opens on its first words, and what follows them is context. Where they do not come
  // back, an object longer than a span may be read from a few words in (« montrant une colonne … traversant la rivière »).
  const back = object?.back ?? n;
  const reach = back < n ? 3 : 6;
  const starts = from !== undefined ? [from] : hole >= 0 && hole + 1 < n ? ts.map((_, k) => k).filter((k) => k > hole && k <= hole + reach) : ts.map((_, k) => k);
  for (const s of starts) {
    const seen = new Set<Term>();
    let score = opensAt(s) ? 0.3 : 0;
    // (a small word skipped costs little, the object's own first word much)
    for (let k = hole + 1; hole >= 0 && k < s; k++) score -= words.dangling.has(ts[k]!.bare) ? 0.05 : back < n ? 0.8 : 0.3;
    const first = ts[s]!.bare;
    // « how »: a span that opens on a means (« by », « grâce à », « en » + participle)
    if (wh === "how" && (words.means.has(first) || (words.gerund.has(first) && /ant$/.test(fold(ts[s + 1]?.text ?? ""))))) score += 1;
    if (words.dangling.has(first) && !opensAt(s)) score -= 0.2;
    let lastHit = -1;
    let numbers = 0;
    for (let e = s + 1; e <= n && wordsIn(ts, s, e) <= max; e++) {
      const k = e - 1;
      const t = hits.get(k);
      if (t) {
        lastHit = k;
        // (more of the question's words are context, not answer)
        if (!seen.has(t)) {
          seen.add(t);
          score += seen.size === 1 ? anchor : 0.3;
        }
      }
      // the words after the question's own are the answer, those before them its context
      // (far from every word of the question, a word is less likely to be what was asked)
      // (an object the question's words do not close runs on as far as it goes)
      if (novel[k]) score += (firstHit < 0 ? 0.25 : 0.05 + 0.5 * said[k]! ** 2 + (k > lastHit ? 0.1 : 0)) * (near[k]! || (hole >= 0 && back === n) ? 1 : 0.5) * (k > back ? 0.3 : 1);
      // « what was the rate »: the number the sentence gives after the measure is the answer
      // (a year the question names says which of the sentence's numbers: the one beside it)
      // (the first such number of the span is the answer, worth more than any words around it)
      if (measure && /\d/.test(ts[k]!.text) && !hits.has(k)) {
        if (measure.has(ts[k]!.text)) score += 0.8;
        // « from 800 euros to 2,400 euros », « de 800 à 2 400 euros »: the value before the change is no answer, the one after it is
        else if (!YEAR.test(ts[k]!.text) && k > firstHit) score += fromValue(ts, k) ? 0.3 : numbers++ ? 0.3 : 2;
      }
      const last = ts[k]!.bare;
      const cut = e < n && !opensAt(e) && words.genitive.has(ts[e]!.bare);
      const end = (e === n || opensAt(e) ? 0.3 : 0) - (words.dangling.has(last) ? 0.5 : 0) - (cut ? 0.3 : 0);
      if (score + end > bestScore) {
        bestScore = score + end;
        best = [s, e];
      }
    }
  }
  return best;
}

/**
 * Where the sentence writes the first of the question's anchors (answers/hole.ts) with its object after it, and
 * where the question's words written after the anchor come back (the object's end; the sentence's length when
 * they do not); null when it writes none so.
 */
function holeIn(ts: Tok[], hits: Map<number, Term>, anchors: readonly Anchor[], attribution: ReadonlySet<number>): Hole | null {
  for (const a of anchors) {
    for (const [k, t] of hits) {
      if (t !== a.term || attribution.has(k)) continue;
      const next = ts[k + 1];
      if (!next || next.opens || hits.has(k + 1) || attribution.has(k + 1)) continue;
      let back = ts.length;
      for (const [j, u] of hits) if (j > k && j < back && a.after.has(u)) back = j;
      return { at: k, back };
    }
  }
  return null;
}

/** Whether the number at k is the start of a change (« from 800 … to 2,400 », « de 800 à 2 400 »): « from » before it, « to » and a number after. */
function fromValue(ts: Tok[], k: number): boolean {
  if (!/^(?:from|de|d)$/.test(ts[k - 1]?.bare ?? "")) return false;
  for (let j = k + 1; j < ts.length && j <= k + 4; j++) if (/^(?:to|a)$/.test(ts[j]!.bare) && /\d/.test(ts[j + 1]?.text ?? "")) return true;
  return false;
}

function nearest(el: Element, hits: Map<number, Term>): number {
  let d = Number.POSITIVE_INFINITY;
  for (const k of hits.keys()) d = Math.min(d, k < el.from ? el.from - k : k >= el.to ? k - el.to + 1 : 0);
  return d;
}

/**
 * What a number counts: the number's own words and the words after it, past a genitive (« 24 burials »,
 * « 333 constats », « des milliers de soldats »), but not an adjective after the noun in a language that
 * writes them there (lexicon-clauses): « trois conseillers municipaux » counts councillors, not soldiers.
 */
function countedAfter(ts: Tok[], el: Element, words: ClauseWords): KeySet {
  const out: KeySet = new Set();
  const clause = ts[el.from]!.clause;
  // past the number and its qualifiers (« plus de 1 000 », "more than 1,000"), then « de », "of"
  let k = el.from;
  while (k < ts.length && ts[k]!.clause === clause && (isNumberTok(ts[k]!.text) || QUALIFIER.test(ts[k]!.bare) || (k === el.from && /^(?:un|une|a|an)$/.test(ts[k]!.bare)))) {
    for (const key of ts[k]!.keys) out.add(key);
    k++;
  }
  while (k < ts.length && ts[k]!.clause === clause && (words.genitive.has(ts[k]!.bare) || /^(?:a|an|the|le|la|les)$/.test(ts[k]!.bare))) k++;
  const run: Tok[] = [];
  for (; k < ts.length && run.length < 4; k++) {
    const t = ts[k]!;
    if (t.clause !== clause || t.opens || words.dangling.has(t.bare) || !/^\p{L}/u.test(t.text)) break;
    run.push(t);
  }
  // Where the noun comes last, the words before it are its kind ("fisheries bureau vessels", "Taliban
  // detainees") and a participle may follow it ("vessel owned by"): the run counts whole. Where it comes
  // first, the words after it are adjectives: only a name or a nationality among them still says whose
  // they are (« soldats américains »), not « militaires » in « responsables militaires ».
  const noun = run[0];
  for (const t of run) {
    if (words.countedNounFirst && t !== noun && !/^\p{Lu}/u.test(t.text) && ![...t.keys].some((k) => NATIONALITY_KEYS.has(k))) continue;
    for (const key of t.keys) out.add(key);
  }
  return out;
}

function kindFits(wh: Wh, text: string): boolean {
  const f = fold(text);
  const year = /\b(?:1[89]|20)\d\d\b/.test(f) && !/\d[.,]\d|%|\bbn\b|milliard|billion|million/.test(f);
  switch (wh) {
    case "percent":
      return /%|percent|pour ?cent|points?|\d[.,]\d|fois|times|double|tripl/.test(f);
    case "money":
      return /[$€£¥]|\b(?:r\d|usd|eur|euros?|dollars?|rands?|gourdes?|francs?|pounds?|livres?|yuan|bn|billion|milliards?|millions?|md)\b|\d(?:bn|m)\b/.test(f) || /\br\d/.test(f);
    case "year":
      return year;
    case "rank":
      return /\d+(?:e|er|eme|th|st|nd|rd)\b|premier|deuxieme|troisieme|quatrieme|cinquieme|first|second|third|fourth|fifth|last|dernier/.test(f);
    case "duration":
      return /\b(?:years?|ans?|annees?|months?|mois|days?|jours?|weeks?|semaines?|hours?|heures?|minutes?|decades?|decennies?)\b|\d+-(?:day|year|month|hour|week|minute)/.test(f);
    case "count":
      return !year || /\b(?:personnes|people|morts|dead)\b/.test(f);
    default:
      return true;
  }
}

/** The question's noun for what it counts (« how many tickets » → tickets), when it names one. */
function countedTerm(ctx: Ctx, terms: Term[]): Term | null {
  const f = ctx.query.folded;
  const cue = /\b(?:how many|combien de|combien d'|number of|nombre de|nombre d'|quel nombre de)\s*/.exec(f);
  if (!cue) return null;
  const after = f.slice(cue.index + cue[0].length).match(/[\p{L}\p{N}'-]+/gu) ?? [];
  for (const w of after.slice(0, 3)) {
    const t = terms.find((x) => x.word === w);
    if (t) return t;
  }
  return null;
}

const MIN_COVERAGE = 0.2;
/** A cause opens the sentence that gives it when it stands among its first words (« This is because », « C'est en raison de »). */
const OPENING = 3;
/** How far (in words) a clause of cause may stand from the question's words to be the reason asked. */
const CAUSE_NEAR = 8;

/**
 * The declining thresholds, calibrated on the reader questions (eval/questions): below them the
 * reader declines. `element`: questions whose answer is a number, date or place the sentence
 * must hold; `who`: a person or body; `free`: what, how, why, answered by a clause; `yesno`;
 * `cause`: a « why » whose sentence gives a clause of cause near the question's words.
 * The calibration lowers them all to 0 to see every answer with its confidence.
 */
export const readerTuning = { element: 0.5, free: 0.7, who: 0.7, yesno: 0.5, cause: 0.25, list: 0.25 };

/** The declining threshold for a kind of question: « who » is held higher (a name beside the answer is a tempting wrong one), yes/no lower (its clause is checked by the negation it carries). */
function thresholdFor(wh: Wh, needsElement: boolean): number {
  if (wh === "who") return readerTuning.who;
  if (wh === "yesno") return readerTuning.yesno;
  return needsElement ? readerTuning.element : readerTuning.free;
}

/** How sure the reader is of a sentence: the weighted share of the question it holds, less when one word alone matched. */
function confidenceOf(ev: Evidence, nTerms: number, needsElement: boolean, because: boolean): number {
  let c = ev.coverage;
  if (!needsElement && ev.found.length < 2 && nTerms > 1 && !ev.followUp) c *= 0.7;
  // a « why » answered by a sentence that gives a cause (« because », « parce que »)
  // (the sentence often names the decision only as « the decision »: a cause marker is worth much of the question)
  if (because) c = Math.min(1, Math.max(c + 0.3, 0.75));
  return c;
}
/** Words of the sentence an answer quotes: a span, not the sentence (which is cited beneath). */
const WINDOW = 10;

export interface ReaderOptions {
  /** Below this share of the question found in a sentence, decline. */
  minCoverage?: number;
  /** Force the kind of answer (an intent that already knows it). */
  wh?: Wh;
  /** The intent the answer is reported under (« when » for a date read from the sentences). */
  intent?: string;
  /** Below this confidence, decline (default: the calibrated `readerTuning`). */
  threshold?: number;
}

/**
 * Answers from the sentences; null when no sentence holds enough of the question or the kind
 * of element asked for. The cited sentence goes in `cites`, never pasted into the answer.
 */
export function read(ctx: Ctx, opts: ReaderOptions = {}): Draft | null {
  const { index, lang } = ctx;
  // « did X also call Y? » on a story that never names Y: any sentence cited would speak of something else
  const absent = notMentioned(ctx);
  if (absent) return absent;
  const wh = opts.wh ?? whOf(ctx.query.folded);
  if (wh === "what" && !opts.wh && asksNews(ctx)) return summary(ctx);
  if ((wh === "what" || wh === "who") && !opts.wh) {
    const d = defined(ctx);
    if (d === "name") return null;
    if (d) return d;
  }
  // « which countries take part »: the countries are the answer, named in the sentence; the word « countries » is not
  const countries = wh === "where" && COUNTRIES_Q.test(ctx.query.folded);
  const terms = countries ? questionTerms(ctx).filter((t) => !COUNTRY_NOUN.test(t.word)) : questionTerms(ctx);
  const ranked = rankEvidence(ctx, terms, 8);
  if (!ranked.length) return null;
  const minCov = opts.minCoverage ?? MIN_COVERAGE;
  const counted = wh === "count" ? countedTerm(ctx, terms) : null;
  const slang0 = index.story.lang === "en" ? "en" : "fr";
  const slangWords = clauseWords(slang0);
  const numeric = wh === "count" || wh === "money" || wh === "percent" || wh === "rank" || wh === "year" || wh === "duration";

  type Pick = { ev: Evidence; el: Element | null; score: number; ts: Tok[]; hits: Map<number, Term>; conf: number; strong?: boolean };
  let best: Pick | null = null;
  let fallback: Pick | null = null;
  const nat = nationalityTerms(ctx.query);
  const needsElement = wh !== "what" && wh !== "how" && wh !== "yesno" && wh !== "why";
  const threshold = opts.threshold ?? thresholdFor(wh, needsElement);
  const age = wh === "count" && AGE_Q.test(ctx.query.folded);
  // an age is someone's: asked of a person the question names, only a sentence that mentions them gives it
  // (« X, who at 37 … » next to « the 53-year-old Y »: asked Y's age, X's is a tempting wrong one)
  const agedOf = age ? ctx.hits.filter((h) => h.by === "name" && h.entity.kind === "person").map((h) => h.entity) : [];
  const asksAhead = FUTURE_Q.test(ctx.query.folded) || AHEAD_Q.test(ctx.query.folded);
  const fate = wh === "count" ? askedFate(ctx.query.folded) : null;
  const unasked = wh === "when" ? unaskedTimes(ctx.query.folded) : new Set<string>();
  for (const ev of ranked) {
    // « why »: the sentence that gives a reason often names the decision only as « the decision »
    const because = wh === "why" && strongCauseIn(index, ev.sentence);
    if (ev.coverage < minCov && !(because && ev.coverage >= 0.2) && !ev.followUp) continue;
    // « c'était le matin ? », "was it a one-on-one?" after an answer: a yes/no or a clause is read from the
    // last answer's sentence only when it holds a word of the question (else the story does not say whether)
    if (ev.followUp && !needsElement && terms.length > 0 && !ev.found.length) continue;
    // « the German minister »: a sentence about another country's does not answer
    const keys = index.sentences[ev.sentence]!.keys;
    if (nat.some((t) => !nationalityIn(keys, t, ctx.m))) continue;
    const ts = toks(index, ev.sentence);
    const hits = hitsIn(ctx, ts, terms);
    // « qu'a décidé le tribunal ? » of a story where the court « doit rendre sa décision »: a pending act is no outcome
    if (!needsElement || wh === "who") {
      if (!asksAhead && pendingAt(ts, hits)) continue;
    }
    // the places tied to the act asked, read once per sentence (the elements and their scores both need them)
    let attachedHere: Element[] | undefined;
    const attached = (): Element[] => (attachedHere ??= attachedPlacesIn(ts, hits, placeWords(slang0), slangWords.dangling));
    let els: Element[] = [];
    if (numeric) els = numbersIn(ts).filter((e) => kindFits(wh, spanText(index, ev.sentence, ts, e.from, e.to)));
    // « quel jour », « depuis quand »: a part of the day (or a season) written from now does not say which day, nor since when
    else if (wh === "when") els = datesOf(index, ev.sentence).filter((e) => !e.relative || !unasked.has(e.relative as "daypart" | "season"));
    else if (wh === "where" && countries) els = countriesIn(ctx, ts, hitsIn(ctx, ts, terms));
    else if (wh === "where") {
      const named = placesOf(index, ev.sentence);
      // (a phrase no place of the story names is taken only from a sentence that holds the whole question: else it is another act's)
      const tiedHere = ev.coverage >= 0.99 ? attached().filter((a) => !named.some((n) => n.from === a.from)) : [];
      els = [...named, ...tiedHere].filter((e) => !ctx.m.found(keysOf(spanText(index, ev.sentence, ts, e.from, e.to)), terms).length);
    }
    else if (wh === "who") els = whoIn(ctx, ev.sentence, ts, terms, hitsIn(ctx, ts, terms));
    // a number must count what is asked: its own words, or the clause it stands in
    if (counted) els = els.filter((e) => ctx.m.found(countedAfter(ts, e, slangWords), [counted]).length > 0);
    // « à 16 heures », "at 4 pm": a time of day, no duration
    if (wh === "duration") els = els.filter((e) => !(e.from > 0 && /^(?:a|at|vers|around|by|until|jusqu|des|from)$/.test(ts[e.from - 1]!.bare) && /\b(?:heures?|h|pm|am|o'clock)\b|\d[h:]\d/.test(fold(spanText(index, ev.sentence, ts, e.from, e.to)))));
    // a count is not an amount of money nor a share, unless that is what is asked
    if (wh === "count") els = els.filter((e) => !kindFits("money", spanText(index, ev.sentence, ts, e.from, e.to)) && !/%|percent|pour ?cent/.test(fold(spanText(index, ev.sentence, ts, e.from, e.to))));
    // « three people familiar with the talks said », « selon deux responsables »: people counted as the
    // source of a report are no count a reader asks for
    if (wh === "count") els = els.filter((e) => !isSourceCountAt(index, ev.sentence, spanText(index, ev.sentence, ts, e.from, e.to)));
    // « combien ont été arrêtés », "how many were evacuated": a count whose clause says another fate, or none, counts someone else
    if (wh === "count" && fate) els = els.filter((e) => saysFate(ts.filter((t) => t.clause === ts[e.from]!.clause).map((t) => fold(t.text)).join(" "), fate));
    // a number already in the question is not its answer
    if (numeric) els = els.filter((e) => !ctx.query.numbers.some((n) => spanText(index, ev.sentence, ts, e.from, e.to).replace(/[\s,.]/g, "").includes(String(n))) || wh === "percent");
    // « how old », « quel âge »: an age is written with its unit (« 36 ans », "aged 61"), never a count of anything else (« deux anciens ministres »)
    if (age) els = els.filter((e) => (AGE_UNIT.test(fold(spanText(index, ev.sentence, ts, e.from, e.to))) || AGED.test(ts[e.from - 1]?.bare ?? "")) && !spanAfter(ts, e));
    if (agedOf.length && !agedOf.some((e) => e.mentions.includes(ev.sentence) || ts.some((t) => e.nameWords.some((n) => n.length > 2 && fold(n) === t.bare)))) els = [];
    if (needsElement && !els.length) continue;
    let el: Element | null = null;
    let elScore = 0;
    const attachedAt = new Set(wh === "where" ? attached().map((a) => a.from) : []);
    for (const e of els) {
      const d = nearest(e, hits);
      const sameClause = [...hits.keys()].some((k) => ts[k]!.clause === ts[e.from]!.clause) ? 0.5 : 0;
      // « which countries »: a sentence that lists several answers more of the question than one that names one in passing
      const listed = countries ? 0.3 * (e.text.split(", ").length - 1) : 0;
      // « where »: the place tied to the act asked, or a named place tied to it, before any place the sentence names elsewhere
      const tied = wh === "where" && (e.attached || attachedAt.has(e.from)) ? 1 : 0;
      const s = sameClause - 0.05 * Math.min(d, 20) + (counted && ctx.m.found(countedAfter(ts, e, slangWords), [counted]).length ? 1 : 0) + listed + tied;
      if (!el || s > elScore) {
        el = e;
        elScore = s;
      }
    }
    if (wh === "why") {
      const cause = causeIn(ts, hits, index.story.lang === "en" ? "en" : "fr");
      el = cause?.el ?? null;
      // « because », « parce que » say why; « after », « pour » may only say when or what for
      elScore = cause?.strong ? 10 : 0;
    }
    const score = ev.score + (el ? 0.15 + 0.1 * elScore : 0);
    let conf = confidenceOf(ev, terms.length, needsElement, because);
    // « quel âge », "how old": an age written with its unit (« 53-year-old », « 36 ans ») holds the question's word for age
    if (age && el) conf = Math.max(conf, coverage(ctx, keys, terms, (t) => AGE_WORDS.has(t.word)).share);
    // a list of countries a few words from the question's own answers « which countries » as a clause of cause answers « why »
    if (countries && el && el.text.split(", ").length >= 2 && nearest(el, hits) <= LIST_NEAR) conf = Math.min(1, conf + readerTuning.list);
    // the best sentence the reader is sure enough of: one ranked higher for its cue (a « because »)
    // but holding too little of the question gives way to one that holds it
    // « why » answered by a clause of cause a few words from the question's own: the answer is of the
    // kind asked, which is worth more than the share of the question's words (« pourquoi Lorvik
    // interdit-elle … » answered by « en raison du taux … » in the sentence that names the ban alone)
    const need = wh === "why" && el && hits.size > 0 && nearest(el, hits) <= CAUSE_NEAR ? Math.min(threshold, readerTuning.cause) : threshold;
    if (conf < need) continue;
    // held by the lower bar only: taken when no sentence clears the usual one (one that holds the question wins)
    if (conf < threshold) {
      if (!fallback || score > fallback.score) fallback = { ev, el, score, ts, hits, conf, strong: wh === "why" && elScore >= 10 };
      continue;
    }
    if (!best || score > best.score) best = { ev, el, score, ts, hits, conf, strong: wh === "why" && elScore >= 10 };
  }
  best ??= fallback;
  if (!best) return null;
  // « why »: a sentence that states the event and gives no cause is often followed by the one that
  // does, opening on it (« En raison de … », "Because of …", "This is because …"): its reason is that one's
  if (wh === "why" && !best.strong && !best.ev.followUp) {
    const next = best.ev.sentence + 1;
    const nts = next < index.story.sentences.length ? toks(index, next) : [];
    const kinds = nts.length ? causeKinds(nts, index.story.lang === "en" ? "en" : "fr") : [];
    const at = kinds.findIndex((k, i) => i <= OPENING && k === "strong");
    if (at >= 0) best = { ...best, ev: { ...best.ev, sentence: next }, ts: nts, hits: hitsIn(ctx, nts, terms), el: { from: at, to: Math.min(nts.length, at + 11), text: "", kind: "clause" }, strong: true };
  }
  const { ev, el, ts, hits } = best;
  const forward = wh === "what" || wh === "how" || wh === "why" || wh === "yesno";
  // yes/no: a negation next to the question's words settles it, and the span shows it
  const neg = wh === "yesno" && !NEGATION_Q.test(ctx.query.folded) ? negationNear(ts, hits, new Set(ctx.query.words)) : -1;
  const slang = index.story.lang === "en" ? "en" : "fr";
  // the speaker's name and the source's are the attribution, not the answer
  const attribution = attributionAt(ctx, ev.sentence, ts);
  // « le taux », "the loss", or « what's the N » of an N the sentence gives a figure for (« the fee cap … to $3,400 »)
  const measured = wh === "what" && (asksMeasure(ctx) || figureAfterAsked(ctx, ts));
  // « il va proposer quoi ? »: the word the question asks the object of, where the sentence writes it
  // (where the sentence writes it with words after it, outside the attribution: « …, said X » holds no object)
  const object = wh === "what" && !measured ? holeIn(ts, hits, holeAnchors(ctx.query, terms, speechVerbAt(ctx.query.folded)), attribution) : null;
  let [s, e] =
    neg >= 0
      ? [Math.max(0, neg - 3), Math.min(ts.length, Math.max(0, neg - 3) + WINDOW)]
      : el && el.kind === "clause" && el.exact
        ? [el.from, el.to]
      : el && el.kind === "clause"
        ? clauseSpan(ts, hits, wh, slang, SPAN[lang], attribution, el.from)
        : wh === "yesno"
          ? (askedSpan(ts, hits) ?? clauseSpan(ts, hits, wh, slang, SPAN[lang], attribution))
          : forward && !el
            ? clauseSpan(ts, hits, wh, slang, SPAN[lang], attribution, undefined, wh === "what" && measured ? new Set(ctx.query.numbers.map(String)) : null, object)
            : windowAround(ts, hits, el && el.to - el.from <= WINDOW ? el : null, WINDOW, forward);
  // « what », « how »: a span drawn mostly out of the clause that holds the question's focus, into another that
  // holds one of its words too (« …, before the council can vote »), answers something else: the focus clause answers (spans.ts)
  if (neg < 0 && !el && (wh === "what" || wh === "how") && !measured && !object) {
    const weight = (t: Term) => ctx.m.weight(t);
    const content = (k: number) => ts[k]!.text.length > 2 && !isStopword(fold(ts[k]!.text));
    const focus = focusClause(ts, hits, weight, wh, attribution, clauseWords(slang).means, content)?.clause;
    const inFocus = focus ? Math.max(0, Math.min(e, focus[1]) - Math.max(s, focus[0])) : 0;
    const chosen = focus && inFocus * 2 < e - s ? answerClause(ts, hits, weight, wh, SPAN[lang], clauseWords(slang).dangling, content, attribution, clauseWords(slang).means) : null;
    if (chosen) [s, e] = chosen;
  }
  // a span is short as read, marks included (« », dashes): drop words from the side away from the answer
  while (e - s > 2 && spanText(index, ev.sentence, ts, s, e).split(/\s+/).length > (forward && (!el || el.kind === "clause") ? SPAN[lang] : WINDOW)) {
    const keepEnd = forward || (el !== null && el.kind !== "clause" && el.to >= e - 1);
    if (keepEnd && !(el && el.from <= s)) s++;
    else e--;
  }
  // a reader of the other language gets the answer proper with a few of the story's words around it, not a clause in its language
  if (el && el.kind !== "clause" && index.story.lang !== lang) {
    const max = 6;
    while (e - s > max && e - s > el.to - el.from) {
      if (el.from - s > e - el.to) s++;
      else e--;
    }
  }
  const window = spanText(index, ev.sentence, ts, s, e);
  const raw = el && el.kind !== "clause" ? el.text || spanText(index, ev.sentence, ts, el.from, el.to) : "";
  // a French date in an English answer carries its English words (« 3 juin (3 June) »)
  const lead = el?.kind === "date" ? glossDate(lang, raw) : raw;
  const source = sourceOf(ctx, ev.sentence);
  const open = lang === "fr" ? "« " : "“";
  const close = lang === "fr" ? " »" : "”";
  const quoted = `${open}${s > 0 ? "…" : ""}${window}${e < ts.length ? "…" : ""}${close}`;
  let text: string;
  if (el && el.kind === "person") {
    text = `${lead}. ${quoted}`;
  } else if (lead && !window.includes(lead)) text = `${capital(lead)}: ${quoted}`;
  else if (lead) text = pick(lang, `${capital(lead)} — ${quoted}`, `${capital(lead)} — ${quoted}`);
  else if (neg >= 0) text = pick(lang, `Non, d'après la dépêche : ${quoted}`, `No, according to the story: ${quoted}`);
  else if (wh === "yesno" && settles(ctx, ev, terms, hits, s, e)) text = pick(lang, `Oui, d'après la dépêche : ${quoted}`, `Yes, according to the story: ${quoted}`);
  else text = pick(lang, `D'après la dépêche : ${quoted}`, `The story says: ${quoted}`);
  if (source) text += pick(lang, ` (selon ${source})`, ` (according to ${lang === "en" ? roleIn(source, ctx.index.story.lang, "en") : source})`);
  return { answered: true, intent: opts.intent ?? "read", parts: [text + "."], cites: [ev.sentence], confidence: Math.round(best.conf * 100) / 100 };
}

/** The decline of a question that names someone or something the story never writes; null when it names none such. */
export function notMentioned(ctx: Ctx): Draft | null {
  const names = unmentionedNames(ctx);
  if (!names.length) return null;
  const list = names.join(ctx.lang === "fr" ? " ni " : " or ");
  return declineAbsent(ctx, pick(ctx.lang, `La dépêche ne mentionne pas ${list}.`, `The story does not mention ${list}.`));
}

/**
 * Whether a sentence settles a yes/no question by « yes »: it holds every word of the question
 * (or its translation), in the span the answer shows, and the question itself asks no negation or
 * alternative (« or not », « ou pas », « above or below »). Anything less is shown, not answered yes.
 */
function settles(ctx: Ctx, ev: Evidence, terms: Term[], hits: Map<number, Term>, s: number, e: number): boolean {
  if (terms.length < 2 || ev.coverage < 0.99 || ev.followUp) return false;
  if (NEGATION_Q.test(ctx.query.folded) || /\b(?:or|ou)\b/.test(ctx.query.folded)) return false;
  const shown = new Set<Term>();
  for (const [k, t] of hits) if (k >= s && k < e) shown.add(t);
  // no keys of its own: each of the question's words (or its translation) counts only if the span shows it
  return coverage(ctx, new Set<string>(), terms, (t) => shown.has(t)).share >= 0.99;
}

const NEGATION = /^(?:not|n't|never|no|none|nobody|neither|nor|without|ne|n'|pas|jamais|aucun|aucune|personne|sans|ni|refus\w*|declin\w*|rejet\w*|reject\w*|deni\w*|dement\w*|nie|nient|ecarte|ecartent|ecarter|ecartee?s?|exclu|exclut|excluent|exclure|exclude|excludes|excluded)$/;
export const NEGATION_Q = /\b(?:not|n't|never|no|pas|jamais|aucun|aucune|ni)\b|n'(?:a|ont|est|etait|y)\b/;

/** For a yes/no question: the span that shows every word asked, with a little context, when they fit in one; null otherwise. */
function askedSpan(ts: Tok[], hits: Map<number, Term>): [number, number] | null {
  if (!hits.size) return null;
  const lo = Math.min(...hits.keys());
  const hi = Math.max(...hits.keys()) + 1;
  if (hi - lo > WINDOW) return null;
  const s = Math.max(0, Math.min(lo - Math.floor((WINDOW - (hi - lo)) / 3), ts.length - WINDOW));
  return [s, Math.min(ts.length, s + WINDOW)];
}

/** A negation in the clause of the question's words, within a few words of one of them; -1 when none. */
function negationNear(ts: Tok[], hits: Map<number, Term>, asked: ReadonlySet<string>): number {
  let best = -1;
  let bestD = 7;
  // the clause that holds most of the question is the proposition asked: a negation beside a word of it in another
  // clause denies something else (« le risque est très élevé, il n'y a pas de différence entre le risque au nord … »)
  const perClause = new Map<number, Set<Term>>();
  for (const [h, t] of hits) {
    const c = ts[h]!.clause;
    const set = perClause.get(c) ?? new Set<Term>();
    set.add(t);
    perClause.set(c, set);
  }
  const most = Math.max(0, ...[...perClause.values()].map((x) => x.size));
  ts.forEach((t, k) => {
    // a word the question itself uses (« sans ancrage » asked about « sans ancrage ») denies nothing it asks
    const w = fold(t.text).replace(/^(?:n|d|l|qu)'/, (x) => (x === "n'" ? "n'" : ""));
    if (hits.has(k) || asked.has(w)) return;
    // « rule out », « ruled out »: a verb that denies only with its particle
    const rulesOut = /^rul(?:e|es|ed|ing)$/.test(w) && fold(ts[k + 1]?.text ?? "") === "out";
    if (!rulesOut && !NEGATION.test(w) && !/^(?:isn|wasn|didn|doesn|don|hasn|haven|hadn|won|wouldn|couldn|aren|weren)'t$/.test(w) && !/^n'/.test(fold(t.text))) return;
    for (const h of hits.keys()) {
      if (ts[h]!.clause !== t.clause && Math.abs(h - k) > 2) continue;
      if (perClause.get(ts[h]!.clause)!.size < most) continue;
      const d = Math.abs(h - k);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
  });
  return best;
}

// « c'est quoi X », « what is X », « what does X stand for »: X, without its article
// (chat spellings and greetings — « c koi », "whats", « salut, » — are read in chat.ts before any answer: the question here is in standard spelling)
const DEFINE_Q = /^(?:c'est quoi|(?:ca|cela) veut dire quoi|what's|what is|what are|what was|qu'est-ce que c'est que|qu'est-ce que|que signifie|que veut dire|what does|(c'est qui|qui est|qui etait|who is|who's|who was))\s+(?:the |a |an |le |la |les |l'|un |une |des )?(.{2,40}?)(?:\s+(?:mean|means|stand for|stands for|veut dire))?\s*[?!.]*$/;
/** A question that asks what a name means or stands for, not what the thing is. */
const MEANING_Q = /\b(?:mean|means|stand for|stands for|veut dire|signifie|signifient)\b/;
const DEFINE_STOP = /^(?:it|this|that|they|he|she|ca|cela|il|elle|going|happening|the|news|info|story|histoire|article|name|nom|role|job|story about|deal)\b/;

/**
 * « What is X? » answered the way news writing defines things: an acronym's spelled-out name
 * before it in brackets (« … Customs Office (Rco) »), an apposition after it (« X, a patrol
 * vessel, … », brackets skipped), or the noun before it (« le pesticide X »). Null when the story
 * writes no such definition.
 */
function defined(ctx: Ctx): Draft | "name" | null {
  // asked by the routing and then by the reader, of the same question: read once
  if (defineMemo.has(ctx)) return defineMemo.get(ctx) ?? null;
  const d = define(ctx);
  defineMemo.set(ctx, d);
  return d;
}
const defineMemo = new QuestionMemo<Ctx, Draft | "name" | null>();

/**
 * « X c'est quoi ? », « X, c'est qui ? », "X, what is it?": the same question with its subject put first,
 * as readers type it in a chat (chat spellings « c koi », « c qui » are read as « c'est quoi », « c'est qui » before).
 */
const DEFINE_AFTER_Q = /^(?:et |and |so |alors )?(?:the |a |an |le |la |les |l'|un |une |des )?(.{2,40}?),? (?:c'est (?:quoi|(qui))|c'est quoi (?:ca|exactement)|c'est (qui) (?:ca|exactement)|qu'est-ce que c'est|qui est-ce|what is (?:it|that)|what's (?:that|it)|(who) is (?:he|she|that))\s*[?!.]*$/;

function define(ctx: Ctx): Draft | "name" | null {
  const f = ctx.query.folded.replace(/\s+/g, " ").trim();
  const m = DEFINE_Q.exec(f);
  const after = m ? null : DEFINE_AFTER_Q.exec(f);
  const subjectText = m?.[2] ?? after?.[1];
  if ((!m && !after) || !subjectText || DEFINE_STOP.test(subjectText)) return null;
  // « who is X »: only a name is defined (« who is the new boss » asks for a person, read as « who »)
  const person = m ? m[1] !== undefined : after![2] !== undefined || after![3] !== undefined || after![4] !== undefined;
  const subject = subjectText.split(" ").filter(Boolean);
  if (subject.length > 5) return null;
  const { index, lang } = ctx;
  // « who is X » of a person the story names: the role it gives them, in an apposition before or after the name or a title
  if (person) {
    const e = ctx.hits.find((h) => h.by === "name" && h.entity.kind === "person" && subject.some((w) => h.entity.nameWords.some((n) => fold(n) === w)))?.entity;
    const role = e ? roleOf(index, e) : null;
    if (e && role) {
      const shown = lang === "en" ? roleIn(role, index.story.lang, "en") : role;
      const cite = e.mentions[0];
      return { answered: true, intent: "read", parts: [pick(lang, `${e.name} : ${shown}.`, `${e.name}: ${shown}.`)], cites: cite !== undefined ? [cite] : [], confidence: 0.8 };
    }
  }
  let named = false;
  let gloss: Draft | null = null;
  for (const s of index.story.sentences) {
    const ts = toks(index, s.index);
    const text = s.text;
    for (let k = 0; k + subject.length <= ts.length; k++) {
      if (!subject.every((w, j) => fold(ts[k + j]!.text) === w)) continue;
      if (person && !/^\p{Lu}/u.test(ts[k]!.text)) continue;
      named = true;
      let end = k + subject.length;
      // « Marel » asked, « Marel Island » written: the rest of the name goes with it
      while (end < ts.length && end < k + subject.length + 2 && /^\p{Lu}/u.test(ts[end]!.text) && /^\p{Lu}/u.test(ts[k]!.text) && /^\s*$/.test(text.slice(ts[end - 1]!.end, ts[end]!.start))) end++;
      const gapBefore = k > 0 ? text.slice(ts[k - 1]!.end, ts[k]!.start) : "";
      let def: [number, number] | null = null;
      let bracket: [number, number] | null = null;
      if (/\(\s*$/.test(gapBefore) && k > 1) {
        def = spelledOut(ts, k);
      } else if (end < ts.length) {
        let j = end;
        let gap = text.slice(ts[end - 1]!.end, ts[j]!.start);
        // skip a bracket right after the name (« Marel Island (Sorn Island), a … »), keeping
        // what it holds: a spelled-out name or a translation when nothing after it defines the name
        if (/^['’"”»]?\s*\(/.test(gap)) {
          const close = text.indexOf(")", ts[end - 1]!.end);
          while (j < ts.length && ts[j]!.start < close) j++;
          if (glossIn(ts, end, j)) bracket = [end, j];
          if (j >= ts.length && !bracket) continue;
          if (j < ts.length) gap = text.slice(close, ts[j]!.start);
        }
        const slang = index.story.lang === "en" ? "en" : "fr";
        const first = j < ts.length ? fold(ts[j]!.text).replace(/'.*$/, "") : "";
        // « X, a patrol vessel, », « X, or Falcon, »: an apposition or a gloss; « X, président du
        // groupe Y, »: a role noun with no article, as news writing puts one after a name
        // « what does X stand for », « que veut dire X »: the bracket's spelled-out name first
        if (j >= ts.length || (bracket && MEANING_Q.test(ctx.query.folded))) def = bracket;
        // (a name written in quotation marks, « le "X", une pente … », closes them before the comma)
        else if (/^[)"”»’']?\s*,\s*$/.test(gap) && (APPOSITION_OPENS[slang].test(first) || (/^\p{Ll}/u.test(ts[j]!.text) && ROLE_NOUNS[slang].has(first)))) {
          if (/^(?:or|ou|soit)$/.test(fold(ts[j]!.text))) j++;
          let to = j + 1;
          while (to < ts.length && to - j < WINDOW && ts[to]!.clause === ts[j]!.clause) to++;
          def = [j, to];
        }
        // « X est une substance active … », "X is a grouping of …": the copula and an indefinite article define
        else if (/^["”»’']?\s+$/.test(gap) && j + 2 < ts.length && COPULA[slang].test(first) && INDEFINITE[slang].test(fold(ts[j + 1]!.text)) && ts[j + 1]!.clause === ts[j]!.clause) {
          let to = j + 2;
          while (to < ts.length && to - j - 1 < WINDOW && ts[to]!.clause === ts[j + 1]!.clause) to++;
          def = [j + 1, to];
        }
      }
      // « l'ambassadeur de Y en France, X »: a person's role in the apposition before the name
      if (!def && person && k > 1 && /^\s*,\s*$/.test(gapBefore)) {
        const slang = index.story.lang === "en" ? "en" : "fr";
        const c = ts[k - 1]!.clause;
        for (let r = k - 1; r >= 0 && k - r <= WINDOW && ts[r]!.clause === c; r--) {
          if (ROLE_NOUNS[slang].has(fold(ts[r]!.text).replace(/^(?:l|d)['’]/, "")) && /^\p{Ll}/u.test(ts[r]!.text)) {
            def = [r, k];
            break;
          }
        }
      }
      // « le pesticide X »: a common noun before a name written in lower case
      if (!def && k > 1 && /^\p{Ll}/u.test(ts[k]!.text) && /^(?:the|le|la|les|l)$/.test(fold(ts[k - 2]!.text)) && /^\p{Ll}{4,}$/u.test(ts[k - 1]!.text) && !isStopword(fold(ts[k - 1]!.text))) def = [k - 1, k];
      // « des systèmes antiaériens X », « de la frégate X »: the common noun (and its adjective) a designation is written after
      if (!def && k > 1 && /[\p{Lu}\d]/u.test(ts[k]!.text) && ts[k - 1]!.clause === ts[k]!.clause) {
        let from = k;
        while (from > 0 && k - from < 2 && /^\p{Ll}{4,}$/u.test(ts[from - 1]!.text) && !isStopword(fold(ts[from - 1]!.text)) && ts[from - 1]!.clause === ts[k]!.clause) from--;
        if (from < k && from > 0 && NOUN_BEFORE_NAME.test(fold(ts[from - 1]!.text))) def = [from, k];
      }
      // a bracket alone glosses the name: taken when no sentence defines it otherwise
      const glossOnly = !def && bracket !== null;
      def ??= bracket;
      if (!def || def[1] - def[0] < 1) continue;
      // an apposition right after the name is read on from it: the name and its definition together
      // stay shorter than a pasted run of the story's words
      if (def[0] >= end && /^[\s,"”»’']*$/.test(text.slice(ts[end - 1]!.end, ts[def[0]]!.start))) {
        const dangling = clauseWords(index.story.lang === "en" ? "en" : "fr").dangling;
        while (def[1] - def[0] > 1 && wordsIn(ts, k, def[1]) > SPAN[lang] - 1) def[1]--;
        while (def[1] - def[0] > 1 && dangling.has(ts[def[1] - 1]!.bare)) def[1]--;
      }
      const span = spanText(index, s.index, ts, def[0], def[1]);
      if (span.split(/\s+/).length > 11) continue;
      const name = spanText(index, s.index, ts, k, end);
      // a reader of the other language gets the story's own words, quoted: a definition is too short a phrase to translate word by word
      const said = index.story.lang === lang ? span : lang === "fr" ? `« ${span} »` : `“${span}”`;
      const draft: Draft = { answered: true, intent: "read", parts: [pick(lang, `${name} : ${said}.`, `${name}: ${said}.`)], cites: [s.index], confidence: 0.8 };
      if (!glossOnly) return draft;
      gloss ??= draft;
    }
  }
  if (gloss) return gloss;
  // « who is X » of a name the story writes but never defines: no other person it names is the answer
  if (person && named) return "name";
  return null;
}

/** A present or past copula: « X est une … » defines X. */
const COPULA = { en: /^(?:is|was|are|were)$/, fr: /^(?:est|etait|sont|etaient)$/ };
/** The indefinite article a definition opens with (« une substance », "a group"). */
const INDEFINITE = { en: /^(?:a|an)$/, fr: /^(?:un|une|des)$/ };
/** The story's role nouns (« président », « spokesman »), folded: an apposition may open on one with no article. */
const ROLE_NOUNS = { en: new Set(NAME_WORDS.en.roleNouns.map((w) => fold(w))), fr: new Set(NAME_WORDS.fr.roleNouns.map((w) => fold(w))) };

/** The words that open an apposition in each language (French « a » after a comma is the verb, « X, a téléphoné »). */
const APPOSITION_OPENS = { en: /^(?:a|an|the|which|one|or|meaning|i\.e)$/i, fr: /^(?:un|une|le|la|l|qui|ou|soit)$/i };

/** The words a common noun stands after when a designation follows it (« de systèmes antiaériens X », « the frigate X »). */
const NOUN_BEFORE_NAME = /^(?:de|des|du|d|le|la|les|l|un|une|the|a|an|of)$/;

const CONNECTS = /^(?:de|du|des|d|la|le|l|et|of|and|for|on|pour|sur|en)$/;
const DETERMINES = /^(?:the|a|an|le|la|les|l|un|une|over|of|du|des|de|by|par|au|aux|to|in|en|for|pour|its|their|son|sa|ses|leur)$/;

/**
 * Whether tokens [from, to) in brackets after a name gloss it: news writing puts an acronym's
 * spelled-out name or a foreign name's translation there (« la BXR (Brigade des xylophones
 * rapides) », "operation 'Zor-e-Bakht' (Strength of Fortune)"): two words or more, opening on a
 * capital, with no figure (« (2019) », « (14 %) » date or count the name, they do not define it).
 */
function glossIn(ts: Tok[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > WINDOW) return false;
  if (!/^\p{Lu}/u.test(ts[from]!.text)) return false;
  return ts.slice(from, to).every((t) => !/\d/.test(t.text) && t.clause === ts[from]!.clause);
}

/** The name an acronym in brackets spells out (« Ruritanian Customs Office (Rco) »), as token bounds. */
function spelledOut(ts: Tok[], k: number): [number, number] | null {
  const last = k - 1;
  const clause = ts[last]!.clause;
  const capital = (t: Tok) => /^(?:[ldLD]['’])?\p{Lu}/u.test(t.text);
  if (capital(ts[last]!)) {
    // an English name: capitalised words and the small words between them
    let from = last;
    while (from > 0 && ts[from - 1]!.clause === clause && (capital(ts[from - 1]!) || (CONNECTS.test(fold(ts[from - 1]!.text)) && from > 1 && capital(ts[from - 2]!)))) from--;
    return [from, k];
  }
  // a French name starts with one capital (« Agence nationale des routes … »), not the sentence's own
  for (let c = last - 1; c > 0 && c >= last - 11 && ts[c]!.clause === clause; c--) if (capital(ts[c]!)) return [c, k];
  // lower-case words back to their determiner (« the long-term housing strategy »)
  let from = last;
  while (from > 0 && last - from < WINDOW && ts[from - 1]!.clause === clause && !DETERMINES.test(fold(ts[from - 1]!.text))) from--;
  return [from, k];
}

function clauseKeys(ts: Tok[], el: Element): KeySet {
  const c = ts[el.from]!.clause;
  const out: KeySet = new Set();
  for (const t of ts) if (t.clause === c) for (const k of t.keys) out.add(k);
  return out;
}

const STRONG_CAUSE_TEXT = /\b(?:because|due to|owing to|car|parce que|parce qu|puisque|faute d|en raison d|a cause d)\b/;

/** Whether a sentence of the story says « because » or the like; per story and sentence (the same for every question). */
function strongCauseIn(index: StoryIndex, i: number): boolean {
  let memo = strongCauseMemo.get(index);
  if (!memo) strongCauseMemo.set(index, (memo = new Map()));
  let hit = memo.get(i);
  if (hit === undefined) memo.set(i, (hit = STRONG_CAUSE_TEXT.test(fold(index.story.sentences[i]!.text)) || agentOfCauseIn(toks(index, i), index.story.lang === "en" ? "en" : "fr")));
  return hit;
}

/** Whether token k is the « par », "by" of a participle of causing (« causés par les pluies », "triggered by the rains"): the cause follows. */
function agentOfCause(ts: Tok[], k: number, lang: "fr" | "en"): boolean {
  const words = clauseWords(lang);
  return k > 0 && words.agentBy.has(ts[k]!.bare) && words.causedBy.has(ts[k - 1]!.bare) && ts[k - 1]!.clause === ts[k]!.clause;
}

function agentOfCauseIn(ts: Tok[], lang: "fr" | "en"): boolean {
  for (let k = 1; k < ts.length; k++) if (agentOfCause(ts, k, lang)) return true;
  return false;
}
const strongCauseMemo = new WeakMap<StoryIndex, Map<number, boolean>>();

/** Whether the words of a sentence at k open a reason in the story's language: a cue word or pair (strong), or a weak opener (« after », « pour »). */
function causeAt(ts: Tok[], k: number, lang: "fr" | "en"): "strong" | "weak" | null {
  const w = ts[k]!.bare;
  const cues = cuesOf(lang);
  const next = ts[k + 1]?.bare ?? "";
  if (cues.causePairs.some(([a, b]) => a === w && b === next)) return "strong";
  // « causés par les pluies », "triggered by the rains": the agent of a verb of causing is the cause
  if (agentOfCause(ts, k, lang)) return "strong";
  // « reason », « raison » name a cause but do not open one
  if (cues.cause.has(w) && !/^(?:reasons?|raisons?|motifs?|caused)$/.test(w)) return "strong";
  return clauseWords(lang).weakCause.has(w) ? "weak" : null;
}

/** causeAt for every token of a sentence, kept with the story's tokens: the same for every question. */
function causeKinds(ts: Tok[], lang: "fr" | "en"): readonly ("strong" | "weak" | null)[] {
  const key = lang === "en" ? causeKindsEn : causeKindsFr;
  let kinds = key.get(ts);
  if (!kinds) key.set(ts, (kinds = ts.map((_, k) => causeAt(ts, k, lang))));
  return kinds;
}
const causeKindsEn = new WeakMap<Tok[], readonly ("strong" | "weak" | null)[]>();
const causeKindsFr = new WeakMap<Tok[], readonly ("strong" | "weak" | null)[]>();

/**
 * The clause that gives a reason: the causal opener nearest after the question's words (before
 * them only for a strong one), so « … grâce aux exportations en Belgique, mais aussi en Suisse grâce à un
 * franc faible » answers « and in Switzerland, why? » with the second.
 */
function causeIn(ts: Tok[], hits: Map<number, Term>, lang: "fr" | "en"): { el: Element; strong: boolean } | null {
  const keys = [...hits.keys()];
  const firstHit = keys.length ? Math.min(...keys) : 0;
  let best: { el: Element; strong: boolean; d: number } | null = null;
  const kinds = causeKinds(ts, lang);
  for (let k = 0; k < ts.length; k++) {
    const kind = kinds[k];
    if (!kind) continue;
    // « pour » and « after » are causes only after the words the question repeats
    if (kind === "weak" && k < firstHit) continue;
    // how far from the question's words: the nearest hit before the marker, else the distance to the first hit
    const before = keys.filter((h) => h < k);
    const d = before.length ? k - Math.max(...before) : 3 + firstHit - k;
    const score = d + (kind === "weak" ? 6 : 0);
    if (!best || score < best.d) best = { el: { from: k, to: Math.min(ts.length, k + 11), text: "", kind: "clause" }, strong: kind === "strong", d: score };
  }
  // « X, which then fuelled Y », « X a provoqué Y »: a verb of causing in the active voice with the effect asked
  // about after it (the question's words); its subject, the words before it, is the cause
  const words = clauseWords(lang);
  for (let k = 1; k < ts.length; k++) {
    if (!words.causing.has(ts[k]!.bare) || words.agentBy.has(ts[k + 1]?.bare ?? "") || /^(?:of|de|des|du)$/.test(ts[k + 1]?.bare ?? "")) continue;
    // « the causes », « les causes »: a noun, no verb
    if (/^(?:the|a|an|its|their|les|des|la|le|l|ses|leurs|a)$/.test(ts[k - 1]!.bare) && !words.causingLead.has(ts[k - 1]!.bare)) continue;
    const effect = keys.filter((h) => h > k && h - k <= 8);
    if (!effect.length) continue;
    let end = k;
    while (end > 0 && words.causingLead.has(ts[end - 1]!.bare)) end--;
    if (end === 0) continue;
    // the cause: the clause before the verb, at most ten words back
    const clause = ts[end - 1]!.clause;
    let from = end - 1;
    while (from > 0 && end - from < 10 && ts[from - 1]!.clause === clause) from--;
    const d = Math.min(...effect) - k;
    if (!best || d < best.d) best = { el: { from, to: end, text: "", kind: "clause", exact: true }, strong: true, d };
  }
  return best ? { el: best.el, strong: best.strong } : null;
}

/** People and institutions the sentence names that the question does not. */
function whoIn(ctx: Ctx, i: number, ts: Tok[], terms: Term[], hits: Map<number, Term>): Element[] {
  const text = ctx.index.story.sentences[i]?.text ?? "";
  const out: Element[] = [];
  const asked = new Set(ctx.hits.filter((h) => h.by === "name").map((h) => h.entity.name));
  // the office and the words that say which office (« foreign », « health », « deputy »)
  const titles = titleTerms(ctx.query);
  if (titles.length) titles.push(...ctx.query.terms.filter((t) => OFFICE_MODIFIERS.has(t.word) && !titles.includes(t)));
  const nat = nationalityTerms(ctx.query);
  const naming = W_NAME.test(ctx.query.folded);
  // « the name of the corvette »: a name written next to the thing the question names
  if (naming && !titles.length) {
    const things = terms.filter((t) => !nat.includes(t));
    ts.forEach((t, k) => {
      if (!ctx.m.found(t.keys, things).length) return;
      for (let j = k + 1; j <= k + 3 && j < ts.length; j++) {
        // the name stands right beside the noun (« son porte-parole, Jean X », « the corvette Y »), not after a verb or a preposition
        if (!/^[\s,:«»"“”]*$/.test(text.slice(ts[j - 1]!.end, ts[j]!.start)) || (j > k + 1 && !/^(?:the|le|la|l|un|une|a|an)$/i.test(ts[j - 1]!.text))) break;
        if (/^\p{Lu}/u.test(ts[j]!.text) && !ctx.m.found(ts[j]!.keys, terms).length) {
          let to = j + 1;
          while (to < ts.length && to < j + 4 && /^\p{Lu}/u.test(ts[to]!.text)) to++;
          out.push({ from: j, to, text: "", kind: "place" });
          break;
        }
      }
      // « the annual Blue Fox exercises », « the Blue Fox, or Renard, drills »: an English name stands before its noun,
      // with nothing but other capitalised words or a gloss (« or », « ou ») between them
      if (out.length) return;
      let j = k - 1;
      let first = -1;
      while (j > 0) {
        const w = ts[j]!.text;
        if (/^(?:or|ou|aka)$/i.test(w)) j--;
        // a nationality, or two joined (« Norwegian-Danish »), says whose the thing is, not its name
        else if (/^\p{Lu}/u.test(w) && !isStopword(fold(w)) && !ctx.m.found(ts[j]!.keys, terms).length && !/\p{L}-\p{Lu}/u.test(w) && !isNationalityWord(fold(w))) first = j--;
        else break;
      }
      // after a determiner or a word of the series (« the annual X drills »): a capital after anything else may be a nationality's (« Danish exercise director »)
      if (first <= 0 || !NAME_BEFORE_NOUN.test(fold(ts[first - 1]!.text))) return;
      let to = first + 1;
      while (to < k && /^\p{Lu}/u.test(ts[to]!.text)) to++;
      out.push({ from: first, to, text: "", kind: "place" });
    });
    return out;
  }
  for (const p of entitiesIn(ctx.index, text)) {
    if (asked.has(p.entity.name)) continue;
    // « what's the spokesperson's name? »: a description (« son porte-parole ») is no name
    if (naming && !/^\p{Lu}/u.test(p.entity.name)) continue;
    // « who is the ambassador »: only someone who holds that office, of the nationality asked
    if (titles.length) {
      const role = roleOf(ctx.index, p.entity);
      const keys = new Set([...p.entity.keys, ...(role ? keysOf(role) : [])]);
      // every word of the office (« prime » minister is not the defence minister)
      if (p.entity.kind !== "person" || coverage(ctx, keys, titles, undefined, true).share < 1) continue;
      if (!nat.every((t) => entityFits(ctx.index, p.entity, t, ctx.m))) continue;
    }
    const at = ts.findIndex((t) => fold(t.text) === fold(p.entity.nameWords[0] ?? p.entity.name.split(" ")[0] ?? ""));
    const k = at >= 0 ? at : ts.findIndex((t) => t.start >= p.at);
    if (k < 0) continue;
    out.push({ from: k, to: k + 1, text: displayWho(ctx, p.entity.name), kind: "person" });
  }
  if (out.length || titles.length) return out;
  // « rescued by firefighters », « saisi par les douanes »: the agent of a passive verb the question repeats
  for (let k = 1; k + 1 < ts.length; k++) {
    if (!/^(?:by|par)$/.test(fold(ts[k]!.text)) || !hits.has(k - 1)) continue;
    let from = k + 1;
    if (/^(?:the|a|an|le|la|les|l'|des|un|une|its|their|ses|leur|leurs)$/.test(fold(ts[from]!.text)) && from + 1 < ts.length) from++;
    let to = from + 1;
    while (to < ts.length && to < from + 4 && ts[to]!.clause === ts[from]!.clause && !/^(?:on|in|at|after|before|who|which|qui|que|le|lors|en|dans|apres|avant|and|et)$/.test(fold(ts[to]!.text))) to++;
    out.push({ from: k + 1, to, text: "", kind: "place" });
  }
  // capitalised names the story has no entity for (« Vrána », « Trotto et Velo »)
  for (let k = 1; k < ts.length; k++) {
    const t = ts[k]!;
    if (!/^\p{Lu}/u.test(t.text) || ctx.m.found(t.keys, terms).length) continue;
    let to = k + 1;
    while (to < ts.length && to < k + 4 && /^\p{Lu}/u.test(ts[to]!.text)) to++;
    out.push({ from: k, to, text: "", kind: "place" });
    k = to;
  }
  return out;
}

/** The words an English name of an event or a thing stands after when it comes before its noun (« the annual X exercises »). */
const NAME_BEFORE_NOUN = /^(?:the|a|an|this|its|their|his|her|annual|yearly|latest|new|joint|first|second|third)$/;

const OFFICE_MODIFIERS = new Set(
  "prime deputy vice former foreign interior finance economy justice health education agriculture trade defence defense labour labor transport energy culture environment home adjoint ancien etrangeres interieur finances economie sante agriculture commerce defense travail transports energie culture environnement".split(" "),
);

function displayWho(ctx: Ctx, name: string): string {
  const e = ctx.index.entities.find((x) => x.name === name);
  if (!e) return name;
  const role = roleOf(ctx.index, e);
  return role ? `${name} (${ctx.lang === "en" ? roleIn(role, ctx.index.story.lang, "en") : role})` : name;
}

/** Whether a question names a measure (« le taux », « the loss »), in either language's words (a question's language is a guess). */
function asksMeasure(ctx: Ctx): boolean {
  const fr = clauseWords("fr").measures;
  const en = clauseWords("en").measures;
  return ctx.query.words.some((w) => fr.has(w) || en.has(w));
}

/**
 * Whether a « what is the N » question's noun stands in the sentence with a figure written after it in its clause
 * (« a savings target of 7% », « the fee cap … to $3,400 »): the sentence gives N as a value, and the figure
 * is the answer, as for a measure word (« le taux », "the loss").
 */
function figureAfterAsked(ctx: Ctx, ts: Tok[]): boolean {
  if (!/^(?:what|what's|quel|quelle|quels|quelles|c'est quoi|qu'est-ce que)\b/.test(ctx.query.folded.replace(/^(?:and|et|so|alors)\s+/, ""))) return false;
  const head = askedNoun(ctx);
  if (!head) return false;
  for (let k = 0; k < ts.length; k++) {
    if (!ctx.m.has(ts[k]!.keys, head)) continue;
    for (let j = k + 1; j < ts.length && j <= k + 16 && ts[j]!.clause === ts[k]!.clause; j++) if (/\d/.test(ts[j]!.text) && !YEAR.test(ts[j]!.text)) return true;
  }
  return false;
}

/** Tokens of a sentence that name who it is attributed to (a quote's speaker, a figure's claimant): no answer to what was done or said. */
function attributionAt(ctx: Ctx, i: number, ts: Tok[]): ReadonlySet<number> {
  const out = new Set<number>();
  const who = sourceOf(ctx, i);
  if (!who) return out;
  const names = new Set(fold(who).split(/[\s'’-]+/).filter((w) => w.length > 2));
  ts.forEach((t, k) => {
    if (names.has(fold(t.text))) out.add(k);
  });
  return out;
}

/** Who the sentence attributes itself to: a speaker quoted in it, or a figure's claimant. */
function sourceOf(ctx: Ctx, i: number): string | null {
  const q = ctx.index.story.quotes.find((x) => x.sentence === i);
  if (q) return q.speaker;
  const f = ctx.index.story.figures.find((x) => x.sentence === i && x.claimedBy);
  return f?.claimedBy ?? null;
}

export { idf, coverage, questionTerms };

/**
 * The evidence fallback's bars: the reader's confidence (the weighted share of the question its
 * sentence holds, see confidenceOf) from which a question every answerer declined plainly is
 * answered from its best sentence. `clause`: an answer read as a clause (what, how, why, a place);
 * `settled`: a yes/no the sentence settles (a negation at the question's words, or all of them).
 * Calibrated on eval/questions and real-dev (dc6ff57's message gives the curve): the lowest bars at
 * which no unanswerable question is answered and no tempting wrong value is given.
 */
export const evidenceTuning = { clause: 0.55, settled: 0.15 };

/**
 * A question every answerer declined plainly (« the story does not say »): the sentence that holds
 * most of it, read as the general reader reads, under a bar calibrated on questions that can and
 * cannot be answered. null: no sentence clears it, and the decline stands.
 */
/** Any question word of either language: a question without one (« ils envoient des troupes ? ») asks yes or no. */
const ASKING_WORD = /\b(?:what|which|who|whom|whose|how|why|where|when|quoi|quel(?:le)?s?|lequel|laquelle|qui|comment|pourquoi|quand|combien|que|qu'|ou)\b/;

/**
 * The noun a « what N » question asks for, per language: « what rate », "what is the range of",
 * « quelle sanction », « c'est quoi ces solutions », « quoi comme véhicules ».
 */
const ASKED_NOUN = {
  en: /\b(?:what|which)(?:'s| is| was| are| were)? (?:the |his |her |its |their |a |an )?([a-z-]{3,})\b/,
  fr: /\b(?:(?:quel|quelle|quels|quelles)(?: (?:est|sont|etait|etaient))?(?: (?:le|la|les|l'|son|sa|ses|leur|leurs))? ?|quoi (?:comme |(?:le|la|les|l'|ce|cet|cette|ces) ?))([a-z-]{3,})\b/,
};

/** The question term a « what N » question names as the kind of its answer; null when it names none (« what did X do »). */
function askedNoun(ctx: Ctx): Term | null {
  const terms = questionTerms(ctx);
  for (const lang of ["en", "fr"] as const) {
    const m = ASKED_NOUN[lang].exec(ctx.query.folded);
    const t = m ? terms.find((x) => x.word === m[1]) : undefined;
    if (t) return t;
  }
  return null;
}

/** An answer that says yes or no (read's own openings, in both languages). */
const SETTLED = /^(?:Oui|Non|Yes|No),/;

export function evidenceAnswer(ctx: Ctx): Draft | null {
  const low = Math.min(evidenceTuning.clause, evidenceTuning.settled);
  const d = read(ctx, { threshold: low, minCoverage: low });
  if (!d?.answered || d.cites.length !== 1) return null;
  const at = d.cites[0]!;
  const ranked = rankEvidence(ctx, questionTerms(ctx), 8);
  const ev = ranked.find((r) => r.sentence === at);
  // the best evidence or none: a sentence ranked below another was picked for an element of the kind asked, not
  // for holding the question; not the last answer's sentence, which the reader weighed at its own bar (a follow-up's
  // words are few); and one that shares a word with the question
  if (!ev || ev.followUp || ev.score < ranked[0]!.score || !ev.found.length) return null;
  const head = askedNoun(ctx);
  if (!aboutNamed(ctx, ev) || !ownWords(ctx, at) || !beyondNames(ctx, ev, head)) return null;
  const wh = whOf(ctx.query.folded);
  // a person asked is named by the answerers that know people and by the reader at its own bar, not from a sentence that shares a word
  if (wh === "who") return null;
  // a yes/no question (or one with no question word: « they send troops? ») is answered when the sentence settles it
  // (a negation at its words, or all of them): else the story does not say whether
  const settled = SETTLED.test(d.parts[0] ?? "");
  if ((wh === "yesno" || !ASKING_WORD.test(ctx.query.folded)) && !settled) return null;
  if ((d.confidence ?? 0) < (settled ? evidenceTuning.settled : evidenceTuning.clause)) return null;
  // « what rate », « quelle sanction »: the noun asked for is the kind of the answer; a sentence without it gives something else
  if (head && !ctx.m.has(ctx.index.sentences[at]!.keys, head)) return null;
  return { ...d, intent: "evidence" };
}

/**
 * Whether the sentence is about everyone the question names: a question about X is not answered
 * from a sentence that never mentions X (nor opens on a pronoun for the sentence before, which does).
 */
function aboutNamed(ctx: Ctx, ev: Evidence): boolean {
  return ctx.hits.every((h) => h.by !== "name" || h.entity.mentions.includes(ev.sentence) || (ev.continued === true && h.entity.mentions.includes(ev.sentence - 1)));
}

/**
 * Whether the sentence holds a word of what is asked besides the names of whom it is asked about
 * and the noun of the kind asked: « what is X campaigning for? » is not answered by a sentence that
 * only mentions X, nor « quelle heure est-il ? » by one that only gives an hour.
 */
function beyondNames(ctx: Ctx, ev: Evidence, head: Term | null): boolean {
  const named = ctx.hits.filter((h) => h.by === "name");
  return ev.found.some((t) => t !== head && named.every((h) => topicTerms(ctx, h.entity).includes(t)));
}

/**
 * « what did X say »: only X's own words answer it, a sentence whose quote or figure X gives; one
 * that gives someone else's, or no one's, is about X at best (the speech answers said what X said).
 */
function ownWords(ctx: Ctx, at: number): boolean {
  if (speechAsk(ctx.query.folded) !== "words") return true;
  return ctx.entity !== null && sourceOf(ctx, at) === ctx.entity.name;
}

/** Whether a number read in a sentence is a story figure counting the people a report comes from. */
function isSourceCountAt(index: StoryIndex, sentence: number, text: string): boolean {
  const t = fold(text);
  return index.figures.some((f) => f.figure.sentence === sentence && (fold(f.figure.text).includes(t) || t.includes(fold(f.figure.text))) && factsOf(index, f).source);
}
