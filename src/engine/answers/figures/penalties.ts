import type { Draft } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { IndexedFigure } from "../../index.js";
import { clauseAround } from "../../index.js";
import { fold, words } from "../../text.js";
import { questionTerms } from "../reader.js";
import { PENALTY_ASKED, PENALTY_SAID, moneyWay, TIME_UNITS } from "../../figure-words/index.js";
import { NEUTRAL as ASKING_NUMBER } from "../../agreement.js";
import { DURATION_KEYS, countedIn } from "./asked-noun.js";
import { COUNT_CUE } from "../../figure-words/index.js";
import { figureDraft } from "./draft.js";
import { unknownWord } from "./question-held.js";
import { NEUTRAL_WORDS } from "../../figure-words/index.js";
import { distinct } from "./ranking.js";

/**
 * « how long could she serve », « il a écopé de combien, le gérant ? »: asked by a verb of penalty, the terms (and,
 * asked as a bare « combien », the fines) whose own clause gives them as a penalty; of someone named, the clause
 * that names them (« X écope d'un an de prison, ses deux coauteurs de 5 ans »: X's year). None: the usual reading.
 */
export function penalty(ctx: Ctx): Draft | null {
  const { index } = ctx;
  if (!PENALTY_ASKED[ctx.query.lang === "fr" ? "fr" : "en"].test(ctx.query.folded)) return null;
  // « how many years could she get », « combien d'années de prison »: a unit of time is no other noun counted
  const { cls, noun } = COUNT_CUE.test(ctx.query.folded) ? countedIn(ctx) : { cls: null, noun: null };
  if (cls || (noun && !TIME_UNITS[ctx.query.lang === "en" ? "en" : "fr"].has(noun) && !PENALTY_SAID.test(noun))) return null;
  const text = (f: IndexedFigure) => index.story.sentences[f.figure.sentence]?.text ?? "";
  const clause = (f: IndexedFigure) => clauseAround(text(f), f.figure.text);
  const span = (f: IndexedFigure) => [...f.countedKeys].some((k) => DURATION_KEYS.has(k));
  const fine = (f: IndexedFigure) => ctx.reading.measure === "count" && !noun && f.figure.category === "money";
  const terms = index.figures.filter((f) => !f.zero && f.figure.category !== "date" && f.figure.category !== "age" && (span(f) || fine(f)) && PENALTY_SAID.test(fold(clause(f))));

  if (!terms.length) return null;
  const e = ctx.entity;
  let own = terms;
  if (e) {
    // the clause that names the person asked, else their sentence when it names no one else
    const names = (t: string) => e.nameWords.some((w) => w.length > 2 && words(t).includes(w)) || e.aliases.some((a) => a.length > 4 && fold(t).includes(fold(a)));
    const byClause = terms.filter((f) => names(clause(f)));
    own = byClause.length ? byClause : terms.filter((f) => e.mentions.includes(f.figure.sentence) && !terms.some((g) => g !== f && g.figure.sentence === f.figure.sentence && names(clause(g))));
    if (!own.length) return null;
  }
  const picked = distinct(own);
  // several terms of several people, none asked by name: the usual reading weighs the question's other words
  if (!e && new Set(picked.map((f) => f.figure.sentence)).size > 1) return null;
  return figureDraft(ctx, picked.slice(0, 2), "count");
}

/**
 * « ils ont gagné combien ? », « ça a coûté combien ? »: a sum asked by a verb of money and nothing else
 * the story says is answered by the one sum whose clause says the money went the same way (« will
 * receive a bonus of N » for a gain, « cost N » for an outlay), when the sentence holds every other word
 * of the question and the story knows each; two such sums, or none, leave the decline standing.
 */
export function sumByWay(ctx: Ctx): Draft | null {
  const { index } = ctx;
  const way = moneyWay(ctx.query.folded);
  if (!way) return null;
  const said = questionTerms(ctx).filter((t) => !NEUTRAL_WORDS.has(t.word) && !ASKING_NUMBER.has(t.word) && moneyWay(t.word) === null);
  // (« combien a coûté la tenue ? » of a story that never speaks of an outfit: its one cost is of something else)
  if (said.some((t) => unknownWord(ctx, t))) return null;
  const fit = index.figures.filter((f) => {
    if (f.figure.category !== "money" || f.zero) return false;
    const clause = fold(clauseAround(index.story.sentences[f.figure.sentence]?.text ?? "", f.figure.text));
    return moneyWay(clause) === way && ctx.m.found(index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), said).length === said.length;
  });
  const one = distinct(fit);
  return one.length === 1 ? figureDraft(ctx, one, "count") : null;
}
