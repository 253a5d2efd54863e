import type { SpeechLexicon } from "./lang/index.js";
import { fold, testWord } from "./text.js";
import { DOCUMENT_NOUNS } from "./lexicon.js";
import { isAbbreviationDot, type Token } from "./tokens.js";
import { CALENDAR } from "./lang/calendar.js";
import { isDocument, isGroup, isInstitution, isPersonDescription } from "./entities.js";
import { isGluedName } from "./names.js";

/**
 * A reporting frame: a reporting verb with its speaker and what it reports.
 * « …, a précisé le porte-parole » (inverted), « la ministre a indiqué qu'… » (preverbal),
 * « selon elle, … », « …, jugeant que … » (participle), « dénoncé par X » (passive),
 * « X a déclaré : « … » » (colon). The words come from the language's lexicon (lang/).
 */
export interface Frame {
  kind: "inverted" | "pronoun" | "preverbal" | "selon" | "participle" | "passive";
  /** The verb group as written (« a-t-il précisé », « selon »). */
  verb: string;
  groupStart: number;
  groupEnd: number;
  /** The speaker's noun phrase, or null to take the subject of the frame before it in the sentence. */
  subject: { start: number; end: number; text: string } | null;
  /** For « a-t-il », « précise-t-elle », « selon lui »: the pronoun's gender and number. */
  pronoun: { gender: "m" | "f" | null; plural: boolean; thing?: boolean } | null;
  negated: boolean;
  /** Takes a clause (reported speech) rather than a noun phrase. */
  says: boolean;
  /** Reported speech span (indirect quote), when there is one. */
  clause: { start: number; end: number } | null;
  /** Span whose « quoted words » this frame attributes. */
  scope: { start: number; end: number };
  /** Followed by « : », announcing a quote. */
  colon: boolean;
  /** « The attack, police said, happened at night »: what follows an incise frame, up to the sentence's end or the next frame. */
  rest?: { start: number; end: number };
  /** « …, a-t-on ajouté de même source »: the source that spoke last says it again (no subject). */
  sameSource?: boolean;
  /** « demanded an apology », « a réclamé une enquête »: the clause is the thing asked for, a noun phrase that may be short. */
  asked?: boolean;
}

/** « appelle les parties à reprendre … »: an infinitive marker and an infinitive a few words on. */
function infinitiveAhead(tokens: Token[], i: number, lex: SpeechLexicon): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
    if (lex.infinitiveMarkers.has(tokens[j]!.low) && lex.infinitiveAfter.test(tokens[j + 1]?.low ?? "")) return true;
  }
  return false;
}

/**
 * A word with the language's adverb ending (« récemment », "recently"), written in lower case: a
 * capital inside a sentence opens a name that merely ends the same way ("Kelly", "Reilly").
 */
const adverbAt = (lex: SpeechLexicon, t: Token | undefined): boolean => t !== undefined && lex.adverbEnding.test(t.low) && /^\p{Ll}/u.test(t.text);

const startsWithAny = (low: string, stems: readonly string[]) => stems.some((s) => low.startsWith(s));

/**
 * Which stem list a word starts with, remembered per lexicon: a verb-shaped word is tried against
 * about a hundred stems, and the same words come back in every sentence. Bounded like the folds.
 */
const stemKinds = new WeakMap<SpeechLexicon, Map<string, "say" | "eval" | null>>();
function stemKind(low: string, lex: SpeechLexicon): "say" | "eval" | null {
  let memo = stemKinds.get(lex);
  if (!memo) stemKinds.set(lex, (memo = new Map()));
  const hit = memo.get(low);
  if (hit !== undefined) return hit;
  const kind = startsWithAny(low, lex.sayStems) ? "say" : startsWithAny(low, lex.evalStems) ? "eval" : null;
  if (memo.size >= 50_000) memo.clear();
  memo.set(low, kind);
  return kind;
}

/**
 * Whether a word (a token's `low`) can be a reporting verb at all: every way reportingVerb says
 * « say » or « eval » needs one of these, whatever the words around it. Called for every token of
 * every sentence, so remembered per lexicon like the stems.
 */
const reporting = new WeakMap<SpeechLexicon, Map<string, boolean>>();
function mayReport(tokenLow: string, lex: SpeechLexicon): boolean {
  let memo = reporting.get(lex);
  if (!memo) reporting.set(lex, (memo = new Map()));
  const hit = memo.get(tokenLow);
  if (hit !== undefined) return hit;
  const low = lex.invertedPronoun && tokenLow.includes("-") ? tokenLow.replace(/-t-(?:il|elle|on)$|-(?:il|elle|ils|elles|on)$/, "") : tokenLow;
  const may =
    lex.callFor.has(low) ||
    lex.phrasal.has(low) ||
    lex.evalPhrasal.has(low) ||
    lex.sayWords.has(low) ||
    lex.evalWords.has(low) ||
    lex.directiveWords.has(low) ||
    lex.requestWords.has(low) ||
    lex.requestParticles.has(low) ||
    (lex.verbEndings !== null && testWord(lex.verbEndings, low) && stemKind(low, lex) !== null);
  if (memo.size >= 50_000) memo.clear();
  memo.set(tokenLow, may);
  return may;
}

/** (Built once: a literal with « \p{…} » is a new RegExp at each evaluation where tsx runs the code, as the bench does.) */
const UPPER_FIRST = /^\p{Lu}/u;

/** A finite verb's ending, which a noun-like ending does not rule out (« remplaçaient »). */
const FINITE_ENDING = /(?:ait|aient|ant|ent)$/;

/** Whether a token is a reporting verb, and of which kind. */
export function reportingVerb(tokens: Token[], i: number, lex: SpeechLexicon, text?: string): "say" | "eval" | null {
  // Most words can never report, whatever surrounds them: known at once, before the tests of context.
  return mayReport(tokens[i]!.low, lex) ? reportingVerbInContext(tokens, i, lex, text) : null;
}

/**
 * reportingVerb without the word-level shortcut (test/frames-shortcut.test.ts checks the two agree).
 * Every way it answers « say » or « eval » needs the word in one of the lexicon's tables that
 * `mayReport` reads: a new one must be added there too.
 */
export function reportingVerbInContext(tokens: Token[], i: number, lex: SpeechLexicon, text?: string): "say" | "eval" | null {
  const t = tokens[i]!;
  // Only a hyphenated word can end in an inverted pronoun; the test spares a regex per token.
  const low = lex.invertedPronoun && t.low.includes("-") ? t.low.replace(/-t-(?:il|elle|on)$|-(?:il|elle|ils|elles|on)$/, "") : t.low;
  const next = tokens[i + 1]?.low ?? "";
  // The second word of a two-word verb follows it after one space (« voiced "concerns" » quotes a word, no phrase).
  const nextGlued = tokens[i + 1] !== undefined && tokens[i + 1]!.start - t.end === 1 ? next : "";
  // « a appelé lundi au calme »: a time word may stand between the verb and its preposition.
  let n = i + 1;
  while (tokens[n] && lex.timeWords.has(tokens[n]!.low)) n++;
  // (An infinitive a few words on only where infinitives are marked: English « to » also opens a place.)
  if (lex.callFor.has(low) && (lex.callForNext.has(tokens[n]?.low ?? "") || (lex.infinitive !== null && infinitiveAhead(tokens, i, lex)))) return "say";
  if (lex.notSpeech.has(low) || low.length < 3) return null;
  // A capital inside a sentence starts a name, never a verb: « the United States », « Secretary of State X ».
  if (i > 0 && UPPER_FIRST.test(t.text)) return null;
  const prev = tokens[i - 1]?.low ?? "";
  // « training on how to respond to … »: an English infinitive reports nothing by itself.
  if (!lex.verbEndings && lex.infinitiveMarkers.has(prev)) return null;
  // « because of promises », « with reports »: after a preposition, an English form is a noun.
  // (Right after it: one space between, not the closing mark of a quotation ending on « over ».)
  // A gerund there is still a verb (« after accusing it of … », « before adding that … »).
  if (!lex.verbEndings && i > 0 && lex.notNpStart.has(prev) && t.start - tokens[i - 1]!.end === 1 && !lex.phrasal.get(low)?.has(nextGlued) && !(lex.participle.test(low) && prev !== "of" && prev !== "to")) return null;
  // « fait savoir », « fait valoir », « pointed out »
  if (lex.phrasal.get(low)?.has(nextGlued)) return "say";
  // « the country's state media », « the minister's remarks »: after a possessive, an English form is a
  // noun (« he's said », a contraction of a subject pronoun, still reports).
  if (!lex.verbEndings && prev === "s" && i > 1 && tokens[i - 1]!.start === tokens[i - 2]!.end + 1 && !lex.subjectPronouns.has(tokens[i - 2]!.low) && !lex.relatives.test(tokens[i - 2]!.low)) return null;
  if (lex.evalPhrasal.get(low)?.has(next) && !(lex.infinitive && testWord(lex.infinitive, low) && !lex.auxiliaries.has(tokens[i - 1]?.low ?? ""))) return "eval";
  if (lex.determiners.has(prev) && !lex.determinerAlsoAux.has(prev)) return null;
  // « member states can act », « reports have emerged »: an English form in -s before a modal or an
  // auxiliary is a plural noun, the subject of that verb.
  // (Not after a relative: « which Washington says is aimed at … » reports a clause whose subject is the relative.)
  if (!lex.verbEndings && /[^s]s$/.test(low) && lex.finite.has(next) && tokens[i + 1]!.start - t.end === 1 && ![1, 2, 3, 4].some((d) => lex.relatives.test(tokens[i - d]?.low ?? ""))) return null;
  if (lex.sayWords.has(low)) return "say";
  if (lex.evalWords.has(low) || lex.directiveWords.has(low) || lex.requestWords.has(low)) return "eval";
  // « appealed for calm »: a verb that asks only with its particle reports nothing without it.
  if (lex.requestParticles.get(low)?.has(next)) return "eval";
  if (!lex.verbEndings) return null;
  // « par rapport à », « en rapport avec »: right after a preposition (one that is no auxiliary too, as « a »),
  // a French word is a noun or an infinitive, never a finite verb; a participle in -ant still reports (« en affirmant »).
  if (i > 0 && lex.notNpStart.has(prev) && !lex.finite.has(prev) && !lex.auxiliaries.has(prev) && t.start - tokens[i - 1]!.end === 1 && !lex.participle.test(low)) return null;
  const lower = t.text.toLowerCase();
  const written = lower.includes("-") ? lower.replace(/-t-(?:il|elle|on)$|-(?:il|elle|ils|elles|on)$/, "") : lower;
  const afterSubject = UPPER_FIRST.test(tokens[i - 1]?.text ?? "") || lex.subjectPronouns.has(prev);
  // « rappelle », « martèle »: a stem in -el doubles its l (« rappel » + « le »), not the adjective ending « -elle ».
  const doubledL = /^(.+l)l(?:e|es|ent)$/.exec(low);
  const lVerb = doubledL !== null && lex.sayStems.includes(doubledL[1]!);
  // « s'est dite favorable »: after its reflexive auxiliary, « dite » is the verb, not a noun in -ite.
  const selfSaid = lex.selfDescribed !== null && (lex.selfDescribed.test(`${prev} ${low}`) || lex.selfDescribed.test(`${tokens[i - 2]?.low ?? ""} ${prev} ${low}`));
  // « il assure que », « …, signale le maire », « cite-t-il »: a reporting stem with only the
  // present's « -e », « -es » is that verb, though it ends like a noun (« -ure », « -ale », « -ite »),
  // where a verb stands: before « que », after a subject pronoun, inverted after the words it
  // reports, or with its pronoun glued. (« la zone dite rouge »: a participle; « en avance »: a noun.)
  const bare = /^(.+?)es?$/.exec(written)?.[1];
  const verbPlace = lex.complementizers.has(next) || lex.subjectPronouns.has(prev) || low !== t.low || (text !== undefined && i > 0 && /[,»”"]/.test(text.slice(tokens[i - 1]!.end, t.start)));
  const present = bare !== undefined && (lex.sayStems.includes(bare) || lex.evalStems.includes(bare)) && !lex.notNpStart.has(prev) && verbPlace;
  if (!lVerb && !selfSaid && !present && lex.nonVerbEndings && testWord(lex.nonVerbEndings, written) && !testWord(FINITE_ENDING, written) && !(afterSubject && /ance$/.test(written))) return null;
  if (!testWord(lex.verbEndings, low)) return null;
  // Infinitives report nothing by themselves (« sans préciser », « a refusé de dire »); a verb with its
  // pronoun glued is finite whatever its ending (« soupire-t-elle »).
  if (lex.infinitive && testWord(lex.infinitive, low) && !lex.auxiliaries.has(prev) && low === t.low) return null;
  return stemKind(low, lex);
}

/**
 * The word right before token i ends a subject: a personal pronoun, a name, or a noun after its
 * determiner, with nothing but a space between (« elle nie », « Lina Roy publie », « le maire confie »).
 */
function subjectRightBefore(ctx: Ctx, i: number, nameOnly = false): boolean {
  const { tokens, text, lex } = ctx;
  const p = tokens[i - 1]!;
  if (/\S/.test(text.slice(p.end, tokens[i]!.start))) return false;
  // « une rumeur démentie par … » is a participle with its agent.
  if (lex.agentPrep.has(tokens[i + 1]?.low ?? "")) return false;
  const pron = lex.pronouns[p.low];
  if (pron && !pron.thing && Object.hasOwn(lex.pronouns, p.low)) return !["lui", "eux", "him", "her", "them"].includes(p.low);
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
function auxBeforeIncise(ctx: Ctx, g: number): number {
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

interface Ctx {
  text: string;
  low: string;
  tokens: Token[];
  quotes: { start: number; end: number }[];
  lex: SpeechLexicon;
}

/** (A loop, not `some` with a closure: asked for every token of every sentence.) */
function inQuote(ctx: Ctx, pos: number): boolean {
  const quotes = ctx.quotes;
  for (let k = 0; k < quotes.length; k++) if (pos > quotes[k]!.start && pos < quotes[k]!.end) return true;
  return false;
}

function prevNonSpace(text: string, pos: number): { ch: string; at: number } {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return { ch: i >= 0 ? text[i]! : "", at: i };
}

/** The end of a noun phrase that follows an inverted verb: up to punctuation or a circumstantial phrase. */
function subjectAfter(ctx: Ctx, from: number): { start: number; end: number; text: string } | null {
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
    if (/^(?:(?:le|la|l['’])\s*)?(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(seg) && /\p{Lu}[\p{Ll}]/u.test(seg)) {
      end = a + seg.length;
    } else end = tail;
  }
  return { start, end, text: ctx.text.slice(start, end) };
}

/** The noun phrase before a verb: the last comma-segment of the clause that can be a subject. */
function subjectBefore(ctx: Ctx, groupStart: number, floor: number): { start: number; end: number; text: string } | null {
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
      if (!quoted && !conj && (/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(pRaw) || /^(?:(?:le|la|m\.|mme)\s|l['’])/i.test(pRaw))) {
        const pStart = floor + prefix.indexOf(pRaw, prevSeg.start);
        return { start: pStart, end: floor + offset + raw.length, text: ctx.text.slice(pStart, floor + offset + raw.length) };
      }
    }
    let start = floor + offset;
    const end = start + raw.length;
    // A name in apposition to the role before it: « la ministre de la Défense, Julie Perrin, a déclaré ».
    const prev = segs[k - 1];
    if (prev && UPPER_FIRST.test(raw) && !/^(?:le|la|les|l'|un|une)\b/i.test(raw)) {
      const pRaw = prefix.slice(prev.start, prev.end);
      // (A whole determiner: « la » is no determiner inside "lawmakers".)
      const m = /(?:^|\s)((?:(?:le|la|les)\s+|l['’]\s*)[^,]+)$/iu.exec(pRaw);
      if (m?.[1]) start = floor + prev.start + pRaw.length - m[1].length;
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
function skipTimePhrase(ctx: Ctx, k: number): number {
  const t = ctx.tokens[k];
  if (!t) return k;
  const m = ctx.lex.timePhrase.exec(ctx.low.slice(t.start, t.start + 40));
  return m ? firstTokenAt(ctx.tokens, t.start + m[0].length) : k;
}

/** The index of the first token starting at or after `pos` (binary search: called once per frame). */
function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Right after a verb of saying, a finite verb glued to it (« said killed », « say will isolate »): where the clause with no subject opens, or null. */
function gapClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const next = tokens[verbIdx + 1];
  if (!next || /\S/.test(text.slice(tokens[verbIdx]!.end, next.start))) return null;
  const finite = (lex.finite.has(next.low) || (lex.simplePast?.test(next.low) ?? false)) && !lex.adverbs.has(next.low) && !lex.agentPrep.has(tokens[verbIdx + 2]?.low ?? "");
  return finite ? next.start : null;
}

/**
 * « a move critics say will … », « the plan Penn says is unfair »: with no relative word, the
 * speaker is the last noun of the phrase (a bare plural or a name), after the thing said about.
 */
function zeroRelativeSubject(ctx: Ctx, subj: { start: number; end: number; text: string }): { start: number; end: number; text: string } | null {
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

function pronounOf(tok: Token, lex: SpeechLexicon): Frame["pronoun"] {
  const m = lex.invertedPronoun?.exec(tok.low);
  return m?.[1] ? lex.pronouns[m[1]] ?? null : null;
}

const isAccording = (tokens: Token[], i: number, lex: SpeechLexicon): number => {
  for (const seq of lex.according) if (seq.every((w, k) => tokens[i + k]?.low === w)) return seq.length;
  return 0;
};

/**
 * The words the frames read as fixed sequences open with (« selon », « pour », « à ses yeux »,
 * « comme l'a dit », "as", « et de »), per lexicon: any other token opens none of them, and is
 * spared their tests (every token of every sentence and quotation is tried).
 */
const sequenceOpeners = new WeakMap<SpeechLexicon, ReadonlySet<string>>();
function opensSequence(lex: SpeechLexicon, low: string): boolean {
  let words = sequenceOpeners.get(lex);
  if (!words) {
    const seqs = [...lex.according, ...lex.viewOf, ...lex.asIncise, ...lex.asSubjectIncise, ...lex.narrativeInfinitive];
    words = new Set([...seqs.map((seq) => seq[0] ?? ""), ...lex.pointOfView]);
    sequenceOpeners.set(lex, words);
  }
  return words.has(low);
}

/** The reporting frames of one sentence, in order. */
export function findFrames(text: string, low: string, tokens: Token[], quotes: { start: number; end: number }[], lex: SpeechLexicon): Frame[] {
  const ctx: Ctx = { text, low, tokens, quotes, lex };
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inQuote(ctx, t.start)) continue;
    if (opensSequence(lex, t.low)) {
      const according = isAccording(tokens, i, lex) || (isPourFrame(ctx, i) ? 1 : 0);
      if (according) {
        frames.push(selonFrame(ctx, i, according));
        continue;
      }
      const view = viewFrame(ctx, i);
      if (view) {
        frames.push(view);
        i = tokens.findIndex((x) => x.start >= view.groupEnd) - 1;
        if (i < 0) break;
        continue;
      }
      const special = asInciseFrame(ctx, i) ?? asSubjectFrame(ctx, i) ?? narrativeFrame(ctx, i);
      if (special) {
        frames.push(special);
        i = tokens.findIndex((x) => x.start >= special.groupEnd) - 1;
        if (i < 0) break;
        continue;
      }
    }
    // « …, a-t-on appris samedi de sources gouvernementales »: the source a newsroom learnt it from speaks.
    const learnt = learntFrom(ctx, i);
    if (learnt) {
      frames.push(learnt);
      continue;
    }
    const kind = reportingVerb(tokens, i, lex, text);
    if (!kind) continue;
    // The verb group: auxiliaries, adverbs and negation before the verb.
    let g = i;
    let negated = false;
    let hasAux = false;
    let pronoun = pronounOf(t, lex);
    while (g > 0) {
      const p = tokens[g - 1]!;
      // The group never reaches over punctuation or into a quotation.
      if (inQuote(ctx, p.start)) break;
      if (/\S/.test(text.slice(p.end, tokens[g]!.start))) {
        // « a, elle, demandé », « a, de son côté, estimé », « has, however, said »: an incise between
        // the auxiliary and the verb belongs to the group.
        const aux = g === i ? auxBeforeIncise(ctx, g) : -1;
        if (aux < 0) break;
        hasAux = true;
        g = aux;
        continue;
      }
      if (lex.auxiliaries.has(p.low) || (lex.invertedPronoun !== null && /^(?:a|ont|avait)-t?-?(?:il|elle|ils|elles|on)$/.test(p.low))) {
        hasAux = true;
        pronoun = pronoun ?? pronounOf(p, lex);
        g--;
      } else if (lex.adverbs.has(p.low)) {
        if (lex.negation.has(p.low)) negated = true;
        g--;
      } else if (adverbAt(lex, p) && lex.auxiliaries.has(tokens[g - 2]?.low ?? "")) {
        // « a récemment déclaré », « has repeatedly said »: an adverb in -ment / -ly right after the auxiliary.
        g--;
      } else if (g === i && adverbAt(lex, p) && !lex.determiners.has(tokens[g - 2]?.low ?? "") && !(lex.objectPrepositions?.has(tokens[g - 2]?.low ?? "") ?? false) && !/['’]s?\s*$/u.test(text.slice(Math.max(0, (tokens[g - 1]?.start ?? 0) - 3), tokens[g - 1]?.start ?? 0))) {
        // « X, the minister, recently said »: an adverb in -ly / -ment right before a verb with no auxiliary.
        // (Not after an article, a preposition or a possessor: « le chef du gouvernement rappelle », "Tazi's family said" end their subject on a noun.)
        g--;
      } else break;
    }
    // Trailing adverbs of the group belong to it only when an auxiliary is there.
    // (« X, the minister, recently said »: an adverb in -ly right after the apposition's comma stays, the subject being before it.)
    while (g < i && lex.adverbs.has(tokens[g]!.low) && !lex.negation.has(tokens[g]!.low) && !lex.auxiliaries.has(tokens[g]!.low) && !(adverbAt(lex, tokens[g]!) && prevNonSpace(text, tokens[g]!.start).ch === ",")) g++;
    // « explique », « confie X » right after the quote are finite verbs, not participles.
    const finiteAfterQuote = /(?:que|ie)$/.test(t.low) && /[,»”"]/.test(prevNonSpace(text, t.start).ch) && (lex.determiners.has(tokens[i + 1]?.low ?? "") || UPPER_FIRST.test(tokens[i + 1]?.text ?? ""));
    // « il nie », « la ministre publie », « X confie » : a present tense in -ie (verbs in -ier) right
    // after its subject is finite, though it looks like a feminine participle (« finie »).
    // « Moscou salue », « elle évalue »: a present in -ue too, after a name or a pronoun only (« une
    // autorité reconnue » is a participle).
    const finiteAfterSubject = g === i && i > 0 && ((/ie$/.test(t.low) && subjectRightBefore(ctx, i)) || (/ue$/.test(t.low) && subjectRightBefore(ctx, i, true)));
    if (!hasAux && !pronoun && !finiteAfterQuote && !finiteAfterSubject && !/que$/.test(t.low) && lex.pastParticiple?.test(t.text.toLowerCase())) {
      // A bare past participle reports only when it shares an earlier auxiliary (« a dénoncé … et prévenu »).
      if (!(tokens[g - 1]?.low === "et" && frames.length > 0)) continue;
    }
    const invertedOnly = startsWithAny(t.low, lex.invertedOnlyStems);
    if (lex.participle.test(t.low)) {
      if (invertedOnly) continue;
      const pf = participleFrame(ctx, i, kind);
      // « X was quoted as saying … »: the passive's subject said it.
      const passiveAt = pf.subject ? -1 : reportedAsAt(ctx, i);
      if (passiveAt >= 0) {
        const floor = frames.length ? frames[frames.length - 1]!.groupEnd : 0;
        const groupStart = tokens[passiveAt]!.start;
        const subj = subjectBefore(ctx, groupStart, floor);
        if (subj) {
          frames.push({ ...pf, kind: "preverbal", groupStart, verb: text.slice(groupStart, pf.groupEnd), subject: subj, pronoun: lex.pronouns[subj.text.toLowerCase()] ?? null });
          continue;
        }
      }
      // « rendant hommage au « … » »: the noun belongs to the verb; its object follows.
      if (lex.evalPhrasal.get(t.low)?.has(tokens[i + 1]?.low ?? "")) {
        pf.groupEnd = tokens[i + 1]!.end;
        pf.verb = text.slice(pf.groupStart, pf.groupEnd);
        pf.scope = { start: pf.groupEnd, end: pf.scope.end };
      }
      frames.push(pf);
      continue;
    }
    const groupStart = tokens[g]!.start;
    let groupEnd = t.end;
    let verbIdx = i;
    if ((lex.phrasal.get(t.low)?.has(tokens[i + 1]?.low ?? "") && tokens[i + 1]!.start - t.end === 1) || lex.evalPhrasal.get(t.low)?.has(tokens[i + 1]?.low ?? "")) {
      groupEnd = tokens[i + 1]!.end;
      verbIdx = i + 1;
    }
    let verb = text.slice(groupStart, groupEnd);
    // « le semestre s'annonce difficile »: a reflexive that tells how things turn out reports no one.
    if (lex.reflexive.test(fold(verb)) && startsWithAny(t.low, lex.reflexiveNotSpeech)) continue;
    const after = tokens[verbIdx + 1];
    // Passive: « a été dénoncé par la présidence ».
    // « the tariffs announced by the president »: an English past form right after a noun and before
    // its agent (a determiner or a name) is a participle of a passive, not a verb with a subject.
    const reduced = !lex.verbEndings && !hasAux && !pronoun && g === i && /ed$/.test(t.low) && after !== undefined && lex.agentPrep.has(after.low) && agentNpAt(lex, tokens[verbIdx + 2]) && !/\S/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start)) && /^\p{Ll}/u.test(tokens[i - 1]?.text ?? "");
    // (« le service est assuré », « ce qui sera annoncé »: « être » with no reflexive before it; not
    // the impersonal « il est précisé que … », which reports a clause.)
    const beforeClause = lex.complementizers.has(tokens[i + 1]?.low ?? "");
    const passive = reduced || tokens.slice(g, i).some((x, n) => lex.passiveAux.has(x.low) || (!beforeClause && lex.passiveBe.has(x.low) && !lex.reflexivePronouns.has(tokens[g + n - 1]?.low ?? "")));
    // (« a charity established by the guild », « un rapport publié par le ministère »: a verb that reports only a clause
    // reports nothing in the passive, and its agent is no speaker.)
    if (passive && after && lex.agentPrep.has(after.low) && !(lex.clauseOnlyWords.has(t.low) || startsWithAny(t.low, lex.clauseOnlyStems))) {
      const subj = subjectAfter(ctx, after.end);
      frames.push({ kind: "passive", verb, groupStart, groupEnd, subject: subj, pronoun: null, negated, says: false, clause: null, scope: { start: 0, end: text.length }, colon: false });
      continue;
    }
    // A passive with no agent names no speaker (« a été annoncé », « avait été prévenue »).
    if (passive) continue;
    const before = prevNonSpace(text, groupStart);
    if (pronoun && (before.ch === "," || before.ch === "»" || before.ch === "" || before.ch === "”" || before.ch === '"')) {
      frames.push({ kind: "pronoun", verb, groupStart, groupEnd, subject: null, pronoun, negated, says: kind === "say", clause: null, scope: { start: 0, end: before.at >= 0 ? before.at : 0 }, colon: false });
      continue;
    }
    // « », rappelle ainsi X », "…," said also X: an adverb of a few letters between the verb and its subject.
    let past = verbIdx + 1;
    while (tokens[past] && past < verbIdx + 3 && lex.adverbs.has(tokens[past]!.low) && tokens[past]!.low.length >= 4 && !lex.determiners.has(tokens[past]!.low) && text.slice(tokens[past - 1]!.end, tokens[past]!.start) === " ") past++;
    if (past > verbIdx + 1 && !(tokens[past] && (lex.determiners.has(tokens[past]!.low) || UPPER_FIRST.test(tokens[past]!.text)))) past = verbIdx + 1;
    const inverted = tokens[past];
    if ((before.ch === "," || before.ch === "»" || before.ch === "”" || before.ch === '"') && inverted && !lex.complementizers.has(inverted.low) && (!/^(?:de|d')$/.test(inverted.low) || seqAt(tokens, past, lex.forOnesPart) > 0)) {
      const after = inverted;
      const dative = skipDative(ctx, past);
      const subj = subjectAfter(ctx, dative ?? (past > verbIdx + 1 ? tokens[past - 1]!.end : groupEnd));
      // An inverted subject opens like a noun phrase and is not the object of the quoted words
      // (« a dénoncé une « provocation » »). After a comma that merely closes an apposition to the
      // subject (« X, chef de …, a salué la décision »), it must also look like a speaker.
      // (« said one worker », « said two officials familiar with the talks »: a number or a quantifier opens it too.)
      const quantity = lex.clauseOpeners.has(after.low) && !lex.subjectPronouns.has(after.low) && !lex.notNpStart.has(after.low);
      // (« ont affirmé plusieurs d'entre eux »: a share of a group opens it too.)
      const npStart = dative !== null || lex.determiners.has(after.low) || UPPER_FIRST.test(after.text) || quantity || (subj !== null && lex.partitive.test(fold(subj.text))) || titleBeforeName(ctx, past)
        // (« …, say residents. », "…, said local farmers.": a bare plural that closes the sentence, in a language with them.)
        || (kind === "say" && subj !== null && Boolean(lex.barePlural?.test(subj.text)) && closesSentence(ctx, subj.end));
      const objectOfQuote = subj !== null && /^\s*[«“]/.test(text.slice(subj.end));
      const apposition = before.ch === "," && prefixIsNounPhrase(ctx, before.at);
      // « X, 58, told CBC … »: after an apposition, or with a verb whose object is the hearer, English
      // never inverts; the name after the verb is who was told.
      const hearer = lex.hearerVerbs.has(t.low);
      // « La présidente, Anne Roy, a accusé l'État d'avoir menti », « X, Y, a appelé les parties à … »:
      // after an apposition, what a directive verb asks of someone is its object, not its subject.
      const asks = apposition && isDirective(lex, t.low) && directiveClauseStart(ctx, verbIdx) !== null;
      // « The army, says Paul Roe, author of …, has been … »: a verb of saying and a person's full
      // name set off by commas inside the clause is an incise, in English too.
      const incise = apposition && kind === "say" && dative === null && /^\s*,/.test(text.slice(subj?.end ?? 0)) && /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’-]+){1,3}$/u.test(subj?.text ?? "");
      // « …, Roof stood still, reported Ana Ruiz of City Radio. », « …, said the mayor, who … »: a speaker after
      // the verb that closes the sentence (or opens a relative) is no clause's subject, whatever came before.
      const closing = kind === "say" && subj !== null && looksLikeSpeaker(subj.text) && !holdsVerb(ctx, subj) && closesSentence(ctx, subj.end);
      if (subj && npStart && !objectOfQuote && !hearer && !asks && (!apposition || incise || closing || (lex.invertAfterApposition && looksLikeSpeaker(subj.text)))) {
        frames.push({ kind: "inverted", verb, groupStart, groupEnd, subject: subj, pronoun: null, negated, says: kind === "say", clause: null, scope: { start: 0, end: before.at }, colon: false });
        continue;
      }
    }
    if (invertedOnly) continue;
    const floor = frames.length ? frames[frames.length - 1]!.groupEnd : 0;
    // A subject never reaches back into the clause of the frame before (« X said that her party would reply »).
    const open = frames.length ? frames[frames.length - 1]!.clause : null;
    let subj = subjectBefore(ctx, groupStart, open && open.start < groupStart ? open.start : 0);
    // « raids that they said killed 14 villagers », « a move critics say will isolate families »: the
    // reported clause has lost its subject to the relative; it opens on its verb.
    const gap = lex.bareClause && kind === "say" && !pronoun ? gapClauseStart(ctx, verbIdx) : null;
    if (gap !== null && subj) subj = zeroRelativeSubject(ctx, subj) ?? subj;
    // « Tout indique que … », "Everything suggests …": an indefinite pronoun is no one's voice.
    if (subj && lex.indefiniteSubjects.has(fold(subj.text))) continue;
    const subjPron = subj ? lex.pronouns[subj.text.toLowerCase()] ?? null : null;
    // What follows: « que », « : », or a noun phrase.
    let k = verbIdx + 1;
    while (k < tokens.length && k < verbIdx + 7 && !lex.complementizers.has(tokens[k]!.low)) {
      // (« a déclaré à « L'Écho » que … »: a medium's title in quotation marks after its preposition too.)
      const title = lex.datives.has(tokens[k - 1]!.low) ? titleAt(ctx, tokens[k - 1]!.end) : null;
      if (title !== null) {
        k = firstTokenAt(tokens, title + 1);
        continue;
      }
      // (« a estimé plus tôt que … », "said late last week that …": a phrase of time too.)
      const past = skipTimePhrase(ctx, k);
      if (past > k && past < tokens.length && !/[,.;:!?«»“”"]/.test(text.slice(tokens[k]!.start, tokens[past]!.start))) {
        k = past;
        continue;
      }
      const w = tokens[k]!.low;
      // (« juge, lui, que … »: a stressed pronoun set off by commas stands there too.)
      const stressed = Object.hasOwn(lex.pronouns, w) && !lex.subjectPronouns.has(w) && /,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
      if (!(lex.adverbs.has(w) || lex.beforeComplementizer.has(w) || stressed)) break;
      k++;
    }
    const que = tokens[k] && lex.complementizers.has(tokens[k]!.low) ? tokens[k]! : null;
    // « juge inacceptable que … », « estime nécessaire de … »: a verb of judgement, its adjective, then the clause.
    const judged = !que && kind === "say" && startsWithAny(t.low, lex.judgementStems) ? judgedClauseStart(ctx, verbIdx) : null;
    const colonAt = /^\s*:/.exec(text.slice(groupEnd));
    let clauseStart = que && kind === "say" ? que.end : judged;
    let says = kind === "say";
    if (clauseStart === null && kind === "say" && !colonAt) clauseStart = complementizerAfterPhrase(ctx, verbIdx + 1) ?? (lex.bareClause ? bareClauseStart(ctx, verbIdx) : null);
    if (clauseStart === null && kind === "say" && !colonAt) clauseStart = infinitiveClauseStart(ctx, verbIdx);
    if (clauseStart === null && kind === "say" && !colonAt && lex.gerundVerbs.has(t.low)) clauseStart = gerundClauseStart(ctx, verbIdx);
    if (clauseStart === null && !colonAt) clauseStart = gap;
    if (clauseStart === null && !colonAt && kind === "say" && lex.selfDescribed?.test(fold(verb))) clauseStart = selfDescribedStart(ctx, verbIdx);
    if (clauseStart === null && !colonAt && isDirective(lex, t.low, tokens[verbIdx + 1]?.low)) {
      clauseStart = directiveClauseStart(ctx, verbIdx);
      if (clauseStart !== null) says = true;
    }
    let clauseEnd = text.length;
    // (« growing calls for a vote », « renewed demands for … »: after a participle used as an adjective, an English form in -s is a noun.)
    const nounUse = !lex.verbEndings && /s$/.test(t.low) && g === i && /^\p{Ll}+(?:ing|ed)$/u.test(tokens[i - 1]?.low ?? "");
    let request = false;
    if (clauseStart === null && !colonAt && !nounUse && isRequest(lex, t.low)) {
      const asked = requestObject(ctx, verbIdx);
      if (asked) {
        clauseStart = asked.start;
        clauseEnd = asked.end;
        says = true;
        request = true;
        // (« asked for a recount »: the particle belongs to the verb as written, not to what was asked.)
        const particle = lex.requestParticles.has(t.low) ? tokens[firstTokenAt(tokens, asked.start) - 1] : undefined;
        if (particle && particle.start >= groupEnd) verb = text.slice(groupStart, particle.end);
      }
    }
    const clause = clauseStart !== null && !negated ? { start: clauseStart, end: clauseEnd } : null;
    // « "We will stay," the minister said. », « The talks failed, officials said. »: a subject and its
    // verb after the words they report, with nothing but a circumstance after the verb.
    const lead = subj ? prevNonSpace(text, subj.start) : null;
    // « Speaking on TV, X said, "…" »: the verb announces the quotation after it.
    // (« X said calmly, "…" »: past an adverb of manner too.)
    const manner = tokens[verbIdx + 1] && adverbAt(lex, tokens[verbIdx + 1]!) && !/\S/.test(text.slice(groupEnd, tokens[verbIdx + 1]!.start)) ? tokens[verbIdx + 1]!.end : groupEnd;
    const announces = /^\s*[,:]\s*[«“"]/.test(text.slice(manner));
    // (« …, one month after the first report »: a phrase of time is no speaker, and its last noun no verb.)
    // (Only the subject's own tokens: a run-on sentence can hold thousands of frames.)
    let timed = false;
    if (subj !== null && lex.postposedSubject) for (let x = firstTokenAt(tokens, subj.start); x < tokens.length && tokens[x]!.end <= subj.end && !timed; x++) timed = lex.timeLinks.has(tokens[x]!.low);
    if (timed && clauseStart === null && !colonAt && nothingReportedAfter(ctx, verbIdx)) continue;
    // (« The ferry's cook, Ada Kellerman, said on Monday »: a subject set off by commas on both sides, after the
    // sentence's first words and nothing else, is a name in apposition to them; they are no clause it reports.)
    const appositive = subj !== null && lead?.ch === "," && /,\s*$/.test(text.slice(subj.end, groupStart)) && !/[,;:«»“”"]/.test(text.slice(0, lead.at));
    if (lex.postposedSubject && subj && lead && clauseStart === null && !appositive && !(lead.ch === "," && !/^\s*,/.test(text.slice(groupEnd)) && (afterSubordinate(ctx, lead.at) || phraseOnly(ctx, lead.at))) && !colonAt && !(announces && !/["”»]/.test(lead.ch)) && /[,"”»]/.test(lead.ch) && lead.at > 0 && nothingReportedAfter(ctx, verbIdx)) {
      frames.push({ kind: "inverted", verb, groupStart, groupEnd, subject: subj, pronoun: subjPron, negated, says, clause: null, scope: { start: 0, end: lead.ch === "," ? lead.at : lead.at + 1 }, colon: false });
      continue;
    }
    // « the video shows soldiers », « s'est montré prudent »: no clause, no frame.
    // « le réexamen du produit a montré que … »: only a document, a body or a person shows as a source.
    if ((lex.clauseOnlyWords.has(t.low) || startsWithAny(t.low, lex.clauseOnlyStems)) && (clauseStart === null && !colonAt || (subj && !looksLikeSpeaker(subj.text) && !namesDocument(subj.text)))) continue;
    frames.push({
      kind: "preverbal",
      verb,
      groupStart,
      groupEnd,
      subject: subj && floor <= subj.start + 1000 ? subj : null,
      pronoun: subjPron,
      negated,
      says,
      clause,
      scope: { start: groupEnd, end: text.length },
      colon: Boolean(colonAt),
      ...(request && clause ? { asked: true } : {}),
    });
  }
  closeClauses(ctx, frames);
  return frames;
}

/**
 * The words between tokens j-1 and j, without the period of an abbreviated month that the sentence
 * goes on after (« said on Nov. 5 that … », "told X on Sept. that …"): no full stop there.
 */
function gapBefore(ctx: Ctx, j: number): string {
  const { tokens, text, lex } = ctx;
  const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  if (/^\.\s+$/.test(gap) && /^[\p{Ll}\d]/u.test(tokens[j]!.text) && CALENDAR[lex.lang].monthAbbreviations.includes(tokens[j - 1]!.low)) return " ";
  return gap;
}

function complementizerWithin(ctx: Ctx, k: number, n: number): number | null {
  const { tokens, lex } = ctx;
  for (let j = k; j < tokens.length && j <= k + n; j++) {
    const gap = j > k ? gapBefore(ctx, j) : "";
    if (/[.;:!?«»“”"]/.test(gap)) return null;
    // « told reporters the board would …, adding that … »: past a comma, a participle opens a frame of its own.
    if (gap.includes(",") && lex.participle.test(tokens[j]!.low)) return null;
    if (lex.complementizers.has(tokens[j]!.low)) return tokens[j]!.end;
  }
  return null;
}

/** « a indiqué dans un communiqué que … », « said in a statement on Monday that … »: the clause after a phrase of circumstance. */
function complementizerAfterPhrase(ctx: Ctx, k: number): number | null {
  const { tokens, lex, text } = ctx;
  const first = tokens[k];
  if (!first || !(lex.datives.has(first.low) || lex.timeWords.has(first.low) || lex.topicPreps.has(first.low))) return null;
  let comma = false;
  for (let j = k + 1; j < tokens.length && j <= k + 9; j++) {
    const w = tokens[j]!;
    // The phrase runs to the complementizer; a full stop, a quotation or a semicolon ends the search.
    const gap = gapBefore(ctx, j);
    if (/[.;:!?«»“”"]/.test(gap)) return null;
    if (gap.includes(",")) comma = true;
    // (« reported on Friday, in a step that should … »: past a comma, « that » right after a noun
    // other than a medium or a time is a relative, not the clause's opening; « declared in May, while
    // in London, that … » opens it after its own comma.)
    if (lex.complementizers.has(w.low)) return !comma || gap.includes(",") || lex.media.has(tokens[j - 1]!.low) || lex.timeWords.has(tokens[j - 1]!.low) ? w.end : null;
  }
  return null;
}


/** The token after the hearer of « told », or null when none is there. */
function hearerEnd(ctx: Ctx, k: number): number | null {
  const { tokens, text } = ctx;
  const glued = (j: number) => !/[,.;:!?()«»“”"]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  const t = tokens[k];
  if (!t || !glued(k)) return null;
  // « told radio station X that … », « told a radio station the … »: a hearer of several nouns runs to the last.
  const hearerRun = (j: number) => {
    let e = j + 1;
    while (tokens[e] && glued(e) && ctx.lex.hearers.has(tokens[e]!.low)) e++;
    return e;
  };
  if (ctx.lex.hearers.has(t.low)) return hearerRun(k);
  // « told paramedics she had fallen », « tells donors the fund is … »: a bare plural noun is the hearer
  // too when the clause's subject follows it (a pronoun, a determiner or a name; the clause's verb is checked afterwards).
  const n = tokens[k + 1];
  if (ctx.lex.barePlural?.test(t.low) && n && glued(k + 1) && (ctx.lex.subjectPronouns.has(n.low) || ctx.lex.determiners.has(n.low) || UPPER_FIRST.test(n.text))) return k + 1;
  if (UPPER_FIRST.test(t.text) && !ctx.lex.determiners.has(t.low)) {
    let j = k + 1;
    while (tokens[j] && glued(j) && UPPER_FIRST.test(tokens[j]!.text)) j++;
    return j;
  }
  if (ctx.lex.determiners.has(t.low)) {
    // « the BBC », « a news conference », « the state broadcaster »: up to a name or a hearer noun.
    for (let j = k + 1; j < tokens.length && j <= k + 4 && glued(j); j++) {
      if (ctx.lex.hearers.has(tokens[j]!.low)) return hearerRun(j);
      // (« told the jury that Lund … »: the hearer ends at the complementizer.)
      if (ctx.lex.complementizers.has(tokens[j]!.low)) return j;
      if (UPPER_FIRST.test(tokens[j]!.text)) {
        let e = j + 1;
        while (tokens[e] && glued(e) && UPPER_FIRST.test(tokens[e]!.text)) e++;
        // (« told the jury Lund stood over her »: a name right before a past verb is the clause's subject, not the hearer's name.)
        if (j > k + 1 && tokens[e] && glued(e) && (ctx.lex.finite.has(tokens[e]!.low) || ctx.lex.simplePast?.test(tokens[e]!.low))) return j;
        return e;
      }
    }
    // « told the council the change came … »: one noun after its determiner, then the clause's own
    // determiner or pronoun (the clause is checked for its verb afterwards).
    const opener = tokens[k + 2];
    if (tokens[k + 1] && glued(k + 1) && /^\p{Ll}/u.test(tokens[k + 1]!.text) && opener && glued(k + 2) && (ctx.lex.determiners.has(opener.low) || ctx.lex.subjectPronouns.has(opener.low))) return k + 2;
  }
  return null;
}

/**
 * « X said the talks had failed », « X told Reuters the vote would be held »: English reports a
 * clause with no complementizer. The clause opens right after the verb (and the hearer, after
 * « told ») and holds a finite verb before its first comma.
 */
function bareClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  let k = verbIdx + 1;
  while (tokens[k] && (lex.adverbs.has(tokens[k]!.low) || lex.timeWords.has(tokens[k]!.low)) && !lex.negation.has(tokens[k]!.low)) k++;
  if (lex.hearerVerbs.has(tokens[verbIdx]!.low)) {
    // « told the videographer in the town that … »: « that » a few words on.
    const h = hearerEnd(ctx, k);
    const far = complementizerWithin(ctx, h ?? k, 10);
    if (far !== null) return far;
    if (h === null) return null;
    k = h;
  }
  // « said in a statement it had fired », « said on Monday the talks … »: the medium or the day said
  // between the verb and its clause (a dative of up to five words closed by a medium's noun or a day).
  if (tokens[k] && lex.datives.has(tokens[k]!.low)) {
    for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
      if (/[,.;:!?()«»“”"]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      if (lex.media.has(tokens[j]!.low) || lex.timeWords.has(tokens[j]!.low)) {
        k = j + 1;
        break;
      }
    }
  }
  const open = tokens[k];
  if (!open || /[,.;:!?()«»“”"]/.test(text.slice(tokens[k - 1]!.end, open.start))) return null;
  const nextTok = tokens[k + 1];
  const gluedNext = nextTok !== undefined && !/[,.;:!?()«»“”"]/.test(text.slice(open.end, nextTok.start));
  // « says hospitals will get more », « said sales rose »: a bare plural noun and its verb.
  // « said safety and comfort were essential », « said members of the board had left »: a noun
  // phrase of a few lower-case words and its verb, with no preposition (« said goodbye to … »).
  if (/^\p{Ll}/u.test(open.text) && !lex.determiners.has(open.low) && !lex.clauseOpeners.has(open.low) && !lex.finite.has(open.low) && !lex.auxiliaries.has(open.low) && !lex.notNpStart.has(open.low) && !lex.adverbs.has(open.low) && !lex.complementizers.has(open.low)) {
    // « said leader Kim Tae-ho oversaw the test »: a role noun with no article, then the name it titles.
    const titled = isPersonDescription(open.low);
    for (let j = k + 1; j < tokens.length && j <= k + (titled ? 6 : 4); j++) {
      const w = tokens[j]!;
      if (/[,.;:!?()«»“”"]/.test(text.slice(tokens[j - 1]!.end, w.start)) || !(/^\p{Ll}/u.test(w.text) || (titled && UPPER_FIRST.test(w.text)))) return null;
      // (« says green hydrogen seriously threatens the park »: a present in -s right before a determiner, as below.)
      const present = j > k + 1 && /^[a-z]{3,}[^s]s$/.test(w.low) && lex.determiners.has(tokens[j + 1]?.low ?? "") && !lex.determiners.has(tokens[j - 1]!.low);
      const verb = lex.finite.has(w.low) || (lex.auxiliaries.has(w.low) && !lex.adverbs.has(w.low)) || lex.simplePast?.test(w.low) || present;
      // (« claimed the seat flanked by aides »: a form in -ed before its agent is a participle, not the clause's verb.)
      if (verb && /ed$/.test(w.low) && lex.agentPrep.has(tokens[j + 1]?.low ?? "")) return null;
      if (verb) return lex.coordination.test(` ${tokens[j - 1]!.low} `) ? null : open.start;
      if ((lex.notNpStart.has(w.low) && !lex.nounLinks.has(w.low)) || lex.relatives.test(w.low) || lex.complementizers.has(w.low)) return null;
    }
    return null;
  }
  if (!(lex.determiners.has(open.low) || lex.clauseOpeners.has(open.low) || /^[\p{Lu}\d]/u.test(open.text))) return null;
  // « talks about the ferries »: a word of topic not followed by a count (« said about 40 died ») names what was spoken of, not what was said.
  if (lex.topicPreps.has(open.low) && !(nextTok && (/^\d/.test(nextTok.low) || lex.clauseOpeners.has(nextTok.low)))) return null;
  // « say it takes days », « said they want talks »: a subject pronoun and a word after it open a
  // clause whatever its verb (a present tense in -s is no listed form).
  if (lex.subjectPronouns.has(open.low) && gluedNext && !lex.complementizers.has(nextTok.low)) return open.start;
  // A finite verb before the clause's first comma: « the plan would be ready », not « the plan, ».
  let reach = k + 14;
  for (let j = k + 1; j < tokens.length && j <= reach; j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[,.;:!?]/.test(gap)) {
      // « said the plan, which was drafted last year, would be delayed »: a relative clause set off
      // by commas is skipped, up to its closing comma.
      // So is an age (« said a man, 34, was arrested »).
      const age = /^\d{1,3}$/.test(tokens[j]!.low) && /^\s*,\s*$/.test(text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? text.length));
      if (gap.trim() !== "," || !(lex.relatives.test(tokens[j]!.low) || age)) return null;
      let e = j + 1;
      while (e < tokens.length && e <= j + 12 && !/[.;:!?]/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start)) && !text.slice(tokens[e - 1]!.end, tokens[e]!.start).includes(",")) e++;
      if (e >= tokens.length || !/^\s*,\s*$/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start))) return null;
      reach += e - j;
      j = e;
    }
    const w = tokens[j]!.low;
    // (« found a badly damaged yard »: a form in -ed after an adverb right after the article qualifies the noun.)
    const qualifies = adverbAt(lex, tokens[j - 1]!) && lex.determiners.has(tokens[j - 2]?.low ?? "");
    // (« wrote the board in May, … »: a capital inside the sentence is a name or a month, not « may »;
    // « claimed the seat flanked by aides »: a form in -ed before its agent is a participle.)
    const capital = UPPER_FIRST.test(tokens[j]!.text);
    const passive = /ed$/.test(w) && lex.agentPrep.has(tokens[j + 1]?.low ?? "");
    if ((lex.finite.has(w) && !capital) || lex.sayWords.has(w) || (!qualifies && !passive && (lex.simplePast?.test(w) || (/(?:ed)$/.test(w) && !lex.determiners.has(tokens[j - 1]!.low))))) return open.start;
    // « said the title to the reef "stays with the town" »: the subject's predicate quoted,
    // opening on a lower-case word right after a noun or a name of the phrase.
    if (j > k + 1 && /^\s*[«“"]\s*$/.test(gap) && /^\p{Ll}/u.test(tokens[j]!.text) && !lex.determiners.has(w) && !lex.notNpStart.has(w) && !lex.determiners.has(tokens[j - 1]!.low) && !lex.nounLinks.has(tokens[j - 1]!.low) && !lex.notNpStart.has(tokens[j - 1]!.low)) return open.start;
    // « the work reflects a … »: a present in -s right before a determiner (a plural noun seldom is).
    if (j > k + 1 && /^[a-z]{3,}[^s]s$/.test(w) && lex.determiners.has(tokens[j + 1]?.low ?? "") && !lex.determiners.has(tokens[j - 1]!.low) && !/[,.;:!?]/.test(text.slice(w.length + tokens[j]!.start, tokens[j + 1]!.start))) return open.start;
  }
  return null;
}

/**
 * « a affirmé vendredi avoir abattu … », « a raconté à l'agence avoir vu … », « a promis d'interdire … »,
 * « promised to pay … »: what the speaker says they did or will do, from the infinitive (or its
 * marker) right after the verb, a time word or a dative phrase.
 */
/** « suggests playing games », « denied taking part »: a gerund right after the verb, one space on, opens what was said. */
function gerundClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const next = tokens[verbIdx + 1];
  if (!next || text.slice(tokens[verbIdx]!.end, next.start) !== " " || !/^\p{Ll}/u.test(next.text) || !lex.participle.test(next.low)) return null;
  return next.start;
}

/** « the tariffs announced by the president »: a determiner or a capitalised word opens the agent of a passive. */
function agentNpAt(lex: SpeechLexicon, t: Token | undefined): boolean {
  return t !== undefined && (lex.determiners.has(t.low) || UPPER_FIRST.test(t.text));
}

/**
 * « a promis de rénover »: « de » is also an adverb's first word (« de son côté »), but before an
 * infinitive it is the infinitive's marker, where the clause opens.
 */
function marksInfinitive(ctx: Ctx, j: number): boolean {
  const { tokens, lex } = ctx;
  return lex.infinitiveMarkers.has(tokens[j]!.low) && lex.infinitiveAfter.test(tokens[j + 1]?.low ?? "") && !lex.determiners.has(tokens[j + 1]?.low ?? "");
}

/** Whether only a comma (and white space) stands between token j and the one before it. */
function commaBefore(ctx: Ctx, j: number): boolean {
  const { tokens, text } = ctx;
  return tokens[j] !== undefined && /^\s*,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
}

/** Whether token j follows the one before it with no punctuation between, or is the token `except` (a date set off by commas). */
function gluedUnless(ctx: Ctx, except: number): (j: number) => boolean {
  const { tokens, text } = ctx;
  return (j) => j === except || !/[,.;:!?()«»“”"]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
}

function infinitiveClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const takes = lex.infinitiveSay;
  if (!takes || (takes !== "any" && !takes.has(tokens[verbIdx]!.low)) || startsWithAny(tokens[verbIdx]!.low, lex.infinitiveDeeds)) return null;
  // « a annoncé, jeudi 6 mai, ne pas exclure … »: a date set off by commas before the infinitive.
  let dated = commaBefore(ctx, verbIdx + 1) ? skipTimePhrase(ctx, verbIdx + 1) : -1;
  if (dated === verbIdx + 1 && lex.timeWords.has(tokens[dated]!.low)) dated = skipTimePhrase(ctx, dated + 1);
  const datedAt = dated > verbIdx + 1 && commaBefore(ctx, dated) ? dated : -1;
  let k = datedAt > 0 ? datedAt : skipTimePhrase(ctx, verbIdx + 1);
  const glued = gluedUnless(ctx, datedAt);
  while (tokens[k] && glued(k) && (lex.adverbs.has(tokens[k]!.low) || lex.timeWords.has(tokens[k]!.low)) && !lex.negation.has(tokens[k]!.low) && !marksInfinitive(ctx, k)) k++;
  k = skipTimePhrase(ctx, k);
  // « à l'agence X », « au journal »: a dative phrase of a few words before the infinitive.
  if (tokens[k] && lex.datives.has(tokens[k]!.low) && !(lex.infinitiveMarkers.has(tokens[k]!.low) && lex.infinitive?.test(tokens[k + 1]?.low ?? ""))) {
    let j = k + 1;
    while (tokens[j] && glued(j) && j <= k + 4 && !lex.infinitiveStart.test(tokens[j]!.low)) j++;
    if (tokens[j] && glued(j) && lex.infinitiveStart.test(tokens[j]!.low)) k = j;
  }
  const t = tokens[k];
  if (!t || !glued(k) || UPPER_FIRST.test(t.text)) return null;
  if (lex.infinitiveStart.test(t.low)) return t.start;
  const next = tokens[k + 1];
  if (lex.infinitiveMarkers.has(t.low) && next && glued(k + 1) && lex.infinitiveAfter.test(next.low) && !lex.determiners.has(next.low) && !UPPER_FIRST.test(next.text)) return t.start;
  return null;
}

/**
 * « s'est dit inquiet de la situation », « se sont dits prêts à négocier »: what the speaker declares
 * themselves to be, from the word right after the verb (an adjective, or an adverb before it). Not
 * a quotation (« se sont dits « choqués » », read as quoted words), a preposition or a clause.
 */
function selfDescribedStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const t = tokens[verbIdx + 1];
  if (!t || /\S/.test(text.slice(tokens[verbIdx]!.end, t.start)) || !/^\p{Ll}/u.test(t.text)) return null;
  if (lex.determiners.has(t.low) || lex.complementizers.has(t.low) || lex.notNpStart.has(t.low) || lex.finite.has(t.low) || lex.negation.has(t.low) || lex.infinitiveMarkers.has(t.low)) return null;
  return t.start;
}

/** « juge inacceptable que … », « estime nécessaire de rouvrir … »: where the adjective of the judgement opens what is said, or null. */
function judgedClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const adj = tokens[verbIdx + 1];
  const after = tokens[verbIdx + 2];
  if (!adj || !after || /\S/.test(text.slice(tokens[verbIdx]!.end, adj.start)) || /\S/.test(text.slice(adj.end, after.start)) || !/^\p{Ll}/u.test(adj.text)) return null;
  if (lex.determiners.has(adj.low) || lex.notNpStart.has(adj.low) || lex.finite.has(adj.low) || lex.adverbs.has(adj.low) || lex.complementizers.has(adj.low)) return null;
  const infinitive = lex.infinitiveMarkers.has(after.low) && lex.infinitiveAfter.test(tokens[verbIdx + 3]?.low ?? "") && !lex.determiners.has(tokens[verbIdx + 3]?.low ?? "");
  return lex.complementizers.has(after.low) || infinitive ? adj.start : null;
}

function isDirective(lex: SpeechLexicon, low: string, next = ""): boolean {
  return lex.directiveWords.has(low) || startsWithAny(low, lex.directiveStems) || lex.deedMarkers.has(low) || (lex.callFor.has(low) && lex.callForNext.has(next));
}

/**
 * « urged the minister to act », « a appelé les parties à reprendre le dialogue », « a demandé à
 * l'État d'interdire … »: what was asked, from after the verb, when an infinitive follows.
 */
function directiveClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const from = tokens[verbIdx]!.end;
  const verb = tokens[verbIdx]!.low;
  const deeds = lex.deedMarkers.get(verb);
  const asks = lex.directiveWords.has(verb) || startsWithAny(verb, lex.directiveStems) || lex.callFor.has(verb);
  for (let j = verbIdx + 1; j < tokens.length && j <= verbIdx + 10; j++) {
    if (/[.;:!?«»“”"]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return null;
    const next = tokens[j + 1];
    // (« warned the move to Boston would … »: a capital after the marker opens a place, not an infinitive.)
    // (« told drivers how to avoid the floods »: a question word before the marker says what the advice is about, not what was asked.)
    const infinitive = asks && lex.infinitiveMarkers.has(tokens[j]!.low) && next && lex.infinitiveAfter.test(next.low) && !UPPER_FIRST.test(next.text) && !lex.objectRelatives.has(tokens[j - 1]!.low);
    // « accused the operator of inflating its costs »: the charge, a marker and a gerund.
    const deed = deeds?.has(tokens[j]!.low) && next && lex.participle.test(next.low);
    if (infinitive || deed) {
      // « a ordonné vendredi de … », « a exigé l'an dernier de … »: a time right after the verb is not what was asked.
      let first = skipTimePhrase(ctx, verbIdx + 1);
      if (first > j) first = verbIdx + 1;
      while (first < j && lex.timeWords.has(tokens[first]!.low)) first++;
      // « called on the treasury to … »: the particle of « call on » is not what was asked.
      if (first < j - 1 && lex.callFor.has(verb) && lex.callForNext.has(tokens[first]!.low)) first++;
      // « wants to leave » asks no one: where the language says whom, they stand before the marker.
      if (lex.directiveObject && first === j) return null;
      const start = tokens[first]!.start;
      return start > from ? start : null;
    }
  }
  return null;
}

const isRequest = (lex: SpeechLexicon, low: string): boolean => lex.requestWords.has(low) || lex.requestParticles.has(low) || startsWithAny(low, lex.requestStems);

/**
 * « demanded a recount », « called for calm in the streets », « a exigé l'arrêt des travaux »: a verb
 * of asking for something reports the thing asked for, a noun phrase (or a clause after « that »),
 * up to the first comma, semicolon or the sentence's end outside a quotation. Null when what
 * follows is whom was asked (a name, a pronoun), an infinitive or a preposition, or when a verb
 * that asks only with its particle (« asked for ») stands without it.
 */
function requestObject(ctx: Ctx, verbIdx: number): { start: number; end: number } | null {
  const { tokens, lex, text } = ctx;
  const glued = (j: number) => tokens[j] !== undefined && !/[,.;:!?()«»“”"]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  let k = skipTimePhrase(ctx, verbIdx + 1);
  while (glued(k) && (lex.adverbs.has(tokens[k]!.low) || lex.timeWords.has(tokens[k]!.low)) && !lex.negation.has(tokens[k]!.low)) k++;
  const particles = lex.requestParticles.get(tokens[verbIdx]!.low);
  if (particles) {
    if (!glued(k) || !particles.has(tokens[k]!.low)) return null;
    k++;
  }
  const first = tokens[k];
  if (!first || !glued(k)) return null;
  let start = first.start;
  if (lex.complementizers.has(first.low)) {
    if (!glued(k + 1)) return null;
    start = tokens[k + 1]!.start;
  } else {
    const w = first.low;
    if (UPPER_FIRST.test(first.text) && !lex.determiners.has(w)) return null;
    if (lex.notNpStart.has(w) || lex.datives.has(w) || lex.infinitiveMarkers.has(w) || lex.finite.has(w) || lex.auxiliaries.has(w) || lex.negation.has(w) || lex.hearers.has(w) || Object.hasOwn(lex.pronouns, w) || lex.subjectPronouns.has(w)) return null;
    if (lex.infinitive && testWord(lex.infinitive, w)) return null;
    // Where a noun phrase needs its determiner, a bare word asks for nothing (« exige toujours »).
    if (!lex.bareClause && !lex.determiners.has(w) && !/^\d/.test(w)) return null;
  }
  let end = text.length;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    const span = /[«“"]/.test(c) ? ctx.quotes.find((q) => q.start === i) : undefined;
    if (span) {
      i = span.end;
      continue;
    }
    if (/[,;:!?()]/.test(c) || (c === "." && !isAbbreviationDot(text, i))) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** After the verb of a post-posed subject: nothing, or a circumstance (« said on Monday », « told reporters »). */
function nothingReportedAfter(ctx: Ctx, verbIdx: number): boolean {
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
function phraseOnly(ctx: Ctx, comma: number): boolean {
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

function prefixIsNounPhrase(ctx: Ctx, comma: number): boolean {
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
  if (/^(?:je|tu|il|elle|on|nous|vous|ils|elles|c|ce|cela|ca|i|we|you|he|she|it|they)$/.test(opener)) return false;
  for (const seg of rest) {
    // A relative clause on the name (« qui … », "whose house was destroyed") is part of the noun phrase.
    if (/^(?:qui|dont|ou|lequel|laquelle|que)\s/.test(seg) || ctx.lex.relatives.test(seg) || quantifiedRelative(ctx.lex, seg)) continue;
    const words = seg.split(/\s+/);
    // (« X, an economist at the Harbour Institute and a former adviser to …, said »: a description with its own article runs longer.)
    if (words.length > (ctx.lex.appositionArticle.test(seg) ? LONG_APPOSITION : 12)) return false;
    if (words.some((w) => ctx.lex.finite.has(w) || /^[a-z]{3,}(?:ait|aient)$/.test(w))) return false;
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
 * « …that though he offered talks, the rival did not respond »: whether the clause that ends at the
 * comma at `comma` opens with a subordinator (past a complementizer or a conjunction), so that what
 * follows the comma is its main clause, not a subject and its verb of saying set after the words.
 */
function afterSubordinate(ctx: Ctx, comma: number): boolean {
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

/**
 * « many of whom rely on … », « some of which … », « parmi lesquels … »: a segment that opens with a
 * relative pronoun after a word or two in lower case (a quantifier, a preposition) is a relative
 * clause on the noun before its comma. Not a complementizer (« officials that spoke »).
 */
function quantifiedRelative(lex: SpeechLexicon, seg: string): boolean {
  const words = seg.trim().split(/\s+/, 3);
  for (let n = 1; n < words.length; n++) {
    if (!/^\p{Ll}/u.test(words[n - 1]!)) return false;
    const w = fold(words[n]!);
    // (In lower case: « the WHO said » names a body.)
    if (/^\p{Ll}/u.test(words[n]!) && lex.relatives.test(w) && !lex.complementizers.has(w)) return true;
  }
  return false;
}

/** « was quoted as saying »: the index of the passive auxiliary (and those before it) that opens the group of the participle at i, or -1. */
function reportedAsAt(ctx: Ctx, i: number): number {
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
function titleBeforeName(ctx: Ctx, k: number): boolean {
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
function closesSentence(ctx: Ctx, pos: number): boolean {
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
function holdsVerb(ctx: Ctx, np: { start: number; end: number }): boolean {
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

function looksLikeSpeaker(np: string): boolean {
  return /\p{Lu}\p{Ll}+/u.test(np.replace(/^\p{Lu}/u, "")) || isPersonDescription(np) || isInstitution(np) || isGroup(np) || isDocument(np) || /\bsources?\b/i.test(np);
}

/**
 * « a déclaré à l'AFP le maire », « estimait fin janvier la ministre », « a confié dans une lettre
 * aux voisins le pasteur », « dit de son côté X »: the offset after the phrases (time, place of
 * saying, hearer, « for one's part ») that stand between an inverted verb and its subject.
 */
function skipDative(ctx: Ctx, k: number): number | null {
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
      if (tokens[j] && /^(?:l'|la|les|le|un|une|d'|des|du|the|a|sa|son|ses|leur|leurs|his|her|their|its)$/.test(tokens[j]!.low)) j++;
      if (tokens[j] && /^(?:une|un|la|le|l')$/.test(tokens[j]!.low)) j++;
      j++;
      if (tokens[j] && /^(?:de|du|des|d')$/.test(tokens[j]!.low) && tokens[j + 2] && (lex.determiners.has(tokens[j + 2]!.low) || UPPER_FIRST.test(tokens[j + 2]!.text))) j += 2;
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
function titleAt(ctx: Ctx, pos: number): number | null {
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

/** « Pour l'analyste X, … »: a point of view, like « selon », when X is a person or an institution. */
function isPourFrame(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!ctx.lex.pointOfView.has(t.low)) return false;
  // At the sentence's start, or after one connective (« Cependant, pour les auteurs, … »).
  if (ctx.text.slice(0, t.start).trim() !== "" && !afterConnective(ctx, t.start)) return false;
  const comma = ctx.text.indexOf(",", t.end);
  if (comma < 0 || comma - t.end > 80) return false;
  const np = ctx.text.slice(t.end, comma).trim();
  return /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(np) || isPersonDescription(np) || isInstitution(np) || isGroup(np);
}

/**
 * « …, a-t-on appris de source policière », « apprend-on auprès de l'armée »: an inverted frame whose
 * subject follows the preposition. So does an impersonal verb of saying: « …, a-t-on indiqué dans
 * l'entourage du ministre », « précise-t-on de source militaire », « a-t-on ajouté de même source »
 * (the source named last, `sameSource` on the frame).
 */
function learntFrom(ctx: Ctx, i: number): Frame | null {
  const { tokens, lex, text } = ctx;
  const t = tokens[i]!;
  // (Only a hyphenated word ends in « -on »: the test spares a regex per token.)
  const bare = t.low.includes("-") ? t.low.replace(/-t-on$|-on$/, "") : t.low;
  let g = i;
  if (g > 0 && /^(?:a|avait)-t-on$/.test(tokens[g - 1]!.low)) g--;
  const learn = lex.learnVerbs.has(bare);
  // (Only a hyphenated word ends in an inverted pronoun, as in mayReport.)
  const impersonal = !learn && lex.impersonalPronoun !== null && (g < i || (t.low.includes("-") && lex.invertedPronoun?.exec(t.low)?.[1] === lex.impersonalPronoun)) && stemKind(bare, lex) === "say";
  if (!learn && !impersonal) return null;
  const before = prevNonSpace(text, tokens[g]!.start);
  if (before.ch !== "," && before.ch !== "»" && before.ch !== "”") return null;
  let k = i + 1;
  while (tokens[k] && lex.timeWords.has(tokens[k]!.low)) k++;
  const frame = (subject: Frame["subject"]): Frame => ({ kind: "inverted", verb: text.slice(tokens[g]!.start, t.end), groupStart: tokens[g]!.start, groupEnd: t.end, subject, pronoun: null, negated: false, says: true, clause: null, scope: { start: 0, end: before.at }, colon: false });
  if (impersonal && seqAt(tokens, k, lex.sameSource) > 0) return { ...frame(null), sameSource: true };
  // (« a-t-on appris dans l'entourage du ministre »: what is learnt comes from a circle too.)
  const seq = lex.sourcePreps.find((p) => p.every((w, n) => tokens[k + n]?.low === w)) ?? lex.circlePreps.find((p) => p.every((w, n) => tokens[k + n]?.low === w));
  if (!seq) return null;
  const subj = subjectAfter(ctx, tokens[k + seq.length - 1]!.end);
  if (!subj) return null;
  // (« a-t-on indiqué de manière officieuse », « dans un communiqué »: after a bare « de » or « dans », only a source or a circle speaks.)
  if (((impersonal && seq.length === 1) || lex.circlePreps.includes(seq)) && !lex.sourceCircle.test(fold(subj.text))) return null;
  return frame(subj);
}

const seqAt = (tokens: Token[], i: number, seqs: readonly (readonly string[])[]): number => {
  for (const seq of seqs) if (seq.every((w, k) => tokens[i + k]?.low === w)) return seq.length;
  return 0;
};

/** « À ses yeux, … », « in her view, … »: the point of view of the last speaker (« selon elle »). */
function viewFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.viewOf);
  if (!n) return null;
  const t = tokens[i]!;
  const end = tokens[i + n - 1]!.end;
  const before = prevNonSpace(text, t.start);
  const atStart = before.ch === "" || afterConnective(ctx, t.start);
  const comma = /^\s*,/.exec(text.slice(end));
  const clause = atStart ? { start: end + (comma ? comma[0].length : 0), end: text.length } : { start: 0, end: before.at };
  const pronoun = { gender: null, plural: /(?:leurs?|their)$/.test(tokens[i + 1]!.low) };
  return { kind: "selon", verb: text.slice(t.start, end), groupStart: t.start, groupEnd: end, subject: null, pronoun, negated: false, says: true, clause, scope: clause, colon: false };
}

/**
 * « La loi, comme l'a rappelé le ministre, s'applique », « …, comme l'explique le site du
 * ministère »: the sentence around the incise is the speaker's.
 */
function asInciseFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.asIncise);
  if (!n) return null;
  let j = i + n;
  while (tokens[j] && (lex.auxiliaries.has(tokens[j]!.low) || lex.adverbs.has(tokens[j]!.low)) && j < i + n + 3) j++;
  const v = tokens[j];
  if (!v || stemKind(v.low, lex) !== "say" && !lex.sayWords.has(v.low)) return null;
  const dative = skipDative(ctx, j + 1);
  const subj = subjectAfter(ctx, dative ?? v.end);
  // (A first name alone is a speaker too, with the asterisk French copy puts on a changed name: « Mathis* ».)
  if (!subj || !(looksLikeSpeaker(subj.text) || /^\p{Lu}\p{Ll}+\*?$/u.test(subj.text))) return null;
  const before = prevNonSpace(text, tokens[i]!.start);
  const scopeEnd = before.ch === "," ? before.at : before.at + 1;
  return { kind: "inverted", verb: text.slice(tokens[i]!.start, v.end), groupStart: tokens[i]!.start, groupEnd: v.end, subject: subj, pronoun: null, negated: false, says: true, clause: null, scope: { start: 0, end: Math.max(0, scopeEnd) }, colon: false };
}

/**
 * "As he put it, “…”", "As the minister said on Monday, the port will reopen", "“…,” as she told
 * reporters.": the speaker and a verb of saying after the incise's opening word. Opening the
 * sentence, it gives what follows its comma to the speaker; closing it, what comes before.
 */
function asSubjectFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.asSubjectIncise);
  if (!n) return null;
  const lead = text.slice(0, tokens[i]!.start).trim();
  const opening = lead === "" || afterConnective(ctx, tokens[i]!.start);
  const before = prevNonSpace(text, tokens[i]!.start);
  if (!opening && !/^[,”»"]$/.test(before.ch)) return null;
  // The speaker: a pronoun, a name or a description of a few words, then the verb group.
  let j = i + n;
  const from = j;
  const isVerb = (k: number) => lex.sayWords.has(tokens[k]!.low) || seqAt(tokens, k, lex.asPhrases) > 0;
  while (tokens[j] && j < from + 6 && !isVerb(j) && !lex.auxiliaries.has(tokens[j]!.low) && !/[,.;:!?«»“”"()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
  if (j === from || !tokens[j]) return null;
  const subj = { start: tokens[from]!.start, end: tokens[j - 1]!.end, text: text.slice(tokens[from]!.start, tokens[j - 1]!.end) };
  const pronoun = lex.pronouns[subj.text.toLowerCase()] ?? null;
  if (!pronoun && !looksLikeSpeaker(subj.text)) return null;
  while (tokens[j] && j < from + 9 && (lex.auxiliaries.has(tokens[j]!.low) || lex.adverbs.has(tokens[j]!.low))) j++;
  if (!tokens[j] || !isVerb(j) || lex.clauseOnlyWords.has(tokens[j]!.low)) return null;
  const phrase = seqAt(tokens, j, lex.asPhrases);
  const v = tokens[j + Math.max(1, phrase) - 1]!;
  // Up to the incise's end: a comma (it opens the sentence) or the sentence's end (it closes it), a few words of circumstance on.
  const rest = text.slice(v.end);
  const stop = /^[^,.;:!?«»“”"]{0,40}?(?=[,.;!?]|$)/u.exec(rest);
  if (!stop) return null;
  const end = v.end + stop[0].length;
  const after = text.slice(end);
  const verb = text.slice(tokens[i]!.start, v.end);
  if (opening && /^\s*,/.test(after)) {
    const start = end + (/^\s*,\s*/.exec(after)?.[0].length ?? 0);
    if (start >= text.trimEnd().length) return null;
    return { kind: "preverbal", verb, groupStart: tokens[i]!.start, groupEnd: v.end, subject: pronoun ? null : subj, pronoun, negated: false, says: true, clause: { start, end: text.length }, scope: { start, end: text.length }, colon: false };
  }
  if (!opening && /^\s*[.!?]?\s*$/.test(after)) {
    return { kind: pronoun ? "pronoun" : "inverted", verb, groupStart: tokens[i]!.start, groupEnd: v.end, subject: pronoun ? null : subj, pronoun, negated: false, says: true, clause: null, scope: { start: 0, end: before.ch === "," ? before.at : before.at + 1 }, colon: false };
  }
  return null;
}

/** « Et d'ajouter que … », « Et de préciser : « … » »: the last speaker goes on. */
function narrativeFrame(ctx: Ctx, i: number): Frame | null {
  const { tokens, text, lex } = ctx;
  const n = seqAt(tokens, i, lex.narrativeInfinitive);
  if (!n || text.slice(0, tokens[i]!.start).trim() !== "") return null;
  const v = tokens[i + n];
  if (!v || stemKind(v.low, lex) !== "say" || !lex.infinitive?.test(v.low)) return null;
  const colon = /^\s*:/.test(text.slice(v.end));
  const que = tokens[i + n + 1] && lex.complementizers.has(tokens[i + n + 1]!.low) ? tokens[i + n + 1]! : null;
  const clause = que ? { start: que.end, end: text.length } : null;
  return { kind: "preverbal", verb: text.slice(tokens[i]!.start, v.end), groupStart: tokens[i]!.start, groupEnd: v.end, subject: null, pronoun: { gender: null, plural: false }, negated: false, says: true, clause, scope: { start: v.end, end: text.length }, colon };
}

/** Only one connective stands before `at` (« Cependant, », « Mais, »): the sentence starts there. */
function afterConnective(ctx: Ctx, at: number): boolean {
  const lead = ctx.text.slice(0, at).trim();
  const first = ctx.tokens[0]?.low ?? "";
  // « Mais pour X, … »: a coordinating word needs no comma.
  if (/^\S+$/.test(lead) && ctx.lex.conjunctions.test(`${lead} `)) return true;
  return /^\S+,$/.test(lead) && (ctx.lex.adverbs.has(first) || ctx.lex.conjunctions.test(`${first} `));
}

const SELON_NP_MAX = 160;

function selonFrame(ctx: Ctx, i: number, words: number): Frame {
  const t = ctx.tokens[i]!;
  const wordEnd = ctx.tokens[i + words - 1]!.end;
  const verb = ctx.text.slice(t.start, wordEnd);
  let a = wordEnd;
  while (a < ctx.text.length && /\s/.test(ctx.text[a]!)) a++;
  let b = a;
  // A speaker's noun phrase is a few words: without the cap, « selon X et selon Y et … » with no
  // punctuation scans to the sentence's end for every « selon » (quadratic).
  const npEnd = Math.min(ctx.text.length, a + SELON_NP_MAX);
  // « selon M. Durand »: the period of a title does not end the noun phrase.
  while (b < npEnd && (!/[,.;:!?«»()]/.test(ctx.text[b]!) || isAbbreviationDot(ctx.text, b))) b++;
  // An apposition naming the speaker (« selon le porte-parole du gouvernement, Hugo Lenz ») or giving
  // the named speaker's role (« d'après le général X, chef d'état-major des forces, … »).
  const appo = /^,\s*((?:\p{Lu}[\p{L}'’-]+\s*){2,4})(?=[,.;]|$)/u.exec(ctx.text.slice(b));
  if (appo?.[1]) b += appo[0].length - (appo[0].length - appo[0].trimEnd().length);
  const age = /^,\s*\d+\s*ans(?=\s*,)/.exec(ctx.text.slice(b));
  if (age) b += age[0].length;
  else if (/\p{Lu}\p{Ll}+$/u.test(ctx.text.slice(a, b).trim())) {
    const role = /^,\s*((?:le |la |l['’])?([\p{L}-]+)[^,;.«»]*)(?=,)/u.exec(ctx.text.slice(b));
    if (role?.[2] && isPersonDescription(role[1]!)) b += role[0].length;
  }
  let np = ctx.text.slice(a, b).trimEnd();
  let npStart = a;
  // « selon les chiffres communiqués par le gouvernement allemand »: the agent speaks.
  const par = / par (?=(?:le|la|les|l['’])\s*)/i.exec(np);
  // Any document (« une vidéo diffusée par l'armée ») gives way to its agent too.
  if (par && (/^(?:les?|la|l['’])\s*(?:chiffres|donnees|données|estimations|informations|sources|propos|termes|bilan|figures|data)/i.test(np) || isDocument(np.slice(0, par.index)))) {
    npStart = a + par.index + par[0].length;
    np = np.slice(par.index + par[0].length);
  }
  const subj = { start: npStart, end: npStart + np.length, text: np };
  // « À l'en croire, … »: the source is the pronoun inside the words, the last one who spoke.
  const inner = np ? undefined : ctx.tokens.slice(i, i + words).map((w) => ctx.lex.accordingPronouns.get(w.low)).find(Boolean);
  const pron = inner ?? ctx.lex.pronouns[np.toLowerCase()] ?? null;
  const before = prevNonSpace(ctx.text, t.start);
  const atStart = before.ch === "" || before.at < 0 || afterConnective(ctx, t.start);
  // « Ce choix a été arrêté, selon cette source, pendant une visite … », « Le malaise est
  // si grand, selon lui, que … »: an incise inside a sentence that goes on reports the whole of it.
  // Not a relative or an apposition on the source (« selon l'Insee, qui publie … », « selon l'observatoire, le service … »).
  const onward = /^,\s*(\p{Ll}[\p{L}-]*(?:['’])?)/u.exec(ctx.text.slice(b));
  const w0 = onward ? fold(onward[1]!).replace(/’/g, "'") : "";
  // (« Le malaise est si grand, selon lui, que … »: a complementizer goes on with the sentence; a relative does not.)
  const goesOn = !atStart && before.ch === "," && onward !== null && !ctx.lex.determiners.has(w0) && (!ctx.lex.relatives.test(w0) || ctx.lex.complementizers.has(w0)) && !ctx.lex.appositionArticle.test(`${w0} `) && ctx.text.slice(b).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
  // « Le chantier a pris du retard selon un audit du cabinet. », "They are hungry according to the police.": a source
  // set at the end with no comma before it reports what came before it, when it names someone (a
  // name, a body, a person by role); « classés selon la source » sorts by a criterion.
  const names = /\p{Lu}/u.test(np.slice(1)) || isPersonDescription(np) || isInstitution(np) || isGroup(np);
  const last = !atStart && before.ch !== "," && names && /^[\s.!?]*$/.test(ctx.text.slice(b));
  const clause = last
    ? { start: 0, end: before.at + 1 }
    : atStart || before.ch !== ","
    ? { start: b + 1, end: ctx.text.length }
    : { start: 0, end: goesOn ? ctx.text.length : before.at };
  return { kind: "selon", verb, groupStart: t.start, groupEnd: wordEnd, subject: inner ? null : subj, pronoun: pron, negated: false, says: true, clause, scope: clause, colon: false };
}

function participleFrame(ctx: Ctx, i: number, kind: "say" | "eval"): Frame {
  const t = ctx.tokens[i]!;
  // « …, le ministre italien de l'Économie, Carlo Bassi, estimant que … »: the apposition before is the speaker.
  const before = prevNonSpace(ctx.text, t.start);
  let subject: Frame["subject"] = null;
  if (before.ch === ",") {
    const prevComma = ctx.text.lastIndexOf(",", before.at - 1);
    const seg = ctx.text.slice(prevComma + 1, before.at).trim();
    if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u.test(seg)) {
      const segStart = ctx.text.indexOf(seg, prevComma + 1);
      let start = segStart;
      const prev2 = ctx.text.lastIndexOf(",", prevComma - 1);
      const roleSeg = ctx.text.slice(prev2 + 1, prevComma).trim();
      if (/^(?:le|la|l['’])\s*/i.test(roleSeg)) start = ctx.text.indexOf(roleSeg, prev2 + 1);
      subject = { start, end: segStart + seg.length, text: ctx.text.slice(start, segStart + seg.length) };
    }
  }
  // « une lettre du maire Paul Ducros jugeant que … »: a name right before the participle, no comma.
  if (!subject && i >= 2 && !/\S/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, t.start))) {
    let k = i;
    while (k > 0 && i - k < 4 && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[k - 1]!.text) && !/[^\s'’-]/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start)) && !ctx.lex.determiners.has(ctx.tokens[k - 1]!.low)) k--;
    if (i - k >= 2 && k > 0) subject = { start: ctx.tokens[k]!.start, end: ctx.tokens[i - 1]!.end, text: ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[i - 1]!.end) };
  }
  // « …, pointing out that … »: the particle of a phrasal verb belongs to the verb.
  const v = ctx.lex.phrasal.get(t.low)?.has(ctx.tokens[i + 1]?.low ?? "") && ctx.tokens[i + 1]!.start - t.end === 1 ? i + 1 : i;
  const next = ctx.tokens[v + 1];
  const que = next && ctx.lex.complementizers.has(next.low) ? next : null;
  // « …, saying they had waited »: English reports a clause with no complementizer after a participle too.
  const bare = !que && kind === "say" && ctx.lex.bareClause ? bareClauseStart(ctx, v) : null;
  // « …, accusing it of funding the blockade », « urging both sides to talk »: what was asked or charged.
  const asked = !que && bare === null && isDirective(ctx.lex, t.low, next?.low) ? directiveClauseStart(ctx, i) : null;
  // « …, demanding a recount », « réclamant l'arrêt des travaux »: what was asked for.
  const request = (!que || kind !== "say") && bare === null && asked === null && isRequest(ctx.lex, t.low) ? requestObject(ctx, i) : null;
  const clauseStart = que && kind === "say" ? que.end : bare ?? asked ?? request?.start ?? null;
  const clause = clauseStart !== null ? { start: clauseStart, end: request && clauseStart === request.start ? request.end : ctx.text.length } : null;
  return {
    kind: "participle",
    verb: ctx.text.slice(t.start, ctx.tokens[v]!.end),
    groupStart: t.start,
    groupEnd: ctx.tokens[v]!.end,
    subject,
    pronoun: null,
    negated: false,
    says: kind === "say" || asked !== null || request !== null,
    clause,
    scope: { start: ctx.tokens[v]!.end, end: ctx.text.length },
    colon: false,
  };
}


/**
 * « Le pont, a précisé le maire, sera rouvert », « The attack, police said on Monday, happened at
 * night »: an inverted frame set inside the sentence, closed by a comma, reports the words after it
 * too. Not after an apposition or a relative on the speaker (« said X, a lawyer, … », « said X, who … »).
 */
function inciseRest(ctx: Ctx, fr: Frame, next: Frame | undefined): { start: number; end: number } | null {
  const { text, lex } = ctx;
  // After the subject (« a précisé le maire, ») or after the verb of a post-posed subject (« police said, »).
  const subjEnd = Math.max(fr.subject!.end, fr.groupEnd);
  // A circumstance may follow the subject before the comma (« said on Monday, »).
  const m = /^([^,.;:!?«»"“”()]{0,60}),\s*/.exec(text.slice(subjEnd));
  if (!m) return null;
  const between = ctx.low.slice(subjEnd, subjEnd + m[1]!.length);
  if (between.trim() && !lex.subjectStops.some((st) => between.startsWith(st))) return null;
  let start = subjEnd + m[0].length;
  let end = text.length;
  if (next) end = Math.min(end, next.subject && next.subject.start < next.groupStart ? next.subject.start : next.groupStart);
  let body = text.slice(start, end);
  let firstSeg = body.split(",")[0]!.trim();
  // « …, says Paul Roe, author of a book on the region, has been … »: past the speaker's apposition.
  if (isPersonDescription(firstSeg) && body.indexOf(",") > 0 && body.indexOf(",") < 120) {
    start += body.indexOf(",") + 1;
    start += /^\s*/.exec(text.slice(start))![0].length;
    body = text.slice(start, end);
    firstSeg = body.split(",")[0]!.trim();
  }
  if (lex.appositionArticle.test(fold(firstSeg)) || lex.relatives.test(firstSeg) || isPersonDescription(firstSeg) || lex.participle.test(fold(firstSeg.split(/\s+/)[0] ?? ""))) return null;
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return null;
  // A clause (a finite verb) or a gerund hanging on the first part (« by downing … »), not a noun
  // phrase in apposition to the speaker (« ancien ingénieur de la ville ») nor the incise's own
  // circumstance (« lors d'un point de presse », « en référence à … »).
  // (Folded word by word, only as far as asked: the rest runs to the sentence's end.)
  const head = restWordParts(words[0]!);
  const low0 = head[0]!;
  const low1 = head.length > 1 ? head[1]! : restWordParts(words[1]!)[0]!;
  const gerund = lex.notNpStart.has(low0) && lex.participle.test(low1);
  // « "…," Mr Roe said, over the years, the two ports have grown … »: a fronted phrase set off by its own
  // comma, then the clause with its verb, is the statement going on (not the incise's circumstance,
  // « lors d'un point de presse », which no clause follows).
  const fronted = !gerund && lex.notNpStart.has(low0) && frontedThenClause(lex, body);
  if (!gerund && !fronted && (lex.notNpStart.has(low0) || !restHasVerb(lex, words))) return null;
  // Lower case: the same sentence goes on (a capital after the comma opens a name or a new clause of another kind).
  if (!/^\p{Ll}/u.test(body)) return null;
  return { start, end };
}

/**
 * A word of an incise's rest folded for the lexicon's tables, in parts: letters, apostrophes and
 * hyphens, an elided word on its own (« s'applique » has « s' »). « à » is no « a »: folded, the
 * preposition would read as the verb.
 */
function restWordParts(w: string): string[] {
  return /^à$/iu.test(w) ? ["à"] : fold(w).replace(/[^\p{L}'-]/gu, "").split(/(?<=')/);
}

/** Some word of the rest is a finite verb, an auxiliary or a simple past; stops at the first. */
function restHasVerb(lex: SpeechLexicon, words: readonly string[]): boolean {
  for (const w of words) for (const p of restWordParts(w)) if (lex.finite.has(p) || lex.auxiliaries.has(p) || lex.simplePast?.test(p)) return true;
  return false;
}

/** « over the years, the two ports have … »: a short phrase, its comma, then a clause with a finite verb in its first words. */
function frontedThenClause(lex: SpeechLexicon, body: string): boolean {
  const comma = body.indexOf(",");
  if (comma < 0 || comma > 60 || /[;:«»“”"]/.test(body.slice(0, comma))) return false;
  const next = body.slice(comma + 1).trim().split(/\s+/).slice(0, 8).map((w) => fold(w).replace(/[^\p{L}'-]/gu, ""));
  if (!next[0] || lex.participle.test(next[0]) || lex.notNpStart.has(next[0]) || lex.complementizers.has(next[0])) return false;
  return next.slice(1).some((w) => lex.finite.has(w) || lex.auxiliaries.has(w));
}

/** Where « et » (white space before it, optional white space after) ends the text before `end`, or -1. Same as /\s+et\s*$/ on text.slice(0, end), in constant time. */
function etBefore(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 2 || text[i] !== "t" || text[i - 1] !== "e" || !/\s/.test(text[i - 2]!)) return -1;
  let j = i - 2;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  return j;
}

/**
 * « …, while critics called it … », « …, mais l'opposition a dénoncé … »: where the comma before a
 * frame's own subject and its conjunction stands, or -1.
 */
function conjoinedAt(ctx: Ctx, fr: Frame): number {
  const subject = fr.subject;
  if (!subject || subject.start >= fr.groupStart) return -1;
  // Looked for in the 24 characters before the subject only: a search back to the sentence's start
  // for every frame would make a long run-on sentence quadratic.
  const from = Math.max(0, subject.start - 24);
  const near = ctx.text.slice(from, subject.start).lastIndexOf(",");
  if (near < 0) return -1;
  const comma = from + near;
  const between = ctx.text.slice(comma + 1, subject.start).trimStart();
  return between && ctx.lex.conjunctions.test(between) && ctx.lex.conjunctions.exec(between)![0].length === between.length ? comma : -1;
}

/** « …, which the rival denies », « …, ce que le maire conteste »: the comma before the relative that opens a frame's subject, or -1. */
function relativeCommaAt(ctx: Ctx, fr: Frame): number {
  const subject = fr.subject;
  if (!subject || subject.start >= fr.groupStart) return -1;
  const m = /,\s*((?:\S+\s+)?\S+?)\s*$/.exec(ctx.low.slice(Math.max(0, subject.start - 16), subject.start));
  if (!m) return -1;
  const words = m[1]!.split(/\s+/);
  return ctx.lex.objectRelatives.has(words[words.length - 1]!) ? Math.max(0, subject.start - 16) + m.index : -1;
}

/**
 * The first occurrence of a stop at or after a position in `low`, remembered with the position it was
 * searched from: a stop absent from a long sentence is then searched for once, not once per frame.
 */
function stopFinder(low: string): (stop: string, from: number) => number {
  const found = new Map<string, { from: number; at: number }>();
  return (stop, from) => {
    const c = found.get(stop);
    if (c && c.from <= from && (c.at < 0 || c.at >= from)) return c.at;
    const at = low.indexOf(stop, from);
    found.set(stop, { from, at });
    return at;
  };
}

/** A clause ends where the next frame's speaker or verb begins, or at « ; », « et a … », « mais ». */
function closeClauses(ctx: Ctx, frames: Frame[]): void {
  const nextStop = stopFinder(ctx.low);
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    // Indexed scans, not slice().find(): a long run-on sentence can hold thousands of frames. A
    // « selon » clause also ends at the next « selon » (else each runs to the sentence's end: quadratic).
    let nextFrame: Frame | undefined;
    for (let n = f + 1; n < frames.length && !nextFrame; n++) {
      const nf = frames[n]!;
      // « X said that her party would respond to … »: a verb inside the clause with nothing of
      // its own to report is part of the clause, not the start of another frame.
      // Not when it has a subject of its own after a comma and a conjunction (« X said A, while critics called it B »).
      // Nor when a relative after a comma gives it a subject of its own (« …, which the rival denies »).
      if (fr.clause && nf.kind === "preverbal" && !nf.clause && !nf.colon && nf.groupStart > fr.clause.start && conjoinedAt(ctx, nf) < 0 && relativeCommaAt(ctx, nf) < 0) continue;
      // « X said that A, noting that B », « X a indiqué que A, précisant que B »: a participle with
      // no subject of its own goes on with the same speaker's statement, which takes it in.
      // (Not past the end of a clause already closed: « demanded a recount, saying … » asks, then says.)
      if (fr.clause && fr.kind === "preverbal" && nf.kind === "participle" && !nf.subject && nf.groupStart > fr.clause.start && nf.groupStart < fr.clause.end) {
        nf.clause = null;
        continue;
      }
      // « Farrow said the trust had asked for help »: a frame whose subject opens the clause reported
      // is speech told inside that clause, which goes on past it.
      if (fr.clause && fr.says && fr.clause.start > fr.groupStart && nf.kind === "preverbal" && nf.subject && nf.subject.start < nf.groupStart && nf.subject.start >= fr.clause.start && !/\S/.test(ctx.text.slice(fr.clause.start, nf.subject.start))) continue;
      if (nf.groupStart > fr.groupEnd && (nf.kind !== "selon" || fr.kind === "selon")) nextFrame = nf;
    }
    let limit = ctx.text.length;
    if (nextFrame) {
      const nStart = nextFrame.subject && nextFrame.subject.start < nextFrame.groupStart ? nextFrame.subject.start : nextFrame.groupStart;
      const comma = prevNonSpace(ctx.text, nStart);
      const relComma = relativeCommaAt(ctx, nextFrame);
      const conjoined = relComma >= 0 ? relComma : conjoinedAt(ctx, nextFrame);
      limit = conjoined >= 0 ? conjoined : comma.ch === "," || comma.ch === ";" ? comma.at : nStart;
      // « a dénoncé … et prévenu »: cut before the coordination.
      const et = etBefore(ctx.text, limit);
      if (et >= 0) limit = et;
    }
    for (const stop of ctx.lex.clauseStops) {
      const k = nextStop(stop, fr.groupEnd);
      if (k > 0 && k < limit && !inQuote(ctx, k)) limit = k;
    }
    if (fr.clause && fr.clause.start < fr.groupStart) {
      // Clauses before the frame (inverted « selon ») already end at the frame.
      continue;
    }
    // « Selon lui, la corvette, …, n'a répondu à aucun appel »: what follows « selon X, » is all X's.
    if (fr.kind === "selon") {
      const semi = nextStop(";", fr.groupEnd);
      if (semi > 0 && fr.clause) fr.clause.end = Math.min(fr.clause.end, semi);
      // …up to the next « selon »: in a run-on « selon A et selon B et … » each clause would
      // otherwise hold the rest of the sentence (quadratic time, and quotes of quadratic size).
      let nextSelon: Frame | undefined;
      for (let n = f + 1; n < frames.length && !nextSelon; n++) if (frames[n]!.kind === "selon" && frames[n]!.groupStart > fr.groupEnd) nextSelon = frames[n];
      if (nextSelon && fr.clause) fr.clause.end = Math.max(fr.clause.start, Math.min(fr.clause.end, nextSelon.groupStart));
      continue;
    }
    if (fr.clause) fr.clause.end = Math.min(fr.clause.end, limit);
    if (fr.kind !== "passive") fr.scope.end = Math.min(fr.scope.end, limit);
  }
  // Inverted frames report what precedes them, back to the previous frame's end.
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    if (fr.kind !== "inverted" && fr.kind !== "pronoun") continue;
    let prev: Frame | undefined;
    // « Le gouvernement a présenté son projet, a indiqué X »: a verb that reports nothing (no clause)
    // is part of what X reports, not a frame that ends it.
    // Nor does a participle with its agent (« the tariffs announced by X on Monday are …, Y said »).
    for (let p = f - 1; p >= 0 && !prev; p--) if (frames[p]!.groupEnd < fr.groupStart && frames[p]!.kind !== "selon" && frames[p]!.kind !== "passive" && !(frames[p]!.kind === "preverbal" && !frames[p]!.says && !frames[p]!.colon)) prev = frames[p];
    const start = prev ? (prev.clause ? prev.clause.end : prev.groupEnd) : 0;
    fr.scope = { start: Math.min(start, fr.scope.end), end: fr.scope.end };
    if (fr.says && !fr.negated) fr.clause = { ...fr.scope };
  }
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f]!;
    if (fr.kind === "inverted" && fr.says && !fr.negated && fr.subject && fr.clause) fr.rest = inciseRest(ctx, fr, frames.slice(f + 1).find((o) => o.says)) ?? undefined;
  }
  // « A, selon X, B, selon Y »: a trailing « selon » reports back to the previous « selon », not to
  // the sentence's start (which, repeated, made a run-on sentence quadratic in time and output).
  let lastSelonEnd = -1;
  for (const fr of frames) {
    if (fr.kind !== "selon") continue;
    if (fr.clause && fr.clause.start < fr.groupStart && lastSelonEnd > fr.clause.start && lastSelonEnd <= fr.clause.end) {
      fr.clause = { start: lastSelonEnd, end: fr.clause.end };
      fr.scope = fr.clause;
    }
    lastSelonEnd = fr.subject ? fr.subject.end : fr.groupEnd;
  }
}

/**
 * « X a annoncé l'acquisition de Y », "X stressed the value of patience": what a speaker says
 * as a noun phrase right after a reporting verb that took no clause, up to the frame's end, a comma
 * or a full stop; three words at least. A clause missed after a time phrase (« révèle ce vendredi
 * que … ») opens after its complementizer. Null when the words after the verb are no such phrase:
 * a preposition, an infinitive, a verb, a name, a quotation, or a verb whose object is no content
 * (« maintenir des liens », "maintain engines").
 */
export function objectSaid(text: string, low: string, tokens: Token[], frames: readonly Frame[], f: number, quotes: { start: number; end: number }[], lex: SpeechLexicon): { start: number; end: number } | null {
  const fr = frames[f]!;
  // The few frames before this one (a run-on sentence can hold thousands: no scan of all of them per frame).
  const earlier = frames.slice(Math.max(0, f - 4), f);
  const verb = firstTokenAt(tokens, fr.groupEnd) - 1;
  // (After « told », the object is who was told.)
  if (verb < 0 || startsWithAny(tokens[verb]!.low, lex.noContentObject) || lex.hearerVerbs.has(tokens[verb]!.low)) return null;
  // « X a affirmé que A et a annoncé B »: a verb sharing the subject of a statement already reported
  // adds what X did, told with the statement, not a second one.
  if (earlier.some((o) => o.clause !== null && o.groupEnd <= fr.groupStart) && lex.sharedSubject.test(text.slice(Math.max(0, fr.groupStart - 12), fr.groupStart))) return null;
  // « say the move signals a shift »: a verb inside what another frame reports is part of it.
  if (earlier.some((o) => o.clause !== null && o.clause.start <= fr.groupStart && o.clause.end >= fr.groupEnd)) return null;
  const ctx: Ctx = { text, low, tokens, quotes, lex };
  const gapAt = (j: number) => text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  let k = skipTimePhrase(ctx, verb + 1);
  // (« ce vendredi », « cette semaine », "last Friday": a time word after its determiner too.)
  const timeAt = (j: number) => (lex.timeWords.has(tokens[j]?.low ?? "") ? 1 : lex.determiners.has(tokens[j]!.low) && lex.timeWords.has(tokens[j + 1]?.low ?? "") ? 2 : 0);
  while (tokens[k] && !/[,.;:!?()«»“”"]/.test(gapAt(k)) && (lex.adverbs.has(tokens[k]!.low) || timeAt(k) > 0)) k = skipTimePhrase(ctx, k + Math.max(1, timeAt(k)));
  if (tokens[k] && lex.complementizers.has(tokens[k]!.low) && k > verb + 1) k++;
  const first = tokens[k];
  if (!first || first.start >= fr.scope.end || /[,.;:!?()«»“”"]/.test(gapAt(k))) return null;
  const w = first.low;
  if (lex.complementizers.has(w) || lex.notNpStart.has(w) || lex.datives.has(w) || lex.infinitiveMarkers.has(w) || lex.finite.has(w) || lex.auxiliaries.has(w) || lex.negation.has(w)) return null;
  // (« a dit ce matin vouloir … »: an infinitive in the first words is what the speaker means to do, not a noun phrase.)
  for (let j = k; j < k + 3 && tokens[j]; j++) if (lex.infinitive && testWord(lex.infinitive, tokens[j]!.low)) return null;
  // A name opens no object (« juge Varga », a noun read as a verb), unless it owns what follows (« China's opposition »).
  if (UPPER_FIRST.test(first.text) && !/^['’]s\b/.test(text.slice(first.end, first.end + 3)) && !lex.determiners.has(w)) return null;
  // Where a noun phrase needs its determiner, a bare word opens none (« dit peut s'avérer »).
  if (!lex.bareClause && !lex.determiners.has(w) && !/^\d/.test(w)) return null;
  let end = Math.min(fr.scope.end, text.length);
  // Past an apposition to a name (« la mort de Jean Roy, 15 ans, … »), quoted words are part of the object.
  let apposed = false;
  let embedded = false;
  for (let i = first.start; i < end; i++) {
    const c = text[i]!;
    const span = /[«“"]/.test(c) ? quotes.find((s) => s.start === i) : undefined;
    // « a regretté le manque de moyens dans les « petites écoles » »: a few words quoted inside the noun
    // phrase, after a word of its own, belong to it.
    const inner = span && !apposed && i > first.start && /\p{L}\s*$/u.test(text.slice(first.start, i)) && wordCount(text.slice(span.start + 1, span.end)) <= EMBEDDED_WORDS;
    if (span && (apposed || inner)) {
      if (inner) embedded = true;
      i = span.end;
      continue;
    }
    if (/[,;:!?()«»“”"]/.test(c) || (c === "." && !isAbbreviationDot(text, i))) {
      const skip = c === "," ? appositionEnd(text, i, end) : -1;
      if (skip > 0) {
        apposed = true;
        i = skip;
        continue;
      }
      // « a annoncé la fin des exercices, qui ont permis de … », "announced the end of the drills,
      // which had …": a relative clause on the object's last noun is part of what was said.
      if (c === "," && relativeAfter(text, i, lex)) {
        apposed = true;
        continue;
      }
      end = i;
      break;
    }
  }
  // « a confirmé les manœuvres dans un communiqué »: the medium it was said in is no part of it.
  for (let j = k + 1; tokens[j] && tokens[j]!.start < end; j++) {
    if (lex.datives.has(tokens[j]!.low) && [1, 2, 3].some((n) => lex.media.has(tokens[j + n]?.low ?? ""))) {
      end = tokens[j - 1]!.end;
      break;
    }
  }
  if (!apposed && !embedded && quotes.some((s) => s.start < end && s.end > first.start)) return null;
  if (wordCount(text.slice(first.start, end)) < 3) return null;
  return { start: first.start, end };
}

/** The most words quoted inside a noun phrase said (« les « petites écoles » »): more, and they are a quotation of their own. */
const EMBEDDED_WORDS = 5;

/** Words of letters or digits (« said killed 14 villagers »: a number counts). */
function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w)).length;
}
/** (Built once: a literal with « \p{…} » is a new RegExp at each evaluation where tsx runs the code, as the bench does.) */
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** After the comma at `comma`, a relative pronoun (not a complementizer: « que », "that") opens the next words. */
function relativeAfter(text: string, comma: number, lex: SpeechLexicon): boolean {
  const m = /^\s*([\p{L}]+['’]?)/u.exec(text.slice(comma + 1, comma + 24));
  if (!m?.[1] || !/^\p{Ll}/u.test(m[1])) return false;
  const w = fold(m[1]).replace(/’/g, "'");
  return lex.relatives.test(w) && !lex.complementizers.has(w) && !lex.complementizers.has(w.replace(/'$/, "e"));
}

/**
 * « …de Jean Roy, 15 ans, tué … », « …du chef du groupe, Karl Benn, lors de … »: the comma at `comma`
 * closes a name (or a role before a name) and opens an apposition of a few words (an age, a name,
 * a description) closed by a second comma; the offset of that second comma, or -1.
 */
function appositionEnd(text: string, comma: number, limit: number): number {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, comma - 40), comma))?.[1] ?? "";
  const named = /^(?:\p{L}['’])?\p{Lu}/u.test(before);
  const next = text.indexOf(",", comma + 1);
  if (next < 0 || next >= limit - 1) return -1;
  const seg = text.slice(comma + 1, next).trim();
  if (!seg || /[;:!?()«»“”"]/.test(seg) || seg.split(/\s+/).length > 6) return -1;
  // An age, a personal name, or a description of a person.
  // An age or a description after a name; a personal name after a name or a role (« le chef du réseau, Omar Fadil, »).
  // (A name's particles stay lower-case: « al-Karim », « de », « van ».)
  const words = seg.split(/\s+/);
  const name = words.length >= 2 && words.length <= 4 && UPPER_FIRST.test(seg) && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || /^\p{Ll}{1,3}(?:-\p{Lu}[\p{L}'’-]*)?$/u.test(w));
  const ok = name || (named && (/^\(?\d{1,3}\)?(?:\s+\p{Ll}+)?$/u.test(seg) || isPersonDescription(seg)));
  return ok ? next : -1;
}
