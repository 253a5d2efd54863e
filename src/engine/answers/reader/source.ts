import type { Ctx } from "../../context.js";
import type { Quote } from "../../../story/schema.js";
import { entityByName } from "../../entities.js";
import { fold, isStopword } from "../../text.js";
import { speechLexicon } from "../../../story/lang/index.js";
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

/**
 * Who the sentence attributes itself to: a speaker quoted in it, or a figure's claimant. With the words
 * an answer shows of it (`shown`), only the one whose words those are: a sentence often holds the
 * story's own words beside someone's (« X lashed out after the court upheld Y »: the ruling is not X's),
 * and words shown from outside a quote are not the speaker's, unless the words name the speaker (the
 * attribution shown with them).
 */
export function sourceOf(ctx: Ctx, i: number, shown?: string): string | null {
  const quotes = ctx.index.story.quotes.filter((x) => x.sentence === i);
  if (quotes.length && shown === undefined) return quotes[0]!.speaker;
  const theirs = shown === undefined ? undefined : quotes.find((q) => shownWithin(shown, q.text) || shownWithin(q.text, shown) || framesIn(ctx, q).some((w) => wordsOf(shown, false).includes(w)));
  if (theirs) return theirs.speaker;
  const f = ctx.index.story.figures.find((x) => x.sentence === i && x.claimedBy && (shown === undefined || shownWithin(x.text, shown) || !quotes.length));
  return f?.claimedBy ?? null;
}

/** Folded words of a text of three letters or more, stop words left out unless `content` is false (the words that tell one clause from another). */
const wordsOf = (text: string, content = true): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !(content && isStopword(w)));
/** The words of a quote's frame: the speaker's name, other names and office, and the verb of saying (« a-t-il dit », "told"). */
function framesIn(ctx: Ctx, q: Quote): string[] {
  const e = entityByName(ctx.index, q.speaker);
  // (the verb of saying whatever its word: « said » is a stop word elsewhere)
  // the subject pronoun an inverted verb carries (« a-t-elle dit ») tells no one's frame
  const pronouns = speechLexicon(ctx.index.story.lang === "en" ? "en" : "fr").subjectPronouns;
  return [...[q.speaker, ...(e?.aliases ?? []), e?.role ?? ""].flatMap((t) => wordsOf(t)), ...wordsOf(q.verb ?? "", false)].filter((w) => !pronouns.has(w));
}

/** Whether most of the words shown are words of `text` (a window cut from it, marks and ellipses aside). */
function shownWithin(shown: string, text: string): boolean {
  const ws = wordsOf(shown);
  if (!ws.length) return false;
  const own = new Set(wordsOf(text));
  return ws.filter((w) => own.has(w)).length * 2 >= ws.length;
}
