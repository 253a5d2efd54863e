/** The speaker's noun phrase of a frame: before the verb, after it when inverted, after a relative. */
import { type SpeechLexicon } from "../lang/index.js";
import { fold } from "../text.js";
import { isAbbreviationDot, type Token } from "../tokens.js";
import { isPersonDescription } from "../entities.js";
import { isGluedName } from "../names.js";
import { type Ctx, firstTokenAt, firstWordOf, UPPER_FIRST } from "./frame.js";
import { reportingVerb } from "./verbs.js";

/**
 * The word right before token i ends a subject: a personal pronoun, a name, or a noun after its
 * determiner, with nothing but a space between (« elle nie », « Lina Roy publie », « le maire confie »).
 */
export function subjectRightBefore(ctx: Ctx, i: number, nameOnly = false): boolean {
  const { tokens, text, lex } = ctx;
  const p = tokens[i - 1]!;
  if (/\S/.test(text.slice(p.end, tokens[i]!.start))) return false;
  // « une rumeur démentie par … » is a participle with its agent.
  if (lex.agentPrep.has(tokens[i + 1]?.low ?? "")) return false;
  const pron = lex.pronouns[p.low];
  if (pron && !pron.thing && Object.hasOwn(lex.pronouns, p.low)) return !lex.objectOnlyPronouns.has(p.low);
  if ((UPPER_FIRST.test(p.text) || isGluedName(p.text)) && !lex.determiners.has(p.low)) return true;
  if (nameOnly) return false;
  const d = tokens[i - 2];
  return d !== undefined && lex.determiners.has(d.low) && !lex.determinerAlsoAux.has(d.low) && !lex.auxiliaries.has(p.low) && !/\S/.test(text.slice(d.end, p.start));
}

/** Words an incise inside a verb group is made of: adverbs, connectives and stressed pronouns. */
const isInciseWord = (lex: SpeechLexicon, w: string) => lex.adverbs.has(w) || Object.hasOwn(lex.pronouns, w) || lex.timeWords.has(w);

/**
 * Token g follows « , » that closes an incise of at most four words opened by « , » right after an
 * auxiliary (« a, pour sa part, prévenu »): the auxiliary's index, or -1.
 */
export function auxBeforeIncise(ctx: Ctx, g: number): number {
  const { tokens, text, lex } = ctx;
  if (!/^\s*,\s*$/.test(text.slice(tokens[g - 1]!.end, tokens[g]!.start))) return -1;
  for (let j = g - 1; j >= 1 && j >= g - 4; j--) {
    // Adverbs and stressed pronouns, or a short phrase with no verb (« a, sans détour, balayé »).
    if (!isInciseWord(lex, tokens[j]!.low) && (!/^\p{Ll}/u.test(tokens[j]!.text) || lex.finite.has(tokens[j]!.low) || lex.auxiliaries.has(tokens[j]!.low) || reportingVerb(tokens, j, lex) !== null)) return -1;
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/^\s*,\s*$/.test(gap)) return lex.auxiliaries.has(tokens[j - 1]!.low) && !inQuote(ctx, tokens[j - 1]!.start) ? j - 1 : -1;
    if (/\S/.test(gap)) return -1;
  }
  return -1;
}

/** (A loop, not `some` with a closure: asked for every token of every sentence.) */
export function inQuote(ctx: Ctx, pos: number): boolean {
  const quotes = ctx.quotes;
  for (let k = 0; k < quotes.length; k++) if (pos > quotes[k]!.start && pos < quotes[k]!.end) return true;
  return false;
}

export function prevNonSpace(text: string, pos: number): { ch: string; at: number } {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return { ch: i >= 0 ? text[i]! : "", at: i };
}

/** The end of a noun phrase that follows an inverted verb: up to punctuation or a circumstantial phrase. */
export function subjectAfter(ctx: Ctx, from: number): { start: number; end: number; text: string } | null {
  let start = from;
  while (start < ctx.text.length && /\s/.test(ctx.text[start]!)) start++;
  let end = start;
  while (end < ctx.text.length && !/[,;:!?«»()]/.test(ctx.text[end]!)) {
    // A period ends the phrase unless it closes an abbreviation (« M. », « Mme. », an initial).
    // (« said Adm. Tony Radakin », « a dit le Pr. X »: every title the tokenizer knows.)
    if (ctx.text[end] === "." && !isAbbreviationDot(ctx.text, end)) break;
    end++;
  }
  const segLow = " " + ctx.low.slice(start, end) + " ";
  const whole = end;
  let cut = end;
  for (const stop of ctx.lex.subjectStops) {
    const k = segLow.indexOf(stop, 1);
    if (k > 0 && start + k - 1 < cut) cut = start + k - 1;
  }
  end = cut;
  while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
  if (end <= start) return null;
  // An apposition naming the speaker: « le porte-parole de l'état-major, le colonel Jean Mas, … »,
  // also after a complement the stops cut (« l'adjointe aux mobilités, Claire Dumas, »).
  if (ctx.text[end] === "," || (ctx.text[whole] === "," && /^\p{Ll}/u.test(ctx.text.slice(start).trimStart()))) {
    const tail = end;
    end = whole;
    let a = end + 1;
    while (a < ctx.text.length && /\s/.test(ctx.text[a]!)) a++;
    let b = a;
    while (b < ctx.text.length && !/[,.;:!?«»()]/.test(ctx.text[b]!)) b++;
    const seg = ctx.text.slice(a, b).trim();
    if (isApposedName(ctx.lex, seg) && /\p{Lu}[\p{Ll}]/u.test(seg)) {
      end = a + seg.length;
    } else end = tail;
  }
  return { start, end, text: ctx.text.slice(start, end) };
}

const APPOSED_NAME = /^(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;

/** A name, perhaps after a title in lower case (« colonel Jean Mas »), perhaps after the language's article. */
function isApposedName(lex: SpeechLexicon, seg: string): boolean {
  if (APPOSED_NAME.test(seg)) return true;
  const article = lex.nameArticle?.exec(seg);
  return article ? APPOSED_NAME.test(seg.slice(article[0].length)) : false;
}

/** The noun phrase before a verb: the last comma-segment of the clause that can be a subject. */
export function subjectBefore(ctx: Ctx, groupStart: number, floor: number): { start: number; end: number; text: string } | null {
  const prefix = ctx.text.slice(floor, groupStart);
  if (ctx.lex.sharedSubject.test(prefix) || prefix.trim() === "") return null;
  // Segments separated by commas (quotes and parentheses kept whole).
  const segs: { start: number; end: number }[] = [];
  let s = 0;
  let depth = 0;
  // Quotations are kept whole and end a segment: « "…," the minister said » has the subject after the mark.
  let q = 0;
  const quotes = ctx.quotes;
  for (let i = 0; i < prefix.length; i++) {
    const at = floor + i;
    while (q < quotes.length && quotes[q]!.end < at) q++;
    const span = quotes[q];
    if (span && at > span.start && at < span.end) continue;
    if (span && at === span.end) {
      segs.push({ start: s, end: i + 1 });
      s = i + 1;
      continue;
    }
    const c = prefix[i]!;
    if (c === "«" || c === "(") depth++;
    else if ((c === "»" || c === ")") && depth > 0) depth--;
    else if ((c === "," || c === ";" || c === ":") && depth === 0 && !(c === "," && /\d/.test(prefix[i - 1] ?? "") && /\d/.test(prefix[i + 1] ?? ""))) {
      segs.push({ start: s, end: i });
      s = i + 1;
    }
  }
  segs.push({ start: s, end: prefix.length });
  for (let k = segs.length - 1; k >= 0; k--) {
    const seg = segs[k]!;
    let raw = prefix.slice(seg.start, seg.end);
    const lead = raw.length - raw.trimStart().length;
    raw = raw.trim();
    if (!raw) continue;
    let offset = seg.start + lead;
    const conj = ctx.lex.conjunctions.exec(raw);
    if (conj) {
      offset += conj[0].length;
      raw = raw.slice(conj[0].length);
    }
    // « La pluie tombait depuis l'aube et la gardienne du phare a prévenu … »: a clause with its own verb,
    // then a conjunction; the subject is after the conjunction.
    const second = k === segs.length - 1 ? afterCoordinatedClause(ctx, floor + offset, floor + offset + raw.length) : -1;
    if (second > 0) {
      raw = ctx.text.slice(second, floor + offset + raw.length);
      offset = second - floor;
    }
    // « ce que les syndicats appellent », « which the rival denies »: the subject after the relative word.
    // (Only in the words right before the verb: « Trellix, which makes an app, said » has its subject before the relative.)
    const own = seg.end === prefix.length ? subjectAfterRelative(ctx, floor + offset, floor + offset + raw.length) : null;
    if (own) return own;
    // « Moscou, qui a … »: the antecedent of the relative pronoun.
    if (ctx.lex.relatives.test(raw)) continue;
    // « Residents, many of whom rely on the ferry, say … », « parmi lesquels … »: a relative after a
    // quantifier and its preposition is a relative clause on the noun before it too.
    if (quantifiedRelative(ctx.lex, raw)) continue;
    // « Les habitants, eux, disent … »: a stressed pronoun in apposition leaves the subject before it.
    const stressed = fold(raw);
    if (k > 0 && Object.hasOwn(ctx.lex.pronouns, stressed) && !ctx.lex.subjectPronouns.has(stressed)) continue;
    // « Three councillors, including X and Y, said … »: the members listed after the group are not its subject.
    if (k > 0 && ctx.lex.memberList.test(stressed)) continue;
    // « The board, however, said … », « Le maire, toutefois, a dit … »: an adverb set off by commas is no subject.
    // (Written in lower case: « Her nephew, Billy, said … » is a name in -ly, the subject.)
    if (k > 0 && !/\s/.test(stressed) && !UPPER_FIRST.test(raw) && (ctx.lex.adverbs.has(stressed) || ctx.lex.adverbEnding.test(stressed))) continue;
    const firstLow = ctx.low.slice(floor + offset).split(/[\s']/)[0] ?? "";
    const firstWithApos = /^\S+?'/.test(ctx.low.slice(floor + offset, floor + offset + 8)) ? (ctx.low.slice(floor + offset).match(/^\S+?'/)?.[0] ?? "") : "";
    // « X, cité par l'agence Tass, a affirmé »: a participle phrase in apposition, not the subject.
    if (/^\p{Ll}[\p{Ll}-]*(?:é|ée|és|ées|ant)\s/u.test(raw)) continue;
    // « X, chaired by Y, said »: in any language, a lower-case word before the agent's preposition opens a passive participle in apposition.
    if (/^\p{Ll}[\p{Ll}-]*\s/u.test(raw) && ctx.lex.agentPrep.has(fold(raw.split(/\s+/)[1] ?? ""))) continue;
    // « Des témoins ont dit … »: at the sentence's start, « Des » before a plural noun is an indefinite subject.
    // So it is right after a fronted phrase and its comma (« Autrefois, des juristes ont déclaré … »).
    const indefinitePlural = (floor + offset === 0 && /^Des\s+\p{Ll}+[sx]\b/u.test(raw)) || (k === segs.length - 1 && k > 0 && prefix[seg.start - 1] === "," && /^des\s+\p{Ll}+[sx]\b/u.test(raw));
    if ((ctx.lex.notNpStart.has(firstLow) && !indefinitePlural) || firstWithApos === "d'" || firstWithApos === "qu'" || /^(?:selon|d'apres)/.test(ctx.low.slice(floor + offset))) continue;
    if (/^\s*»/.test(raw)) continue;
    // The quotation itself is never the subject; the subject is after it or there is none.
    if (/^[«“"]/.test(raw)) return null;
    // « Le général X, 51 ans, a estimé »: an age in apposition.
    if (/^\(?\d+\s*ans\)?$/.test(raw) || /^\d{1,3}$/.test(raw)) continue;
    // « X, chef de l'État polonais, a plaidé »: a role in apposition after the name.
    const prevSeg = segs[k - 1];
    if (prevSeg && /^\p{Ll}/u.test(raw) && (isPersonDescription(raw) || ctx.lex.appositionArticle.test(raw))) {
      let pRaw = prefix.slice(prevSeg.start, prevSeg.end).trim();
      // (« But Ana Ruiz, an expert at the institute, said »: the conjunction that opens the sentence is no part of the name.)
      const pConj = ctx.lex.conjunctions.exec(pRaw);
      if (pConj) pRaw = pRaw.slice(pConj[0].length);
      // (« "The Board Acts Now," a ministry spokesperson said »: the words quoted before are no name.)
      const quoted = /^[«“"]/.test(pRaw);
      // (Not after a conjunction, which opens a new clause: « La pluie tombait depuis l'aube, et la gardienne du phare a … ».)
      // (« Coach X will miss the final, her agent said »: a segment with a verb of its own is a clause, no name.)
      if (!quoted && !conj && (/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(pRaw) || Boolean(ctx.lex.namedOpening?.test(pRaw))) && !holdsFiniteVerb(ctx, floor + prevSeg.start, floor + prevSeg.end)) {
        const pStart = floor + prefix.indexOf(pRaw, prevSeg.start);
        return { start: pStart, end: floor + offset + raw.length, text: ctx.text.slice(pStart, floor + offset + raw.length) };
      }
    }
    let start = floor + offset;
    const end = start + raw.length;
    // A name in apposition to the role before it: « la directrice du port, Julie Perrin, a précisé ».
    const prev = segs[k - 1];
    if (prev && UPPER_FIRST.test(raw) && !ctx.lex.articles.has(firstWordOf(raw))) {
      const pRaw = prefix.slice(prev.start, prev.end);
      const role = roleOpening(pRaw, ctx.lex);
      if (role >= 0) start = floor + prev.start + role;
    }
    return { start, end, text: ctx.text.slice(start, end) };
  }
  return null;
}

/**
 * In [from, to), the start of the words after the last conjunction that follows a verb of its own
 * (« la pluie tombait depuis l'aube et | la gardienne du phare »), or -1.
 */
function afterCoordinatedClause(ctx: Ctx, from: number, to: number): number {
  const { tokens, lex } = ctx;
  let verb = false;
  let at = -1;
  for (let j = firstTokenAt(tokens, from); j < tokens.length && tokens[j]!.end <= to; j++) {
    const w = tokens[j]!.low;
    if (verb && lex.conjunctions.test(`${w} `) && tokens[j + 1] && tokens[j + 1]!.end <= to && (lex.determiners.has(tokens[j + 1]!.low) || UPPER_FIRST.test(tokens[j + 1]!.text))) at = tokens[j + 1]!.start;
    if (lex.finite.has(w) || lex.auxiliaries.has(w)) verb = true;
  }
  return at;
}

/** Past a time phrase of several words at token k (« l'an dernier », « last year »): the token after it, or k. */
export function skipTimePhrase(ctx: Ctx, k: number): number {
  const t = ctx.tokens[k];
  if (!t) return k;
  const m = ctx.lex.timePhrase.exec(ctx.low.slice(t.start, t.start + 40));
  return m ? firstTokenAt(ctx.tokens, t.start + m[0].length) : k;
}

/**
 * « a move critics say will … », « the plan Penn says is unfair »: with no relative word, the
 * speaker is the last noun of the phrase (a bare plural or a name), after the thing said about.
 */
export function zeroRelativeSubject(ctx: Ctx, subj: { start: number; end: number; text: string }): { start: number; end: number; text: string } | null {
  const { tokens, lex } = ctx;
  const words: Token[] = [];
  for (let k = firstTokenAt(tokens, subj.start); tokens[k] && tokens[k]!.end <= subj.end && words.length <= 12; k++) words.push(tokens[k]!);
  if (words.length < 3 || words.length > 12 || !lex.determiners.has(words[0]!.low)) return null;
  let k = words.length - 1;
  if (UPPER_FIRST.test(words[k]!.text)) while (k > 2 && UPPER_FIRST.test(words[k - 1]!.text)) k--;
  else if (!/^\p{Ll}{3,}s$/u.test(words[k]!.text)) return null;
  if (k < 2) return null;
  const start = words[k]!.start;
  return { start, end: subj.end, text: ctx.text.slice(start, subj.end) };
}

/**
 * The subject of a clause opened by an object relative or a complementizer inside the segment
 * [from, to) that ends at the verb (« une décision que les élus jugent », « what Penn called »,
 * « which the rival denies »): the words after the last such word, or null.
 */
function subjectAfterRelative(ctx: Ctx, from: number, to: number): { start: number; end: number; text: string } | null {
  const { tokens, lex } = ctx;
  let rel = -1;
  const first = firstTokenAt(tokens, from);
  for (let k = first; k < tokens.length && tokens[k]!.start < to; k++) {
    // « That official said »: a demonstrative opening the segment is no relative.
    if (lex.objectRelatives.has(tokens[k]!.low) && !(k === first && lex.determiners.has(tokens[k]!.low)) && !inQuote(ctx, tokens[k]!.start)) rel = k;
  }
  const subj = tokens[rel + 1];
  if (rel < 0 || !subj || subj.start >= to) return null;
  let last = rel + 1;
  while (tokens[last + 1] && tokens[last + 1]!.start < to) last++;
  const words = tokens.slice(rel + 1, last + 1);
  // A short noun phrase or a name, not a verb (« which has said »: the relative is the subject).
  if (words.length > 8 || lex.finite.has(subj.low) || lex.auxiliaries.has(subj.low) || lex.adverbs.has(subj.low) || lex.complementizers.has(subj.low) && subj.low !== "that") return null;
  const end = words[words.length - 1]!.end;
  return { start: subj.start, end, text: ctx.text.slice(subj.start, end) };
}

/**
 * « many of whom rely on … », « some of which … », « parmi lesquels … »: a segment that opens with a
 * relative pronoun after a word or two in lower case (a quantifier, a preposition) is a relative
 * clause on the noun before its comma. Not a complementizer (« officials that spoke »).
 */
export function quantifiedRelative(lex: SpeechLexicon, seg: string): boolean {
  const words = seg.trim().split(/\s+/, 3);
  for (let n = 1; n < words.length; n++) {
    if (!/^\p{Ll}/u.test(words[n - 1]!)) return false;
    const w = fold(words[n]!);
    // (In lower case: « the WHO said » names a body.)
    if (/^\p{Ll}/u.test(words[n]!) && lex.relatives.test(w) && !lex.complementizers.has(w)) return true;
  }
  return false;
}

/**
 * Where the first word of `seg` that is an article of a role opens the rest of it (« selon elle la
 * directrice du port » → « la directrice … »), or -1. A whole word: « la » is no article inside
 * « lacune »; an elided article may be glued to its noun (« l'adjointe »).
 */
function roleOpening(seg: string, lex: SpeechLexicon): number {
  for (const m of seg.matchAll(WORD_START)) {
    const w = firstWordOf(seg.slice(m.index));
    if (!lex.roleArticles.has(w)) continue;
    // A full article stands before white space; only an elided one (« l' ») is glued to its noun.
    const after = m.index + w.length;
    if (w.endsWith("'") || /^\s/.test(seg.slice(after))) return m.index;
  }
  return -1;
}

/** (Built once, as UPPER_FIRST.) A word's start: the text's start or after white space. */
const WORD_START = /(?<=^|\s)\p{L}/gu;

/** Whether [from, to) holds a finite verb or an auxiliary in lower case (an accented preposition folded like one, « à », is none). */
function holdsFiniteVerb(ctx: Ctx, from: number, to: number): boolean {
  for (let j = firstTokenAt(ctx.tokens, from); j < ctx.tokens.length && ctx.tokens[j]!.end <= to; j++) {
    const t = ctx.tokens[j]!;
    if (!/^\p{Ll}/u.test(t.text) || (t.text.toLowerCase() !== t.low && ctx.lex.notNpStart.has(t.low))) continue;
    if (ctx.lex.finite.has(t.low) || ctx.lex.auxiliaries.has(t.low)) return true;
  }
  return false;
}
