import type { Sentence, Story } from "../story/schema.js";
import type { BriefingLexicon } from "./lexicon.js";

/**
 * How much of a sentence the briefing shows. A clause is shown whole, never cut where the rest
 * would change its meaning (« n'a pas précisé le nombre de soldats » needs « que fournira chaque
 * pays »: the total was given, the share per country was not).
 */

/**
 * Wire copy opens with « PLACE, 12 mars (AFP) - »: the reader wants the news, not the slug line.
 * A later dispatch has its own dateline, so the shape is matched, not the story's dateline text.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s'’.-]+,[^()]{0,40}\([^()]{1,20}\)\s*[-–—]+\s*/u;
/** « (Washington) » opening a paragraph, as some papers set their dateline. */
const PAREN_DATELINE = /^\(\p{Lu}[\p{L}\s'’.-]{1,40}\)\s*[-–—]?\s*/u;
/** A kicker in capitals before the headline proper: « CE QU'IL FAUT SAVOIR - », « BREAKING: ». */
const KICKER = /^(?:\p{Lu}[\p{Lu}'’-]*\s+){1,6}?\p{Lu}[\p{Lu}'’-]+\s*(?:[-–—:|])\s+/u;

export function stripDateline(story: Story, text: string): string {
  const dl = story.dateline?.text.trim();
  let rest = text;
  if (dl && text.startsWith(dl)) rest = text.slice(dl.length).replace(/^[\s\-–—:,]+/, "");
  else rest = text.replace(WIRE_DATELINE, "").replace(PAREN_DATELINE, "");
  rest = rest.replace(KICKER, "");
  return rest.length > 0 ? rest : text;
}

/** Terminal punctuation, possibly inside closing quote marks or a parenthesis. */
const ENDS_SENTENCE = /[.!?…](?:\s*[»"”’')\]])*\s*$/u;

/**
 * A heading, a subhead or a standfirst cut from its full stop: alone in its paragraph and with no
 * terminal punctuation. It announces a section; it is not a sentence of the story to brief.
 */
export function headings(story: Story): Set<number> {
  const size = new Map<string, number>();
  const key = (s: Sentence) => `${s.dispatch}:${s.paragraph}`;
  for (const s of story.sentences) size.set(key(s), (size.get(key(s)) ?? 0) + 1);
  return new Set(
    story.sentences.filter((s) => size.get(key(s)) === 1 && s.text.length <= 220 && !ENDS_SENTENCE.test(s.text)).map((s) => s.index),
  );
}

/** Whether a negation is left open at the end of `text` (French « ne … » without its « pas »). */
function negationOpen(text: string, lex: BriefingLexicon): boolean {
  if (!lex.openNegation || !lex.negationClose) return false;
  let last = -1;
  for (const hit of text.matchAll(lex.openNegation)) last = hit.index ?? -1;
  if (last < 0) return false;
  return !lex.negationClose.test(text.slice(last));
}

/** Opening marks not closed inside `text`. */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g) || count(/\(/g) > count(/\)/g);
}

/**
 * The clause that holds `sentence.slice(start, end)`, extended to where the clause ends: a comma
 * or a semicolon after it, a dash, or the sentence's end. Never stops inside « … » or ( … ), nor
 * between a French « ne » and its « pas ».
 */
export function wholeClause(sentence: string, start: number, end: number, lex: BriefingLexicon): string {
  let stop = end;
  for (;;) {
    const rest = sentence.slice(stop);
    const m = /\s*(?:,\s|;|:\s|\s[–—]\s|[.!?…](?:\s|$))/u.exec(rest);
    const next = m ? stop + m.index : sentence.length;
    const candidate = sentence.slice(start, next);
    if (next >= sentence.length || (!unbalanced(candidate) && !negationOpen(candidate, lex))) {
      return candidate.replace(/[\s,;:–—]+$/u, "").replace(/^\s+/, "");
    }
    stop = next + (m ? Math.max(1, m[0].length) : 1);
  }
}

/**
 * The story's headline, tidied: it is the lead's opening clause, so it never ends on a dangling
 * comma, and never between a French « ne » and its « pas » (it is then run to the clause's end).
 */
export function tidyHeadline(title: string, lead: string, lex: BriefingLexicon): string {
  const t = title.trim().replace(/[\s,;:–—-]+$/u, "");
  if (!t) return headlineOf(lead, lex);
  const at = lead.indexOf(t);
  return negationOpen(t, lex) && at >= 0 ? wholeClause(lead, at, at + t.length, lex) : t;
}

const HEADLINE_MAX = 110;

/**
 * A headline from a lead sentence: the sentence when it is short, else its opening up to the
 * last clause boundary that fits (never inside « … » or a negation), as story titles are made.
 */
export function headlineOf(sentence: string, lex: BriefingLexicon): string {
  const text = stripEnd(sentence);
  if (text.length <= HEADLINE_MAX) return text;
  let cut = -1;
  for (const m of text.matchAll(/,\s|;\s|\s[–—]\s/gu)) {
    if ((m.index ?? 0) > HEADLINE_MAX) break;
    if ((m.index ?? 0) >= 30) cut = m.index ?? -1;
  }
  if (cut < 0) cut = text.lastIndexOf(" ", HEADLINE_MAX);
  return wholeClause(text, 0, Math.max(1, cut), lex);
}

function stripEnd(text: string): string {
  return text.replace(/[\s.]+$/u, "");
}
