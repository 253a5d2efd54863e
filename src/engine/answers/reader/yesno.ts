import type { Ctx } from "../../context.js";
import { coverage, type Evidence } from "../../evidence.js";
import type { Term } from "../../query.js";
import { fold } from "../../text.js";
import type { Tok } from "../tokens.js";

// Yes/no questions: a negation at the question's words says no; a sentence that holds all of them says yes.

/**
 * Whether a sentence settles a yes/no question by « yes »: it holds every word of the question
 * (or its translation), in the span the answer shows, and the question itself asks no negation or
 * alternative (« or not », « ou pas », « above or below »). Anything less is shown, not answered yes.
 */
export function settles(ctx: Ctx, ev: Evidence, terms: Term[], hits: Map<number, Term>, s: number, e: number): boolean {
  if (terms.length < 2 || ev.coverage < 0.99 || ev.followUp) return false;
  if (NEGATION_Q.test(ctx.query.folded) || /\b(?:or|ou)\b/.test(ctx.query.folded)) return false;
  const shown = new Set<Term>();
  for (const [k, t] of hits) if (k >= s && k < e) shown.add(t);
  // no keys of its own: each of the question's words (or its translation) counts only if the span shows it
  return coverage(ctx, new Set<string>(), terms, (t) => shown.has(t)).share >= 0.99;
}

const NEGATION = /^(?:not|n't|never|no|none|nobody|neither|nor|without|ne|n'|pas|jamais|aucun|aucune|personne|sans|ni|refus\w*|declin\w*|rejet\w*|reject\w*|deni\w*|dement\w*|nie|nient|ecarte|ecartent|ecarter|ecartee?s?|exclu|exclut|excluent|exclure|exclude|excludes|excluded)$/;
export const NEGATION_Q = /\b(?:not|n't|never|no|pas|jamais|aucun|aucune|ni)\b|n'(?:a|ont|est|etait|y)\b/;

/** A negation in the clause of the question's words, within a few words of one of them; -1 when none. */
export function negationNear(ts: Tok[], hits: Map<number, Term>, asked: ReadonlySet<string>): number {
  let best = -1;
  let bestD = 7;
  // the clause that holds most of the question is the proposition asked: a negation beside a word of it in another
  // clause denies something else (« le risque est très élevé, il n'y a pas de différence entre le risque au nord … »)
  const perClause = new Map<number, Set<Term>>();
  for (const [h, t] of hits) {
    const c = ts[h]!.clause;
    const set = perClause.get(c) ?? new Set<Term>();
    set.add(t);
    perClause.set(c, set);
  }
  const most = Math.max(0, ...[...perClause.values()].map((x) => x.size));
  ts.forEach((t, k) => {
    // a word the question itself uses (« sans ancrage » asked about « sans ancrage ») denies nothing it asks
    const w = fold(t.text).replace(/^(?:n|d|l|qu)'/, (x) => (x === "n'" ? "n'" : ""));
    if (hits.has(k) || asked.has(w)) return;
    // « rule out », « ruled out »: a verb that denies only with its particle
    const rulesOut = /^rul(?:e|es|ed|ing)$/.test(w) && fold(ts[k + 1]?.text ?? "") === "out";
    if (!rulesOut && !NEGATION.test(w) && !/^(?:isn|wasn|didn|doesn|don|hasn|haven|hadn|won|wouldn|couldn|aren|weren)'t$/.test(w) && !/^n'/.test(fold(t.text))) return;
    for (const h of hits.keys()) {
      if (ts[h]!.clause !== t.clause && Math.abs(h - k) > 2) continue;
      if (perClause.get(ts[h]!.clause)!.size < most) continue;
      const d = Math.abs(h - k);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
  });
  return best;
}
