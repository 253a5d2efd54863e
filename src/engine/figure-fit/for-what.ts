import type { Ctx } from "../context.js";
import type { IndexedFigure } from "../index.js";
import { fold } from "../text.js";
import { factsOf } from "./facts.js";
import { PAST } from "./periods.js";
import { askedPlace, placeOf } from "./places.js";
import { segmentOf } from "./segments.js";

/** A few words on what a figure holds for, when it is not what the question asks: « l'an dernier », « en 2021 », « Zenda ». */
export function forWhat(ctx: Ctx, f: IndexedFigure, sameKind = false): string {
  const facts = factsOf(ctx.index, f);
  if (facts.past) {
    const m = PAST.exec(fold(segmentOf(ctx.index, f.figure)));
    if (m) return m[0];
  }
  if (facts.year !== null) return ctx.lang === "fr" ? `en ${facts.year}` : `in ${facts.year}`;
  // asked about one place, a figure of the same kind for another says where it holds
  const asked = askedPlace(ctx);
  if (sameKind && (asked.places.length || asked.world)) return placeOf(ctx.index, f.figure.sentence) ?? "";
  return "";
}
