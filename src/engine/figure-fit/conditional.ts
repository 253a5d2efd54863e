import type { Ctx } from "../context.js";
import type { IndexedFigure, StoryIndex } from "../index.js";
import { CONCESSION, CONDITION } from "../figure-words/index.js";
import { fold } from "../text.js";
import { segmentOf } from "./segments.js";

export function conditional(index: StoryIndex, f: IndexedFigure): boolean {
  // a fact of the story's figure, the same on every question that ranks it
  let hit = conditionalMemo.get(f);
  // (« even if many postpone it » concedes: the figure holds all the same)
  if (hit === undefined) conditionalMemo.set(f, (hit = CONDITION.test(fold(segmentOf(index, f.figure)).replace(CONCESSION, " "))));
  return hit;
}

const conditionalMemo = new WeakMap<IndexedFigure, boolean>();

/** Whether the question asks on a condition (« if the deal fails, how much »). */
export function asksConditional(ctx: Ctx): boolean {
  return CONDITION.test(ctx.query.folded);
}
