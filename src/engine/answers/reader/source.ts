import type { Ctx } from "../../context.js";
import { fold } from "../../text.js";
import type { Tok } from "../tokens.js";

// Whom a sentence is attributed to (a quote's speaker, a figure's claimant): their name is no answer to what was done or said.

/** Tokens of a sentence that name who it is attributed to (a quote's speaker, a figure's claimant): no answer to what was done or said. */
export function attributionAt(ctx: Ctx, i: number, ts: Tok[]): ReadonlySet<number> {
  const out = new Set<number>();
  const who = sourceOf(ctx, i);
  if (!who) return out;
  const names = new Set(fold(who).split(/[\s'’-]+/).filter((w) => w.length > 2));
  ts.forEach((t, k) => {
    if (names.has(fold(t.text))) out.add(k);
  });
  return out;
}

/** Who the sentence attributes itself to: a speaker quoted in it, or a figure's claimant. */
export function sourceOf(ctx: Ctx, i: number): string | null {
  const q = ctx.index.story.quotes.find((x) => x.sentence === i);
  if (q) return q.speaker;
  const f = ctx.index.story.figures.find((x) => x.sentence === i && x.claimedBy);
  return f?.claimedBy ?? null;
}
