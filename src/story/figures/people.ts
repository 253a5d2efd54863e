/**
 * What the people a number counts are doing, read from the words around the figure: killed or
 * wounded (a toll, not a force), firefighters and police (people, not troops), or the strength of
 * a military unit (« le bataillon compte 600 personnes »). One mechanism fed by a table per
 * language; words are folded (see foldWord).
 */
import type { Token } from "./tokens.js";

interface PeopleWords {
  /** Nouns of a toll before « de » / « of »: « la mort de 3 soldats », « the killing of two soldiers ». */
  tollNouns: readonly string[];
  /** Auxiliaries between the counted noun and its participle: « soldats ont été tués ». */
  auxiliaries: readonly string[];
  /** Participles and adjectives of a toll: « tués », « killed ». */
  tollWords: readonly string[];
  /** People who serve but are not under arms: they make « hommes » or « personnel » a civil count. */
  civilForces: readonly string[];
  /** Military units whose strength is counted in people: « la brigade compte 900 personnes ». */
  units: readonly string[];
  /** Nouns and participles that count people: in a unit's sentence, its strength. */
  people: readonly string[];
  /** Military exercises: those taking part (« participants ») are troops. */
  exercises: readonly string[];
  /** Words glued to a number that make it a force's strength: « a 3,000-strong force ». */
  strength: readonly string[];
  /** Bodies of troops whose strength is given that way: « force », « army », « brigade ». */
  forces: readonly string[];
}

const FR: PeopleWords = {
  tollNouns: ["mort", "morts", "deces", "meurtre", "meurtres", "assassinat", "assassinats", "execution", "perte", "pertes", "enlevement", "capture"],
  auxiliaries: ["ont", "ete", "sont", "a", "avaient", "auraient", "seraient", "etaient", "ont-ils", "deja", "egalement", "aussi", "ensuite", "ete"],
  tollWords: ["tue", "tues", "blesse", "blesses", "mort", "morts", "peri", "decedes", "tombes", "disparus", "captures", "enleves", "executes", "abattus", "faits"],
  civilForces: ["pompier", "pompiers", "sapeurs-pompiers", "policier", "policiers", "police", "secouriste", "secouristes", "sauveteur", "sauveteurs", "ambulancier", "ambulanciers", "urgentistes", "agents", "gendarmes"],
  units: ["brigade", "brigades", "bataillon", "bataillons", "regiment", "regiments", "contingent", "escadron", "escadrons", "garnison"],
  people: ["personnes", "membres", "elements", "deployes", "mobilises", "engages", "actifs"],
  exercises: ["exercice", "exercices", "manoeuvres", "manoeuvre"],
  strength: [],
  forces: ["force", "forces", "armee", "brigade", "bataillon", "regiment", "contingent", "division", "unite", "milice", "detachement", "garnison"],
};

const EN: PeopleWords = {
  tollNouns: ["death", "deaths", "killing", "killings", "murder", "murders", "execution", "executions", "loss", "losses", "capture", "abduction"],
  auxiliaries: ["were", "was", "have", "has", "had", "been", "being", "are", "also", "reportedly", "later", "all"],
  tollWords: ["killed", "dead", "died", "wounded", "injured", "hurt", "missing", "captured", "abducted", "executed", "slain"],
  civilForces: ["firefighter", "firefighters", "police", "policemen", "rescuer", "rescuers", "paramedics", "medics", "firemen", "responders"],
  units: ["brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "contingent", "squadron", "squadrons", "garrison"],
  people: ["people", "members", "personnel", "deployed", "active"],
  exercises: ["exercise", "exercises", "drill", "drills", "wargames", "manoeuvres", "maneuvers"],
  strength: ["strong"],
  forces: ["force", "forces", "army", "brigade", "battalion", "regiment", "contingent", "division", "unit", "corps", "militia", "detachment", "garrison", "deployment"],
};

const set = (pick: (w: PeopleWords) => readonly string[]): ReadonlySet<string> => new Set([...pick(FR), ...pick(EN)]);
const TOLL_NOUNS = set((w) => w.tollNouns);
const AUXILIARIES = set((w) => w.auxiliaries);
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
  let i = last + 1;
  while (i <= last + 4 && AUXILIARIES.has(toks[i]?.norm ?? "")) i++;
  return TOLL_WORDS.has(toks[i]?.norm ?? "");
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
const FORCES = new Set(["forces", "troupes", "armees", "troops", "armies"]);

/** « 1 000 participants » to a military exercise, or beside forces taking part, are troops. */
export function countsExerciseParticipants(folded: string, toks: readonly Token[]): boolean {
  return (folded === "participants" || folded === "participant") && toks.some((t) => EXERCISES.has(t.norm) || FORCES.has(t.norm));
}

const STRENGTH = set((w) => w.strength);
const STRENGTH_FORCES = set((w) => w.forces);

/** « a 3,000-strong force », « a 700-strong contingent »: the number glued to a strength word before a body of troops. */
export function isForceStrength(text: string, numberEnd: number, head: string | null): boolean {
  if (head === null || !STRENGTH_FORCES.has(head)) return false;
  const glued = /^[-\u2010\u2011](\p{L}+)/u.exec(text.slice(numberEnd, numberEnd + 12));
  return glued !== null && STRENGTH.has(glued[1]!.toLowerCase());
}
