import type { Dateline } from "./schema.js";
import { allNameWords } from "./lang/names.js";
import { squash } from "./text.js";

export interface RawSentence {
  paragraph: number;
  /** Offsets into the source, end exclusive. */
  start: number;
  end: number;
  /** The sentence with white space squashed (no-break spaces kept as written inside numbers is not needed downstream). */
  text: string;
}

/** Titles before a name: a period after them never ends a sentence (« M. Durand », « Gen. Stone »). */
const TITLE_ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "gén", "gen", "col", "cdt", "lt", "cpt",
  "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "adm", "sgt", "capt", "maj", "cmdr", "brig", "cpl", "rev", "supt",
  "insp", "av", "apr", "j.-c", "cf", "p", "vol", "no", "art", "env", "vs", "janv", "févr", "sept", "oct", "nov", "déc",
  "jan", "feb", "aug", "dec",
]);
/**
 * Abbreviations that may also close a sentence (« … shipments to the U.S. She said … »): the period
 * ends it only when a word that opens sentences follows (a pronoun, an article, a conjunction).
 */
const END_ABBREVIATIONS = new Set(["jr", "sr", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.u", "etc", "a.m", "p.m"]);
/** Words that open a sentence, never a name: after « U.S. », « He » starts a new sentence, « Army » does not. */
const SENTENCE_OPENERS = allNameWords((w) => w.pronounStarts.concat(w.notNameStart));

/** A rubric in capitals before a dash opening a paragraph: « CE QU'IL FAUT SAVOIR - », « ANALYSIS — ». */
const KICKER = /^\p{Lu}[\p{Lu}\p{M}'’ ]{2,60}?\s+[-–—]\s+(?=[\p{Lu}«“"])/u;

/**
 * A dateline at the start of a paragraph: « WASHINGTON (Reuters) - », « LONDON, Oct 5 (AP) — ».
 * Capitals, then a date or an agency, then a dash.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?)(?:,\s*([^()\-–—\n]{1,30}?))?\s*(?:\(([^)]{1,30})\))?\s*[-–—]\s+/u;

/** Longer than any sentence of real wire copy (the longest run to about 600 characters). */
export const MAX_SENTENCE_CHARS = 2000;

const OPENERS = new Set(["«", "“", "\"", "(", "["]);
const isSpace = (c: string | undefined) => c !== undefined && /[\s\u00a0\u2009\u202f]/.test(c);
const isUpperStart = (c: string | undefined) => c !== undefined && (/\p{Lu}/u.test(c) || OPENERS.has(c) || /\d/.test(c));

/**
 * Datelines open wire copy: « (Washington) », « VILNIUS, 3 mars (AFP) - », « PARIS (Reuters) - ».
 * Returns the dateline and where the body starts.
 */
export function findDateline(source: string): { dateline: Dateline | null; bodyStart: number } {
  const head = source.slice(0, 200);
  const lead = head.match(/^\s*/)?.[0].length ?? 0;
  const paren = /^\(([\p{L}][\p{L} .'’-]{1,40})\)\s*(?:[-–—]\s*)?/u.exec(head.slice(lead));
  if (paren?.[1]) {
    return { dateline: { place: paren[1].trim(), date: null, agency: null, text: paren[0].trim() }, bodyStart: lead + paren[0].length };
  }
  const caps = datelineAt(head.slice(lead));
  if (caps) return { dateline: caps.dateline, bodyStart: lead + caps.length };
  // After a headline, a standfirst or a byline: the first paragraph that opens with a dateline.
  // The body keeps those lines; the sentence splitter leaves the dateline out of its sentence.
  const lines = source.slice(0, 1200).split("\n").slice(1, 8);
  for (const line of lines) {
    const d = datelineAt(line.trimStart());
    if (d) return { dateline: d.dateline, bodyStart: 0 };
  }
  return { dateline: null, bodyStart: 0 };
}

/** A dateline at the start of `text`, and its length. */
function datelineAt(text: string): { dateline: Dateline; length: number } | null {
  const caps = DATELINE.exec(text);
  if (!caps?.[1] || !(caps[2] || caps[3]) || /\p{Ll}/u.test(caps[1])) return null;
  const place = caps[1].trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
  return { dateline: { place, date: caps[2]?.trim() ?? null, agency: caps[3]?.trim() ?? null, text: caps[0].trim() }, length: caps[0].length };
}

/**
 * Splits a dispatch into paragraphs (blank lines) and sentences. A sentence ends at . ! ? (or … )
 * followed by a space and a capital, an opening quote or a digit, except after an abbreviation or
 * an initial, and never inside « … »: a quote of several sentences stays with its attribution.
 * One pass over the text.
 */
export function splitSentences(source: string, bodyStart = 0): RawSentence[] {
  const out: RawSentence[] = [];
  let paragraph = 0;
  let sentStart = -1;
  let quoteDepth = 0;
  let straightOpen = false;
  let singleOpen = false;
  let sawTextInParagraph = false;
  // Copy with no blank line at all puts one paragraph on each line.
  const linesAreParagraphs = !/\n[^\S\n]*\n/.test(source.slice(bodyStart));
  let lineStart = true;
  const push = (end: number) => {
    if (sentStart < 0) return;
    const raw = source.slice(sentStart, end);
    const text = squash(raw);
    if (text) {
      const lead = raw.length - raw.trimStart().length;
      out.push({ paragraph, start: sentStart + lead, end: sentStart + raw.trimEnd().length, text });
      sawTextInParagraph = true;
    }
    sentStart = -1;
  };
  for (let i = bodyStart; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\n") {
      // A blank line (only spaces between two newlines) ends the paragraph.
      let j = i + 1;
      while (j < source.length && source[j] !== "\n" && isSpace(source[j])) j++;
      if (source[j] === "\n" || linesAreParagraphs) {
        push(i);
        quoteDepth = 0;
        straightOpen = false;
        singleOpen = false;
        if (sawTextInParagraph) paragraph++;
        sawTextInParagraph = false;
        i = (source[j] === "\n" ? j : i + 1) - 1;
        lineStart = true;
        continue;
      }
      // A headline, a subheading or a byline: a line with no final punctuation, shorter than the line after it.
      if (sentStart >= 0 && quoteDepth === 0 && isHeadingLine(source, sentStart, i, j)) {
        push(i);
        lineStart = true;
        continue;
      }
      lineStart = true;
      continue;
    }
    if (sentStart < 0) {
      if (isSpace(c)) continue;
      // A dateline opening a paragraph (« WASHINGTON (Reuters) - ») is not part of its first sentence.
      if (lineStart) {
        const d = datelineAt(source.slice(i, i + 120))?.length ?? KICKER.exec(source.slice(i, i + 80))?.[0].length;
        if (d) {
          i += d - 1;
          lineStart = false;
          continue;
        }
      }
      sentStart = i;
    }
    lineStart = false;
    // No news sentence runs this long; a run-on text is cut at a space so that every later stage
    // works on bounded sentences and stays linear in the length of the dispatch.
    if (i - sentStart >= MAX_SENTENCE_CHARS && isSpace(c)) {
      push(i);
      continue;
    }
    if (c === "«" || c === "“") quoteDepth++;
    else if ((c === "»" || c === "”") && quoteDepth > 0) {
      quoteDepth--;
      // « … fini. » Le ministre …: a quotation that ends a sentence ends it at its closing mark.
      if (quoteDepth === 0 && endsQuotedSentence(source, i) && endsHere(source, i + 1)) {
        push(i + 1);
        continue;
      }
    } else if (c === '"') {
      // A straight quotation mark opens after a space or an opening mark and closes otherwise.
      if (straightOpen) {
        straightOpen = false;
        if (quoteDepth > 0) quoteDepth--;
        if (quoteDepth === 0 && endsQuotedSentence(source, i) && endsHere(source, i + 1)) {
          push(i + 1);
          continue;
        }
      } else if ((!isSpace(source[i + 1]) || strayOpening(source, i, linesAreParagraphs)) && (i === sentStart || isSpace(source[i - 1]) || /[(\[—–\-:«“]/.test(source[i - 1] ?? ""))) {
        straightOpen = true;
        quoteDepth++;
      }
    } else if (c === "‘" && !singleOpen && singleCloses(source, i, linesAreParagraphs)) {
      // ‘…’ (British copy): a quotation of several sentences stays whole, as with « … ».
      singleOpen = true;
      quoteDepth++;
    } else if (c === "’" && singleOpen && !isSpace(source[i - 1]) && (i + 1 >= source.length || /[\s,.;:!?)\]—–-]/.test(source[i + 1]!))) {
      singleOpen = false;
      if (quoteDepth > 0) quoteDepth--;
      if (quoteDepth === 0 && endsQuotedSentence(source, i) && endsHere(source, i + 1)) {
        push(i + 1);
        continue;
      }
    }
    if (quoteDepth > 0) continue;
    if (c === "." || c === "!" || c === "?" || c === "…") {
      let k = i + 1;
      while (k < source.length && /[.!?…»”")\]]/.test(source[k]!)) k++;
      if (k < source.length && !isSpace(source[k])) continue;
      let n = k;
      while (n < source.length && isSpace(source[n]) && source[n] !== "\n") n++;
      const next = source[n];
      if (next !== undefined && next !== "\n" && !isUpperStart(next)) continue;
      if (c === "." && isAbbreviationBefore(source, i)) continue;
      push(k);
      i = k - 1;
    }
  }
  push(source.length);
  return out;
}

/** How far ahead a quotation mark looks for its pair, within its paragraph. */
const PAIR_REACH = 1500;

/**
 * A straight mark with a space after it (« said. " The plan … works." ») that still opens a quotation:
 * at the start of a line or after a space, with the next straight mark of the paragraph glued to the
 * word before it, as a closing mark is.
 */
export function strayOpening(text: string, at: number, lines = false): boolean {
  if (at > 0 && !isSpace(text[at - 1]) && !/[(\[—–\-:]/.test(text[at - 1]!)) return false;
  const end = paragraphEnd(text, at, lines);
  const next = text.indexOf('"', at + 1);
  if (next < 0 || next >= end) return false;
  const inner = text.slice(at + 1, next).trim();
  return /\p{L}/u.test(inner) && !isSpace(text[next - 1]) && (next + 1 >= text.length || /[\s,.;:!?)\]—–-]/.test(text[next + 1]!));
}

/** A ‘ that opens a quotation: after a space or an opening sign, before a word, closed by a ’ before a space or a sign in its paragraph. */
function singleCloses(source: string, at: number, lines: boolean): boolean {
  if (isSpace(source[at + 1]) || at + 1 >= source.length) return false;
  if (at > 0 && !isSpace(source[at - 1]) && !/[(\[—–\-:"“«]/.test(source[at - 1]!)) return false;
  const end = paragraphEnd(source, at, lines);
  for (let k = at + 2; k < end; k++) {
    const c = source[k]!;
    if (c === "‘") return false;
    if (c === "’" && !isSpace(source[k - 1]) && (k + 1 >= source.length || /[\s,.;:!?)\]—–-]/.test(source[k + 1]!))) return true;
  }
  return false;
}

/** Where the paragraph holding `at` ends (a blank line, or a line's end in copy with one paragraph a line), at most PAIR_REACH characters on. */
function paragraphEnd(text: string, at: number, lines = false): number {
  const ahead = text.slice(at, at + PAIR_REACH);
  const m = (lines ? /\n/ : /\n[^\S\n]*\n/).exec(ahead);
  return at + (m ? m.index : ahead.length);
}

/** The quotation closed at `mark` ends on . ! ? or … (« Nous partons. » with its inner space). */
function endsQuotedSentence(source: string, mark: number): boolean {
  let j = mark - 1;
  if (isSpace(source[j])) j--;
  return /[.!?…]/.test(source[j] ?? "");
}

/** After a closing mark at `k`: white space, then a capital, an opening mark or a digit on the same line. */
function endsHere(source: string, k: number): boolean {
  if (k >= source.length || !isSpace(source[k])) return false;
  let n = k;
  while (n < source.length && isSpace(source[n]) && source[n] !== "\n") n++;
  const next = source[n];
  return next !== undefined && next !== "\n" && isUpperStart(next);
}

function isAbbreviationBefore(source: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.\-]/u.test(source[s - 1]!)) s--;
  const word = source.slice(s, dot);
  if (!word) return false;
  // A single capital letter is an initial (« J. Smith »).
  if (/^\p{Lu}$/u.test(word)) return true;
  const low = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(low)) return true;
  if (!END_ABBREVIATIONS.has(low)) return false;
  // « the U.S. Army » goes on; « to the U.S. She said » is a new sentence.
  const ahead = source.slice(dot + 1, dot + 200);
  // So is « concerts in the U.K. "We have rehearsed …," she said »: a quotation of a few words or more opening with a capital.
  // (« the U.S. "Patriot" system » names a thing.)
  const quoted = /^[\s\u00a0]+[«“"]\s*(\p{Lu}[^«»“”"]*)(?:[»”"]|$)/u.exec(ahead)?.[1];
  if (quoted && quoted.split(/\s+/).length >= 4) return false;
  const next = /^[\s\u00a0]*([\p{L}'’]+)/u.exec(ahead)?.[1] ?? "";
  return !SENTENCE_OPENERS.has(next.toLowerCase().replace(/’/g, "'"));
}

/** A line from `start` to the newline at `nl` that stands alone: no final punctuation, and a longer line after it. */
function isHeadingLine(source: string, start: number, nl: number, next: number): boolean {
  const line = source.slice(start, nl).trim();
  if (!line || line.length > 200 || /[.!?…:;,«“"(\-–—]$/.test(line)) return false;
  if (!isUpperStart(source[next])) return false;
  let end = source.indexOf("\n", next);
  if (end < 0) end = source.length;
  const after = source.slice(next, end).trim();
  // A stack of short lines (headline, byline, date) is a stack of units; hard-wrapped prose has long lines.
  const SHORT = 50;
  return after.length > line.length * 1.3 || (line.length < SHORT && after.length < SHORT);
}
