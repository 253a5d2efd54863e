import type { FigureCategory } from "../schema.js";
import { foldWord } from "./chars.js";

/** What a counted noun measures: its normalised unit and category. */
export interface UnitInfo {
  unit: string;
  category: FigureCategory;
  /** Counts people only in a military setting (« 3 000 hommes » in a deployment story). */
  needsMilitaryContext?: boolean;
}

const entries: Array<[string[], UnitInfo]> = [];
/** Forms are written with their accents and folded for lookup; the unit keeps its accents. */
const add = (category: FigureCategory, unit: string, forms: readonly string[], needsMilitaryContext = false): void => {
  entries.push([forms.map(foldWord), needsMilitaryContext ? { unit, category, needsMilitaryContext } : { unit, category }]);
};

// Troops: people under arms.
for (const [sing, plur] of [
  ["soldat", "soldats"], ["militaire", "militaires"], ["troupe", "troupes"], ["parachutiste", "parachutistes"],
  ["réserviste", "réservistes"], ["fantassin", "fantassins"], ["combattant", "combattants"], ["conscrit", "conscrits"],
  ["recrue", "recrues"], ["commando", "commandos"], ["légionnaire", "légionnaires"], ["marsouin", "marsouins"],
  ["artilleur", "artilleurs"], ["mercenaire", "mercenaires"], ["paramilitaire", "paramilitaires"],
  ["garde-frontière", "gardes-frontières"], ["gardes-frontière", "garde-frontières"], ["casque bleu", "casques bleus"],
  ["soldier", "soldiers"], ["troop", "troops"], ["serviceman", "servicemen"], ["servicewoman", "servicewomen"],
  ["servicemember", "servicemembers"], ["paratrooper", "paratroopers"], ["reservist", "reservists"],
  ["infantryman", "infantrymen"], ["marine", "marines"], ["conscript", "conscripts"], ["recruit", "recruits"],
  ["peacekeeper", "peacekeepers"], ["fighter", "fighters"], ["mercenary", "mercenaries"],
] as const) add("troops", plur, [sing, plur]);
for (const [sing, plur] of [["homme", "hommes"], ["marin", "marins"], ["man", "men"], ["sailor", "sailors"], ["personnel", "personnel"]] as const) {
  add("troops", plur, [sing, plur], true);
}

// Equipment: what troops fight with.
for (const [sing, plur] of [
  ["char", "chars"], ["blindé", "blindés"], ["véhicule", "véhicules"], ["avion", "avions"], ["appareil", "appareils"],
  ["bombardier", "bombardiers"], ["hélicoptère", "hélicoptères"], ["navire", "navires"], ["frégate", "frégates"],
  ["corvette", "corvettes"], ["destroyer", "destroyers"], ["sous-marin", "sous-marins"], ["porte-avions", "porte-avions"],
  ["croiseur", "croiseurs"], ["patrouilleur", "patrouilleurs"], ["missile", "missiles"], ["drone", "drones"],
  ["roquette", "roquettes"], ["obus", "obus"], ["canon", "canons"], ["obusier", "obusiers"],
  ["lance-roquettes", "lance-roquettes"], ["mortier", "mortiers"], ["système", "systèmes"], ["batterie", "batteries"],
  ["lanceur", "lanceurs"], ["radar", "radars"], ["munition", "munitions"], ["fusil", "fusils"], ["arme", "armes"],
  ["mitrailleuse", "mitrailleuses"], ["tank", "tanks"], ["aircraft", "aircraft"], ["plane", "planes"], ["jet", "jets"],
  ["helicopter", "helicopters"], ["ship", "ships"], ["vessel", "vessels"], ["warship", "warships"],
  ["submarine", "submarines"], ["rocket", "rockets"], ["shell", "shells"], ["gun", "guns"], ["howitzer", "howitzers"],
  ["vehicle", "vehicles"], ["launcher", "launchers"], ["system", "systems"], ["battery", "batteries"],
  ["rifle", "rifles"], ["weapon", "weapons"],
] as const) add("equipment", plur, [sing, plur]);

// Money.
add("money", "euros", ["euro", "euros", "€", "eur"]);
add("money", "dollars", ["dollar", "dollars", "$", "usd"]);
add("money", "livres sterling", ["£", "gbp", "livre sterling", "livres sterling", "pound", "pounds"]);
for (const [sing, plur] of [
  ["rouble", "roubles"], ["franc", "francs"], ["yuan", "yuans"], ["yen", "yens"], ["zloty", "zlotys"],
  ["hryvnia", "hryvnias"], ["dinar", "dinars"], ["dirham", "dirhams"], ["roupie", "roupies"], ["peso", "pesos"],
  ["rand", "rands"], ["rupee", "rupees"], ["shilling", "shillings"], ["ringgit", "ringgits"], ["naira", "nairas"],
] as const) add("money", plur, [sing, plur]);
add("money", "yens", ["¥"]);
add("money", "francs suisses", ["chf"]);

// Distance.
add("distance", "km", ["km", "kilomètre", "kilomètres", "kilometer", "kilometers", "kms"]);
add("distance", "m", ["m", "mètre", "mètres", "meter", "meters"]);
add("distance", "miles", ["mile", "miles", "mille nautique", "milles nautiques", "milles"]);
add("distance", "cm", ["cm", "centimètre", "centimètres"]);
add("distance", "mm", ["mm", "millimètre", "millimètres"]);

// Percent.
add("percent", "%", ["%", "pour cent", "pourcent", "percent", "per cent"]);

// Durations and other measures: never troops.
for (const [unit, forms] of [
  ["jours", ["jour", "jours", "day", "days"]], ["heures", ["heure", "heures", "hour", "hours"]],
  ["semaines", ["semaine", "semaines", "week", "weeks"]], ["mois", ["mois", "month", "months"]],
  ["ans", ["an", "ans", "year", "years"]], ["années", ["année", "années"]], ["minutes", ["minute", "minutes"]],
  ["secondes", ["seconde", "secondes", "second", "seconds"]], ["siècles", ["siècle", "siècles"]],
  ["degrés", ["degré", "degrés", "degree", "degrees", "°"]], ["tonnes", ["tonne", "tonnes", "ton", "tons"]],
  ["kg", ["kg", "kilo", "kilos", "kilogramme", "kilogrammes"]],
] as const) add("other", unit, [...forms]);

const LEXICON = new Map<string, UnitInfo>();
for (const [forms, info] of entries) for (const f of forms) LEXICON.set(f, info);

/** The unit of a counted noun given in folded form (one word, or two for « casques bleus »). */
export function unitOf(folded: string): UnitInfo | null {
  return LEXICON.get(folded) ?? null;
}

/** Two-word units are looked up first so « casques bleus » is troops, not helmets. */
export function isTwoWordUnit(first: string, second: string): boolean {
  return LEXICON.has(`${first} ${second}`);
}

/** Words that make « hommes » a troop count in the same sentence. */
const MILITARY_STEMS = [
  "soldat", "militair", "armee", "army", "troupe", "troop", "brigade", "bataillon", "battalion", "regiment", "division",
  "contingent", "deploi", "deploy", "renfort", "garnison", "caserne", "otan", "nato", "defense", "defence", "guerre",
  "war", "combat", "offensive", "manoeuvre", "exercice", "etat-major", "front", "military", "effectif", "forces",
  "mobilis", "stationn", "marine", "navy", "navire", "flotte", "fleet", "base", "mission", "operation", "milic",
  "rebel", "insurg", "mercenair", "paramilit", "jihad", "djihad", "bombard", "missile", "blinde",
];
/** Whole words only: « armés » is a cue, « arménien » is not. */
const MILITARY_WORDS = new Set(["arme", "armes", "armee", "armees", "armed", "arms"]);

export function isMilitaryWord(folded: string): boolean {
  return MILITARY_WORDS.has(folded) || MILITARY_STEMS.some((s) => folded.startsWith(s));
}

/** What a unit counts once the words after it are read: « soldats du feu » are firefighters, « hommes d'affaires » civilians. */
export function refineUnit(unit: UnitInfo | null, next: readonly string[]): UnitInfo | null {
  if (!unit || unit.category !== "troops") return unit;
  const [a = "", b = ""] = next;
  if (a === "du" && b === "feu") return { unit: unit.unit, category: "other" };
  if (unit.needsMilitaryContext && ((a === "de" && b !== "troupe" && b !== "troupes" && b !== "plus") || a === "politiques" || a === "d'etat")) {
    return { unit: unit.unit, category: "other" };
  }
  return unit;
}

/** « 200 membres des forces spéciales », « 40 éléments de l'armée »: members of a force are troops. */
const FORCE_NOUNS = new Set(["forces", "troupes", "armee", "armees", "unites", "commandos", "marines", "army"]);
/** How many tokens after the head reach the force noun (0 when the head is not « membres de … forces »). */
export function isForceMembers(head: string, next: readonly string[]): number {
  if (head !== "membres" && head !== "elements" && head !== "members") return 0;
  const [a = "", b = "", c = ""] = next;
  if (a !== "des" && a !== "of" && a !== "de" && a !== "du") return 0;
  if (FORCE_NOUNS.has(b)) return 2;
  return (b === "la" || b === "le" || b === "the") && FORCE_NOUNS.has(c) ? 3 : 0;
}
