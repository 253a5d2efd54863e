/** The speech reader: one sentence at a time, its frames, quotes and claims. */
import { type Entity } from "../entities.js";
import { type SpeechLexicon } from "../lang/index.js";
import { findFrames, type Frame } from "../frames/index.js";
import { findNames, type NameSpan } from "../names.js";
import { quoteSpans, type Span } from "../quote-spans.js";
import { fold } from "../text.js";
import { foldKeepLength, tokenize, type Token } from "../tokens.js";
import { surnameMentions } from "../salience.js";
import { Attribution } from "./attribution.js";
import { type Pending, POS, type SentenceAnalysis } from "./state.js";

/** Where a quotation carried over from the previous paragraph closes: a closing mark before any opening one, or -1. */
function continuationEnd(text: string): number {
  const m = /^[^«“"»”]*[»”"]/.exec(text);
  if (!m) return -1;
  const at = m[0].length - 1;
  // A straight mark closes only when glued to the words before it (« …pays", a dit X »).
  if (text[at] === '"' && (at === 0 || /\s/.test(text[at - 1]!))) return -1;
  return at > 0 ? at : -1;
}

/** The noun phrase a sentence opens with, up to its verb, in the words of the lexicon's `leadArticle` and `leadVerbs`. */
function leadNounPhrase(text: string, tokens: Token[], lex: SpeechLexicon): string | null {
  if (!lex.leadArticle?.test(text)) return null;
  const verb = tokens.findIndex((t, i) => i > 0 && i < 12 && lex.leadVerbs.has(t.low));
  if (verb < 1) return null;
  const np = text.slice(0, tokens[verb]!.start).trim();
  return /[,«(]/.test(np) ? null : np;
}

/**
 * Finds who said what, sentence by sentence, keeping the entities mentioned so far so that
 * pronouns and definite descriptions resolve to the right speaker by gender and recency.
 */
export class SpeechReader extends Attribution {
  read(sentence: number, text: string, paragraph?: number): SentenceAnalysis {
    if (paragraph !== undefined) this.paragraphs[sentence] = paragraph;
    this.previousText = this.currentText;
    this.currentText = text;
    const low = foldKeepLength(text);
    const tokens = tokenize(text, low);
    const names = findNames(tokens, this.lex.lang, text);
    const named = names.map((n) => this.registerName(sentence, text, tokens, n));
    const pending = this.pending?.sentence === sentence - 1 ? this.pending : null;
    this.pending = null;
    this.defaulted = [];
    this.unowned = [];
    this.openEnded = false;
    const spans = quoteSpans(text);
    // « Il n'y a pas d'autre chemin », a ajouté X. » after a paragraph that opened a quotation and
    // never closed it: the words up to the closing mark go on with that quotation.
    const close = pending?.open ? continuationEnd(text) : -1;
    if (close > 0) spans.unshift({ start: -1, end: close });
    // Where each entity was last named in the reporter's own words, outside quotation marks: a name
    // inside quoted words is no antecedent for the next « he said ».
    names.forEach((n, k) => {
      const at = tokens[n.first]!.start;
      if (!spans.some((q) => at > q.start && at < q.end)) this.narrated.set(named[k]!, POS(sentence, at));
    });
    // « Regarding the posts, Lund said … »: a known person named again by surname alone is mentioned too.
    for (const { entity, at } of surnameMentions(tokens, names, spans, (w) => this.registry.personByLastWord(w))) {
      this.registry.touch(entity, POS(sentence, at), sentence);
      this.narrated.set(entity, POS(sentence, at));
    }
    const frames = findFrames(text, low, tokens, spans, this.lex);
    this.markSubject(sentence, text, tokens, names, frames, spans);
    this.sentenceLead = leadNounPhrase(text, tokens, this.lex);
    const speakers: (Entity | null)[] = [];
    // Per sentence, not per frame: a run-on sentence can hold thousands of frames.
    const inDocument = this.lex.documentMedium.test(low);
    const hasVoice = text.includes("par la voix d");
    let lastWho: Entity | null = null;
    for (let f = 0; f < frames.length; f++) {
      const fr = frames[f]!;
      // « The elders condemned raids that they said killed 14 villagers », « Le maire conteste ce
      // qu'il appelle … »: a pronoun set after a relative inside the sentence points to its opening subject.
      let who = fr.subject && fr.pronoun && this.afterRelative(tokens, fr.subject.start) ? this.openingFitting(sentence, text, tokens, names, fr, frames, speakers) : null;
      if (!who) who = this.resolveFrame(sentence, text, tokens, names, fr);
      // « alertés par des habitants assurant que … », "residents saying that …": a participle
      // glued to a plural of people (no comma between) has that noun phrase for its subject.
      if (!who && fr.kind === "participle" && !fr.subject && !fr.pronoun) who = this.peopleGlued(sentence, text, fr.groupStart);
      // « The brochure says: "…" », « The indictment claims that … », « …, précise la kinésiologue »:
      // a noun phrase that reports a clause or a quotation, or stands inverted after a quotation's verb,
      // is its source, whatever its noun (a document, a law, a body, a person by role); not one
      // a participle follows after a comma (« The announcement, posted on … », a reduced relative),
      // nor one inside a clause another speaker reports (« X said the inquiry revealed that … »).
      if (!who && ((fr.kind === "preverbal" && (fr.clause || fr.colon)) || (fr.kind === "inverted" && /[»”"]\s*,?\s*$/.test(text.slice(0, fr.groupStart)))) && fr.says && !fr.negated) who = fr.subject && !fr.pronoun ? (/^\s*$/.test(text.slice(fr.subject.end, fr.groupStart)) && !frames.some((o, k) => k < f && o.clause && o.clause.start <= fr.subject!.start && o.clause.end >= fr.groupEnd) ? this.sourceNp(sentence, fr.subject) : null) : fr.pronoun?.thing ? this.thingBefore(sentence) : null;
      if (!who) who = lastWho;
      // « The port authority closed the dock, adding that … », « X considers … and has vowed … »: a
      // participle or a coordinated verb with no subject of its own and no speaker before it in the
      // sentence speaks for the subject the sentence opens with.
      if (!who && !fr.subject && !fr.pronoun && (fr.kind === "participle" || fr.kind === "preverbal")) who = this.openingSubject(sentence, text, tokens, names, fr.groupStart);
      // « They were near an agreement until Governor X walked out, citing … »: a participle with
      // no subject of its own speaks for the person whose verb it follows, subject of the nearest clause.
      if (!who && fr.kind === "participle" && !fr.subject && !fr.pronoun) who = this.clauseSubjectBefore(sentence, tokens, names, fr.groupStart);
      // « Declaring that the city is at stake, Mayor X ordered … », « Estimant que …, M. X a ordonné … »:
      // a participle opening the sentence speaks for the subject of the main clause after its phrase,
      // and what it reports ends where its phrase does.
      if (!who && fr.kind === "participle" && !fr.subject && !fr.pronoun && !/\S/.test(text.slice(0, fr.groupStart))) {
        const main = this.mainSubjectAfter(sentence, text, tokens, names, spans, fr.groupEnd);
        if (main) {
          who = main.who;
          if (fr.clause && fr.clause.end > main.comma) fr.clause = { start: fr.clause.start, end: main.comma };
          if (fr.scope.end > main.comma) fr.scope = { start: fr.scope.start, end: main.comma };
        }
      }
      // « La France a salué un vote « responsable », par la voix de son ambassadeur, X »: X speaks.
      const voice = hasVoice ? /par la voix d(?:e|u|es)\s+[^,.;]*,\s*((?:\p{Lu}[\p{L}'’-]+\s*){2,4})/u.exec(text.slice(fr.groupEnd)) : null;
      if (voice?.[1] && (fr.scope.end >= fr.groupEnd + voice.index)) {
        const name = names.find((n) => n.name === voice[1]!.trim());
        if (name) who = this.registry.person(name.name, POS(sentence, tokens[name.first]!.start), sentence);
      }
      speakers.push(who);
      if (who) lastWho = who;
      if (who && inDocument) who.issuedDocument = true;
    }
    const firstQuote = this.quotes.length;
    this.attribute(sentence, text, low, tokens, spans, frames, speakers, names);
    if (pending) this.settle(pending, sentence, text, tokens, names, spans, frames, speakers, firstQuote);
    if (this.defaulted.length || this.unowned.length || this.openEnded) this.pending = { sentence, quotes: this.defaulted, unowned: this.unowned, open: this.openEnded };
    return { tokens, names, frames };
  }

  /**
   * Gives the words left to the last speaker by default in the previous sentence to the speaker
   * this one names: the one who closes the quotation they opened, or the one a back-pointing
   * sentence names (« C'est ce qu'a affirmé X », « That was how X put it »).
   */
  private settle(pending: Pending, sentence: number, text: string, tokens: Token[], names: NameSpan[], spans: Span[], frames: Frame[], speakers: (Entity | null)[], firstQuote: number): void {
    // Only this sentence's quotes (pushed from `firstQuote` on): a scan of all would be quadratic.
    const here = this.quotes.slice(firstQuote);
    let owner: Entity | null = null;
    const first = spans[0];
    if (pending.open && first && first.start <= 1) {
      // The continuation's owner, if a frame gave it one (not the default again).
      const q = here.find((x) => x.kind === "direct" && x.start <= 2 && !this.defaulted.includes(x));
      if (q) owner = q.entity;
    }
    if (!owner && this.lex.backReference.test(fold(text.trimStart().slice(0, 40)))) {
      // Its own words (quoted or reported) make it a statement, not a pointer back.
      if (!here.length) {
        const i = frames.findIndex((f, k) => speakers[k] && f.says && !f.negated);
        // « C'est ce qu'a affirmé X », « That was how union leader X described it »: the speaker is
        // the one the sentence names, whatever its verb.
        const name = names[0];
        if (name) owner = this.registry.person(name.name, POS(sentence, tokens[name.first]!.start), sentence);
        else if (i >= 0) owner = speakers[i]!;
        else {
          const fr = frames[0];
          const np = fr ? /^\s*([^,.;:«»"“”]+)/.exec(text.slice(fr.groupEnd))?.[1] : undefined;
          if (np) owner = this.resolveNp(np, POS(sentence, fr!.groupEnd), sentence);
        }
      }
    }
    if (!owner) return;
    for (const q of pending.quotes) q.entity = owner;
    for (const u of pending.unowned) this.quotes.push({ entity: owner, text: u.text, kind: "direct", sentence: pending.sentence, verb: null, start: u.start, end: u.end });
    owner.spoke = true;
    owner.lastSpoke = Math.max(owner.lastSpoke, POS(sentence, 0));
    owner.mentions.add(pending.sentence);
  }
}
