import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { backReferenceWords } from "../lexicon-people.js";
import { TITLE_NOUN } from "./roles.js";

/*
 * Descriptions of a person that news copy writes around the name in shapes a plain apposition
 * reader misses: a determined noun phrase opening the sentence whose list of modifiers holds commas
 * (« The director of the agency's cargo, fishing and leisure division, X, resigned »), the office held
 * after the name ("during X's years as harbour master", « X, en tant que ministre, »), and the noun
 * phrase the name completes when the story gives no role ("the disappearance of X", « la mort de X »).
 * Each is a few words of the story, cut to stay a description and not a pasted sentence.
 */

/**
 * The most words of a description copied in a row: with the name written before it, the answer
 * stays under the dozen words that read as a pasted sentence.
 */
export const MAX_COPIED = 9;

/** The words the scorer and a reader count: letters and digits runs of two or more. */
const counted = (w: string): number => fold(w).split(/[^\p{L}\d]+/u).filter((t) => t.length > 1).length;

/**
 * A description cut to fit: at its first comma when it runs long (a list or a second apposition
 * follows), then word by word, and never left on a word that opens a complement or a coordination.
 */
export function fitDescription(text: string, lang: Lang, max = MAX_COPIED): string | null {
  const { dangling, coordinators } = backReferenceWords(lang);
  let ws = text.trim().replace(/[,;:.]+$/u, "").split(/\s+/).filter(Boolean);
  const size = (xs: string[]) => xs.reduce((n, w) => n + counted(w), 0);
  // the noun a list of modifiers ends on ("cargo, fishing and leisure division"), kept after the cut when the language puts it last
  let head = "";
  if (size(ws) > max) {
    const comma = ws.findIndex((w) => /,$/.test(w));
    const last = ws.at(-1)!;
    if (comma >= 1) {
      if (backReferenceWords(lang).modifiersFirst && comma < ws.length - 2 && /^\p{Ll}[\p{L}-]+$/u.test(last) && !dangling.has(fold(last))) head = last;
      ws = ws.slice(0, comma + 1);
    }
  }
  // two offices coordinated (« lecturer at X and writer of Y »): the first one whole, rather than the second cut
  const and = ws.findIndex((w, k) => k >= 2 && coordinators.has(fold(w)) && size(ws.slice(0, k)) <= max);
  if (size(ws) > max && and >= 2) ws = ws.slice(0, and);
  while (ws.length && size(ws) > max) ws = ws.slice(0, -1);
  ws = ws.map((w, k) => (k === ws.length - 1 ? w.replace(/[,;:]+$/u, "") : w));
  while (ws.length && dangling.has(fold(ws.at(-1)!).replace(/['’]$/u, ""))) ws = ws.slice(0, -1);
  if (!ws.length || (ws.length < 2 && !TITLE_NOUN.test(fold(ws[0]!)))) return null;
  return head ? `${ws.join(" ")} … ${head}` : ws.join(" ");
}

/** Splits an elided article off its noun (« l'ancien » → « l' », « ancien »). */
const words = (s: string): string[] => s.replace(/\b([ldLD])['’](?=\p{L})/gu, "$1' ").split(/\s+/).filter(Boolean);

/**
 * « The director of the agency's cargo, fishing and leisure division, X, resigned »: a definite noun phrase
 * opening the sentence, its title noun among its first words, set off by commas before the name and
 * holding no verb, is the person's description, whatever commas its list of modifiers holds.
 * `before` is the sentence up to the name, `after` what follows it.
 */
export function openingPhrase(before: string, after: string, lang: Lang): string | null {
  if (!/^\s*,/.test(after) || !/,\s*$/.test(before)) return null;
  const np = before.replace(/,\s*$/, "").trim();
  if (!np.includes(",") || /[«»"“”;:()]/u.test(np)) return null;
  const back = backReferenceWords(lang);
  const ws = words(np);
  if (ws.length < 3 || ws.length > 20 || !back.definites.has(fold(ws[0]!).replace(/['’]$/u, ""))) return null;
  if (!ws.slice(1, 5).some((w) => TITLE_NOUN.test(fold(w)))) return null;
  if (ws.some((w) => /^\p{Ll}/u.test(w) && back.finite.has(fold(w).replace(/[,]$/u, "")))) return null;
  return fitDescription(np.slice(ws[0]!.length).replace(/^\s+/, ""), lang);
}

/**
 * "during X's years as harbour master", "X served as envoy", « X, en tant que ministre de la Mer, »:
 * the office after the words that say someone holds it, a title among its first words. `after` is
 * the text right after the name.
 */
export function officeHeld(after: string, lang: Lang): string | null {
  const back = backReferenceWords(lang);
  const marker = back.asOffice.join("\\s+");
  const owner = back.ownerMark ? "(?:['’]s)?" : "";
  const m = new RegExp(`^${owner}(?:\\s+\\p{Ll}+){0,2},?\\s+${marker}\\s+([^,.;:()«»"“”]{2,80})`, "iu").exec(after);
  if (!m?.[1]) return null;
  const ws = m[1].trim().split(/\s+/);
  const finite = ws.findIndex((w) => back.finite.has(fold(w)));
  const phrase = (finite > 0 ? ws.slice(0, finite) : ws).join(" ");
  if (!phrase.split(/\s+/).slice(0, 3).some((w) => TITLE_NOUN.test(fold(w)))) return null;
  return fitDescription(phrase, lang);
}

/**
 * "the disappearance of X", « la mort d'X »: the noun phrase a name completes, when the story gives the
 * person no role; `before` is the text up to the name. A title noun there is someone else's office
 * (« le ministre de X »), not what X is.
 */
export function governingPhrase(before: string, name: string, lang: Lang): string | null {
  const back = backReferenceWords(lang);
  const ws = words(before.trimEnd());
  const of = ws.at(-1);
  if (!of || !back.complements.has(fold(of).replace(/['’]$/u, ""))) return null;
  const nouns: string[] = [];
  let k = ws.length - 2;
  while (k >= 0 && nouns.length < 2 && /^\p{Ll}[\p{L}-]*$/u.test(ws[k]!) && !back.definites.has(fold(ws[k]!).replace(/['’]$/u, ""))) nouns.unshift(ws[k--]!);
  const det = ws[k];
  if (!nouns.length || !det || !back.definites.has(fold(det).replace(/['’]$/u, ""))) return null;
  if (nouns.some((w) => TITLE_NOUN.test(fold(w)) || back.dangling.has(fold(w)))) return null;
  const glue = /['’]$/u.test(of) ? "" : " ";
  return `${[det, ...nouns, of].join(" ").replace(/(\p{L})['’] /gu, "$1'")}${glue}${name}`.replace(/\b([ldLD])' (?=\p{L})/gu, "$1'");
}
