import type { Draft } from "../../compose.js";
import { topicTerms, type Ctx } from "../../context.js";
import { questionTerms, rankEvidence, type Evidence } from "../../evidence.js";
import type { Term } from "../../query.js";
import { speechAsk } from "../speech.js";
import { askedNoun } from "./measure.js";
import { read } from "./read.js";
import { sourceOf } from "./source.js";
import { whOf } from "./wh.js";

// The evidence fallback: a question every answerer declined plainly, answered from its best sentence under a calibrated bar.

/**
 * The evidence fallback's bars: the reader's confidence (the weighted share of the question its
 * sentence holds, see confidenceOf) from which a question every answerer declined plainly is
 * answered from its best sentence. `clause`: an answer read as a clause (what, how, why, a place);
 * `settled`: a yes/no the sentence settles (a negation at the question's words, or all of them).
 * Calibrated on eval/questions and real-dev (dc6ff57's message gives the curve): the lowest bars at
 * which no unanswerable question is answered and no tempting wrong value is given.
 */
export const evidenceTuning = { clause: 0.55, settled: 0.15 };

/**
 * A question every answerer declined plainly (« the story does not say »): the sentence that holds
 * most of it, read as the general reader reads, under a bar calibrated on questions that can and
 * cannot be answered. null: no sentence clears it, and the decline stands.
 */
/** Any question word of either language: a question without one (« ils envoient des troupes ? ») asks yes or no. */
const ASKING_WORD = /\b(?:what|which|who|whom|whose|how|why|where|when|quoi|quel(?:le)?s?|lequel|laquelle|qui|comment|pourquoi|quand|combien|que|qu'|ou)\b/;

/** An answer that says yes or no (read's own openings, in both languages). */
const SETTLED = /^(?:Oui|Non|Yes|No),/;

export function evidenceAnswer(ctx: Ctx): Draft | null {
  const low = Math.min(evidenceTuning.clause, evidenceTuning.settled);
  const d = read(ctx, { threshold: low, minCoverage: low });
  if (!d?.answered || d.cites.length !== 1) return null;
  const at = d.cites[0]!;
  const ranked = rankEvidence(ctx, questionTerms(ctx), 8);
  const ev = ranked.find((r) => r.sentence === at);
  // the best evidence or none: a sentence ranked below another was picked for an element of the kind asked, not
  // for holding the question; not the last answer's sentence, which the reader weighed at its own bar (a follow-up's
  // words are few); and one that shares a word with the question
  if (!ev || ev.followUp || ev.score < ranked[0]!.score || !ev.found.length) return null;
  const head = askedNoun(ctx);
  if (!aboutNamed(ctx, ev) || !ownWords(ctx, at) || !beyondNames(ctx, ev, head)) return null;
  const wh = whOf(ctx.query.folded);
  // a person asked is named by the answerers that know people and by the reader at its own bar, not from a sentence that shares a word
  if (wh === "who") return null;
  // a yes/no question (or one with no question word: « they send troops? ») is answered when the sentence settles it
  // (a negation at its words, or all of them): else the story does not say whether
  const settled = SETTLED.test(d.parts[0] ?? "");
  if ((wh === "yesno" || !ASKING_WORD.test(ctx.query.folded)) && !settled) return null;
  if ((d.confidence ?? 0) < (settled ? evidenceTuning.settled : evidenceTuning.clause)) return null;
  // « what rate », « quelle sanction »: the noun asked for is the kind of the answer; a sentence without it gives something else
  if (head && !ctx.m.has(ctx.index.sentences[at]!.keys, head)) return null;
  return { ...d, intent: "evidence" };
}

/**
 * Whether the sentence is about everyone the question names: a question about X is not answered
 * from a sentence that never mentions X (nor opens on a pronoun for the sentence before, which does).
 */
function aboutNamed(ctx: Ctx, ev: Evidence): boolean {
  return ctx.hits.every((h) => h.by !== "name" || h.entity.mentions.includes(ev.sentence) || (ev.continued === true && h.entity.mentions.includes(ev.sentence - 1)));
}

/**
 * Whether the sentence holds a word of what is asked besides the names of whom it is asked about
 * and the noun of the kind asked: « what is X campaigning for? » is not answered by a sentence that
 * only mentions X, nor « quelle heure est-il ? » by one that only gives an hour.
 */
function beyondNames(ctx: Ctx, ev: Evidence, head: Term | null): boolean {
  const named = ctx.hits.filter((h) => h.by === "name");
  return ev.found.some((t) => t !== head && named.every((h) => topicTerms(ctx, h.entity).includes(t)));
}

/**
 * « what did X say »: only X's own words answer it, a sentence whose quote or figure X gives; one
 * that gives someone else's, or no one's, is about X at best (the speech answers said what X said).
 */
function ownWords(ctx: Ctx, at: number): boolean {
  if (speechAsk(ctx.query.folded) !== "words") return true;
  return ctx.entity !== null && sourceOf(ctx, at) === ctx.entity.name;
}
