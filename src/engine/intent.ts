import { asksGist } from "./gist.js";
import BayesClassifier from "natural/lib/natural/classifiers/bayes_classifier.js";
import { bayesScorer, type Scorer } from "./bayes-scores.js";
import { INTENT_EXAMPLES } from "./intent-examples.js";
import type { Query } from "./query.js";
import { speechLexicon } from "../story/lang/index.js";
import { speechVerbAt } from "./answers/speech.js";
import { askedFrame } from "./answers/reader/wh.js";
import { ASKED_SLOT_WORDS } from "./lexicon-asked-slot.js";
import { withoutTopic } from "./context.js";
import { enStem, fold, frStem, isStopword, words } from "./text.js";

export type Intent =
  | "help"
  | "summary"
  | "people"
  | "said"
  | "who_said"
  | "who_is"
  | "count"
  | "claimant"
  | "call"
  | "when"
  | "where"
  | "equipment"
  | "name"
  | "offtopic";

export interface IntentReading {
  intent: Intent;
  /** Other things the same question asks (« who is X and how old is he », « où et jusqu'à quand »). */
  also: Intent[];
  /** For counts: what kind of number is wanted. */
  measure: "count" | "age" | "money" | "distance" | "percent" | "duration" | "degree" | "weight" | "height" | "speed" | null;
  /** Where the decision came from, for debugging and tests. */
  source: "rule" | "classifier";
  /** The classifier's lead over its runner-up (1 for rules). */
  confidence: number;
}

/**
 * Features the classifier sees: each word's English and French stems. A word of the question's
 * topic (`topic`: a name, a word the story writes) is left out: the examples never saw this
 * story's nouns, so a guess that followed them would follow noise; the frame (question words,
 * auxiliaries, verbs of saying) is what tells an intent, and function words are always kept.
 */
function features(text: string, topic?: (folded: string) => boolean): string[] {
  const out: string[] = [];
  for (const w of words(text.toLowerCase())) {
    if (topic && !isStopword(w) && !SPEECH.test(w) && topic(w)) continue;
    out.push(enStem(w));
    const f = frStem(w);
    if (f !== out[out.length - 1]) out.push(f);
  }
  return out;
}

let scorer: Scorer | null = null;
/** The classifier trained on the examples once; its scores as natural's getClassifications gives them. */
function trained(): Scorer {
  if (scorer) return scorer;
  const c = new BayesClassifier();
  for (const [label, examples] of Object.entries(INTENT_EXAMPLES)) for (const e of examples) c.addDocument(features(e), label);
  c.train();
  scorer = bayesScorer(c);
  return scorer;
}

/** The classifier's best label and how far ahead of the runner-up it is (0..1). */
export function classify(text: string, topic?: (folded: string) => boolean): { intent: Intent; margin: number } {
  const ranked = trained()(features(text, topic));
  const total = ranked.reduce((n, r) => n + r.value, 0) || 1;
  const first = ranked[0];
  const second = ranked[1];
  return { intent: (first?.label ?? "offtopic") as Intent, margin: ((first?.value ?? 0) - (second?.value ?? 0)) / total };
}

// Cues read on the folded question (no accents, lower case). Every pattern is a plain
// alternation of words: no nested quantifiers, so matching stays linear.
const HELP = /^(?:help|aide|menu|commands?|commandes?|\?)$|\b(?:what can (?:you|i) (?:do|ask)|que (?:peux|sais)[- ]tu|que puis[- ]je demander|how does this work|comment ca marche)\b/;
// « quelle heure est-il » asks the clock; « à quelle heure X a-t-il … » asks when in the story
const OFFTOPIC = /\b(?:weather|meteo|quel temps|temperature|rain|pleuvoir|pluie|joke|blague|what time is it|quelle heure est[- ]il|il est quelle heure)\b/;
const AGE = /\b(?:how old|what age|quel age|age de|agee? de|son age|his age|her age)\b/;
const MONEY = /\b(?:how much|cost|costs|coute|coutera|cout|budget|montant|price|prix|funded|financ\w*|paid|paye|pay|pays|paying|payer|spend|depens\w*|worth|value|valeur|vaut|vaudra|valait)\b/;
// (« turnout », « quel score » in a vote, « quel taux » are shares too)
const PERCENT = /\b(?:percent|percentage|per cent|what share|which share|what proportion|what fraction|pourcentage|quelle part|quelle proportion|quelle fraction|gdp|pib|turnout|taux de participation|share of the vote|part des voix|quel (?:est |etait |a ete |sera )?(?:le )?(?:score|taux)|what (?:is |was |will be )?(?:the )?(?:score|rate|turnout))\b|%/;
// « why were the 25% duties suspended »: a why question quoting a share asks a reason
/** A question that ends on its question word, as speech puts it (« c'était quand », "is who"): the word asks as if it opened the question. */
const IN_SITU_WHEN = /^(?:et |and |so |alors )?(?:c'est|c'etait|ce sera|ca sera|ca etait) quand\b|\b(?:c'est|c'etait|ce sera|ca se passe|ca s'est passe|ca a eu lieu|a eu lieu|aura lieu|is|was|were|are|will be|happened|happens|took place|takes place) (?:quand|when)$/;
// (French « X c'est qui ? » is read by the reader's definition of X: answers/reader.ts)
/** « and X is who? », « il est qui, lui ? »: who someone is, the question word left after « be » (either language's form). */
const whoInPlace = (f: string): boolean => ASKED_SLOT_WORDS.some((l) => l.whoInPlace.test(f));
const WHY_START = /^(?:and |et )?(?:why|pourquoi|how come|for what reason|pour quelle raison)\b/;
// « how much slower », « combien plus cher », « by how much did it rise », « combien de fois plus »: a degree
// (a share, a factor, a difference), not a sum of money
const DEGREE =
  /\b(?:how much (?:more|less|faster|slower|higher|lower|bigger|smaller|larger|cheaper|dearer|longer|shorter|better|worse|heavier|lighter|stronger|weaker|older|younger|greater)\b|how much (?:did|does|do|has|have|had|will|would|is|are|was|were) (?:[\w'-]+ ){1,4}(?:grow|grown|rise|risen|increase|increased|fall|fallen|drop|dropped|decline|declined|jump|jumped|climb|climbed|shrink|shrunk|gain|gained|lose|lost|fell|rose|grew)\b|by how much|how many times|combien de fois (?:plus|moins|celui|celle|ceux|celles|le|la|les|sup|inf)|combien (?:plus|moins)\b|de combien (?:[\w'-]+ ){0,8}(?:augment|baiss|hauss|recul|progress|diminu|grimp|chut|cru|bondi|flamb|rise|rose|grew|grow|fell|fall|drop|increas|decreas|jump|climb)|(?:augment|baiss|progress|diminu|grimp|recul)\w* de combien)/;
// what a measure is asked by, read from its adjective or noun (« how heavy » weighs, « how tall » stands)
const WEIGHT = /\b(?:how heavy|how much (?:does|did|do|will) .{1,40} weigh|what (?:is (?:the |its )?)?weight|quel poids|combien pes\w*|pes\w* combien|lourd de combien)\b/;
const HEIGHT = /\b(?:how tall|how high|how deep|what height|what depth|quelle hauteur|quelle profondeur|haut de combien|profond de combien)\b/;
const SPEED = /\b(?:how fast|what speed|at what speed|quelle vitesse|a quelle vitesse|a combien roul\w*|va a combien)\b/;
const DURATION = /\b(?:how quickly|how fast|how soon|within how many|in how many days|how long does it take|how long will it take|how long to|how long (?:has|have|had|did|does|do|will|would|can|could|should|must|may|might)|how long (?:did|does|do|will|would|has|have|had) (?:the |a |an |it |they |he |she )?\w+ (?:stay|remain|sail|sailed|stayed|remained|hover|fly|flew|wait|waited|take|took|negotiate|negotiated|talk|talked)|combien de temps|pendant combien|durant combien|en combien de temps|en combien de jours|dans quel delai|quel delai|how much time)\b/;
// « how long is the cable » is a length; « how long will it last » a duration (read by WHEN)
const DISTANCE = /\b(?:how long .{0,40}\b(?:in|en) (?:km|kilometres|kilometers|miles|metres|meters|kilometres)|how far|what distance|a quelle distance|quelle distance|how close|how many (?:km|kilometres|kilometers|miles)|how long (?:is|was|are|were) (?:the|a|an|this|that|its|his|her|their|\w+'s)\b|quelle (?:est la )?longueur|long de combien|what length|how wide|quelle largeur)\b/;
const PAYER = /\b(?:who (?:is )?(?:pays|paying|paid|funds|funding|funded|finances|financing|covers)|qui (?:paie|paye|finance|a finance|couvre)|how is .{0,40} (?:funded|financed|paid))\b/;
// « s'appelait », « s'appelaient », « s'appellera »: a name asked in any tense, never a phone call
const NAMING = /\b(?:(?:is|are|was|were) (?:\w+ ){0,4}(?:called|named|dubbed)|what (?:is|was|were|are) the names? of|what's the name of|s'appel(?:le|lent|ait|aient|lera|leront)|quel (?:est|etait) (?:le|son) nom|baptise|surnomme|denomme)\b/;
/** « comment s'appelait … », "what is the name of …": a name is asked. */
export const asksName = (folded: string): boolean => NAMING.test(folded);
// « comment s'appelle le plan de X », « le rapport s'appelle comment », "what's the name of X's plan": the noun whose name is asked
const NAMED_NOUN = [
  /\b(?:comment s'appell?e(?:nt)?|quel est le nom d(?:e|u|es)|what(?:'s| is) the name of) (?:(?:le|la|les|l'|du|des|the|this|that|ce|cet|cette) ?)?(?:[\w-]+'s )?([\w-]+)/,
  /\b(?:le|la|les|l'|ce|cet|cette) ?([\w-]+) (?:de [\w-]+ )?s'appell?e(?:nt)? comment\b/,
  /\bwhat (?:is|was|are|were) (?:the |this |that |[\w-]+'s )([\w-]+) (?:of [\w-]+ )?called\b/,
];
/** The noun a naming question asks the name of, when it names it (« le plan », "the report"). */
function namedNoun(f: string): string | null {
  for (const re of NAMED_NOUN) {
    const m = re.exec(f);
    if (m) return m[1]!;
  }
  return null;
}
const PERSON_NOUN = /\b(?:minister|ministre|spokesman|spokeswoman|spokesperson|porte-parole|general|chief|chef|secretary|secretaire|ambassador|ambassadeur|ambassadrice|president|presidente|commander|commandant|officer|officier|person|persons|personne|personnes|people|man|men|woman|women|leader|leaders|dirigeant|responsable|responsables|officials|speakers|charge d'affaires|envoy|envoye|emissaire|mediator|mediateur|negotiator|negociateur|governor|gouverneur|mayor|maire|chancellor|chancelier|director|directeur|directrice|adviser|advisor|conseiller|conseillere|admiral|amiral|colonel|captain|capitaine|head|boss|diplomat|diplomate|premier|prime|king|roi|queen|reine|prince|judge|juge|prosecutor|procureur|soldiers?|soldats?|militaires?|victims?|victimes?|teens?|teenagers?|ados?|adolescents?|adolescentes?|boys?|girls?|garcons?|filles?|child|children|enfants?|suspects?|pilots?|pilotes?|journalists?|journalistes?|policiers?|policemen|policeman|officers?)\b/;
const COUNT = /\b(?:how many|how much|how large|how big|how strong|what size|what number|number of|combien|quel nombre|nombre de|quelle taille|quel effectif|quels effectifs|taille de|size of)\b/;
const CLAIM = /\b(?:according to whom|by whose (?:count|account|figure|estimate)|whose (?:figure|number|estimate|count)|who (?:says|said|claims|claimed|estimates|estimated|gives|gave|reports|reported|puts|put|counts|counted)|selon qui|d'apres qui|de quelle source|qui (?:affirme|dit|a dit|avance|evoque|estime|a estime|donne|compte|chiffre))\b/;
const SOURCE_ASK = /\b(?:selon qui|according to whom|by whose|d'apres qui|source|come from|comes from|came from|vient|viennent|provient)\b/;
const FIGURE_NOUN = /\b(?:chiffres?|figures?|numbers?|nombres?|estimations?|estimates?|bilans?|donnees|data|statistiques|statistics|stats)\b/;
const FIGURE_STANDING = /\b(?:officiel|officielle|officiels|official|confirme|confirmee|confirmed|verifie|verified|fiable|reliable)\b/;
// whom someone talked with (« parlé avec qui », « se sont parlé », "who did X talk to"), not what they said
const INTERLOCUTOR = /\b(?:parle (?:avec|a) qui|entretenu avec qui|entretient avec qui|se sont parle|se parlaient|(?:spoke|spoken|talked|speaking|talking) (?:with|to) whom|with whom did|who (?:did|does|has|had|was|is) [\w' -]{1,40} (?:speak|talk|speaking|talking|spoken|talked) (?:to|with))\b/;
/** « X a parlé avec qui ? », "who did X talk to?": whom someone talked with is asked (the call's other end, not the doer of an act). */
export const asksInterlocutor = (folded: string): boolean => INTERLOCUTOR.test(folded);
const SAID_START = /^(?:and |et )?(?:what did|what does|what has|what had|what was|what were|qu'a|qu'ont|qu'avait|que dit|que disent|que pense|comment (?:a|ont) reagi)\b/;
const CALL = /\b(?:call|called|calls|calling|phone|phoned|telephone|telephoned|ring|initiat\w*|contacted|appel\w*|telephon\w*|initiative|entretenu|entretien|joint son|contacte)\b/;
const PEOPLE = /\b(?:who is speaking|who's speaking|who are speaking|who is talking|who gets quoted|who features|who appears|who are the speakers|qui prend la parole|qui intervient|qui s'est exprime|qui se sont exprimes|who spoke|who speaks|who talked|who is quoted|who are quoted|who was quoted|who were quoted|who are the|who is in the|who was involved|who is involved|which officials|what officials|which people|list the|speakers|qui a parle|qui parle|qui s'exprime|qui est cite|qui sont cites|qui sont|quels sont les (?:intervenants|responsables|protagonistes)|quelles personnes|quels responsables|intervenants|protagonistes|personnes citees)\b/;
const LIST_PEOPLE = /^(?:and |et )?(?:which|what|quels|quelles|list the|name the)\b(?: \w+){0,2} (?:officials|people|persons|speakers|leaders|responsables|personnes|dirigeants|intervenants|personnalites)\b/;
const TALKED_ABOUT = /^(?:who|qui)\b.{0,30}\b(?:spoke|speaks|talked|talks|parle|a parle|evoque|mentioned|mentionne) (?:about|of|de|d'|du|des|sur)\b/;
// verbs of speech, and of a position stated (« who urged … », « qui réclame … »): whoever the story reports so
const SPEECH = /\b(?:said|say|says|stated|declared|denounced|condemned|warned|described|claimed|called it|spoke of|accused|dit|declare|denonce|affirme|estime|qualifie|previent|prevenu|assure|souligne|ajoute|indique|juge|accuse|parle d|parle de|evoque|annonce|confirme|tenu ces propos|cette phrase|ces mots|these words|this statement|asked|urged|urges|demanded|demands|called for|calls for|promised|pledged|vowed|proposed|suggested|critici[sz]ed|blamed|praised|welcomed|denied|rejected|insisted|argued|admitted|threatened|wants|demande|exige|exigent|reclame|reclament|promis|promet|propose|critique|reproche|salue|nie|dementi|menace|insiste|reconnu|veut|veulent|appele a|appelle a|exhorte|plaide)\b/;
/** « selon X », « d'après X », "according to X": whose account the question asks (folded). */
const ACCOUNT_ASKED = /\b(?:according to|selon|d'apres)\b/;
/** The account of the one a pronoun stands for (« selon lui », "according to her"). */
const ACCOUNT_OF_PRONOUN = /\b(?:according to|selon|d'apres) (?:him|her|them|lui|elle|eux|elles)\b/;
const WHO_START = /^(?:and |et )?(?:who|whom|qui|de qui|which (?:official|person|side|country|ministry)|quel(?:le)? (?:responsable|personne|pays|ministere))\b/;
// what asks for someone's words: a noun or verb of speech or of a view (« sa réaction », "his position", « que pense X »)
const SAID_WORDS = /\b(?:what was said|what is .{0,40} position|que dit|que disent|que pense|qu'en pense|comment .{0,60}(?:qualifie|decrit|reagi|juge)|quelle a ete la reaction|reaction|message|position|statement|view|declaration|propos|think|pense|said|say|says|dit|declare|annonce|announce|announced|estime|affirme|selon|d'apres|according to)\b/;
// the frames such a question is asked in (« what did X … », « qu'a … »), and the words that give it a subject (« about », « sur »):
// a cue of speech only beside a question that asks nothing else
const SAID = new RegExp(String.raw`\b(?:what did|what does|what has|what had|what were|how did|how does|qu'a|qu'ont|qu'avait|about|a propos|concernant|sur)\b|${SAID_WORDS.source}`);
const WHO_IS = /^(?:and |et )?(?:who is|who's|who was|who are|qui est|qui etait|c'est qui|tell me about|parle[- ]moi de|presente|what is the role|what's the role|what role|quel est le role|quelle est la fonction|what does .{1,40} do|what position|what job|what is the name|what's the name|quel est le nom|comment s'appelle|who heads|who leads|who runs|who commands|who is in charge of|who is at the head of|qui dirige|qui commande|qui est a la tete d)\b|\b(?:role|fonction|job|title|poste|position)\b/;
const WHEN = /\b(?:when|what date|which date|what day|which day|by what date|until when|how long|what time|at what time|what year|which year|in what year|quand|quel jour|quelle date|quelle heure|quelle annee|a quel moment|jusqu'a quand|jusqu'au|depuis quand|a partir de quand|date|dates)\b/;
const ASKS_HOUR_OR_YEAR = /\b(?:a quelle heure|vers quelle heure|at what time|what time (?:did|does|do|was|were|is|will)|en quelle annee|quelle annee|what year|which year|in what year)\b/;
const WHERE = /^(?:ou|where)\b|\b(?:where|in which (?:region|country|city|place|area|town)|near which|dans quel(?:le)? (?:region|pays|ville|zone|endroit)|pres de quel(?:le)?|quel endroit|quel lieu|a quel endroit|location|ou se|ou sont|ou a|ou ont|et ou)\b/;
const EQUIPMENT = /\b(?:weapons?|weaponry|equipment|arms|armament|hardware|armes?|armements?|equipements?|materiel|systems?|systemes?|missiles?)\b/;
// « quels avions », « what types of drones »: the question asks which models or kinds, not how many
const WHICH_KIND = /^(?:and |et )?(?:which|what|quel|quels|quelle|quelles)\b(?: (?:types?|kinds?|sorts?|models?) of| (?:types?|sortes?|modeles?) d(?:e|')| genre d(?:e|'))? ?(?:\w+ ){0,1}(?:avions?|chars?|blindes?|navires?|batiments de guerre|drones?|missiles?|roquettes?|helicopteres?|chasseurs?|sous-marins?|submarines?|obus|canons?|armes?|planes?|aircraft|jets?|fighter jets?|tanks?|ships?|warships?|vessels?|helicopters?|rockets?|weapons?|shells?|guns?|vehicles?|vehicules?)\b/;
// « quoi de neuf en X », « what's going on in X »: the story in short, whatever place it names
const NEWS = /^(?:and |et |so |alors )?(?:quoi de neuf|what'?s new|what is new|what'?s going on|what is going on|what'?s happening|what is happening|que se passe[- ]t[- ]il|qu'est-ce qui se passe|il se passe quoi|ca dit quoi)\b/;
// « what rank is he », « c'est le ministre de quoi X », « what party is X »: the role, not the words
const ROLE_ASK = /\b(?:what rank|which rank|quel grade|what party|which party|quel parti|de quel parti|(?:ministre|maire|presidente?|directeur|directrice|chef|secretaire|porte-parole|gouverneur|ambassadeur|ambassadrice|minister|mayor|director|head|secretary|governor|ambassador|spokesman|spokesperson|spokeswoman) (?:de quoi|of what)|what (?:kind of )?minister|quel (?:genre de )?ministre est|what is (?:his|her) (?:job|title|rank|role|position)|quel est son (?:role|poste|grade|titre|metier)|quelle est sa (?:fonction|profession))\b/;
// « what does she teach? », "where does he work", « c'est quoi son métier », « il fait quoi dans la vie », « elle bosse pour
// qui » (the employer): what someone does for a living
const JOB_ASK =
  /^(?:and |et |so |alors )?(?:what (?:does|did|do) [\w'-]+(?: [\w'-]+)? (?:do for a living|teach|study|do for work)|where (?:does|did|do) [\w'-]+(?: [\w'-]+)? (?:work|teach|study)|what(?:'s| is| was) [\w'-]+(?: [\w'-]+)?'s? (?:job|profession|occupation|line of work)|what (?:is|was) (?:his|her|their) (?:job|profession|occupation|line of work)|(?:c'est |c'etait )?quoi (?:son|leur) (?:metier|boulot|travail|job)|quel (?:est|etait) (?:son|leur) (?:metier|boulot|travail)|quelle (?:est|etait) (?:sa|leur) profession|(?:il|elle|ils|elles) (?:fait|font|faisait|faisaient) quoi (?:dans la vie|comme (?:metier|boulot|travail))|(?:que|qu'est-ce que) (?:fait|font|faisait|faisaient) [\w'-]+(?: [\w'-]+)? (?:dans la vie|comme (?:metier|boulot|travail))|(?:il|elle) (?:travaille|enseigne|bosse) (?:ou|quoi|dans quoi|pour qui)|(?:ou|dans quoi) (?:travaille|enseigne|bosse)[- ](?:t-)?(?:il|elle))\b/;
/** « what does she teach? », « c'est quoi son métier »: what someone does for a living is asked. */
export const asksJob = (folded: string): boolean => jobAsked(folded.replace(/\s+/g, " ").trim().replace(/[?!.]+$/, "").trim());
/** The job asked in the question as it stands or in its frame after the phrase a pronoun takes up (`withoutTopic`). */
const jobAsked = (f: string, isName?: (folded: string) => boolean): boolean => JOB_ASK.test(f) || JOB_ASK.test(withoutTopic(f, isName));

const SUMMARY = /\b(?:summary|summari[sz]e|summed up|gist|recap|overview|what happened|what is (?:this|the story|it) about|what's (?:this|the story) about|brief me|resume|resumer|que s'est[- ]il passe|de quoi (?:parle|s'agit)|en bref|l'essentiel|raconte)\b/;

// « what's the range of the missile », « quel est le prix des chars »: a property of a weapon is asked, not which weapons
const ATTRIBUTE_OF = /^(?:and |et |so |alors )?(?:what(?:'s| is| was| are| were)|quel(?:le)?s? (?:est|sont|etait|etaient)|c'est quoi) (?:the |la |le |l'|les )?([\w-]+) (?:of|de|du|des|d')(?=[\s']|$)/;

/** Whether the question asks a property of something (its range, its price), the property being no kind of equipment. */
function asksAttribute(f: string): boolean {
  const m = ATTRIBUTE_OF.exec(f);
  return m !== null && !EQUIPMENT.test(m[1]!);
}

/** Whether every call word of the question is one the story writes only as part of a name. */
// built once (matchAll works on a copy, so the shared lastIndex is never disturbed)
const CALL_ALL = new RegExp(CALL.source, "g");

function callWordsNamed(f: string, isName: ((folded: string) => boolean) | undefined): boolean {
  if (!isName) return false;
  const found = [...f.matchAll(CALL_ALL)].map((m) => m[0]);
  return found.length > 0 && found.every(isName);
}

// « who is X meeting in London », « who was X with », "who was X standing next to": after the name an act
// or a companion is asked, not who X is
const WHO_ACT = /^(?:and |et |so )?(?:who|whom) (?:is|was|are|were) (.+)$/;
const ACT_WORD = /^(?:with|next|beside|behind|against|alongside|besides|accompanying|accompanied|joined|replacing|replaced|succeeding|succeeded|[a-z]{3,}ing)$/;

// « who's likely to win », "who is going to lead", "who is set to replace him": an act to come is asked, whoever does it, not who someone is
const WHO_WILL = /^(?:and |et |so )?who(?:'s| is| was| are| were) (?:\w+ )?(?:likely|unlikely|going|set|expected|poised|tipped|due|about|favou?rite|favou?red|tipped|certain|sure|bound) to \w+/;

// « who is she replacing », "who were they fighting": the one a pronoun's act is done to is asked, not who the pronoun is
const PRONOUN_ACT = /^(?:and |et |so )?who(?:m)?(?:'s| is| was| are| were) (?:he|she|they|it) [a-z]{3,}ing\b/;

// « qu'est-ce qu'elle appelle la dette cachée ? »: the words someone applies, never a telephone call
export const LABEL_ASK = /\b(?:qu'est-ce qu'|ce qu')(?:il|elle|ils|elles|on) (?:appel\w*|qualifi\w*)\b|\b(?:il|elle|ils|elles) (?:appel\w*|qualifi\w*) quoi\b/;

/** Whether « who is/was … » goes on, after whom it names, with an act or a companion of theirs. */
function whoDoes(f: string, isName: ((folded: string) => boolean) | undefined): boolean {
  const m = WHO_ACT.exec(f);
  if (!m) return false;
  return m[1]!.split(" ").slice(1).some((w) => ACT_WORD.test(w) && !isName?.(w));
}

/** Intents the rules read from cue words of their own: the classifier's guess of one needs the cue too. */
const CUED: ReadonlySet<Intent> = new Set(["said", "who_said", "who_is", "people", "call", "claimant", "equipment"]);
/** Of those, the ones about speech: their cue is a verb of saying or the words that ask for one (« what did », « react », « about »). */
const SPEAKING: ReadonlySet<Intent> = new Set(["said", "who_said"]);

const SPEECH_LEXICONS = [speechLexicon("fr"), speechLexicon("en")];
/** A verb of saying, judging or taking a position in either language's reporting lexicon (« s'est engagé », "vowed"). */
function speechWord(w: string): boolean {
  return SPEECH_LEXICONS.some((l) => l.sayWords.has(w) || l.evalWords.has(w) || l.stanceWords.has(w) || l.sayStems.some((s) => w.startsWith(s)) || l.evalStems.some((s) => w.startsWith(s)) || l.stanceStems.some((s) => w.startsWith(s)));
}
/** Whether the question carries a cue of speech: a verb of saying or a position, or the words that ask for one. */
const asksSpeech = (f: string): boolean => SPEECH.test(f) || SAID.test(f) || words(f).some(speechWord);

/** A stem of the reporting lexicon read on a question's word: long enough to be a verb's, the word no much longer than it (« pens » in « pense », not « pension »'s ending). */
const STEM_MIN = 4;
const STEM_TAIL = 4;
const stemOf = (w: string, stems: readonly string[]): boolean => stems.some((s) => s.length >= STEM_MIN && w.startsWith(s) && w.length <= s.length + STEM_TAIL);
/** A verb of saying or of a position in the question language's reporting lexicon (« a répondu », "apologised"), never a function word. */
function speechWordIn(lang: "fr" | "en", w: string): boolean {
  const l = SPEECH_LEXICONS[lang === "fr" ? 0 : 1]!;
  // (what someone asks of others, « urged », « a exhorté », is their words too)
  if (l.sayWords.has(w) || l.stanceWords.has(w) || l.evalWords.has(w) || l.directiveWords.has(w) || l.requestWords.has(w)) return true;
  // a stem is read on a verb form only (« comment » asks how, « public » is no « publier », « pension » no « penser »)
  if (isStopword(w) || (l.verbEndings && !l.verbEndings.test(w) && !l.infinitive?.test(w)) || l.nonVerbEndings?.test(w)) return false;
  return [l.sayStems, l.evalStems, l.stanceStems, l.directiveStems, l.requestStems].some((stems) => stemOf(w, stems));
}
/**
 * Whether the question asks for someone's words or view: a verb or noun of speech or of a position
 * (« qu'a dit X », "what does X think", « sa réaction »). Naming someone the story quotes is no such
 * cue: « why is X at home », « what did the court decide » ask a fact, which a sentence answers.
 */
export const asksForWords = (f: string, lang: "fr" | "en"): boolean => SPEECH.test(f) || SAID_WORDS.test(f) || speechVerbAt(f) >= 0 || words(f).some((w) => speechWordIn(lang, w));

/**
 * The reading of a question about someone that asks a fact, not their words: « said » by name only, with
 * no confidence, so the engine reads the sentences for it (engine.ts byIntent) and never their quotes.
 */
export const FACT_ABOUT = (also: Intent[]): IntentReading => ({ intent: "said", also, measure: null, source: "classifier", confidence: 0 });

/** Intents whose answer is a person (who said, who is, who are the people). */
const PERSON_ASKED: ReadonlySet<Intent> = new Set(["who_said", "who_is", "people"]);
/** The words that ask for a person, in either language (folded). */
const ASKS_PERSON = /\b(?:who|whom|whose|which|qui|quel|quelle|quels|quelles|lequel|laquelle|lesquels|personne|people|person|name|nom|speakers?|intervenants?)\b/;
/** Any question word: a question with one asks what it asks, and the classifier's guess of its kind stands. */
const ANY_QUESTION_WORD = /\b(?:what|when|where|why|how|que|qu'|quoi|quand|ou|pourquoi|comment|combien)\b|^qu'|\bqu'est/;

/**
 * What the question asks. Rules read clear cues (« combien », « who said », quotation marks);
 * the classifier trained on the project's examples decides when no rule fires.
 */
export function readIntent(q: Query, namesSomeone: boolean, story: { isName?: (folded: string) => boolean; topic?: (folded: string) => boolean } = {}): IntentReading {
  const f = q.folded.replace(/\s+/g, " ").trim().replace(/[?!.]+$/, "").trim();
  const also: Intent[] = [];
  const rule = (intent: Intent, measure: IntentReading["measure"] = null): IntentReading => ({ intent, also: also.filter((a) => a !== intent), measure, source: "rule", confidence: 1 });
  // (« on la voyait où lorsqu'elle a signé ? »: a clause of time after the asking word dates the act, it asks no time)
  const timed = askedFrame(f);
  if (WHEN.test(timed)) also.push("when");
  // « où » ends in a letter \b does not see (ASCII word characters only): a Unicode boundary instead
  if (WHERE.test(f) || /(?:^|[^\p{L}])où(?![\p{L}])/u.test(q.raw.toLowerCase())) also.push("where");
  if (AGE.test(f)) also.push("count");

  if (f === "" || HELP.test(f)) return rule("help");
  // a question that opens with « when » or « where » asks that, whatever else it mentions
  // the question word said last, where a speaker leaves it (« l'appel c'était quand ? », "the vote is when?"), asks the same
  const opensWhen = /^(?:when|until when|since when|by when|quand|jusqu'a quand|depuis quand|a quelle date|quel jour|what day|on what day|which day|what date|by what date)\b/.test(timed) || IN_SITU_WHEN.test(timed);
  const opensWhere = /^(?:where|ou|dans quel(?:le)? (?:region|pays|ville)|in which (?:region|country|city))\b/.test(f);
  if (OFFTOPIC.test(f)) return rule("offtopic");
  if (NEWS.test(f)) return rule("summary");
  // « c'est quoi l'histoire ? », "what's the row about?": the story's gist, in the words readers call it by (gist.ts)
  if (asksGist(f)) return rule("summary");
  // « Ilse Brandvold, elle faisait quoi comme métier ? »: the job asked in the frame after the phrase a pronoun takes up
  // (a name is a word the story writes only in names, or one the reader wrote with a capital)
  // (the reader's capitals are read only when a phrase stands before a pronoun: not on every question)
  let capitals: Set<string> | null = null;
  const isName = (w: string): boolean =>
    (capitals ??= new Set(q.raw.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x)).map((x) => fold(x).replace(/[?!.,;:]+$/, "")))).has(w) || story.isName?.(w) === true;
  if (ROLE_ASK.test(f) || jobAsked(f, isName)) return rule("who_is");
  // "and X is who?": who someone is, asked with the question word left at the end
  if (whoInPlace(f)) return rule("who_is");
  // « la police a été appelée à quelle heure », « what year did X open »: an hour or a year asked, wherever it stands, asks when
  if (ASKS_HOUR_OR_YEAR.test(timed)) return rule("when");
  // « who is behind 'X' » asks about a name in quotation marks, not who said words
  if (q.fragment && (WHO_START.test(f) || /\b(?:who|qui)\b/.test(f)) && !/\b(?:behind|derriere|who (?:is|are|was|were|runs|leads|founded)|qui (?:est|sont|dirige|a fonde))\b/.test(f)) return rule("who_said");
  if (AGE.test(f) && !WHO_IS.test(f)) return rule("count", "age");
  if (WEIGHT.test(f)) return rule("count", "weight");
  if (HEIGHT.test(f)) return rule("count", "height");
  if (SPEED.test(f)) return rule("count", "speed");
  if (DEGREE.test(f)) return rule("count", "degree");
  if (DISTANCE.test(f)) return rule("count", "distance");
  if (DURATION.test(f)) return rule("count", "duration");
  if (PERCENT.test(f) && !WHY_START.test(f)) return rule("count", "percent");
  // « who paid for it » asks who, not how much: the money route would answer with a sum
  const payer = PAYER.test(f);
  // « when was he named? », « where was it called that? »: the question word asks, naming is only its verb
  const asksOther = opensWhen || opensWhere || WHY_START.test(f);
  if (NAMING.test(f) && !PERSON_NOUN.test(f) && !namesSomeone && !asksOther) return rule("name");
  // « comment s'appelle le plan de X »: the name of a thing someone has, not who X is
  const thing = NAMING.test(f) && !asksOther && !PERSON_NOUN.test(f) ? namedNoun(f) : null;
  if (thing && !PERSON_NOUN.test(thing) && !story.isName?.(thing)) return rule("name");
  if (NAMING.test(f) && PERSON_NOUN.test(f) && !PEOPLE.test(f) && !asksOther) return rule("who_is");
  if (WHO_START.test(f) && CLAIM.test(f) && (q.numbers.length > 0 || /\b(?:figure|chiffre|number|nombre|estimate|estimation)\b/.test(f))) return rule("claimant");
  if (COUNT.test(f) && !payer) return rule("count", MONEY.test(f) && !/\b(?:how many|combien de|combien d')\b/.test(f) ? "money" : MONEY.test(f) && /\b(?:cost|coute|cout)\b/.test(f) ? "money" : "count");
  if (MONEY.test(f) && /^(?:what|quel|quelle|which)\b/.test(f) && !namesSomeone && !payer) return rule("count", "money");
  if (WHICH_KIND.test(f)) return rule("equipment");
  if (SOURCE_ASK.test(f) && q.numbers.length > 0) return rule("claimant");
  // « d'où viennent ces chiffres ? », « c'est un chiffre officiel ? »: who gives the figures
  if (FIGURE_NOUN.test(f) && (SOURCE_ASK.test(f) || FIGURE_STANDING.test(f))) return rule("claimant");
  // « X a parlé avec qui ? », "who did X talk to?": the other end of the conversation
  if (INTERLOCUTOR.test(f)) return rule("call");
  // « which Estonian officials are quoted »: a list, whatever institution the nationality word names
  if (LIST_PEOPLE.test(f)) return rule("people");
  const speaks = asksForWords(f, q.lang);
  if (namesSomeone && SAID_START.test(f) && speaks) return rule("said");
  // « qu'est-ce qu'il appelle X ? », « elle qualifie quoi de X ? »: what someone labels so, from their words
  if (LABEL_ASK.test(f)) return rule("said");
  if (opensWhen) return rule("when");
  if (opensWhere) return rule("where");
  // « comment s'appelle », « what is X called » ask a name, not about a phone call
  // « Last Call Studios », « l'Appel de Varenne »: a call word the story writes only inside a name asks about no call
  // « rang » is English « rang » but French « rank » (« quel rang occupait X »)
  const callCue = CALL.test(f) || (q.lang === "en" && /\brang\b/.test(f));
  if (callCue && !callWordsNamed(f, story.isName) && !/\bcalled (?:it|the|a|an|for)\b|\b(?:call|calls|calling|called) (?:for|on)\b|s'appel\w*|^(?:and |et |so )?(?:what|how) (?:did|does|do|has|have) .{1,40} call\b|\b(?:qu'est-ce qu'|ce qu')(?:il|elle|ils|elles|on) appel\w*|\b(?:il|elle|ils|elles) appel\w* quoi\b/.test(f)) return rule("call");
  if (PEOPLE.test(f) && !namesSomeone && !TALKED_ABOUT.test(f)) return rule("people");
  if (TALKED_ABOUT.test(f) && !namesSomeone) return rule("who_said");
  if (WHO_START.test(f) && SPEECH.test(f)) return rule("who_said");
  // « who is to blame, according to him? », « c'est qui le fautif selon X ? »: someone's account is asked, not who someone is
  if (WHO_IS.test(f) && ACCOUNT_ASKED.test(f) && (namesSomeone || ACCOUNT_OF_PRONOUN.test(f))) return rule("said");
  if (WHO_IS.test(f) && !(namesSomeone && whoDoes(f, story.isName)) && !WHO_WILL.test(f) && !PRONOUN_ACT.test(f)) return rule("who_is");
  if (namesSomeone && speaks) return rule("said");
  if (also.includes("when")) return rule("when");
  if (also.includes("where")) return rule("where");
  if (EQUIPMENT.test(f) && !asksAttribute(f)) return rule("equipment");
  // « à qui a-t-elle raconté tout ça ? »: to whom she told it, not the story told
  if (SUMMARY.test(f) && !(/\braconte/.test(f) && /\b(?:qui|a qui|to whom|who)\b/.test(f))) return rule("summary");
  // a question that names someone and asks none of their words (« why is X at home », « did X sign it »): no kind of
  // answer of its own, a fact the reader takes from the sentence that tells it, at its bars
  if (namesSomeone) return FACT_ABOUT(also);
  const c = classify(timed, story.topic);
  // the intents the rules above read by their cue words (a verb of saying, « who is », a call, a source):
  // a guess of one on a question without that cue is against the question's frame, and no reading of it
  if (CUED.has(c.intent) && !(SPEAKING.has(c.intent) && asksSpeech(f))) return { intent: c.intent, also, measure: null, source: "classifier", confidence: 0 };
  // when and where have plain cues, all tested above: a classifier guess without one is no reading
  if ((c.intent === "when" || c.intent === "where") && !also.length) return { intent: c.intent, also, measure: null, source: "classifier", confidence: 0 };
  // « et son père était là ? »: a question with no word asking for a person is not answered with one, whatever the classifier guesses
  if (PERSON_ASKED.has(c.intent) && !ASKS_PERSON.test(f) && !ANY_QUESTION_WORD.test(f)) return { intent: c.intent, also, measure: null, source: "classifier", confidence: 0 };
  return { intent: c.intent, also, measure: c.intent === "count" ? "count" : null, source: "classifier", confidence: c.margin };
}
