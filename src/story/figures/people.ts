/**
 * What the people a number counts are doing, read from the words around the figure: killed or
 * wounded (a toll, not a force), firefighters and police (people, not troops), or the strength of
 * a military unit (« le bataillon compte 600 personnes »). One mechanism fed by a table per
 * language (the `people` words of lang/fr.ts, lang/en.ts); words are folded (see foldWord).
 */
import { allFigureWords, type FigureWords } from "./lang/index.js";
import type { Token } from "./tokens.js";

type PeopleWords = FigureWords["people"];

/** Every language's words of a kind (lang/fr.ts, lang/en.ts). */
const set = (pick: (w: PeopleWords) => readonly string[]): ReadonlySet<string> => allFigureWords((w) => pick(w.people));
const TOLL_NOUNS = set((w) => w.tollNouns);
const AUXILIARIES = set((w) => w.auxiliaries);
const TOLL_VERBS = set((w) => w.tollVerbs);
const PHRASE_LINKS = set((w) => w.phraseLinks);
const TOLL_WORDS = set((w) => w.tollWords);
const CIVIL_FORCES = set((w) => w.civilForces);
const UNITS = set((w) => w.units);
const PEOPLE = set((w) => w.people);
const EXERCISES = set((w) => w.exercises);

/**
 * Whether the figure from token `first` to `last` (its counted phrase `counted`) is a toll: « la
 * mort de deux soldats », « two soldiers were killed », « 3 soldats tués ».
 */
export function isToll(toks: readonly Token[], first: number, last: number, counted: [number, number] | null): boolean {
  const of = toks[first - 1]?.norm;
  if ((of === "de" || of === "of") && TOLL_NOUNS.has(toks[first - 2]?.norm ?? "")) return true;
  // Participles already read into the counted phrase (« soldats tués ») or right after it.
  for (let i = counted ? counted[0] : last + 1; i <= last; i++) if (TOLL_WORDS.has(toks[i]?.norm ?? "")) return true;
  // The number as a killing verb's object: « l'attaque a tué 71 soldats », "an ambush that killed 71 soldiers".
  if (TOLL_VERBS.has(toks[first - 1]?.norm ?? "")) return true;
  let i = skipPhrase(toks, last + 1);
  while (i <= last + 12 && AUXILIARIES.has(toks[i]?.norm ?? "")) i++;
  if (TOLL_WORDS.has(toks[i]?.norm ?? "")) return true;
  // « le bilan comprend 14 soldats », "among the dead were 14 soldiers": the toll named just before.
  for (let k = first - 1; k >= 0 && k >= first - TOLL_SUBJECT_REACH; k--) {
    const t = toks[k] as Token;
    if (t.kind === "punct") break;
    if (TOLL_SUBJECTS.has(t.norm)) return true;
  }
  return false;
}

const TOLL_SUBJECTS = set((w) => w.tollSubjects);
const DEPLOY_VERBS = set((w) => w.deployVerbs);

/** « déployer jusqu'à 9 000 », "will send 5,000 to the border": the word before the figure is a verb of sending a force. */
export function isDeployVerb(folded: string): boolean {
  return DEPLOY_VERBS.has(folded);
}

/** A sentence about police, firefighters, rescue, a fire or a flood: what is sent there is no force. */
export function mentionsCivilBodies(toks: readonly Token[]): boolean {
  return toks.some((t) => CIVIL_BODIES.has(t.norm) || CIVIL_FORCES.has(t.norm));
}
const SPEAK_VERBS = set((w) => w.speakVerbs);
/** How far before the number a toll may be named (« the toll includes », « parmi les morts figurent »). */
const TOLL_SUBJECT_REACH = 4;

/**
 * People counted as they speak: « deux soldats ont raconté », "two soldiers told reporters". A
 * count of witnesses or sources, not a force.
 */
export function countsSpeakers(toks: readonly Token[], last: number): boolean {
  let i = last + 1;
  while (i <= last + 4 && AUXILIARIES.has(toks[i]?.norm ?? "")) i++;
  // "5,000 troops said to be massing": hearsay about a force, not its members speaking.
  return SPEAK_VERBS.has(toks[i]?.norm ?? "") && !CHAIN_MARKERS.has(toks[i + 1]?.norm ?? "");
}

/** A participle or adjective of a toll (« tués », "killed", "missing"). */
export function isTollWord(folded: string): boolean {
  return TOLL_WORDS.has(folded);
}

/**
 * Past what sits between a counted noun and its verb: an apposition between commas (« Nine
 * sailors, two of them officers, were lost ») or a short phrase of origin ("60 soldiers from
 * the north died"). Returns `i` when neither follows.
 */
function skipPhrase(toks: readonly Token[], i: number): number {
  if (toks[i]?.norm === ",") {
    for (let k = i + 1; k <= i + 9 && k < toks.length; k++) {
      if (toks[k]?.norm === ",") return k + 1;
      if (toks[k]?.kind === "punct" && toks[k]?.norm !== "-") break;
    }
    return i;
  }
  if (!PHRASE_LINKS.has(toks[i]?.norm ?? "")) return i;
  // A preposition and up to four words (a name, a place, « du Niger »), none of them a verb of the toll.
  let k = i + 1;
  while (k <= i + 4 && toks[k]?.kind === "word" && !TOLL_WORDS.has(toks[k]!.norm) && !AUXILIARIES.has(toks[k]!.norm)) k++;
  return k > i + 1 ? k : i;
}

/** A sentence about firefighters, police or rescuers: its « hommes » and « personnel » are not troops. */
export function mentionsCivilForces(toks: readonly Token[]): boolean {
  return toks.some((t) => CIVIL_FORCES.has(t.norm));
}

/** Whether a counted noun is itself a civil force (« 200 policiers »). */
export function isCivilForce(folded: string): boolean {
  return CIVIL_FORCES.has(folded);
}

/** A sentence naming a military unit: « la brigade compte 125 personnes actives sur 900 déployés ». */
export function namesMilitaryUnit(toks: readonly Token[]): boolean {
  return toks.some((t) => UNITS.has(t.norm));
}

/** A noun or participle that counts people (« personnes », « déployés »): a unit's strength in a unit's sentence. */
export function countsPeople(folded: string): boolean {
  return PEOPLE.has(folded);
}

/** Forces named as such beside the participants: « … while Japanese forces also take part ». */
const FORCES = set((w) => w.forcesTakingPart);
const PARTICIPANTS = set((w) => w.participants);

/** « 1 000 participants » to a military exercise, or beside forces taking part, are troops. */
export function countsExerciseParticipants(folded: string, toks: readonly Token[]): boolean {
  return PARTICIPANTS.has(folded) && toks.some((t) => EXERCISES.has(t.norm) || FORCES.has(t.norm));
}

const STRENGTH = set((w) => w.strength);
const STRENGTH_FORCES = set((w) => w.forces);

/**
 * « a 3,000-strong force », « a 700-strong contingent », "the 9,000-strong border response unit":
 * the number glued to a strength word before a body of troops (`counted`: the words of the counted
 * phrase, whose head English puts last; a civil body among them makes it none).
 */
export function isForceStrength(text: string, numberEnd: number, head: string | null): boolean {
  const glued = /^[-\u2010\u2011](\p{L}+)((?:\s+[\p{L}'-]+){0,4})/u.exec(text.slice(numberEnd, numberEnd + 60));
  if (glued === null || !STRENGTH.has(glued[1]!.toLowerCase())) return false;
  if (head !== null && STRENGTH_FORCES.has(head)) return true;
  // the words after the strength word, up to a function word: « rapid reaction unit », never « police force »
  const phrase = glued[2]!.trim().toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/\s+/);
  const cut = phrase.findIndex((w) => w === "of" || w === "de" || w === "that" || w === "which" || w === "and");
  const words = cut >= 0 ? phrase.slice(0, cut) : phrase;
  return words.some((w) => STRENGTH_FORCES.has(w)) && !words.some((w) => CIVIL_BODIES.has(w) || CIVIL_FORCE_MODIFIERS.has(w));
}

const RECRUITS = set((w) => w.recruits);
const JOIN_VERBS = set((w) => w.joinVerbs);
const JOIN_SKIP = set((w) => w.joinSkip);
const JOINED_FORCES = set((w) => w.joinedForces);
const FIGHT_VERBS = set((w) => w.fightVerbs);
const FIGHT_MARKERS = set((w) => w.fightMarkers);
const CIVIL_BODIES = set((w) => w.civilBodies);
const CHAIN_MARKERS = set((w) => w.chainMarkers);
const JOIN_REFUSALS = set((w) => w.joinRefusals);
/** How far the verb of joining may stand after the counted phrase, how many verbs may chain before it, and the force after the verb. */
const JOIN_GAP = 7;
const MAX_CHAIN_VERBS = 2;

/**
 * The verb of joining after a counted phrase ending before `from`: right after auxiliaries and
 * adverbs (« ont rejoint », "have joined"), or at the end of a verb chain ("have rushed to
 * join", "had decided to enlist", « ont choisi de s'engager »). A denial on the way ("refused to
 * join", « n'ont pas rejoint ») makes none. Returns its index, or -1.
 */
function joinVerbAfter(toks: readonly Token[], from: number): number {
  let chained = 0;
  for (let i = from; i < from + JOIN_GAP && i < toks.length; i++) {
    const t = toks[i] as Token;
    if (JOIN_REFUSALS.has(t.norm)) return -1;
    if (JOIN_VERBS.has(t.norm)) {
      if (chained === 0) return i;
      // After a chained verb, the joining verb is introduced: "rushed to join", « choisi de s'engager ».
      const before = toks[i - 1]?.norm === "se" ? toks[i - 2] : toks[i - 1];
      return CHAIN_MARKERS.has(before?.norm ?? "") ? i : -1;
    }
    if (JOIN_SKIP.has(t.norm) || CHAIN_MARKERS.has(t.norm)) continue;
    if (t.kind !== "word" || t.text[0] !== t.text[0]?.toLowerCase() || ++chained > MAX_CHAIN_VERBS) return -1;
  }
  return -1;
}
const FORCE_REACH = 8;

/**
 * People counted as they join a force: « 5 000 volontaires ont rejoint la légion », "some 100,000
 * nationals have joined the territorial defence forces", "thousands of foreigners volunteered to
 * fight". The counted noun names people (a people, volunteers, foreigners), a verb of joining
 * follows it, and the force joined comes before the clause ends; a civil body on the way (the
 * police, civil protection, rescue services) makes them no troops.
 */
export function joinsForce(toks: readonly Token[], head: Token, last: number, capitalPeople: boolean): boolean {
  if (!capitalPeople && !RECRUITS.has(head.norm)) return false;
  const i = joinVerbAfter(toks, last + 1);
  if (i < 0) return false;
  const end = Math.min(toks.length, i + 1 + FORCE_REACH);
  for (let k = i + 1; k < end; k++) {
    const t = toks[k] as Token;
    if (t.kind === "punct" && t.norm !== "'" && t.norm !== "-") return false;
    if (CIVIL_BODIES.has(t.norm)) return false;
    if (JOINED_FORCES.has(t.norm)) return true;
    // « pour combattre », "to fight": fighters, unless what they fight is a fire or an epidemic.
    if (FIGHT_VERBS.has(t.norm) && FIGHT_MARKERS.has(toks[k - 1]?.norm ?? "")) return !toks.slice(k + 1, k + 4).some((n) => CIVIL_BODIES.has(n.norm));
  }
  return false;
}

const STRENGTH_LINKS = set((w) => w.strengthLinks);
const STRENGTH_ADJECTIVES = set((w) => w.strengthAdjectives);
const CIVIL_FORCE_MODIFIERS = set((w) => w.civilForceModifiers);
const STRENGTH_NOUNS = set((w) => w.strengthNouns);
const MEASURE_FORCES = set((w) => w.measureForces);
/** How many adjectives may stand between a force and the link (« une force multinationale conjointe de »). */
const MAX_FORCE_ADJECTIVES = 2;
/** How far back a force may stand before « N strong » ("the contingent, which is roughly 12,000 strong"). */
const STRONG_REACH = 8;

/**
 * The force whose strength the figure starting at token `first` gives, read backwards from the
 * number: « une force conjointe de 4 000 », « un contingent fort de 12 000 », "a combined force of
 * 4,000", "a force numbering 2,000". `isAdjective` tells a force's adjective (« conjointe ») from a
 * complement (« force de police »). Returns the force noun's index, or -1.
 */
export function forceNamedBefore(
  toks: readonly Token[], first: number, isAdjective: (t: Token) => boolean, isMilitary: (folded: string) => boolean,
): number {
  let i = first - 1;
  if (!STRENGTH_LINKS.has(toks[i]?.norm ?? "")) return -1;
  i--;
  if (STRENGTH_ADJECTIVES.has(toks[i]?.norm ?? "")) i--;
  let military = false;
  const isForce = (t: Token): boolean => STRENGTH_FORCES.has(t.norm) || MEASURE_FORCES.has(t.norm);
  for (let n = 0; n < MAX_FORCE_ADJECTIVES && toks[i] !== undefined && !isForce(toks[i]!); n++) {
    const t = toks[i] as Token;
    // « une présence militaire de 2 500 »: a military word after the noun it qualifies.
    const militaryWord = t.kind === "word" && isMilitary(t.norm);
    if ((!isAdjective(t) && !militaryWord) || CIVIL_BODIES.has(t.norm) || CIVIL_FORCE_MODIFIERS.has(t.norm)) return -1;
    military ||= militaryWord;
    i--;
  }
  const force = toks[i];
  if (!force || force.kind !== "word" || !isForce(force)) return -1;
  // "a troop presence of 2,500", "troop levels of": a measure of a force only beside a military word.
  if (!STRENGTH_FORCES.has(force.norm) && !military && !isMilitary(toks[i - 1]?.norm ?? "")) return -1;
  // « a police force of 2,000 », « the labour force of »: a civil body, not troops.
  if (CIVIL_FORCE_MODIFIERS.has(toks[i - 1]?.norm ?? "") || CIVIL_BODIES.has(toks[i - 1]?.norm ?? "")) return -1;
  return i;
}

/** A noun after a force's strength that still counts the force itself (« 4 000 personnes », "4,000 strong"). */
export function countsStrength(folded: string): boolean {
  return STRENGTH_NOUNS.has(folded) || PEOPLE.has(folded);
}

/**
 * "the contingent is roughly 12,000 strong", "the force, some 2,000 strong,": the number's word
 * after it is a strength word and a force stands a few words before. Returns the force's index, or -1.
 */
export function forceBeforeStrong(toks: readonly Token[], first: number, strong: number): number {
  if (!STRENGTH.has(toks[strong]?.norm ?? "")) return -1;
  for (let i = first - 1; i >= 0 && i >= first - STRONG_REACH; i--) {
    const t = toks[i] as Token;
    if (t.kind === "punct" && t.norm !== "," && t.norm !== "-") return -1;
    if (t.kind === "num") return -1;
    if (STRENGTH_FORCES.has(t.norm)) return CIVIL_FORCE_MODIFIERS.has(toks[i - 1]?.norm ?? "") || CIVIL_BODIES.has(toks[i - 1]?.norm ?? "") ? -1 : i;
  }
  return -1;
}
