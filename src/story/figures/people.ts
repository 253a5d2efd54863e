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
  return TOLL_WORDS.has(toks[i]?.norm ?? "");
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

/** « a 3,000-strong force », « a 700-strong contingent »: the number glued to a strength word before a body of troops. */
export function isForceStrength(text: string, numberEnd: number, head: string | null): boolean {
  if (head === null || !STRENGTH_FORCES.has(head)) return false;
  const glued = /^[-\u2010\u2011](\p{L}+)/u.exec(text.slice(numberEnd, numberEnd + 12));
  return glued !== null && STRENGTH.has(glued[1]!.toLowerCase());
}

const RECRUITS = set((w) => w.recruits);
const JOIN_VERBS = set((w) => w.joinVerbs);
const JOIN_SKIP = set((w) => w.joinSkip);
const JOINED_FORCES = set((w) => w.joinedForces);
const FIGHT_VERBS = set((w) => w.fightVerbs);
const FIGHT_MARKERS = set((w) => w.fightMarkers);
const CIVIL_BODIES = set((w) => w.civilBodies);
/** How far the verb of joining may stand after the counted phrase, and the force after the verb. */
const JOIN_GAP = 4;
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
  let i = last + 1;
  while (i <= last + JOIN_GAP && JOIN_SKIP.has(toks[i]?.norm ?? "")) i++;
  if (!JOIN_VERBS.has(toks[i]?.norm ?? "")) return false;
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
