import type { Figure } from "../../../story/schema.js";
import type { Ctx } from "../../context.js";
import type { IndexedFigure } from "../../index.js";
import { keysOf } from "../../index.js";
import { translate } from "../../lexicon.js";
import { englishFor, frenchFor } from "../../lexicon-news.js";
import { fold } from "../../text.js";
import { MONEY_NOUNS, TIME_UNITS } from "../../figure-words/index.js";
import type { TimeUnit } from "../../figure-words/types.js";
import { headWord, sameNounByDictionary } from "../../counted-noun.js";
import { isCount } from "../../figure-fit.js";
import { COUNT_CUE } from "../../figure-words/index.js";

/** The unit of time the question counts in (« combien de jours », "how many hours"), if it counts in one. */
export function askedTimeUnit(ctx: Ctx): TimeUnit | null {
  const cue = COUNT_CUE.exec(ctx.query.folded);
  const next = cue ? ctx.query.folded.slice(cue.index + cue[0].length).match(/[a-z-]+/)?.[0] : undefined;
  return next ? (TIME_UNITS[ctx.query.lang === "en" ? "en" : "fr"].get(next) ?? null) : null;
}

/** The unit of time a span is written in (« 5-day », « près de 18 mois »), read in the story's language
 * first: English "an" is no year when the span names its unit ("an eight-hour strike"). The other
 * language's words only when none of the story's is there (a short story's language may be misread). */
export function timeUnitOf(f: Figure, lang: "fr" | "en"): TimeUnit | null {
  const ws = fold(f.text).split(/[^a-z]+/);
  for (const l of [lang, lang === "en" ? "fr" : "en"] as const) {
    for (const w of ws) {
      const u = TIME_UNITS[l].get(w);
      if (u) return u;
    }
  }
  return null;
}

/** A noun a sum of money measures, in the question's language: « combien de bénéfice » asks an amount, not a count. */
export function moneyNounAsked(ctx: Ctx, w: string): boolean {
  return MONEY_NOUNS[ctx.query.lang === "fr" ? "fr" : "en"].has(w) && !countedAsThings(ctx, w);
}

/** « how many fines » of a story that writes « 540 fines »: a money noun the story counts as things is asked as a count. */
function countedAsThings(ctx: Ctx, w: string): boolean {
  const keys = new Set([...keysOf(w, true), ...translate(w)]);
  const storyLang = ctx.index.story.lang === "fr" ? "fr" : "en";
  // (« how many fines » of « 540 amendes »: the same noun through the dictionary)
  // (the head of what is counted: « 300 tax inspectors » counts inspectors, not taxes)
  const head = (f: IndexedFigure) => fold(headWord(f.figure.unit ?? f.figure.counted ?? "", storyLang) ?? "");
  const byDictionary = (f: IndexedFigure) => sameNounByDictionary(fold(w), ctx.query.lang === "fr" ? "fr" : "en", head(f), storyLang);
  // (« combien d'amendes » of « 312 fines »: the noun in the story's language, through the news lexicon)
  const asked = ctx.query.lang === "fr" ? "fr" : "en";
  const inStory = asked === storyLang ? [] : [...new Set((asked === "fr" ? englishFor(w) : frenchFor(w)).flatMap((t) => [...keysOf(fold(t), true)]))];
  const byLexicon = (f: IndexedFigure) => inStory.length > 0 && [...keysOf(head(f), true)].some((k) => inStory.includes(k));
  return ctx.index.figures.some((f) => isCount(f.figure) && f.figure.counted !== null && ([...keysOf(head(f), true)].some((k) => keys.has(k)) || byDictionary(f) || byLexicon(f)));
}
