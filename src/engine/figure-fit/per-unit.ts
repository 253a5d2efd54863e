import type { Ctx } from "../context.js";
import { PER_UNIT } from "../figure-words/index.js";

// « how much will each nurse be paid », « le prix d'un système »: a unit price, not a total.
const EACH_Q = /\b(?:each|per|apiece|a piece|chaque|chacun|chacune|par (?:personne|tete|unite|piece|exemplaire|soldat|habitant)|(?:prix|cout|valeur) (?:d'un|d'une|unitaire)|(?:cost|price|worth) of (?:a|an|one|a single)|how much (?:does|do|is|are) (?:a|an|one) |l'unite)\b(?! (?:year|day|week|month|annee|an|jour|semaine|mois)\b)/;

/** Whether the question asks a figure per unit (each, per head, « par élève ») rather than a total. */
export function asksPerUnit(ctx: Ctx): boolean {
  return EACH_Q.test(ctx.query.folded) || askedUnit(ctx) !== null;
}

/** The noun of the unit a question asks an amount per (« par élève » → « eleve »), in the question's language. */
export function askedUnit(ctx: Ctx): string | null {
  return PER_UNIT[ctx.query.lang === "en" ? "en" : "fr"].exec(ctx.query.folded)?.[1] ?? null;
}
