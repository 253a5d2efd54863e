/**
 * The phrases a clause with no complementizer can hold before its verb, set off by commas or in
 * figures: the marks inside them end neither the subject nor the clause.
 */
import { UPPER_FIRST, type Ctx } from "./frame.js";

/** (Built once.) */
const DIGITS = /^\d+$/;
const GROUP = /^\d{3}$/;

/** « 2,000 people »: a comma between digits with no space groups thousands, it ends no phrase. */
export function digitGroupAt(ctx: Ctx, j: number): boolean {
  const { tokens, text } = ctx;
  const prev = tokens[j - 1];
  const t = tokens[j];
  return prev !== undefined && t !== undefined && DIGITS.test(prev.low) && GROUP.test(t.low) && text.slice(prev.end, t.start) === ",";
}

/** Whether token j opens the verb of a clause: a finite form, an auxiliary or a simple past. */
function verbAt(ctx: Ctx, j: number): boolean {
  const { lex } = ctx;
  const w = ctx.tokens[j]?.low ?? "";
  return lex.finite.has(w) || (lex.auxiliaries.has(w) && !lex.adverbs.has(w)) || (lex.simplePast?.test(w) ?? false);
}

/** The words between tokens j-1 and j. */
const gapAt = (ctx: Ctx, j: number): string => ctx.text.slice(ctx.tokens[j - 1]!.end, ctx.tokens[j]!.start);

/** Most words of one item of a list or of an apposition inside a subject. */
const ITEM_WORDS = 6;

/**
 * Past a comma at token j inside a clause's subject, where the subject goes on: « the oldest bakery,
 * a shop on Mill Lane, would … » (an apposition closed by a comma right before the verb: the token
 * after that comma), « the goalkeeper, the defenders and the captain had … », « the heat, the dust
 * and the drive had … » (the items of a list, up to its coordination: that token). -1 when neither.
 */
export function setOffEnd(ctx: Ctx, j: number): number {
  const { tokens, lex } = ctx;
  const first = tokens[j];
  if (!first || gapAt(ctx, j).trim() !== "," || verbAt(ctx, j) || lex.relatives.test(first.low) || lex.complementizers.has(first.low)) return -1;
  // (Both an apposition and a list item are noun phrases: a determiner or a name opens them. A
  // lower-case word after the comma, « said goodbye, thanked … », opens no such phrase.)
  if (!(lex.determiners.has(first.low) || UPPER_FIRST.test(first.text))) return -1;
  for (let e = j + 1; e < tokens.length && e <= j + ITEM_WORDS; e++) {
    const gap = gapAt(ctx, e);
    const w = tokens[e]!.low;
    if (/[.;:!?()«»“”"]/.test(gap)) return -1;
    if (lex.coordination.test(` ${w} `)) return e;
    // A second comma: the apposition closes right before the clause's verb, or a list goes on.
    if (gap.trim() === ",") {
      if (verbAt(ctx, e)) return e;
      continue;
    }
    // (An item holds no verb, no relative, no pronoun subject: « said the plan, which … », « the talks, he added ».)
    if (verbAt(ctx, e) || lex.relatives.test(w) || lex.complementizers.has(w) || lex.subjectPronouns.has(w)) return -1;
  }
  return -1;
}

/** Most words of a phrase of circumstance that opens a reported clause before its comma. */
const FRONTED_WORDS = 16;

/**
 * « said when the storm reached the island, the lamp failed … », « said during the long drought,
 * her well ran dry »: a clause reported with no complementizer may open with a phrase of time or
 * circumstance (a preposition or a subordinator first) set off by a comma, then its subject (a
 * pronoun, or a determiner and a noun) and its verb. Where the clause opens (the phrase's first
 * word), or null.
 */
export function frontedPhraseClause(ctx: Ctx, k: number): number | null {
  const { tokens, lex } = ctx;
  const open = tokens[k];
  if (!open || !lex.frontedOpeners?.has(open.low)) return null;
  for (let j = k + 1; j < tokens.length && j <= k + FRONTED_WORDS; j++) {
    const gap = gapAt(ctx, j);
    if (/[.;:!?()«»“”"]/.test(gap)) return null;
    if (!gap.includes(",") || digitGroupAt(ctx, j)) continue;
    // The comma closes the phrase: a subject and its verb must follow, glued.
    const s = tokens[j]!;
    const glued = (i: number) => tokens[i] !== undefined && !/[,.;:!?()«»“”"]/.test(gapAt(ctx, i));
    // « said in a statement, the ministry was … »: a phrase naming the medium of the saying is the saying's, not the
    // clause's, which opens after its comma
    const from = mediumPhrase(ctx, k, j) ? s.start : open.start;
    if (lex.subjectPronouns.has(s.low)) return glued(j + 1) && (verbAt(ctx, j + 1) || lex.adverbs.has(tokens[j + 1]!.low)) ? from : null;
    if (lex.determiners.has(s.low)) {
      for (let i = j + 1; i <= j + 4 && glued(i); i++) if (verbAt(ctx, i)) return from;
    }
    return null;
  }
  return null;
}

/** Whether tokens k..end-1 are a dative phrase closed by a noun of the medium of saying (« in a statement », « at a news conference »). */
function mediumPhrase(ctx: Ctx, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  return lex.datives.has(tokens[k]!.low) && end - k <= 5 && lex.media.has(tokens[end - 1]!.low);
}
