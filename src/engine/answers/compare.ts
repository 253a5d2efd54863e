import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import type { IndexedFigure, KeySet } from "../index.js";
import { fold } from "../text.js";
import { whOf } from "./reader.js";
import { describeFigure } from "./figures.js";
import { factsOf } from "../figure-fit.js";
import { COMPARE_WORDS } from "../figure-words/index.js";

/*
 * Two figures the story gives, set side by side: « is 3,000 more than the marchers counted by the
 * unions? », « plus ou moins de 500 ? », "explain the 20k vs the 50k". Each figure is said with
 * what it counts and who gives it; the comparison is said only when both count the same kind of
 * thing; two figures about different things are never added. null when the question compares no
 * figure of the story, so that the other answers are tried.
 */

/** The story's figures (no dates, no counts of sources) of value `n`, the first of each wording. */
function byValue(ctx: Ctx, n: number): IndexedFigure | null {
  return ctx.index.figures.find((f) => f.figure.category !== "date" && !f.zero && (f.figure.value === n || f.figure.valueMax === n) && !factsOf(ctx.index, f).source) ?? null;
}

/** Whether two figures count the same kind of thing, so that one may be said to be more than the other. */
function sameKind(a: IndexedFigure, b: IndexedFigure): boolean {
  if (a.figure.category !== b.figure.category) return false;
  if (a.figure.category === "troops" || a.figure.category === "money" || a.figure.category === "percent") return true;
  const unit = (f: IndexedFigure) => fold(f.figure.unit ?? "");
  return unit(a) === unit(b);
}

/** The sentence keys of a figure's sentence. */
function keysAt(ctx: Ctx, f: IndexedFigure): KeySet {
  return ctx.index.sentences[f.figure.sentence]?.keys ?? new Set<string>();
}

/**
 * The figure the rest of the question describes (« what's near the border »): of the kind of
 * `a`, another value, in the sentence that holds most of the question's other words.
 */
function described(ctx: Ctx, a: IndexedFigure): IndexedFigure | null {
  const terms = ctx.query.terms.filter((t) => !COMPARE_WORDS.asking.test(t.word) && !/^\d/.test(t.word));
  let best: IndexedFigure | null = null;
  let score = 0;
  for (const f of ctx.index.figures) {
    if (f === a || f.figure.value === a.figure.value || !sameKind(a, f) || factsOf(ctx.index, f).source || f.zero) continue;
    const s = ctx.m.score(keysAt(ctx, f), terms) - ctx.m.score(keysAt(ctx, a), terms) * (f.figure.sentence === a.figure.sentence ? 1 : 0);
    if (s > score) {
      score = s;
      best = f;
    }
  }
  return best;
}

/** The relation the question puts between its first figure and the second: more, less, or none (« plus ou moins »). */
function asserted(folded: string): "more" | "less" | null {
  if (COMPARE_WORDS.either.test(folded)) return null;
  const more = COMPARE_WORDS.more.test(folded);
  const less = COMPARE_WORDS.less.test(folded);
  return more && !less ? "more" : less && !more ? "less" : null;
}

/** The comparison of two figures of one kind: « 2 500 » is less than « plus de 4 000 ». */
function relation(a: IndexedFigure, b: IndexedFigure): "more" | "less" | "same" {
  const x = a.figure.value;
  const y = b.figure.value;
  return x > y ? "more" : x < y ? "less" : "same";
}

/** Where, after the question's number, its comparative word stands: « 30,000 more than … » compares, « more than 30,000 » qualifies. */
function comparesAfter(folded: string): boolean {
  const m = COMPARE_WORDS.comparative.exec(folded);
  const n = /\d/.exec(folded);
  return m !== null && n !== null && m.index > n.index;
}

export function compare(ctx: Ctx): Draft | null {
  const { lang } = ctx;
  const f = ctx.query.folded;
  const wh = whOf(f);
  if (wh === "who" || wh === "when" || wh === "where" || wh === "why") return null;
  const values = [...new Set(ctx.query.numbers)];
  const found = values.map((n) => byValue(ctx, n)).filter((x): x is IndexedFigure => x !== null);
  const figures = found.filter((x, i) => found.findIndex((y) => y.figure === x.figure) === i);
  const cue = COMPARE_WORDS.cue.test(f) || COMPARE_WORDS.either.test(f);
  if (!figures.length) return null;
  // « plus ou moins de 4 000 ? » of a figure written « plus de 4 000 »: its qualifier is the answer
  if (figures.length === 1 && COMPARE_WORDS.either.test(f) && values.length === 1) {
    const a = figures[0]!;
    const side = a.figure.approx === "more_than" ? pick(lang, "Plus", "More") : a.figure.approx === "less_than" ? pick(lang, "Moins", "Fewer") : a.figure.approx === "about" ? pick(lang, "Environ", "About") : null;
    if (!side) return null;
    return { answered: true, intent: "count", parts: [`${side} : ${describeFigure(ctx, a.figure)}`.replace(/^(More|Fewer|About) :/, "$1:")], cites: [a.figure.sentence], figures: [{ text: a.figure.text, claimedBy: a.figure.claimedBy, sentence: a.figure.sentence }] };
  }
  let pair: [IndexedFigure, IndexedFigure] | null = null;
  if (figures.length >= 2 && (cue || COMPARE_WORDS.versus.test(f))) pair = [figures[0]!, figures[1]!];
  else if (figures.length === 1 && COMPARE_WORDS.cue.test(f) && comparesAfter(f)) {
    const b = described(ctx, figures[0]!);
    if (b) pair = [figures[0]!, b];
  }
  if (!pair) {
    // « the 30k — Ruritanian or Borduvian soldiers? »: the figure the question points to, as the story words it
    if (figures.length === 1 && values.length === 1 && COMPARE_WORDS.choice.test(ctx.query.raw.toLowerCase())) {
      const a = figures[0]!;
      return { answered: true, intent: "count", parts: [describeFigure(ctx, a.figure)], cites: [a.figure.sentence], figures: [{ text: a.figure.text, claimedBy: a.figure.claimedBy, sentence: a.figure.sentence }] };
    }
    return null;
  }
  const [a, b] = pair;
  const parts = [describeFigure(ctx, a.figure), describeFigure(ctx, b.figure)];
  if (sameKind(a, b)) {
    const r = relation(a, b);
    const said = asserted(f);
    // « is A more than B? », « A, c'est plus que B ? » are answered yes or no; « which is larger » is not
    const yes = said && !COMPARE_WORDS.which.test(f) ? r === said : null;
    const word = {
      more: pick(lang, "Le premier chiffre est plus élevé que le second.", "The first figure is the larger."),
      less: pick(lang, "Le premier chiffre est moins élevé que le second.", "The first figure is the smaller: fewer than the second."),
      same: pick(lang, "Les deux chiffres sont égaux.", "The two figures are the same."),
    }[r];
    parts.push(word);
    if (yes !== null) parts.unshift(pick(lang, yes ? "Oui." : "Non.", yes ? "Yes." : "No."));
  } else {
    parts.push(pick(lang, "Les deux chiffres ne comptent pas la même chose : la dépêche ne les compare pas.", "The two figures do not count the same thing: the story does not compare them."));
  }
  return {
    answered: true,
    intent: "count",
    parts,
    cites: [...new Set([a.figure.sentence, b.figure.sentence])],
    figures: [a, b].map((x) => ({ text: x.figure.text, claimedBy: x.figure.claimedBy, sentence: x.figure.sentence })),
  };
}
