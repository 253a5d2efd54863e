import { ASKED_SLOT_WORDS } from "../../lexicon-asked-slot.js";
import { asksDuration } from "../../lexicon-time.js";

// What kind of answer a question wants, read from its asking words (« how many », « pourquoi », « où »).

/** What kind of answer the question wants. */
export type Wh = "count" | "money" | "percent" | "rank" | "year" | "when" | "duration" | "where" | "who" | "why" | "how" | "yesno" | "what";

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
export const W_NAME = /\bnames?\s*[?!.]*$|\bs'appel(?:le|lent|ait|aient)? comment\b|\b(?:comment s'appel(?:le|lent|ait|aient|lera|leront)|what (?:is|was|are|were) (?:the )?names?|what's the name|what name|which name|quel(?:le)?s? (?:est|sont|etait) (?:le|les) noms?|quels? noms?|le nom d|s'appel(?:le|lent|ait|aient))\b|\bcalled\s*[?!.]*$/;
const W_WHO = new RegExp(String.raw`^(?:and |et |so |alors )?(?:who|whom|qui|c'est qui|c qui|by whom|par qui|avec qui|with whom)\b|\b(?:who|whom|by whom|par qui|avec qui|with whom|which (?:${EN_FEW})?(?:company|companies|firm|firms|person|people|official|officials|minister|group|groups|organi[sz]ation|organi[sz]ations|union|party|researchers|scientists|leaders|countries|newspaper|outlet|body|agency|authority)|quel(?:le)?s? (?:${FR_FEW})?(?:entreprise|entreprises|societe|societes|compagnie|compagnies|personne|personnes|responsable|ministre|groupe|organisation|syndicat|parti|chercheurs|scientifiques|dirigeants|journal|media|organisme|autorite|agence))\b|\bqui\b`);
const W_WHY = /\b(?:why|pourquoi|for what reason|pour quelle raison|how come|what for|what caused|what led to|qu'est-ce qui a cause|a cause de quoi|what is the reason|quelle est la raison|quelles sont les raisons|what are the reasons)\b/;
const W_YESNO = /^(?:and |et |so |alors |mais |but )?(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|est-ce|est ce|y a-t-il|y-a-t-il|y a t il|peut-on|faut-il)\b|-t-(?:il|elle|on)\b|\b(?:ou pas|or not)\b|^[\w' -]{0,60}\b(?:est|sont|a|ont|va|vont|peut|doit)[- ](?:il|elle|ils|elles)\b/;
const W_HOW = /^(?:and |et |so |alors )?(?:how|comment)\b/;

/**
 * A question asked as a statement with a question mark (« elle était déjà maire ? », « c'est un
 * bilan définitif ? », « the council has signed it? »): no question word, a finite verb (an
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

/** A word as the lexicons write it: no punctuation around it. */
const bare = (w: string): string => w.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, "");

/**
 * The question without the words that ask no time though made with a word of time: an adverb
 * (« quand même », "all the same"), and, after the question's own asking word, a clause of time
 * with a subject of its own (« elle se trouvait dans quelle ville quand elle a signé ? » asks where,
 * "who led the port when the dyke gave way?" who: the clause dates the act asked about). A word of time with no subject
 * after it, or before any asking word (« depuis quand », « c'était quand la grève ? »), asks the time.
 */
export function askedFrame(folded: string): string {
  const ws = folded.split(" ");
  const pair = (i: number): string => `${bare(ws[i] ?? "")} ${bare(ws[i + 1] ?? "")}`;
  const kept = ws.filter((_, i) => !ASKED_SLOT_WORDS.some((l) => l.adverbs.includes(pair(i)) || (i > 0 && l.adverbs.includes(pair(i - 1)))));
  let asked = false;
  for (let i = 0; i < kept.length; i++) {
    // (« lorsqu'il » is the subordinator and its subject in one word)
    const [w, elided] = bare(kept[i]!).split("'");
    const next = elided || bare(kept[i + 1] ?? "").split("'")[0]!;
    const joined = i > 0 && ASKED_SLOT_WORDS.some((l) => l.coordinators.has(bare(kept[i - 1]!)));
    if (asked && !joined && ASKED_SLOT_WORDS.some((l) => l.timeClause.has(w!) && l.subjects.has(next))) return kept.slice(0, i).join(" ");
    if (ASKED_SLOT_WORDS.some((l) => l.asking.has(w!))) asked = true;
  }
  return kept.join(" ");
}

function whOfNow(folded: string): Wh {
  const f = askedFrame(folded.replace(/\s+/g, " ").trim());
  if (asksDuration(f)) return "duration";
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
