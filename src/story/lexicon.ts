import { allNameWords, NAME_WORDS, type NameWords } from "./lang/names.js";

/**
 * The words of news writing that the entity rules key on: titles, role nouns, institution nouns.
 * General vocabulary only, compared on folded text (see fold()). The words that report speech are
 * per language in lang/ (fr.ts, en.ts).
 */

/** Gendered nouns of every language, the first language's gender winning a homograph (French « office » over English). */
function gendered(pick: (w: NameWords) => ReadonlyArray<readonly [string, "m" | "f" | null]>): ReadonlyMap<string, "m" | "f" | null> {
  const map = new Map<string, "m" | "f" | null>();
  for (const words of Object.values(NAME_WORDS)) for (const [word, gender] of pick(words)) if (!map.has(word)) map.set(word, gender);
  return map;
}

/** Documents that speak for their author: « précise le communiqué », « the statement said ». Per language in lang/names-*.ts. */
export const DOCUMENT_NOUNS = gendered((w) => w.documents);

/** Institution head nouns, with grammatical gender (pronouns « il » / « elle » can refer to them). Per language in lang/names-*.ts. */
export const INSTITUTION_NOUNS = gendered((w) => w.institutions);

/** Plural nouns naming a group that can speak: « affirment les Occidentaux », « officials said ». */
export const GROUP_NOUNS = allNameWords((w) => w.groups);

/** Civil titles and military ranks: part of an alias (« le général Omar Diallo »), never of a role. Per language in lang/names-*.ts. */
export const TITLES: ReadonlyMap<string, "m" | "f" | null> = new Map(Object.values(NAME_WORDS).flatMap((w) => [...w.titles]));

/** Nouns that head a person's role: « porte-parole de l'état-major », « spokesperson for the ministry ». */
export const ROLE_NOUNS = allNameWords((w) => w.roleNouns);

/** Kin and close relations (« her husband »): roles whose possessor is kept. */
export const RELATION_NOUNS = allNameWords((w) => w.relationNouns);

/** Feminine role nouns and determiners give a person's gender. */
export const FEMININE_ROLE = allNameWords((w) => w.feminineRoles);

/** Days, months, function words and sentence adverbs that never start a person's name, in every language (lang/names-*.ts). */
export const NOT_NAME_WORDS: ReadonlySet<string> = allNameWords((w) => w.notNameStart);

/** Capitals, nationality adjectives and countries of every language: per language in lang/places-*.ts. */
export { CAPITAL_PAIRS, CAPITALS, COUNTRIES } from "./lang/places.js";
