/**
 * States and places, one mechanism over a table per language (places-fr.ts, places-en.ts) and the
 * country and region names of the installed iso-codes package (places-load.ts): a capital standing
 * for its government, the nationality adjective of an institution and its country, and whether a
 * lone proper name is a place (« Norvège a annoncé », "Texas sued") rather than a person.
 */
import { fold, stripArticle } from "../text.js";
import { loadIsoPlaceNames } from "./places-load.js";
import { EN_PLACES } from "./places-en.js";
import { FR_PLACES } from "./places-fr.js";
import type { PlaceWords } from "./places-types.js";

export type { PlaceWords } from "./places-types.js";

export const PLACE_WORDS: Readonly<Record<"fr" | "en", PlaceWords>> = { fr: FR_PLACES, en: EN_PLACES };

/** Every language's pairs of a kind, in language order. */
const pairs = (pick: (w: PlaceWords) => ReadonlyArray<readonly [string, string]>): ReadonlyArray<readonly [string, string]> =>
  Object.values(PLACE_WORDS).flatMap((w) => [...pick(w)]);

/** Capital → nationality adjectives, every language: « minsk » → « bielorusse », "belarusian". */
export const CAPITAL_PAIRS = pairs((w) => w.capitals);
/** Nationality adjective → country as written, every language: « allemand » → « Allemagne », "german" → "Germany". */
export const COUNTRY_PAIRS = pairs((w) => w.countries);

function multi(list: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const [k, v] of list) map.set(k, [...(map.get(k) ?? []), v]);
  return map;
}

/** Capital → its nationality adjectives in every language. */
export const CAPITALS = multi(CAPITAL_PAIRS);
/** Nationality adjective → its country's names in every language. */
export const COUNTRIES = multi(COUNTRY_PAIRS);

/** Seats of power named by a proper noun: « Matignon », "Whitehall". */
export const SEATS: ReadonlySet<string> = new Set(Object.values(PLACE_WORDS).flatMap((w) => [...w.seats]));

let installed: ReadonlySet<string> | null = null;

/** The folded iso-codes names, read at the first look-up (once per process). */
function isoNames(): ReadonlySet<string> {
  installed ??= new Set(loadIsoPlaceNames().map((n) => fold(n)));
  return installed;
}

/** Replaces the installed names (tests; a process that ships its own list). */
export function setInstalledPlaceNames(names: readonly string[] | null): void {
  installed = names === null ? null : new Set(names.map((n) => fold(n)));
}

const TABLE_NAMES: ReadonlySet<string> = new Set([...CAPITALS.keys(), ...COUNTRY_PAIRS.map(([, c]) => fold(c))]);

/** Whether a noun phrase is a capital, a country, a region or a seat of power, article aside. */
export function isPlaceName(np: string): boolean {
  const key = fold(stripArticle(np.trim()));
  return TABLE_NAMES.has(key) || SEATS.has(key) || isoNames().has(key);
}
