import type { KeySet } from "../index.js";
import { NATIONALITY_GROUPS, NATIONALITY_KEYS } from "../lexicon.js";
import { ABBREVIATION_NATIONALITY, COUNTRY_NAMES, NAME_NATIONALITY, COUNTRY_ABBREVIATIONS } from "../figure-words/index.js";
import { fold, words } from "../text.js";

export function abbreviatesCountry(text: string): boolean {
  return words(text).some((w) => COUNTRY_ABBREVIATIONS.has(w));
}

/** Whether a clause names a country or nationality of its own (« Portugal overall has counted … »). */
export function namesCountry(text: string, keys: KeySet): boolean {
  for (const k of keys) if (NATIONALITY_KEYS.has(k)) return true;
  return abbreviatesCountry(text);
}


const abbreviationMemo = new Map<string, string[]>();
// a preposition of place or direction right before a country's name (folded text, « the » between)
const TOWARDS = /(?:^|[^\p{L}])(?:to|from|with|against|into|toward|towards|across|in|at|inside|vers|avec|contre|aux|en|dans)\s+(?:the\s+)?$/u;

/**
 * The nationality keys of the countries a text writes as abbreviations (« The UK in total »),
 * which the lexicon's words do not hold: « US » is « américain », « états-unis ».
 */
export function abbreviationKeys(text: string): string[] {
  const out: string[] = [];
  const abbreviated = [...text.matchAll(/(?<![\p{L}.])(?:[A-Z]\.){2,}|(?<![\p{L}])[A-Z]{2,3}(?![\p{L}])/gu)].map((m) => ABBREVIATION_NATIONALITY.get(m[0]) ?? ABBREVIATION_NATIONALITY.get(m[0].replace(/\.$/, "")));
  // « The United States has … », « le Royaume-Uni »: a formal name of several words, which the lexicon's words do not hold either
  // (not after a preposition: « shipments to the United States », « aux États-Unis » say where, not whose)
  const folded = fold(text);
  const named = [...folded.matchAll(COUNTRY_NAMES)].filter((m) => !TOWARDS.test(folded.slice(Math.max(0, m.index - 20), m.index + m[0].length - m[1]!.length))).map((m) => NAME_NATIONALITY.get(m[1]!));
  for (const en of [...abbreviated, ...named]) {
    if (!en) continue;
    let keys = abbreviationMemo.get(en);
    if (!keys) {
      keys = NATIONALITY_GROUPS.filter((grp) => grp.has(en)).flatMap((grp) => [...grp]);
      abbreviationMemo.set(en, keys);
    }
    out.push(...keys);
  }
  return out;
}
