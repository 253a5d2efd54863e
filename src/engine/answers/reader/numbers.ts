import type { Ctx } from "../../context.js";
import type { KeySet, StoryIndex } from "../../index.js";
import type { Term } from "../../query.js";
import { fold } from "../../text.js";
import type { ClauseWords } from "../../lexicon-clauses.js";
import { NATIONALITY_KEYS } from "../../lexicon.js";
import { isNumberTok, MONTHS, NUMBER_WORD, QUALIFIER, type Element, type Tok } from "../tokens.js";
import { factsOf } from "../../figure-fit.js";
import { COUNT_NAMED_CUE } from "../../figure-words/index.js";
import type { Wh } from "./wh.js";

// The numbers of a sentence and what each counts: the element a how-many, how-much, how-old or which-year question wants.

/** Words after a number that are its unit (« 5 km », "3 million", « 12 ans »). */
const UNIT_AFTER = /^(?:%|percent|per|pour|cent|points?|bn|m|billion|billions|million|millions|milliard|milliards|md|mds|km|kilometres?|kilometers?|miles?|metres?|meters?|m|tonnes?|tons?|years?|ans?|annees?|months?|mois|days?|jours?|weeks?|semaines?|hours?|heures?|h|minutes?|min|decades?|decennies?|dollars?|euros?|rands?|gourdes?|francs?|pounds?|livres?|yuans?|roubles?)$/;

/** Number phrases of a sentence: the number with its qualifier before and its unit or noun after. */
export function numbersIn(ts: Tok[]): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!isNumberTok(ts[i]!.text)) continue;
    // « Estlink 2 », « PzH 2000 »: a number right after a name is part of a designation
    const prev = ts[i - 1];
    if (prev && i > 1 && /^\p{Lu}/u.test(prev.text) && !MONTHS.test(fold(prev.text)) && prev.clause === ts[i]!.clause && /^\d+$/.test(ts[i]!.text)) continue;
    let from = i;
    let to = i + 1;
    while (to < ts.length && isNumberTok(ts[to]!.text) && ts[to]!.clause === ts[i]!.clause) to++;
    while (from > 0 && from > i - 3 && QUALIFIER.test(fold(ts[from - 1]!.text)) && ts[from - 1]!.clause === ts[i]!.clause) from--;
    // « de plus de 28 milliards »: a leading « de », « a » is the sentence's, not the figure's
    while (from < i && /^(?:de|d'|a|au|at|of)$/.test(fold(ts[from]!.text))) from++;
    // « une quarantaine », « a dozen »: the article is part of an approximate number
    if (from === i && i > 0 && /^(?:une|a|an)$/i.test(ts[i - 1]!.text) && /^(?:\p{L}+aine|dozen|douzaine|millier)s?$/u.test(fold(ts[i]!.text))) from--;
    // the counted noun or unit: up to three words, stopped at a clause end
    let end = to;
    while (end < ts.length && end < to + 3 && ts[end]!.clause === ts[i]!.clause) {
      const w = fold(ts[end]!.text);
      end++;
      if (UNIT_AFTER.test(w)) continue;
      if (/^(?:of|de|d|des|du|per|par|a|an|the|le|la|les)$/.test(w)) continue;
      break;
    }
    out.push({ from, to: end, text: "", kind: "number" });
    i = to - 1;
  }
  return out;
}

/** A question about an age: its answer is a number of years. */
export const AGE_Q = /\b(?:how old|quel age|what age|a quel age|at what age|(?:what|which|quel|quelle) (?:[\p{L}-]+ )?age)\b/u;
export const AGE_UNIT = /\b(?:ans?|years?|year-old|years-old|yr|yrs)\b/;
export const AGED = /^(?:aged|age|agee|agees|ages)$/;
/** Words after « 5 ans », "5 years" that make it a span or a gap (« 4 ans plus tôt », "years earlier", « de prison »), no age. */
const SPAN_AFTER = /^(?:avant|apres|plus|moins|plutot|de|d|earlier|later|before|after|ago|more|less|sooner|of|in)$/;
export function spanAfter(ts: Tok[], e: Element): boolean {
  let k = e.from;
  while (k < e.to && !/\d/.test(ts[k]!.text) && !NUMBER_WORD.test(ts[k]!.bare)) k++;
  for (let j = k + 1; j <= e.to && j < ts.length; j++) if (SPAN_AFTER.test(ts[j]!.bare)) return true;
  return false;
}
/** The words by which a question asks an age (« âge », "old", "aged"), folded, in either language. */
export const AGE_WORDS: ReadonlySet<string> = new Set(["age", "ages", "old", "aged", "agee", "agees"]);

/**
 * What a number counts: the number's own words and the words after it, past a genitive (« 24 burials »,
 * « 333 constats », « des milliers de soldats »), but not an adjective after the noun in a language that
 * writes them there (lexicon-clauses): « trois conseillers municipaux » counts councillors, not soldiers.
 */
export function countedAfter(ts: Tok[], el: Element, words: ClauseWords): KeySet {
  const out: KeySet = new Set();
  const clause = ts[el.from]!.clause;
  // past the number and its qualifiers (« plus de 1 000 », "more than 1,000"), then « de », "of"
  let k = el.from;
  while (k < ts.length && ts[k]!.clause === clause && (isNumberTok(ts[k]!.text) || QUALIFIER.test(ts[k]!.bare) || (k === el.from && /^(?:un|une|a|an)$/.test(ts[k]!.bare)))) {
    for (const key of ts[k]!.keys) out.add(key);
    k++;
  }
  while (k < ts.length && ts[k]!.clause === clause && (words.genitive.has(ts[k]!.bare) || /^(?:a|an|the|le|la|les)$/.test(ts[k]!.bare))) k++;
  const run: Tok[] = [];
  for (; k < ts.length && run.length < 4; k++) {
    const t = ts[k]!;
    if (t.clause !== clause || t.opens || words.dangling.has(t.bare) || !/^\p{L}/u.test(t.text)) break;
    run.push(t);
  }
  // Where the noun comes last, the words before it are its kind ("fisheries bureau vessels", "Taliban
  // detainees") and a participle may follow it ("vessel owned by"): the run counts whole. Where it comes
  // first, the words after it are adjectives: only a name or a nationality among them still says whose
  // they are (« soldats américains »), not « militaires » in « responsables militaires ».
  const noun = run[0];
  for (const t of run) {
    if (words.countedNounFirst && t !== noun && !/^\p{Lu}/u.test(t.text) && ![...t.keys].some((k) => NATIONALITY_KEYS.has(k))) continue;
    for (const key of t.keys) out.add(key);
  }
  return out;
}

export function kindFits(wh: Wh, text: string): boolean {
  const f = fold(text);
  const year = /\b(?:1[89]|20)\d\d\b/.test(f) && !/\d[.,]\d|%|\bbn\b|milliard|billion|million/.test(f);
  switch (wh) {
    case "percent":
      return /%|percent|pour ?cent|points?|\d[.,]\d|fois|times|double|tripl/.test(f);
    case "money":
      return /[$€£¥]|\b(?:r\d|usd|eur|euros?|dollars?|rands?|gourdes?|francs?|pounds?|livres?|yuan|bn|billion|milliards?|millions?|md)\b|\d(?:bn|m)\b/.test(f) || /\br\d/.test(f);
    case "year":
      return year;
    case "rank":
      return /\d+(?:e|er|eme|th|st|nd|rd)\b|premier|deuxieme|troisieme|quatrieme|cinquieme|first|second|third|fourth|fifth|last|dernier/.test(f);
    case "duration":
      return /\b(?:years?|ans?|annees?|months?|mois|days?|jours?|weeks?|semaines?|hours?|heures?|minutes?|decades?|decennies?)\b|\d+-(?:day|year|month|hour|week|minute)/.test(f);
    case "count":
      return !year || /\b(?:personnes|people|morts|dead)\b/.test(f);
    default:
      return true;
  }
}

/** The question's noun for what it counts (« how many tickets » → tickets), when it names one. */
export function countedTerm(ctx: Ctx, terms: Term[]): Term | null {
  const f = ctx.query.folded;
  // (« quel nombre de » ends as « nombre de » does: what follows is the same)
  const cue = COUNT_NAMED_CUE.exec(f);
  if (!cue) return null;
  const after = f.slice(cue.index + cue[0].length).match(/[\p{L}\p{N}'-]+/gu) ?? [];
  for (const w of after.slice(0, 3)) {
    const t = terms.find((x) => x.word === w);
    if (t) return t;
  }
  return null;
}

/** Whether a number read in a sentence is a story figure counting the people a report comes from. */
export function isSourceCountAt(index: StoryIndex, sentence: number, text: string): boolean {
  const t = fold(text);
  return index.figures.some((f) => f.figure.sentence === sentence && (fold(f.figure.text).includes(t) || t.includes(fold(f.figure.text))) && factsOf(index, f).source);
}
