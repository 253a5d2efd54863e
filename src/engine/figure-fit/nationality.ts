import type { Ctx } from "../context.js";
import type { IndexedFigure } from "../index.js";
import { nationalityIn } from "../qualifiers.js";
import { askedNationalities } from "../agreement.js";
import type { Term } from "../query.js";
import type { FigureFacts } from "./facts.js";
import { factsOf } from "./facts.js";

export function countedNationalityFits(ctx: Ctx, facts: FigureFacts): boolean {
  if (!facts.countedNationalities.length) return true;
  const asked = askedNationalities(ctx);
  if (!asked.length) return true;
  const keys = new Set(facts.countedNationalities);
  return asked.some((t) => nationalityIn(keys, t, ctx.m));
}

/**
 * « 120 drones launched, 95 shot down »: when the question's words for what happened (`predicates`)
 * sit in another figure's stretch of the same sentence and not in this one's, this figure counts
 * something else.
 */
export function segmentFits(ctx: Ctx, f: IndexedFigure, siblings: IndexedFigure[], predicates: Term[]): boolean {
  if (!predicates.length) return true;
  const mine = factsOf(ctx.index, f).segment;
  const others = siblings.filter((s) => s !== f && s.figure.sentence === f.figure.sentence);
  if (!others.length) return true;
  for (const t of predicates) {
    if (ctx.m.found(mine, [t]).length) continue;
    if (others.some((o) => ctx.m.found(factsOf(ctx.index, o).own, [t]).length)) return false;
  }
  return true;
}
