import type { Draft } from "../../compose.js";
import { guillemets } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { StoryIndex } from "../../index.js";
import { keysOf } from "../../index.js";
import { fold } from "../../text.js";
import { placeFits } from "../../figure-fit.js";
import { SPAN_ON_NOUN, TIME_UNITS } from "../../figure-words/index.js";
import { FIGURE_WORDS } from "../../../story/figures/lang/index.js";
import { figureDraft } from "./draft.js";
import { lengthAsked } from "./lengths.js";

/*
 * « Un débat d'une heure », "a two-week strike", "a 40-minute speech": news writing often gives how long something lasted
 * on its noun rather than with a verb of lasting, and often as words no figure was read from (« d'une heure », "two-week").
 * A span so written is how long that noun lasted: « how long did the strike last » is answered by it, before any other span
 * of its sentence (« negotiators had talked for 14 hours » beside a two-week strike is the talks').
 */

export interface NounSpan {
  sentence: number;
  /** The noun with its span, as written (« débat d'une heure », "two-week strike"). */
  text: string;
  /** The noun the span measures, folded. */
  noun: string;
  /** The span alone, folded (« d'une heure », "two-week"): two mentions of one span are one answer. */
  span: string;
}

const esc = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (ws: Iterable<string>) => [...ws].map(fold).sort((a, b) => b.length - a.length).map(esc).join("|");

/** The pattern of a span on its noun in `lang`, on folded text: the noun is group `noun`. */
function pattern(lang: "fr" | "en"): RegExp {
  const { order, links, closers } = SPAN_ON_NOUN[lang];
  const words = FIGURE_WORDS[lang].numbers;
  const num = `(?:\\d+|${alt([...words.units, ...words.tens].map(([w]) => w))})`;
  const unit = `(?:${alt(TIME_UNITS[lang].keys())})`;
  // a link that ends on an apostrophe (« d' ») is written against the next word
  const link = `(?:${links.map((l) => `${esc(fold(l))}${/'$/.test(l) ? "" : order === "after" ? "\\s+" : ""}`).join("|")})`;
  const close = closers.length ? `(?:${alt(closers)})?` : "";
  return order === "before"
    ? new RegExp(`(?<![\\p{L}\\p{N}-])${num}${link}${unit}${close}\\s+(?<noun>\\p{L}[\\p{L}'-]*)`, "gu")
    : new RegExp(`(?<![\\p{L}\\p{N}-])(?<noun>\\p{L}[\\p{L}-]*)\\s+${link}${num}\\s+${unit}(?![\\p{L}])`, "gu");
}

const PATTERNS = { fr: pattern("fr"), en: pattern("en") };
const memo = new WeakMap<StoryIndex, NounSpan[]>();

/** Every span the story writes on a noun, read once per story. */
export function nounSpans(index: StoryIndex): NounSpan[] {
  const hit = memo.get(index);
  if (hit) return hit;
  const lang = index.story.lang === "en" ? "en" : "fr";
  const out: NounSpan[] = [];
  index.story.sentences.forEach((s, sentence) => {
    const folded = fold(s.text);
    // (the match's offsets are the written text's only when folding kept its length)
    if (folded.length !== s.text.length) return;
    for (const m of folded.matchAll(PATTERNS[lang])) {
      const noun = m.groups?.["noun"] ?? "";
      const at = m.index ?? 0;
      const span = SPAN_ON_NOUN[lang].order === "before" ? m[0].slice(0, m[0].length - noun.length).trim() : m[0].slice(noun.length).trim();
      out.push({ sentence, text: s.text.slice(at, at + m[0].length), noun, span });
    }
  });
  memo.set(index, out);
  return out;
}

/** « how long did the debate last » of « au terme d'un débat d'une heure »: the one span the story writes on the noun asked, or null. */
export function spanOnNoun(ctx: Ctx): Draft | null {
  const asked = lengthAsked(ctx);
  if (!asked.length) return null;
  const english = ctx.index.story.lang === "en";
  const fits = nounSpans(ctx.index).filter((s) => ctx.m.found(keysOf(s.noun, true, english), asked).length > 0 && placeFits(ctx, s.sentence));
  // (two spans of the noun asked, « a two-week strike » and « a one-day strike »: the question does not say which)
  if (!fits.length || new Set(fits.map((s) => s.span)).size > 1) return null;
  const first = fits[0]!;
  // a figure read from the span (« trois mois » in « un contrat de trois mois ») is given as figures are, with who gives it
  const figure = ctx.index.figures.find((f) => f.figure.sentence === first.sentence && f.figure.category !== "date" && first.text.includes(f.figure.text));
  if (figure) return figureDraft(ctx, [figure], "count");
  return { answered: true, intent: "count", parts: [`${guillemets(first.text)}.`], cites: [...new Set(fits.map((s) => s.sentence))] };
}
