/** Whether the words around a verb are a speaker: a post-posed subject, a title, a dative, an apposition. */
import { type SpeechLexicon } from "../lang/index.js";
import { fold, testWord } from "../text.js";
import { DOCUMENT_NOUNS } from "../lexicon.js";
import { type Token } from "../tokens.js";
import { isDocument, isGroup, isInstitution, isPersonDescription } from "../entities.js";
import { type Ctx, firstTokenAt, seqAt, UPPER_FIRST } from "./frame.js";
import { quantifiedRelative } from "./subject.js";
import { adverbAt } from "./verbs.js";

/** After the verb of a post-posed subject: nothing, or a circumstance (« said on Monday », « told reporters »). */
export function nothingReportedAfter(ctx: Ctx, verbIdx: number): boolean {
  const { tokens, lex, text } = ctx;
  let k = verbIdx + 1;
  // (« said irritably, "…" », « a-t-il lancé sèchement »: an adverb of manner belongs to the verb.)
  // (Not a time word that is also a preposition, English « on »: « said on the radio » says where, as « at » does.)
  while (tokens[k] && (lex.adverbs.has(tokens[k]!.low) || (lex.timeWords.has(tokens[k]!.low) && !lex.datives.has(tokens[k]!.low)) || (k === verbIdx + 1 && adverbAt(lex, tokens[k]!) && !/\S/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))))) k++;
  const next = tokens[k];
  const gap = next ? text.slice(tokens[k - 1]!.end, next.start) : text.slice(tokens[k - 1]!.end);
  if (!next || /[.,;!?]/.test(gap)) return true;
  if (lex.hearerVerbs.has(tokens[verbIdx]!.low)) return true;
  // (« "…," Quinn said of the delay »: what the words were about.)
  return lex.datives.has(next.low) || lex.topicPreps.has(next.low) || lex.participle.test(next.low) || lex.subjectStops.some((x) => x.trim() === next.low);
}

/**
 * « In her statement, and under questioning, she said … »: the words before `comma` open with
 * a preposition and hold no verb (no finite or auxiliary word, no past form) nor quotation: a
 * circumstance set before the subject, not a statement the verb after it reports.
 */
export function phraseOnly(ctx: Ctx, comma: number): boolean {
  const { tokens, text, lex } = ctx;
  if (/[«»“”"]/.test(text.slice(0, comma)) || !tokens[0] || !lex.notNpStart.has(tokens[0].low)) return false;
  for (let k = 0; k < tokens.length && tokens[k]!.end <= comma; k++) {
    const w = tokens[k]!.low;
    // (« nothing works »: a present in -s, not a determiner nor right after one, is a verb too.)
    const present = /^[a-z]{2,}[^s]s$/.test(w) && !lex.determiners.has(w) && !lex.determiners.has(tokens[k - 1]?.low ?? "");
    if (lex.finite.has(w) || lex.auxiliaries.has(w) || lex.simplePast?.test(w) || lex.sayWords.has(w) || present || (lex.verbEndings && testWord(lex.verbEndings, w))) return false;
  }
  return true;
}

/**
 * « Michał X, chef de l'État polonais, a plaidé … »: the commas close an apposition to the subject,
 * not a clause that an inverted verb reports. True when everything before the comma (past an
 * introductory phrase) is noun phrases: no quotation, no finite verb, no long clause.
 */
/** The most words of an apposition opened by its article: two descriptions joined, each with a complement. */
const LONG_APPOSITION = 24;

export function prefixIsNounPhrase(ctx: Ctx, comma: number): boolean {
  const prefix = ctx.low.slice(0, comma);
  if (/[«»“”"]/.test(ctx.text.slice(0, comma))) return false;
  const segments = prefix.split(/,(?!\d)/).map((x) => x.trim()).filter(Boolean);
  let k = 0;
  // (« Ce matin, le recteur, X, a confirmé … », "Last year, the mayor, X, said …": a fronted phrase of time is no part of the subject.)
  while (k < segments.length - 1 && (ctx.lex.notNpStart.has(segments[k]!.split(/[\s']/)[0] ?? "") || wholeTimePhrase(ctx.lex, segments[k]!))) k++;
  const rest = segments.slice(k);
  if (!rest.length) return false;
  // A noun phrase opens with a determiner, a title or a name, never with a subject pronoun.
  const opener = rest[0]!.split(/[\s']/)[0] ?? "";
  if (ctx.lex.pronounSubjects.has(opener)) return false;
  for (const seg of rest) {
    // A relative clause on the name (« qui … », "whose house was destroyed") is part of the noun phrase.
    if (ctx.lex.foldedRelatives.test(seg) || ctx.lex.relatives.test(seg) || quantifiedRelative(ctx.lex, seg)) continue;
    const words = seg.split(/\s+/);
    // (« X, an economist at the Harbour Institute and a former adviser to …, said »: a description with its own article runs longer.)
    if (words.length > (ctx.lex.appositionArticle.test(seg) ? LONG_APPOSITION : 12)) return false;
    if (words.some((w) => ctx.lex.finite.has(w) || Boolean(ctx.lex.imperfect?.test(w)))) return false;
  }
  return true;
}

/** A segment that is a phrase of time and nothing else (« ce lundi », « last year »). */
function wholeTimePhrase(lex: SpeechLexicon, seg: string): boolean {
  const m = lex.timePhrase.exec(seg);
  return m !== null && m[0].trim().length === seg.length;
}

/**
 * A document's noun anywhere in a short noun phrase: English puts the head last (« the latest budget
 * documents », « government data »), French first (« les documents budgétaires »).
 */
export function namesDocument(np: string): boolean {
  const words = fold(np).split(/[\s'’]+/);
  return words.length <= 8 && words.some((w) => DOCUMENT_NOUNS.has(w));
}

/**
 * « …that while the mill stayed open, the shop had closed »: whether the clause that ends at the
 * comma at `comma` opens with a subordinator (past a complementizer or a conjunction), so that what
 * follows the comma is its main clause, not a subject and its verb of saying set after the words.
 */
export function afterSubordinate(ctx: Ctx, comma: number): boolean {
  const { tokens, text, lex } = ctx;
  const last = firstTokenAt(tokens, comma) - 1;
  let k = last;
  // Back to the start of the segment: the sentence's start, a comma, a colon or a quotation mark.
  while (k > 0 && !/[,;:«»“”"]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--;
  // A subordinator opening the segment, or right after a complementizer or a conjunction in it (« said that though … »).
  const opens = (j: number) => lex.subordinators.some((seq) => seq.every((w, n) => tokens[j + n]?.low === w));
  for (let j = Math.max(k, last - 30); j <= last; j++) {
    if (!opens(j)) continue;
    const prev = tokens[j - 1]?.low ?? "";
    if (j === k || lex.complementizers.has(prev) || lex.conjunctions.test(prev + " ")) return true;
  }
  return false;
}

/** « was quoted as saying »: the index of the passive auxiliary (and those before it) that opens the group of the participle at i, or -1. */
export function reportedAsAt(ctx: Ctx, i: number): number {
  const { tokens, text, lex } = ctx;
  for (const seq of lex.reportedAs) {
    const from = i - seq.length;
    if (from < 1 || !seq.every((w, k) => tokens[from + k]!.low === w)) continue;
    let g = from;
    while (g > 0 && (lex.passiveAux.has(tokens[g - 1]!.low) || lex.passiveBe.has(tokens[g - 1]!.low) || lex.auxiliaries.has(tokens[g - 1]!.low) || lex.adverbs.has(tokens[g - 1]!.low)) && !/\S/.test(text.slice(tokens[g - 1]!.end, tokens[g]!.start))) g--;
    if (g < from && tokens.slice(g, from).some((t) => lex.passiveAux.has(t.low) || lex.passiveBe.has(t.low))) return g;
  }
  return -1;
}

/**
 * « said company spokesman John Roe », « said union leader Ana Vidal »: at token k, a role written
 * as a title with no article (a few lower-case words whose phrase describes a person), then the
 * name it titles, each word one space from the next.
 */
export function titleBeforeName(ctx: Ctx, k: number): boolean {
  const { tokens, text, lex } = ctx;
  const glued = (j: number) => tokens[j] !== undefined && tokens[j]!.start - tokens[j - 1]!.end === 1 && text[tokens[j - 1]!.end] === " ";
  for (let j = k; j < k + 4 && tokens[j] && /^\p{Ll}/u.test(tokens[j]!.text); j++) {
    if (j > k && !glued(j)) return false;
    if (lex.determiners.has(tokens[j]!.low) || lex.notNpStart.has(tokens[j]!.low) || lex.finite.has(tokens[j]!.low) || lex.auxiliaries.has(tokens[j]!.low) || lex.complementizers.has(tokens[j]!.low)) return false;
    const name = tokens[j + 1];
    if (name && glued(j + 1) && /^\p{Lu}\p{Ll}/u.test(name.text) && isPersonDescription(text.slice(tokens[k]!.start, tokens[j]!.end))) return true;
  }
  return false;
}

/** After `pos`, nothing but the sentence's end, or a comma and a relative pronoun (« , who was in court »). */
export function closesSentence(ctx: Ctx, pos: number): boolean {
  // (A window, not the rest of the sentence: a run-on sentence can hold thousands of frames.)
  const rest = ctx.low.slice(pos, pos + CLOSING_WINDOW);
  if (pos + rest.length >= ctx.low.length && /^\s*[.!?]?\s*$/.test(rest)) return true;
  const m = /^\s*,\s*(\S+)/.exec(rest);
  return m !== null && ctx.lex.relatives.test(m[1]!) && !ctx.lex.complementizers.has(m[1]!);
}

/**
 * « X, a councillor, said the mayor should resign. »: words after the verb that hold a verb of their own (a
 * finite or auxiliary word written in lower case, or a past form ending them) are a clause, not a speaker
 * closing the sentence (« …, said the retired mayor. » ends on its noun).
 */
export function holdsVerb(ctx: Ctx, np: { start: number; end: number }): boolean {
  const { tokens, lex } = ctx;
  let last: Token | undefined;
  for (let k = firstTokenAt(tokens, np.start); k < tokens.length && tokens[k]!.end <= np.end; k++) {
    const t = tokens[k]!;
    if (t.text === t.low && (lex.finite.has(t.low) || lex.auxiliaries.has(t.low)) && !lex.adverbs.has(t.low)) return true;
    last = t;
  }
  return last !== undefined && last.text === last.low && Boolean(lex.simplePast?.test(last.low));
}

/** How far past an inverted subject closesSentence looks: a closing mark, or a comma and its relative pronoun. */
const CLOSING_WINDOW = 24;

export function looksLikeSpeaker(np: string): boolean {
  return /\p{Lu}\p{Ll}+/u.test(np.replace(/^\p{Lu}/u, "")) || isPersonDescription(np) || isInstitution(np) || isGroup(np) || isDocument(np) || /\bsources?\b/i.test(np);
}

/**
 * « a déclaré à l'AFP le maire », « estimait fin janvier la ministre », « a confié dans une lettre
 * aux voisins le pasteur », « dit de son côté X »: the offset after the phrases (time, place of
 * saying, hearer, « for one's part ») that stand between an inverted verb and its subject.
 */
export function skipDative(ctx: Ctx, k: number): number | null {
  const { tokens, lex, low } = ctx;
  let j = k;
  let titleEnd = -1;
  // Up to three such phrases, each a time word or phrase, « de son côté », or a prepositional phrase.
  for (let n = 0; n < 3; n++) {
    const from = j;
    // (A time word that opens a longer time phrase goes with it: « jeudi 9 », not « jeudi » then « 9 ».)
    while (tokens[j] && lex.timeWords.has(tokens[j]!.low) && !lex.timePhrase.test(low.slice(tokens[j]!.start, tokens[j]!.start + 40))) j++;
    const t = tokens[j];
    if (!t) break;
    const time = lex.timePhrase.exec(low.slice(t.start, t.start + 40));
    const part = seqAt(tokens, j, lex.forOnesPart);
    if (time) j = firstTokenAt(tokens, t.start + time[0].length);
    else if (part) j += part;
    else if (lex.datives.has(t.low)) {
      // « à l'AFP », « sur Telegram », « devant la presse », « lors d'une conférence de presse ».
      j++;
      // « dans « Le Courrier » », "to the “Evening Post”": a title in quotation marks names the medium.
      const title = titleAt(ctx, t.end);
      if (title !== null) {
        j = firstTokenAt(tokens, title + 1);
        titleEnd = title + 1;
        continue;
      }
      // (« à sa sortie », « to his aides »: a possessive opens the phrase too.)
      if (tokens[j] && lex.dativeArticles.has(tokens[j]!.low)) j++;
      if (tokens[j] && lex.dativeInnerArticles.has(tokens[j]!.low)) j++;
      j++;
      if (tokens[j] && lex.dativeComplement.has(tokens[j]!.low) && tokens[j + 2] && (lex.determiners.has(tokens[j + 2]!.low) || UPPER_FIRST.test(tokens[j + 2]!.text))) j += 2;
    }
    if (j === from) break;
    // Nothing but spaces between the phrases: a comma or a mark ends the search.
    if (tokens[j] && /[^\s]/.test(ctx.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return null;
  }
  if (j === k) return null;
  const next = tokens[j];
  if (!next || !(lex.determiners.has(next.low) || UPPER_FIRST.test(next.text))) return null;
  return Math.max(tokens[j - 1]!.end, titleEnd);
}

/**
 * Right after `pos` (spaces between), a title in quotation marks (a few words, the first one capitalised,
 * « « Le Courrier » »): the offset of its closing mark, or null.
 */
export function titleAt(ctx: Ctx, pos: number): number | null {
  const mark = /^\s{0,2}[«“"]/.exec(ctx.text.slice(pos, pos + 3));
  if (!mark) return null;
  const at = pos + mark[0].length - 1;
  const span = quoteAt(ctx.quotes, at);
  if (!span || /\S/.test(ctx.text.slice(pos, span.start)) || span.end >= ctx.text.length) return null;
  const inner = ctx.text.slice(span.start + 1, span.end).trim();
  const words = inner.split(/\s+/);
  return UPPER_FIRST.test(inner) && words.length <= TITLE_WORDS && !/[.!?,;:]/.test(inner) ? span.end : null;
}

/** The quotation opening at `at` (spans in order of their start: a binary search, called per dative phrase). */
function quoteAt(quotes: readonly { start: number; end: number }[], at: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return quotes[lo]?.start === at ? quotes[lo] : undefined;
}

/** A medium's title is a few words: more, and the marks quote someone's words. */
const TITLE_WORDS = 5;
