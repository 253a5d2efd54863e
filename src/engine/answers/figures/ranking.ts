import type { Ctx } from "../../context.js";
import { topicTerms } from "../../context.js";
import type { IndexedFigure, IndexedUnstated } from "../../index.js";
import { fold } from "../../text.js";
import { SHARE_ASKING } from "../../figure-words/index.js";
import { asksConditional, conditional } from "../../figure-fit.js";
import type { Candidate } from "./owners.js";
import { claimedBySource, entityBonus, namedPlaces, ownerOf, partyPart, placeNamed, sourceTerms } from "./owners.js";

export function rank(ctx: Ctx, figures: IndexedFigure[], unstated: IndexedUnstated[]): Candidate[] {
  // « quel taux de participation »: « taux » asks for a share, every share of the story has it
  const share = ctx.reading.measure === "percent";
  const terms = share ? topicTerms(ctx, null).filter((t) => !SHARE_ASKING.has(t.word)) : topicTerms(ctx, null);
  const places = namedPlaces(ctx);
  const ifAsked = asksConditional(ctx);
  const source = sourceTerms(ctx);
  const out: Candidate[] = [];
  for (const f of figures) {
    // the question's words that qualify the counted noun itself (« Russian » troops) weigh double
    let score = ctx.m.score(f.clauseKeys, terms) + ctx.m.score(f.countedKeys, terms) * 0.5 + entityBonus(ctx, f.figure.claimedBy, null, f.figure.sentence);
    // a number for another place answers another question
    // (« en Ruritanie » is named by « Ruritanian law » as well: the adjective begins with the place's stem)
    if (places.length && places.some((t) => !placeNamed(ctx, ctx.index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), t))) score -= 3;
    if (ctx.query.numbers.some((n) => n === f.figure.value)) score += 4;
    // « according to the air force »: that claimant's figure before another's
    if (source.length && f.figure.claimedBy) score += claimedBySource(ctx, f.figure.claimedBy, source) ? 2 : -1;
    // a sum owed only if something happens answers the question that asks on that condition, not the plain one
    if (conditional(ctx.index, f) !== ifAsked) score += conditional(ctx.index, f) ? -4 : 0;
    else if (ifAsked) score += 2;
    // a share is read loosely (one answer): of equals, the one whose clause has the question's word as written, not a word it only begins
    if (share) score += 0.01 * terms.filter((t) => t.keys.some((k) => f.clauseKeys.has(k))).length;
    // « the Union won 41 seats, the Greens 37 »: of a list, the figure written against the party the question names
    if (partyPart(ctx.index, f)) {
      const owner = ownerOf(ctx.index, f);
      if (owner && ctx.m.found(owner.keys, terms).length) score += 1;
    }
    out.push({ score, figure: f });
  }
  for (const u of unstated) {
    const all = new Set([...u.clauseKeys, ...u.whatKeys]);
    const score = ctx.m.score(all, terms) + 0.5 * ctx.m.score(u.whatKeys, terms) + entityBonus(ctx, null, u.unstated.by, u.unstated.sentence);
    out.push({ score, unstated: u });
  }
  return out.sort((a, b) => b.score - a.score || (a.figure ? 0 : 1) - (b.figure ? 0 : 1));
}

/** What a figure says, for telling repeats apart: its value, its range and what it counts (« 1 000 collecteurs » in the lead and again in the body). */
function sameness(f: IndexedFigure): string {
  const g = f.figure;
  return `${g.value}|${g.valueMax ?? ""}|${g.approx}|${fold(g.unit ?? g.counted ?? "")}`;
}

/** The figures with each repeat of an earlier one left out: a story that gives one count twice gives one answer. */
export function distinct(figures: IndexedFigure[]): IndexedFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = sameness(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
