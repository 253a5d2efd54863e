import type { Ctx } from "../../context.js";
import { questionTerms } from "../../evidence.js";
import type { Term } from "../../query.js";
import { clauseWords } from "../../lexicon-clauses.js";
import { YEAR, type Tok } from "../tokens.js";

// The noun a « what N » question names as the kind of its answer, and a measure the sentence gives a figure for.

/** Whether a question names a measure (« le taux », « the loss »), in either language's words (a question's language is a guess). */
export function asksMeasure(ctx: Ctx): boolean {
  const fr = clauseWords("fr").measures;
  const en = clauseWords("en").measures;
  return ctx.query.words.some((w) => fr.has(w) || en.has(w));
}

/**
 * Whether a « what is the N » question's noun stands in the sentence with a figure written after it in its clause
 * (« a savings target of 7% », « the fee cap … to $3,400 »): the sentence gives N as a value, and the figure
 * is the answer, as for a measure word (« le taux », "the loss").
 */
export function figureAfterAsked(ctx: Ctx, ts: Tok[]): boolean {
  if (!/^(?:what|what's|quel|quelle|quels|quelles|c'est quoi|qu'est-ce que)\b/.test(ctx.query.folded.replace(/^(?:and|et|so|alors)\s+/, ""))) return false;
  const head = askedNoun(ctx);
  if (!head) return false;
  for (let k = 0; k < ts.length; k++) {
    if (!ctx.m.has(ts[k]!.keys, head)) continue;
    for (let j = k + 1; j < ts.length && j <= k + 16 && ts[j]!.clause === ts[k]!.clause; j++) if (/\d/.test(ts[j]!.text) && !YEAR.test(ts[j]!.text)) return true;
  }
  return false;
}

/**
 * The noun a « what N » question asks for, per language: « what rate », "what is the range of",
 * « quelle sanction », « c'est quoi ces solutions », « quoi comme véhicules ».
 */
const ASKED_NOUN = {
  en: /\b(?:what|which)(?:'s| is| was| are| were)? (?:the |his |her |its |their |a |an )?([a-z-]{3,})\b/,
  fr: /\b(?:(?:quel|quelle|quels|quelles)(?: (?:est|sont|etait|etaient))?(?: (?:le|la|les|l'|son|sa|ses|leur|leurs))? ?|quoi (?:comme |(?:le|la|les|l'|ce|cet|cette|ces) ?))([a-z-]{3,})\b/,
};

/** The question term a « what N » question names as the kind of its answer; null when it names none (« what did X do »). */
export function askedNoun(ctx: Ctx): Term | null {
  const terms = questionTerms(ctx);
  for (const lang of ["en", "fr"] as const) {
    const m = ASKED_NOUN[lang].exec(ctx.query.folded);
    const t = m ? terms.find((x) => x.word === m[1]) : undefined;
    if (t) return t;
  }
  return null;
}
