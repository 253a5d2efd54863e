import type { Figure } from "../../../story/schema.js";
import type { Ctx } from "../../context.js";
import type { IndexedFigure } from "../../index.js";
import { keysOf } from "../../index.js";
import { translate } from "../../lexicon.js";
import { ASKED_STRENGTH } from "../../figure-words/index.js";
import { factsOf } from "../../figure-fit.js";
import { CLAIM_CUE } from "./owners.js";

/** Whether the words right around a figure name the body (« son armée, forte de N », « a brigade of N »), not the sentence at large. */
export function namesBody(ctx: Ctx, f: Figure, body: Set<string>): boolean {
  const text = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const at = text.indexOf(f.text);
  if (at < 0) return false;
  const near = keysOf(text.slice(Math.max(0, at - 35), at + f.text.length + 25), true);
  return [...body].some((k) => near.has(k));
}

/** The keys of the body whose strength the question asks (« army », « brigade », either language), or null. */
export function strengthAsked(ctx: Ctx): Set<string> | null {
  const m = ASKED_STRENGTH.exec(ctx.query.folded);
  const unit = m?.[1] ?? m?.[2];
  if (!unit) return null;
  return new Set([...keysOf(unit, true), ...unit.split(/\s+/).flatMap((w) => [...translate(w).flatMap((t) => [...keysOf(t, true)])])]);
}

/** The figures the one the question names gives (its claimant), when it names someone who gives some. */
export function claimedByAsked(ctx: Ctx): IndexedFigure[] {
  const e = ctx.entity;
  // (« X dit combien », « according to X »: asked as the source, not as what the count is about)
  if (!e || !ctx.named || !CLAIM_CUE.test(ctx.query.folded)) return [];
  return ctx.index.figures.filter((f) => f.figure.claimedBy === e.name && !f.zero && f.figure.category !== "date" && !factsOf(ctx.index, f).source);
}

// a verb of losing, earning or paying money, folded (« perdre », « lose », « gagner », « earn », « payer », « pay »)
