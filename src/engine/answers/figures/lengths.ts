import type { Draft } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { Term } from "../../query.js";
import type { IndexedFigure, KeySet } from "../../index.js";
import { keysOf } from "../../index.js";
import { fold } from "../../text.js";
import { LENGTH_WORDS, NEUTRAL_WORDS, TEXT_LENGTH } from "../../figure-words/index.js";
import { gluedUnit } from "../../figure-fit.js";
import { NEUTRAL as ASKING_NUMBER } from "../../agreement.js";
import { choose } from "./choose.js";

/** What a « how long is X » question names: its words that ask nothing (« long », « pages »). */
export function lengthAsked(ctx: Ctx): Term[] {
  return ctx.query.terms.filter((t) => !NEUTRAL_WORDS.has(t.word) && !ASKING_NUMBER.has(t.word) && !TEXT_LENGTH.has(t.word) && !LENGTH_WORDS.has(t.word));
}

/**
 * The thing a length figure measures: the noun after a glued unit (« a 64-page opinion »), else the words right before
 * the figure (« un rapport de 300 pages », « a speech of 40 minutes »).
 */
function measuredKeys(ctx: Ctx, f: IndexedFigure): KeySet {
  if (gluedUnit(f.figure) !== null && f.figure.counted) return keysOf(f.figure.counted, true, ctx.index.story.lang === "en");
  const text = ctx.index.story.sentences[f.figure.sentence]?.text ?? "";
  const at = text.indexOf(f.figure.text);
  if (at < 0) return new Set();
  // (« a 40-minute speech » whose figure ends on its unit: the noun right after it)
  const after = /-\p{L}+$/u.test(f.figure.text) ? (text.slice(at + f.figure.text.length).match(/^\s+\p{L}+/u)?.[0] ?? "") : "";
  return keysOf(`${text.slice(Math.max(0, at - 30), at)} ${after}`, true, ctx.index.story.lang === "en");
}

/** « how long is the report »: a figure in pages or words (« a 64-page opinion », « un rapport de 40 pages ») of the text the question names. */
export function lengthOfText(ctx: Ctx): Draft | null {
  const asked = lengthAsked(ctx);
  if (!asked.length) return null;
  const pages = ctx.index.figures.filter((f) => !f.zero && (TEXT_LENGTH.has(gluedUnit(f.figure) ?? "") || TEXT_LENGTH.has(fold(f.figure.unit ?? ""))) && ctx.m.found(measuredKeys(ctx, f), asked).length > 0);
  if (!pages.length) return null;
  const d = choose(ctx, pages, [], [], null, { loose: true, single: true });
  return d.answered ? d : null;
}

/** « how long was the speech »: a span the story gives of the thing named (« a 40-minute speech »), read as « how long did it last » (`duration`: the caller's reading of the question as a span). */
export function spanInstead(ctx: Ctx, duration: () => Draft): Draft | null {
  const asked = lengthAsked(ctx);
  if (!asked.length) return null;
  const d = duration();
  const of = (g: { text: string; sentence: number }) => ctx.index.figures.find((f) => f.figure.text === g.text && f.figure.sentence === g.sentence);
  const named = (g: { text: string; sentence: number }) => {
    const f = of(g);
    return f !== undefined && ctx.m.found(measuredKeys(ctx, f), asked).length > 0;
  };
  return d.answered && d.figures?.length && d.figures.every(named) ? d : null;
}
