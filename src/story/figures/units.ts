import type { FigureCategory } from "../schema.js";
import { foldWord } from "./chars.js";
import { allFigureWords, FIGURE_WORDS } from "./lang/index.js";

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

// Every language's nouns, category by category (lang/fr.ts, lang/en.ts); symbols, abbreviations
// and currency codes are the same in every language.
const LANGS = Object.values(FIGURE_WORDS);
for (const w of LANGS) for (const [sing, plur] of w.units.troops) add("troops", plur, [sing, plur]);
for (const w of LANGS) for (const [sing, plur] of w.units.troopsInContext) add("troops", plur, [sing, plur], true);
for (const w of LANGS) for (const [sing, plur] of w.units.equipment) add("equipment", plur, [sing, plur]);
add("money", "euros", ["€", "eur"]);
add("money", "dollars", ["$", "usd"]);
add("money", "livres sterling", ["£", "gbp"]);
for (const w of LANGS) for (const [unit, forms] of w.units.money) add("money", unit, forms);
add("money", "yens", ["¥"]);
add("money", "francs suisses", ["chf"]);
add("distance", "km", ["km", "kms"]);
add("distance", "m", ["m"]);
add("distance", "cm", ["cm"]);
add("distance", "mm", ["mm"]);
for (const w of LANGS) for (const [unit, forms] of w.units.distance) add("distance", unit, forms);
add("percent", "%", ["%"]);
for (const w of LANGS) add("percent", "%", w.units.percent);
add("other", "degrés", ["°"]);
add("other", "kg", ["kg"]);
for (const w of LANGS) for (const [unit, forms] of w.units.other) add("other", unit, forms);

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
const MILITARY_STEMS = [...allFigureWords((w) => w.militaryStems)];
/** Whole words only: « armés » is a cue, « arménien » is not. */
const MILITARY_WORDS = allFigureWords((w) => w.militaryWords);

export function isMilitaryWord(folded: string): boolean {
  return MILITARY_WORDS.has(folded) || MILITARY_STEMS.some((s) => folded.startsWith(s));
}

const CIVIL_AFTER: ReadonlySet<string> = new Set(LANGS.flatMap((w) => w.civilAfter.map(([a, b]) => `${a} ${b}`)));
const CIVIL_COMPLEMENTS = allFigureWords((w) => w.civilComplements);
const COMPLEMENT_PREPS = allFigureWords((w) => w.complementPrep);
const MILITARY_COMPLEMENTS = allFigureWords((w) => w.militaryComplements);

/** What a unit counts once the words after it are read: « soldats du feu » are firefighters, « hommes d'affaires » civilians. */
export function refineUnit(unit: UnitInfo | null, next: readonly string[]): UnitInfo | null {
  if (!unit || unit.category !== "troops") return unit;
  const [a = "", b = ""] = next;
  if (CIVIL_AFTER.has(`${a} ${b}`)) return { unit: unit.unit, category: "other" };
  if (unit.needsMilitaryContext && ((COMPLEMENT_PREPS.has(a) && !MILITARY_COMPLEMENTS.has(b)) || CIVIL_COMPLEMENTS.has(a))) {
    return { unit: unit.unit, category: "other" };
  }
  return unit;
}

/** « 200 membres des forces spéciales », « 40 éléments de l'armée »: members of a force are troops. */
const FORCE_NOUNS = allFigureWords((w) => w.forceNouns);
const MEMBER_NOUNS = allFigureWords((w) => w.memberNouns);
const MEMBER_PREPS = allFigureWords((w) => w.memberPreps);
const MEMBER_ARTICLES = allFigureWords((w) => w.memberArticles);
/** How many tokens after the head reach the force noun (0 when the head is not « membres de … forces »). */
export function isForceMembers(head: string, next: readonly string[]): number {
  if (!MEMBER_NOUNS.has(head)) return 0;
  const [a = "", b = "", c = ""] = next;
  if (!MEMBER_PREPS.has(a)) return 0;
  if (FORCE_NOUNS.has(b)) return 2;
  return MEMBER_ARTICLES.has(b) && FORCE_NOUNS.has(c) ? 3 : 0;
}
