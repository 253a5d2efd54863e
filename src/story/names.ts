import { NOT_NAME_WORDS, TITLES } from "./lexicon.js";
import type { Token } from "./tokens.js";

export interface NameSpan {
  /** Token indices [first, last] of the name itself (title excluded). */
  first: number;
  last: number;
  /** The name as written: « Paul Durand », « Kowalska ». */
  name: string;
  /** Title or rank before it, as written (« le général », « Mme »), and the gender it implies. */
  title: string | null;
  titleGender: "m" | "f" | null;
  /** Token index where the mention starts (the article of the title when there is one). */
  mentionStart: number;
}

const ARTICLES = new Set(["le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "the"]);
const PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "bin", "ben", "ibn", "al", "el", "le"]);
const PLACE_BEFORE = new Set(["en", "a", "au", "aux", "dans", "vers", "depuis", "pres", "sur", "de", "d'", "in", "at", "from", "to"]);

/** Nouns that a proper name follows when it names a thing, not a person: « l'agence Ria Novosti ». */
const NAMED_THINGS = new Set([
  "agence", "journal", "quotidien", "hebdomadaire", "chaine", "radio", "television", "site", "mission", "operation",
  "exercice", "base", "navire", "fregate", "porte-avions", "sous-marin", "programme", "plan", "accord", "traite",
  "groupe", "societe", "entreprise", "compagnie", "parti", "mouvement", "brigade", "division", "regiment", "bataillon",
  "force", "flotte", "centrale", "gazoduc", "oleoduc", "cable", "pont", "aeroport", "port", "universite", "institut",
  "fondation", "festival", "sommet", "conference", "forum", "agency", "newspaper", "operation", "exercise",
]);

const isCap = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}/u.test(t.text);
const isAcronym = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text);

/**
 * Person names in a sentence: two or more capitalised words that no article precedes (« Paul
 * Durand », not « la Maison Blanche »), or one capitalised word after a title (« M. Lemoine »,
 * « le général Diallo »). Capitalised words after a place preposition are places, not people.
 */
export function findNames(tokens: Token[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const titleKey = t.low.replace(/\.$/, "") + (t.text.endsWith(".") ? "." : "");
    const titleGender = TITLES.get(t.low) ?? TITLES.get(titleKey);
    const isTitle = TITLES.has(t.low) || TITLES.has(titleKey);
    let start = i;
    let title: string | null = null;
    let tGender: "m" | "f" | null = null;
    if (isTitle && isCap(tokens[i + 1]) && !NOT_NAME_WORDS.has(tokens[i + 1]!.low) && tokens[i + 1]!.start - t.end <= 1) {
      title = t.text;
      tGender = titleGender ?? null;
      start = i + 1;
    } else if (!isCap(t) || NOT_NAME_WORDS.has(t.low) || isAcronym(t) || t.low.endsWith("'")) {
      continue;
    }
    // Extend over capitalised words and inner particles followed by a capital.
    let end = start;
    while (true) {
      const next = tokens[end + 1];
      if (isCap(next) && !isAcronym(next) && !NOT_NAME_WORDS.has(next.low) && next.start - tokens[end]!.end <= 1) {
        end++;
        continue;
      }
      if (next && PARTICLES.has(next.low) && isCap(tokens[end + 2]) && !NOT_NAME_WORDS.has(tokens[end + 2]!.low)) {
        end += 2;
        continue;
      }
      break;
    }
    const words = end - start + 1;
    if (title === null && words < 2) continue;
    const before = tokens[(title === null ? start : i) - 1];
    if (title === null && before && (ARTICLES.has(before.low) || PLACE_BEFORE.has(before.low) || (NAMED_THINGS.has(before.low) && tokens[start]!.start - before.end <= 1))) {
      i = end;
      continue;
    }
    // « M. » and a title keep their article (« le général »).
    let mentionStart = title === null ? start : i;
    if (title !== null && before && (before.low === "le" || before.low === "la" || before.low === "l'")) mentionStart--;
    const titleText = title === null ? null : tokens.slice(mentionStart, start).map((x) => x.text).join(" ");
    const articleGender = before?.low === "la" ? "f" : before?.low === "le" ? "m" : null;
    out.push({
      first: start,
      last: end,
      name: tokens.slice(start, end + 1).map((x) => x.text).join(" "),
      title: titleText,
      titleGender: tGender ?? (title !== null ? articleGender : null),
      mentionStart,
    });
    i = end;
  }
  return out;
}
