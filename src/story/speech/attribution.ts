/** Quoted words to their speaker: by frame, by incise, by the colon, by who spoke last. */
import { type Entity, isDocument, isInstitution, isPersonDescription } from "../entities.js";
import { findFrames, objectSaid, type Frame } from "../frames/index.js";
import { findNames, type NameSpan } from "../names.js";
import { isMediumTitle, isNamingQuote, nestedQuotes, spanText, type Span } from "../quote-spans.js";
import { fold, stripArticle, trimPunct } from "../text.js";
import { foldKeepLength, tokenize, type Token } from "../tokens.js";
import { type SpeechLexicon } from "../lang/index.js";
import { POS, type RawQuote, spokeIn } from "./state.js";
import { Subjects } from "./subjects.js";

/** The most words a quoted phrase inside a reported clause may have and still be part of it rather than a statement of its own. */
const FRAGMENT_WORDS = 4;

/** The object of a frame's verb when it holds a quotation a few words in: from the verb to the next comma outside quotes. */
function quotedObject(text: string, tokens: Token[], fr: Frame, spans: Span[], lex: SpeechLexicon): { start: number; end: number } | null {
  let k = tokens.findIndex((t) => t.start >= fr.groupEnd);
  if (k < 0) return null;
  while (tokens[k] && (lex.adverbs.has(tokens[k]!.low) || lex.timeWords.has(tokens[k]!.low)) && !/[«“"]/.test(text.slice(tokens[k - 1]?.end ?? fr.groupEnd, tokens[k]!.start))) k++;
  const first = tokens[k];
  if (!first) return null;
  // The object opens right after the verb: a mark or a determiner and a few words before the quotation.
  const lead = text.slice(fr.groupEnd, first.start);
  if (/[,.;:!?()]/.test(lead)) return null;
  const start = /[«“"]/.test(lead) ? fr.groupEnd + lead.search(/[«“"]/) : first.start;
  const q = spans.find((s) => s.start >= start && s.start <= (tokens[k + 5]?.start ?? text.length));
  if (!q || /[,.;:!?()]/.test(text.slice(start, q.start))) return null;
  let end = q.end + 1;
  const limit = Math.min(fr.scope.end, text.length);
  // « describe as "revenue neutral," would … »: a comma inside the closing mark ends the object too.
  const closed = (s: Span) => /[,;]\s*$/.test(text.slice(s.start + 1, s.end));
  while (end < limit && !closed(q)) {
    const inside = spans.find((s) => end > s.start && end <= s.end);
    if (inside) {
      end = inside.end + 1;
      if (closed(inside)) break;
      continue;
    }
    if (/[,;:!?()]/.test(text[end]!) || (text[end] === "." && end + 1 >= text.trimEnd().length)) break;
    end++;
  }
  return end > start ? { start, end: Math.min(end, limit) } : null;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => HAS_LETTER.test(w)).length;
}

/** (Built once: a literal with « \p{…} » is a new RegExp at each evaluation where tsx runs the code, as the bench does.) */
const HAS_LETTER = /\p{L}/u;

/** The frame that attributes quoted words: the one right after them, before them with « : », or around them. */
function ownerOf(text: string, s: Span, frames: Frame[], speakers: (Entity | null)[]): { who: Entity; verb: string | null } | null {
  const after = text.slice(s.end + 1);
  const gap = /^[\s,]*/.exec(after)?.[0].length ?? 0;
  let best: { i: number; size: number } | null = null;
  frames.forEach((fr, i) => {
    if (!speakers[i]) return;
    if ((fr.kind === "inverted" || fr.kind === "pronoun") && fr.groupStart === s.end + 1 + gap) best = { i, size: -1 };
    if (fr.colon && fr.groupEnd < s.start && /^\s*:\s*$/.test(text.slice(fr.groupEnd, s.start))) best = { i, size: -1 };
  });
  if (!best) {
    frames.forEach((fr, i) => {
      if (!speakers[i]) return;
      const sc = fr.scope;
      if (sc.start <= s.start && sc.end >= s.end - 1) {
        const size = sc.end - sc.start;
        if (!best || size < best.size) best = { i, size };
      }
    });
  }
  if (!best) return null;
  const { i } = best as { i: number; size: number };
  return { who: speakers[i]!, verb: frames[i]!.verb };
}

/** The fewest words of a quotation that goes on with the last speaker's words after a lead of the reporter's (a shorter one is a term quoted). */
const CONTINUED_WORDS = 5;

/** The most words of the reporter's lead before such a quotation. */
const LEAD_WORDS = 8;

/** The fewest words of a thing asked for (« an apology »): one word alone (« called for calm ») is too thin a statement. */
const ASKED_WORDS = 2;

/** The verb group's last word only ever reports a clause (« decided », « agreed », « a montré »). */
function reportsClauseOnly(lex: SpeechLexicon, verb: string): boolean {
  const last = fold(verb).split(/\s+/).pop() ?? "";
  return lex.clauseOnlyWords.has(last) || lex.clauseOnlyStems.some((s) => last.startsWith(s));
}

/** The verb group's last word is a verb whose noun-phrase object is the content it judges (« rejected », « rejette »). */
function judgesObject(lex: SpeechLexicon, verb: string): boolean {
  const last = verb.split(/\s+/).pop() ?? "";
  return lex.objectJudged.has(last) || lex.objectJudgedStems.some((s) => last.startsWith(s));
}

export abstract class Attribution extends Subjects {
  protected attribute(sentence: number, text: string, low: string, tokens: Token[], spans: Span[], frames: Frame[], speakers: (Entity | null)[], names: NameSpan[]): void {
    const speak = spokeIn(sentence, this.framedSpeakers);
    frames.forEach((fr, i) => {
      const who = speakers[i];
      // « Le bilan fait état de … »: a document whose author is not known claims nothing of its own.
      if (who && fr.says && !fr.negated && !fr.clause && fr.kind === "preverbal" && !(isDocument(who.name) && /etat$/.test(fold(fr.verb)))) {
        this.claims.push({ entity: who, sentence, start: fr.scope.start, end: fr.scope.end });
        speak(who, fr.groupStart);
        // « X a annoncé l'acquisition de Y », "X stressed the importance of talks": what was said, as a noun phrase.
        const obj = objectSaid(text, low, tokens, frames, i, spans, this.lex);
        if (obj) this.quotes.push({ entity: who, text: trimPunct(text.slice(obj.start, obj.end)), kind: "indirect", sentence, verb: fr.verb, start: obj.start, end: obj.end });
      }
      // « He rejected the assertion that … », « a rejeté les propositions »: a verb of judging whose noun-phrase
      // object is the content judged (lexicon objectJudged), with no quotation, says it.
      else if (who && !fr.says && !fr.negated && !fr.clause && fr.kind === "preverbal" && judgesObject(this.lex, fold(fr.verb)) && !spans.some((s) => s.start >= fr.groupEnd && s.start < fr.scope.end)) {
        const obj = objectSaid(text, low, tokens, frames, i, spans, this.lex);
        if (obj) {
          speak(who, fr.groupStart);
          this.quotes.push({ entity: who, text: trimPunct(text.slice(obj.start, obj.end)), kind: "indirect", sentence, verb: fr.verb, start: obj.start, end: obj.end });
        }
      }
    });
    // Reported speech. « que A et que B », « that A, but B » stay one statement: the clause ends
    // where the speaker stops, not at a coordination (as readers and annotators take it).
    // « MUMBAI: Fares will rise, the minister said », « HARBOUR DISPUTE: … »: a place or a rubric in
    // capitals before a colon opens the paragraph, not the words reported.
    const rubric = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}:\s+/u.exec(text)?.[0].length ?? 0;
    frames.forEach((fr, i) => {
      const who = speakers[i];
      if (!who || !fr.says || fr.negated || !fr.clause) return;
      let piece = fr.clause;
      if (piece.start < rubric && piece.end > rubric) piece = { start: rubric, end: piece.end };
      // « X said the war would end, according to state television »: the relay closing the sentence is
      // not part of what X said.
      const relay = frames.find((o) => o.kind === "selon" && o !== fr && o.groupStart > piece.start && o.groupStart < piece.end && /,\s*$/.test(text.slice(piece.start, o.groupStart)) && o.subject !== null && /^[\s.,;!?»"”]*$/.test(text.slice(o.subject.end, piece.end)));
      if (relay) piece = { start: piece.start, end: relay.groupStart };
      // « …, une information qui n'a pas pu être vérifiée »: the reporter's comment is no one's words.
      // (The sentence's folded copy, cut: folding keeps every offset and treats each character alone.)
      const comment = this.lex.resumptive.exec(low.slice(piece.start, piece.end));
      if (comment && wordCount(text.slice(piece.start, piece.start + comment.index)) >= 3) piece = { start: piece.start, end: piece.start + comment.index };
      // « demanded a recount and urged … »: a clause the next verb cuts leaves no conjunction at its end.
      const joined = this.lex.sharedSubject.exec(text.slice(piece.start, piece.end));
      if (joined && joined.index > 0) piece = { start: piece.start, end: piece.start + joined.index };
      const body = trimPunct(text.slice(piece.start, piece.end));
      // (A number counts as a word: « said killed 14 villagers ».)
      // (What is asked for may be said in two words: « demanded an apology », « a réclamé une enquête ».)
      if (body.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length < (fr.asked ? ASKED_WORDS : 3) || this.lex.anonymity.test(fold(body))) return;
      // « "…," the president told a rally, according to state media »: a source that relays a
      // statement framed in its own right reports it; the words stay the framed speaker's.
      // The relay is still a source of the story (a claim, not a quote).
      if (fr.kind === "selon" && frames.some((o, j) => j !== i && speakers[j] && o.says && (o.kind === "inverted" || o.kind === "pronoun" || o.groupStart < fr.groupStart) && o.kind !== "selon" && o.groupStart >= piece.start && o.groupEnd <= piece.end)) {
        this.claims.push({ entity: who, sentence, start: piece.start, end: piece.end });
        speak(who, fr.groupStart, true);
        return;
      }
      // A clause that is nothing but one quotation is direct speech, counted below.
      if (spans.some((s) => s.start <= piece.start + 2 && s.end >= piece.end - 2)) return;
      // « «Ils refusent …» conclu en 2011, a déclaré X »: nor is one quotation and a fragment trailing
      // after its closing mark (a few words, no verb of their own) that the inverted frame took in.
      if (fr.kind === "inverted" || fr.kind === "pronoun") {
        const lead = spans.find((s) => s.start <= piece.start + 2 && s.end > piece.start && s.end < piece.end);
        const tail = lead ? fold(text.slice(lead.end + 1, piece.end)).split(/[\s']+/).filter((w) => /\p{L}/u.test(w)) : null;
        // (« «Tout est prêt» pour accueillir «les premiers» »: two quotations joined by the reporter's
        // words are one statement, reported, and each quotation is counted below as well.)
        // (Not two slogans one after the other, « « A », « B », ont crié … », with no words between them.)
        const second = lead ? spans.some((s) => s.start > lead.end && s.end <= piece.end + 1 && /\p{L}/u.test(text.slice(lead.end + 1, s.start))) : false;
        if (tail && !second && tail.length <= 6 && !this.lex.conjunctions.test(`${tail[0] ?? ""} `) && !tail.some((w) => this.lex.finite.has(w) || this.lex.auxiliaries.has(w) || this.lex.simplePast?.test(w))) return;
      }
      this.quotes.push({ entity: who, text: body, kind: "indirect", sentence, verb: fr.verb, start: piece.start, end: piece.end });
      speak(who, fr.groupStart, fr.kind === "selon");
    });
    // « The attack, police said, happened at night »: the words after the incise are a piece of their own.
    frames.forEach((fr, i) => {
      const who = speakers[i];
      const rest = fr.rest;
      if (!who || !rest || spans.some((s) => s.start <= rest.start + 2 && s.end >= rest.end - 2)) return;
      const tail = trimPunct(text.slice(rest.start, rest.end));
      if (wordCount(tail) < 3) return;
      this.quotes.push({ entity: who, text: tail, kind: "indirect", sentence, verb: fr.verb, start: rest.start, end: rest.end });
      speak(who, fr.groupStart);
    });
    // « réclamant « une condamnation claire » et des sanctions », « calling the drills a “warning” to
    // rebels »: the object of a reporting verb that quotes words is what the speaker said, up to the
    // next comma; the quoted words are also counted below.
    frames.forEach((fr, i) => {
      const who = speakers[i];
      if (!who || fr.clause || fr.negated || (fr.kind !== "preverbal" && fr.kind !== "participle")) return;
      // « se sont dits « choqués » »: a state declared, its quoted words alone.
      if (this.lex.reflexive.test(fold(fr.verb))) return;
      const found = quotedObject(text, tokens, fr, spans, this.lex);
      if (!found) return;
      // « called X "a rogue state" and urged … »: the coordination before the next verb is not said.
      const tail = this.lex.sharedSubject.exec(text.slice(found.start, found.end));
      const span = tail ? { start: found.start, end: found.start + tail.index } : found;
      const body = trimPunct(text.slice(span.start, span.end));
      if (wordCount(body) < 3 || spans.some((s) => s.start <= span.start + 2 && s.end >= span.end - 2)) return;
      // « a salué un « pas décisif » »: a short quoted phrase with only its article is the quoted words alone.
      const inner = spans.filter((s) => s.start >= span.start && s.end <= span.end);
      const outside = inner.reduceRight((t, s) => t.slice(0, s.start - span.start) + t.slice(s.end + 1 - span.start), text.slice(span.start, span.end));
      const ownWords = fold(outside).split(/[\s']+/).filter((w) => /\p{L}/u.test(w) && !this.lex.determiners.has(w) && !this.lex.datives.has(w));
      if (!ownWords.length && inner.every((s) => wordCount(spanText(text, s)) < 4)) return;
      this.quotes.push({ entity: who, text: body, kind: "indirect", sentence, verb: fr.verb, start: span.start, end: span.end });
      speak(who, fr.groupStart);
    });
    // Quoted words. (The sentence's trimmed end, once: per quotation it would be quadratic on a run of them.)
    const textEnd = text.trimEnd().length;
    for (const s of spans) {
      if (s.start >= 0 && (isNamingQuote(text, s, this.lex.freeRelatives) || isMediumTitle(text, s, this.lex.datives, this.lex.determiners))) continue;
      const pieces = this.splitIncise(sentence, text, s);
      let owner: { who: Entity; verb: string | null } | null = pieces.owner;
      if (!owner) owner = this.heardSpeaker(sentence, text, tokens, names, s);
      if (!owner) owner = ownerOf(text, s, frames, speakers);
      // « « Un gâchis », c'est ainsi qu'elle a qualifié le conflit », « "A disgrace" — that was how
      // he put it »: words pointed back at by the clause after them belong to its first frame.
      if (!owner && s.start <= 1 && this.lex.backReference.test(fold(text.slice(s.end + 1, s.end + 81).replace(/^[\s,—–-]+/, "").slice(0, 40)))) {
        const i = frames.findIndex((f, k) => speakers[k] && f.groupStart > s.end);
        if (i >= 0) owner = { who: speakers[i]!, verb: frames[i]!.verb };
      }
      if (!owner && s.start > 1) {
        // « X n'a pas communiqué le nombre, se bornant à évoquer « plusieurs bataillons » »: the sentence's speaker.
        for (let i = frames.length - 1; i >= 0 && !owner; i--) {
          const who = speakers[i];
          if (who && frames[i]!.groupStart < s.start) owner = { who, verb: frames[i]!.verb };
        }
      }
      // « Claire Vidal : « … » », « Health minister: "…" » (headlines, interviews): the speaker, then a colon.
      if (!owner) owner = this.colonSpeaker(sentence, text, tokens, names, s);
      // « Or, chez nos voisins, l'affaire n'a pas pris : « … » »: words announced by a colon, with
      // no frame of their own, are the current speaker's, like a quotation opening a sentence.
      const announced = !owner && /:\s*$/.test(text.slice(0, s.start)) && !frames.some((f) => f.groupStart < s.start);
      let byDefault = false;
      // « Hier soir, X, la maire, a répondu à Y sur sa page : « … » »: a person
      // the sentence opens on, as its subject, announces the words after the colon.
      if (announced && wordCount(spanText(text, s)) >= 2) {
        const subject = this.registry.recent(POS(sentence, s.start), (e) => e.kind === "person" && e.lastSubject >= POS(sentence, 0), "salient");
        if (subject && subject.lastSubject >= POS(sentence, 0)) owner = { who: subject, verb: null };
      }
      // « « … », conseille X », "“…,” quips X": a verb the frame lexicon does not know, then a person's
      // name, right after the closing mark is still an incise that names the speaker.
      if (!owner && s.start <= 1) {
        const named = this.inciseName(sentence, text, tokens, names, s);
        if (named) owner = { who: named, verb: null };
      }
      // « Worse, "the pool will close …" », « The new rates "will cost …" », after a sentence that gave someone's
      // words: a quotation closing a sentence that has no frame at all, after a few words of the
      // reporter's (a linking adverb, the quotation's own subject), goes on with that speaker's words.
      // (Not in a sentence that names someone: the words may be theirs. Nor words that open on a capital: spliced
      // into the reporter's clause, the speaker's words go on in lower case; a whole utterance after a lead
      // (« banners reading "No more …" », « scandaient « Non à … » ») is introduced by the lead itself.)
      if (!owner && s.start > 1 && !frames.length && s.end >= textEnd - 2 && wordCount(spanText(text, s)) >= CONTINUED_WORDS && wordCount(text.slice(0, s.start)) <= LEAD_WORDS && !names.length && !/^\p{Lu}/u.test(spanText(text, s).trimStart())) {
        const last = this.registry.recent(POS(sentence, 0), (e) => e.spoke, "spoke");
        if (last && last.lastSpoke >= POS(sentence - 1, 0)) owner = { who: last, verb: null };
      }
      if (!owner && (s.start <= 1 || announced)) {
        const last = this.registry.recent(POS(sentence, 0), (e) => e.spoke, "spoke");
        // Four words at least, or a whole quoted sentence (« "Not once." » after the speaker's words): a
        // shorter quoted phrase is a term the reporter quotes.
        // (A statement: a short quoted question or exclamation on its own line is more often a subheading.)
        const whole = s.start <= 1 && s.end >= text.trimEnd().length - 2 && /[.…]$/.test(spanText(text, s));
        byDefault = wordCount(spanText(text, s)) >= 4 || (whole && wordCount(spanText(text, s)) >= 1);
        // « X, the head of …, wants to see … » then a quotation with no frame, opening its sentence: the
        // person the sentence before introduces as its subject (named there for the first time, not yet
        // quoted) is the one the reporter hands the words to, not whoever spoke before.
        // (« Voss was less sure. » then « "There is a long way to go." »: the person the sentence before
        // is about, when no one else spoke in it, is the one the reporter hands the words to.)
        const introduced = byDefault && s.start <= 1 ? this.introducedBefore(sentence) ?? this.subjectBefore(sentence) : null;
        if (introduced) owner = { who: introduced, verb: null };
        else if (last && byDefault) owner = { who: last, verb: null };
      }
      // A quotation left open at the end of the sentence may be closed, and owned, in the next.
      if (byDefault && s.start <= 1 && s.end >= text.trimEnd().length) this.openEnded = true;
      if (!owner) {
        if (byDefault && s.start <= 1) this.unowned.push(...pieces.parts.map((p) => ({ text: p.text.replace(/^[\s,]+|[\s,]+$/g, ""), start: p.start, end: p.end })).filter((p) => p.text));
        continue;
      }
      // « X a déclaré : « … » with no closing mark before the paragraph ends: the next paragraph may
      // go on with it, up to its own closing mark, whoever owned the opening words.
      if (s.start >= 0 && s.end >= text.length) this.openEnded = true;
      // « She said the council had "come up short" in its audit »: a few quoted words inside the
      // clause already reported for the same speaker are part of that statement, not one of their own.
      // (Not quoted words that open like a sentence, « says he will stay: "The ships cannot wait." »,
      // « heard her say "I will be back" »: an utterance of its own.)
      const whole = /^\p{Lu}/u.test(spanText(text, s));
      if (s.start > 1 && !whole && !/:\s*$/.test(text.slice(0, s.start)) && wordCount(spanText(text, s)) <= FRAGMENT_WORDS && this.withinReported(sentence, s, owner.who)) continue;
      for (const p of pieces.parts) {
        const body = p.text.replace(/^[\s,]+|[\s,]+$/g, "");
        if (!body) continue;
        const q: RawQuote = { entity: owner.who, text: body, kind: "direct", sentence, verb: owner.verb, start: p.start, end: p.end };
        this.quotes.push(q);
        if (byDefault && s.start <= 1) this.defaulted.push(q);
      }
      speak(owner.who, s.start);
    }
  }

  /** Whether a reported clause of this sentence, given to `who`, holds the quoted span. */
  private withinReported(sentence: number, s: Span, who: Entity): boolean {
    for (let k = this.quotes.length - 1; k >= 0; k--) {
      const q = this.quotes[k]!;
      if (q.sentence !== sentence) break;
      if (q.kind === "indirect" && q.entity === who && q.start <= s.start && q.end >= s.end) return true;
    }
    return false;
  }

  /**
   * The person named right after a quotation's closing mark, past a comma and one to three lower-case
   * words that open no phrase (a verb and an adverb: « », rappelle ainsi X »), or null.
   */
  private inciseName(sentence: number, text: string, tokens: Token[], names: NameSpan[], s: Span): Entity | null {
    const from = s.end + 1;
    const n = names.find((x) => !x.organisation && tokens[x.mentionStart]!.start > from && tokens[x.mentionStart]!.start <= from + 60);
    if (!n) return null;
    const gap = text.slice(from, tokens[n.mentionStart]!.start);
    // (The comma stands before the closing mark in English: « "…," quips X ».)
    const m = /^\s*,?\s*((?:\p{Ll}[\p{L}'’-]*\s+){1,3})$/u.exec(gap);
    if (!/[,!?…]\s*$/.test(spanText(text, s)) && !gap.includes(",")) return null;
    if (!m?.[1]) return null;
    const words = m[1].trim().split(/\s+/).map((w) => fold(w));
    const first = words[0]!;
    if (this.lex.notNpStart.has(first) || this.lex.determiners.has(first) || this.lex.datives.has(first) || this.lex.conjunctions.test(`${first} `) || this.lex.relatives.test(first) || this.isPronoun(first)) return null;
    if (words.slice(1).some((w) => this.lex.notNpStart.has(w) || this.lex.datives.has(w) || this.lex.nounLinks.has(w))) return null;
    return this.registry.person(n.name, POS(sentence, tokens[n.first]!.start), sentence);
  }

  /** A person named for the first time as the subject of the sentence before `sentence`, who has not spoken. */
  private introducedBefore(sentence: number): Entity | null {
    if (sentence < 1) return null;
    const from = POS(sentence - 1, 0);
    const e = this.registry.recent(POS(sentence, 0), (x) => x.kind === "person" && !x.spoke && x.lastSubject >= from, "salient");
    if (!e || e.lastSubject < from) return null;
    for (const m of e.mentions) if (m < sentence - 1) return null;
    return e;
  }

  /**
   * The one person the sentence before `sentence` opened with as its subject, when no one else was
   * given words in it: « Mme X se montre plus prudente. » before a quotation with no frame.
   */
  private subjectBefore(sentence: number): Entity | null {
    if (sentence < 1) return null;
    const from = POS(sentence - 1, 0);
    const to = POS(sentence, 0);
    let subject: Entity | null = null;
    for (const e of this.registry.entities) {
      if (e.lastSubject < from || e.lastSubject >= to || e.kind !== "person") continue;
      if (subject) return null;
      subject = e;
    }
    if (!subject) return null;
    for (const e of this.registry.entities) if (e !== subject && e.lastSpoke >= from && e.lastSpoke < to) return null;
    return subject;
  }

  /**
   * « Un passant dit avoir entendu le suspect crier « … » », « a witness heard the man shout
   * "…" »: the words are those of the one heard, not of the witness who reports them.
   */
  private heardSpeaker(sentence: number, text: string, tokens: Token[], names: NameSpan[], s: Span): { who: Entity; verb: string | null } | null {
    let end = tokens.length;
    while (end > 0 && tokens[end - 1]!.start >= s.start) end--;
    // The verb of speech a few words before the quotation (« crier deux fois aux clients »).
    for (let v = end - 1; v >= 1 && v >= end - 8; v--) {
      if (/[.;!?«»“”"]/.test(text.slice(tokens[v]!.end, v + 1 < end ? tokens[v + 1]!.start : s.start))) return null;
      if (!this.lex.speechInfinitive.test(tokens[v]!.low)) continue;
      // Who was heard: one to five words between the verb of hearing and the verb of speech.
      for (let p = v - 2; p >= 0 && p >= v - 6; p--) {
        if (/[,.;:!?«»“”"]/.test(text.slice(tokens[p]!.end, tokens[p + 1]!.start))) return null;
        if (!this.lex.perception.test(tokens[p]!.low)) continue;
        const np = { start: tokens[p + 1]!.start, end: tokens[v - 1]!.end };
        const npText = text.slice(np.start, np.end);
        // « heard him say »: which « him » is not told by recency alone (the witness is as recent).
        if (Object.hasOwn(this.lex.pronouns, fold(npText))) return null;
        const at = POS(sentence, np.start);
        const name = names.find((n) => tokens[n.first]!.start >= np.start && tokens[n.last]!.end <= np.end);
        let who = name ? this.registry.person(name.name, POS(sentence, tokens[name.first]!.start), sentence) : this.resolveNp(npText, at, sentence);
        // « l'homme », « the man »: someone heard is a person, even when the noun names no role.
        const det = this.lex.determiners.has(tokens[p + 1]!.low) && !this.lex.determinerAlsoAux.has(tokens[p + 1]!.low);
        if (!who && det && v - p <= 4) {
          who = this.registry.organization(stripArticle(npText), "person", at, sentence);
          who.aliases.add(npText);
        }
        return who ? { who, verb: tokens[v]!.text } : null;
      }
      return null;
    }
    return null;
  }

  /** « X : « … » » at the start of a sentence: X, when it is a name or a description of a speaker and nothing else. */
  private colonSpeaker(sentence: number, text: string, tokens: Token[], names: NameSpan[], s: Span): { who: Entity; verb: string | null } | null {
    const m = /^\s*([^:«»"“”,;()]{2,80}?)\s*:\s*$/u.exec(text.slice(0, s.start));
    if (!m?.[1]) return null;
    const np = m[1];
    const start = text.indexOf(np);
    const words = fold(np).split(/\s+/);
    if (words.length > 6 || words.some((w) => this.lex.finite.has(w) || this.lex.auxiliaries.has(w))) return null;
    const name = names.find((n) => tokens[n.mentionStart]!.start <= start + 1 && tokens[n.last]!.end >= start + np.length - 1);
    if (name) return { who: this.registry.person(name.name, POS(sentence, tokens[name.first]!.start), sentence), verb: null };
    if (!isPersonDescription(np) && !isInstitution(np)) return null;
    const who = this.resolveNp(np, POS(sentence, start), sentence);
    return who ? { who, verb: null } : null;
  }

  /**
   * « Nous avons convenu …, a affirmé M. Lemoine, et les travaux … »: a reporting verb set inside
   * the quote splits it in two pieces, both the speaker's.
   */
  private splitIncise(sentence: number, text: string, s: Span): { parts: { text: string; start: number; end: number }[]; owner: { who: Entity; verb: string | null } | null } {
    const raw = text.slice(s.start + 1, s.end);
    const whole = [{ text: raw.trim(), start: s.start + 1, end: s.end }];
    // « "'We never hid anything,' Lopez said." »: a quotation nested in the words is read as any quotation.
    const nested = nestedQuotes(raw);
    const inner = nested.text;
    const low = foldKeepLength(inner);
    const tokens = tokenize(inner, low);
    // (« "I won't resign, the voters will decide," X said »: a verb that only reports a clause, in the speaker's
    // own words, is what they say, not an incise.)
    const frames = findFrames(inner, low, tokens, nested.spans, this.lex).filter((f) => (f.kind === "inverted" || f.kind === "pronoun") && !reportsClauseOnly(this.lex, f.verb));
    const fr = frames[0];
    if (!fr) return { parts: whole, owner: null };
    const names = findNames(tokens, this.lex.lang, inner);
    for (const n of names) this.registerName(sentence, inner, tokens, n);
    const who = this.resolveFrame(sentence, inner, tokens, names, fr);
    if (!who) return { parts: whole, owner: null };
    // The incise runs over the verb, its subject, and a circumstantial phrase, up to « , » or « . ».
    let resume = fr.subject ? fr.subject.end : fr.groupEnd;
    resume += /^[\s,.;!?]*/.exec(inner.slice(resume))?.[0].length ?? 0;
    // « …, a précisé X, devant les élus. Puis » : the circumstantial phrase belongs to the incise.
    const circumstantial = /^(?:à|a|au|aux|lors|dans|devant|après|avant|au cours|en|depuis|sur|selon|face|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|avec)(?=[\s'’])[^,.;!?«»]*[,.;!?]\s*/iu.exec(inner.slice(resume));
    if (circumstantial) resume += circumstantial[0].length;
    // « …, rappelle X, ingénieure et autrice du rapport. Suite »: the speaker's role belongs to the incise.
    const role = /^(\p{Ll}[^,.;!?«»]*)[,.]\s*/u.exec(inner.slice(resume));
    const roleWords = role?.[1] ? fold(role[1]).split(/[\s']+/) : [];
    const isRole = role?.[1] && resume + role[0].length < inner.trimEnd().length && !this.lex.conjunctions.test(role[1]) && (isPersonDescription(role[1]) || (roleWords.length <= 12 && !this.lex.notNpStart.has(roleWords[0]!) && !roleWords.some((w) => this.lex.finite.has(w) || this.lex.auxiliaries.has(w) || /^(?:qui|que|qu|who|which|that)$/.test(w))));
    if (role && isRole) resume += role[0].length;
    // The words as written; a piece that is one nested quotation, without its own marks.
    const piece = (from: number, to: number): string => {
      const t = raw.slice(from, to);
      const a = from + (t.length - t.trimStart().length);
      let b = to;
      while (b > a && /[\s,]/.test(raw[b - 1]!)) b--;
      const own = nested.spans.find((x) => x.start === a && x.end === b - 1);
      return own ? raw.slice(a + 1, b - 1).trim() : t.trim();
    };
    const first = piece(0, fr.scope.end);
    const second = piece(resume, raw.length);
    const parts = [
      { text: first, start: s.start + 1, end: s.start + 1 + fr.scope.end },
      { text: second, start: s.start + 1 + resume, end: s.end },
    ].filter((p) => wordCount(p.text) > 0);
    return { parts, owner: { who, verb: fr.verb } };
  }
}
