import type { Lang } from "./reply.js";
import { bases } from "./bilingual.js";

/*
 * Regular correspondences between French and English word forms (cognates by suffix and by
 * spelling): « militaire » ~ military, « directeur », « directrice » ~ director, « massif » ~ massive,
 * « dangereux » ~ dangerous, « stratégie » ~ strategy, « invoquer » ~ invoke, « négocier » ~ negotiate.
 * A question word the project's lexicons do not know is looked up in a story of the other language
 * under the forms these give; a form no story word has matches nothing. Data for the French–English
 * pair only, written on folded words (no accents), read both ways.
 */

/** French ending ↔ English ending, longest first on each side. */
const SUFFIXES: readonly (readonly [fr: string, en: string])[] = [
  ["aire", "ary"], ["oire", "ory"], ["rice", "or"], ["eur", "or"], ["euse", "ous"], ["eux", "ous"],
  ["ive", "ive"], ["if", "ive"], ["elle", "al"], ["el", "al"], ["ique", "ic"], ["ique", "ical"], ["ite", "ity"],
  ["isme", "ism"], ["iste", "ist"], ["iser", "ize"], ["iser", "ise"], ["ie", "y"], ["ier", "iate"], ["er", "ate"],
  ["quer", "ke"], ["quer", "ck"], ["quer", "k"], ["que", "k"], ["que", "ck"], ["qu", "k"], ["qu", "ck"], ["ie", "ee"], ["e", "ee"],
];

/** Spellings inside a word: French « ci » before a vowel is English « ti » (« négocier », « essentiel »). */
const INNER: readonly (readonly [fr: RegExp, en: string, enRe: RegExp, fr2: string])[] = [[/ci(?=[aeiou])/g, "ti", /ti(?=[aeiou])(?!on)/g, "ci"]];

/** Forms of a folded word of `from` as the other language would write it, inflection set aside first. */
export function cognatesOf(word: string, from: Lang): string[] {
  if (word.length < 5) return [];
  const out = new Set<string>();
  const own = bases(word, from).filter((b) => b.length >= 5);
  for (const b of own) {
    for (const [fr, en] of SUFFIXES) {
      const [have, give] = from === "fr" ? [fr, en] : [en, fr];
      if (b.length - have.length < 3 || !b.endsWith(have)) continue;
      out.add(b.slice(0, -have.length) + give);
    }
  }
  for (const f of [...out, ...own]) {
    for (const [frRe, en, enRe, fr] of INNER) {
      const swapped = from === "fr" ? f.replace(frRe, en) : f.replace(enRe, fr);
      if (swapped !== f) out.add(swapped);
    }
  }
  for (const b of own) out.delete(b);
  return [...out];
}
