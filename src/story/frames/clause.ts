/** Where the words a frame reports open: a clause, a gerund, an infinitive, the thing asked for. */
import { type SpeechLexicon } from "../lang/index.js";
import { testWord } from "../text.js";
import { isAbbreviationDot, type Token } from "../tokens.js";
import { CALENDAR } from "../lang/calendar.js";
import { isPersonDescription } from "../entities.js";
import { type Ctx, UPPER_FIRST } from "./frame.js";
import { skipTimePhrase } from "./subject.js";
import { adverbAt, startsWithAny } from "./verbs.js";
import { digitGroupAt, frontedPhraseClause, setOffEnd } from "./bare-clause-phrases.js";

/** Right after a verb of saying, a finite verb glued to it (« said killed », « say will isolate »): where the clause with no subject opens, or null. */
export function gapClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const next = tokens[verbIdx + 1];
  if (!next || /\S/.test(text.slice(tokens[verbIdx]!.end, next.start))) return null;
  const finite = (lex.finite.has(next.low) || (lex.simplePast?.test(next.low) ?? false)) && !lex.adverbs.has(next.low) && !lex.agentPrep.has(tokens[verbIdx + 2]?.low ?? "");
  return finite ? next.start : null;
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
export function complementizerAfterPhrase(ctx: Ctx, k: number): number | null {
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
export function bareClauseStart(ctx: Ctx, verbIdx: number): number | null {
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
  // (« said when the storm reached the island, the lamp failed … »: a phrase the clause's own comma closes is the clause's.)
  const fronted = frontedPhraseClause(ctx, k);
  if (fronted !== null) return fronted;
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
    if (/[,.;:!?]/.test(gap) && !digitGroupAt(ctx, j)) {
      // « said the plan, which was drafted last year, would be delayed »: a relative clause set off
      // by commas is skipped, up to its closing comma.
      // So is an age (« said a man, 34, was arrested »).
      const age = /^\d{1,3}$/.test(tokens[j]!.low) && /^\s*,\s*$/.test(text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? text.length));
      if (gap.trim() !== ",") return null;
      if (lex.relatives.test(tokens[j]!.low) || age) {
        let e = j + 1;
        while (e < tokens.length && e <= j + 12 && !/[.;:!?]/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start)) && !text.slice(tokens[e - 1]!.end, tokens[e]!.start).includes(",")) e++;
        if (e >= tokens.length || !/^\s*,\s*$/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start))) return null;
        reach += e - j;
        j = e;
      } else {
        // So are an apposition and the items of a list (« said the oldest bakery, a shop on Mill Lane, would … »,
        // « said the heat, the dust and the drive had … »).
        const e = setOffEnd(ctx, j);
        if (e < 0) return null;
        reach += e - j;
        j = e;
      }
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
 * « a assuré lundi avoir signé … », « a dit au juge avoir entendu … », « a promis de rouvrir … »,
 * « promised to pay … »: what the speaker says they did or will do, from the infinitive (or its
 * marker) right after the verb, a time word or a dative phrase.
 */
/** « suggests playing games », « denied taking part », « admitted to taking »: a gerund right after the verb (or its particle), one space on, opens what was said. */
export function gerundClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const particle = lex.gerundParticles?.has(tokens[verbIdx + 1]?.low ?? "") === true;
  const before = tokens[particle ? verbIdx + 1 : verbIdx]!;
  const next = tokens[particle ? verbIdx + 2 : verbIdx + 1];
  if (!next || text.slice(before.end, next.start) !== " " || !/^\p{Ll}/u.test(next.text) || !lex.participle.test(next.low)) return null;
  return next.start;
}

/** « the tariffs announced by the president »: a determiner or a capitalised word opens the agent of a passive. */
export function agentNpAt(lex: SpeechLexicon, t: Token | undefined): boolean {
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

export function infinitiveClauseStart(ctx: Ctx, verbIdx: number): number | null {
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
export function selfDescribedStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const t = tokens[verbIdx + 1];
  if (!t || /\S/.test(text.slice(tokens[verbIdx]!.end, t.start)) || !/^\p{Ll}/u.test(t.text)) return null;
  if (lex.determiners.has(t.low) || lex.complementizers.has(t.low) || lex.notNpStart.has(t.low) || lex.finite.has(t.low) || lex.negation.has(t.low) || lex.infinitiveMarkers.has(t.low)) return null;
  return t.start;
}

/** « juge inacceptable que … », « estime nécessaire de rouvrir … »: where the adjective of the judgement opens what is said, or null. */
export function judgedClauseStart(ctx: Ctx, verbIdx: number): number | null {
  const { tokens, lex, text } = ctx;
  const adj = tokens[verbIdx + 1];
  const after = tokens[verbIdx + 2];
  if (!adj || !after || /\S/.test(text.slice(tokens[verbIdx]!.end, adj.start)) || /\S/.test(text.slice(adj.end, after.start)) || !/^\p{Ll}/u.test(adj.text)) return null;
  if (lex.determiners.has(adj.low) || lex.notNpStart.has(adj.low) || lex.finite.has(adj.low) || lex.adverbs.has(adj.low) || lex.complementizers.has(adj.low)) return null;
  const infinitive = lex.infinitiveMarkers.has(after.low) && lex.infinitiveAfter.test(tokens[verbIdx + 3]?.low ?? "") && !lex.determiners.has(tokens[verbIdx + 3]?.low ?? "");
  return lex.complementizers.has(after.low) || infinitive ? adj.start : null;
}

export function isDirective(lex: SpeechLexicon, low: string, next = ""): boolean {
  return lex.directiveWords.has(low) || startsWithAny(low, lex.directiveStems) || lex.deedMarkers.has(low) || (lex.callFor.has(low) && lex.callForNext.has(next));
}

/**
 * « urged the minister to act », « a appelé les parties à reprendre le dialogue », « a demandé à
 * l'État d'interdire … »: what was asked, from after the verb, when an infinitive follows.
 */
export function directiveClauseStart(ctx: Ctx, verbIdx: number): number | null {
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

export const isRequest = (lex: SpeechLexicon, low: string): boolean => lex.requestWords.has(low) || lex.requestParticles.has(low) || startsWithAny(low, lex.requestStems);

/**
 * « demanded a recount », « called for calm in the streets », « a exigé l'arrêt des travaux »: a verb
 * of asking for something reports the thing asked for, a noun phrase (or a clause after « that »),
 * up to the first comma, semicolon or the sentence's end outside a quotation. Null when what
 * follows is whom was asked (a name, a pronoun), an infinitive or a preposition, or when a verb
 * that asks only with its particle (« asked for ») stands without it.
 */
export function requestObject(ctx: Ctx, verbIdx: number): { start: number; end: number } | null {
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
