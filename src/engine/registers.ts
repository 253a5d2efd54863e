import type { Lang } from "./reply.js";

/*
 * Chat spellings and informal words readers type for the nouns a story counts, per language
 * (« ppl », « matos »), with the standard word they stand for. Each table holds its own
 * language's words only; the engine reads the one of the question's language.
 */
const EN: Readonly<Record<string, string>> = {
  ppl: "people", ppls: "people", peeps: "people", folks: "people", folk: "people",
  guys: "men", blokes: "men", cops: "police", kids: "children", bucks: "dollars", quid: "pounds",
  govt: "government", gov: "government", mins: "minutes", hrs: "hours", yrs: "years", wks: "weeks",
  vets: "veterans", pax: "passengers", choppers: "helicopters", nukes: "missiles", vics: "victims",
};

const FR: Readonly<Record<string, string>> = {
  matos: "materiel", mecs: "hommes", types: "hommes", flics: "policiers", keufs: "policiers", gamins: "enfants",
  momes: "enfants", gosses: "enfants", bagnoles: "voitures", thunes: "argent", fric: "argent", pognon: "argent",
  balles: "euros", boulots: "emplois", boulot: "emploi", taf: "emploi", gens: "personnes", toubibs: "medecins",
  bidasses: "soldats", troufions: "soldats", zincs: "avions", hostos: "hopitaux", nb: "nombre",
};

/** The standard word for a folded chat or informal word of `lang`, or the word itself. */
export function standardWord(folded: string, lang: Lang): string {
  // own entries only: « constructor » is a word a reader may type, not the table's prototype's
  const table = lang === "fr" ? FR : EN;
  return Object.hasOwn(table, folded) ? (table[folded] ?? folded) : folded;
}

/** Nouns that count people of any kind: « how many people » is answered by passengers, residents, victims. */
const PEOPLE = /^(?:people|persons?|individuals?|humans?|personnes?|gens|individus?)$/;

export function countsAnyone(standard: string): boolean {
  return PEOPLE.test(standard);
}
