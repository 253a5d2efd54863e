import { capitalDemonym, capitalDemonyms, documentOwner, EntityRegistry, type Entity, isDocument, isGroup, isInstitution, isPersonDescription, headNoun, npGender, speakerNp, withoutAge } from "./entities.js";
import { findFrames, namesDocument, objectSaid, type Frame } from "./frames.js";
import { findNames, type NameSpan } from "./names.js";
import { descriptionAfter, roleAfterName, roleAround, roleOfDescription } from "./roles.js";
import { isMediumTitle, isNamingQuote, nestedQuotes, quoteSpans, spanText, type Span } from "./quote-spans.js";
import { CAPITAL_PAIRS, COUNTRIES, ROLE_NOUNS } from "./lexicon.js";
import { fold, stripArticle, trimPunct } from "./text.js";
import { foldKeepLength, tokenize, type Token } from "./tokens.js";
import { speechLexicon, type SpeechLexicon } from "./lang/index.js";
import { allNameWords } from "./lang/names.js";
import { FEMININE_GIVEN, MASCULINE_GIVEN } from "./lang/given-names.js";
import { afterPreposition, genderOf, rank, surnameMentions, type Place, type PronounCue } from "./salience.js";

export interface RawQuote {
  entity: Entity;
  text: string;
  kind: "direct" | "indirect";
  sentence: number;
  verb: string | null;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

export interface SentenceAnalysis {
  tokens: Token[];
  names: NameSpan[];
  frames: Frame[];
}

const POS = (sentence: number, offset: number) => sentence * 100000 + offset;

/** Marks an entity as speaking in the sentence at `pos` (its words, or a claim, are attributed to it). */
function spokeIn(sentence: number, framed: Set<Entity>): (e: Entity, pos: number, relay?: boolean) => void {
  return (e, pos, relay = false) => {
    // (A source only cited, « selon X », speaks as a relay: see framedSpeakers.)
    if (!relay) framed.add(e);
    e.spoke = true;
    e.lastSpoke = Math.max(e.lastSpoke, POS(sentence, pos));
    e.mentions.add(sentence);
  };
}

/**
 * Finds who said what, sentence by sentence, keeping the entities mentioned so far so that
 * pronouns and definite descriptions resolve to the right speaker by gender and recency.
 */
export class SpeechReader {
  readonly registry = new EntityRegistry();
  /** The reporting words of the dispatch's language. */
  readonly lex: SpeechLexicon;
  readonly quotes: RawQuote[] = [];
  /** The noun phrase the current sentence opens with, before its first verb (« Les ministres de l'OTAN sont convenus … »). */
  private sentenceLead: string | null = null;
  /**
   * What a speaker announces without a clause (« a annoncé l'envoi de 5 000 soldats »): not a
   * quote, but the source of the numbers in it.
   */
  readonly claims: { entity: Entity; sentence: number; start: number; end: number }[] = [];
  /**
   * Quoted words of the sentence just read that stood with no frame of their own and went to the
   * last speaker by default, or to no one: the next sentence may name their speaker (« … » then
   * « C'est ce qu'a affirmé X », or a quotation running on into a paragraph closed by « », a dit X »).
   */
  private pending: Pending | null = null;
  /** The quotes given by default in the sentence being read. */
  private defaulted: RawQuote[] = [];
  private unowned: { text: string; start: number; end: number }[] = [];
  private openEnded = false;
  /** The sentence read before this one: a partitive subject (« plusieurs d'entre eux ») names a group from it. */
  private previousText = "";
  private currentText = "";
  /** The paragraph of each sentence read, when the caller tells it. */
  private readonly paragraphs: number[] = [];
  /**
   * Who spoke through a frame of their own (a verb, a quotation), not only as a source the reporter
   * cites (« selon le journal X », "according to the Herald"): only they go on speaking (« he added »).
   */
  private readonly framedSpeakers = new Set<Entity>();
  /** Where each entity was last named outside quotation marks (see read). */
  private readonly narrated = new Map<Entity, number>();

  constructor(lang: "fr" | "en" = "fr") {
    this.lex = speechLexicon(lang);
  }

  private isPronoun(word: string): boolean {
    return Object.hasOwn(this.lex.pronouns, word);
  }

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
    this.sentenceLead = leadNounPhrase(text, tokens);
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

  /**
   * The source a short definite noun phrase names when no rule of speakers knows its noun (« the
   * brochure », « l'acte d'accusation »): itself, as a body, when it is a determiner and a few words
   * with no verb.
   */
  private sourceNp(sentence: number, np: { start: number; text: string }): Entity | null {
    const words = np.text.trim().split(/\s+/);
    const first = fold(words[0]!.replace(/['’].*$/, "'"));
    if (!(this.lex.determiners.has(first) || this.lex.determiners.has(fold(words[0]!))) || words.length < 2 || words.length > 5) return null;
    if (words.slice(1).some((w) => { const f = fold(w); return this.lex.finite.has(f) || this.lex.auxiliaries.has(f) || this.isPronoun(f) || /[,;:«»"“”()]/.test(w); })) return null;
    const bare = stripArticle(np.text.trim());
    if (!bare || !/^\p{Ll}/u.test(bare)) return null;
    const at = POS(sentence, np.start);
    // « the Danish printed leaflet … The leaflet says », « la notice danoise … la notice
    // indique »: a lone noun points back to the last body or thing whose name holds it.
    const lone = words.length === 2 ? fold(bare) : null;
    const holds = (name: string) => lone !== null && fold(name).split(/[\s'’,()]+/).includes(lone);
    // (« précise la gastro-entérologue »: the person the copy gave that role.)
    const same = this.registry.recent(at, (x) => (x.kind === "person" ? holds(x.role ?? "") : holds(x.name)) || [...x.aliases].some(holds));
    const e = same ?? this.registry.organization(bare, "organization", at, sentence);
    e.aliases.add(np.text.trim());
    return this.registry.touch(e, at, sentence);
  }

  /**
   * « Article 5 is the core of the treaty. It says that … »: a thing pronoun no entity answers
   * stands for the thing the sentence before opens with, as its subject.
   */
  private thingBefore(sentence: number): Entity | null {
    const text = this.previousText;
    if (!text || sentence < 1) return null;
    const tokens = tokenize(text, foldKeepLength(text));
    if (!tokens.length) return null;
    const e = this.openingSubject(sentence - 1, text, tokens, findNames(tokens, this.lex.lang, text), text.length);
    return e && e.kind !== "person" ? e : null;
  }

  /** A relative word (« que », « what ») right before `at`. */
  private afterRelative(tokens: Token[], at: number): boolean {
    // Binary search: a run-on sentence can hold thousands of frames.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    return k >= 0 && tokens[k]!.end >= at - 1 && this.lex.objectRelatives.has(tokens[k]!.low);
  }

  /** The sentence's opening subject when the frame's pronoun can stand for it (number, gender, person or thing). */
  private openingFitting(sentence: number, text: string, tokens: Token[], names: NameSpan[], fr: Frame, frames: Frame[], speakers: (Entity | null)[]): Entity | null {
    const p = fr.pronoun!;
    // The speaker of an earlier frame of the sentence whose subject came first, or the opening noun phrase.
    const first = frames.findIndex((o) => o !== fr && o.subject !== null && o.subject.start < fr.subject!.start);
    const e = (first >= 0 ? speakers[first] : null) ?? this.openingSubject(sentence, text, tokens, names, fr.subject!.start);
    if (!e) return null;
    const person = e.kind === "person";
    const fits = p.thing ? !person : p.plural ? e.kind === "group" || (!person && p.gender === null) : person && (p.gender === null || e.gender === null || e.gender === p.gender);
    return fits ? e : null;
  }

  /** The last person named before `limit` whose name a verb follows at once (« … when X scuttled the talks »): that clause's subject. */
  private clauseSubjectBefore(sentence: number, tokens: Token[], names: NameSpan[], limit: number): Entity | null {
    for (let k = names.length - 1; k >= 0; k--) {
      const n = names[k]!;
      if (n.organisation || tokens[n.last]!.end >= limit) continue;
      const next = tokens[n.last + 1];
      if (!next || next.start >= limit || !/^\p{Ll}/u.test(next.text) || next.start - tokens[n.last]!.end > 1) continue;
      if (this.lex.finite.has(next.low) || this.lex.auxiliaries.has(next.low) || this.lex.simplePast?.test(next.low)) return this.registry.person(n.name, POS(sentence, tokens[n.first]!.start), sentence);
    }
    return null;
  }

  /**
   * The subject of the main clause after an opening phrase that ends at one of the next commas
   * (outside quotation marks): a name, or a short noun phrase, right before a finite verb. With the comma.
   */
  private mainSubjectAfter(sentence: number, text: string, tokens: Token[], names: NameSpan[], spans: Span[], from: number): { who: Entity; comma: number } | null {
    let at = from;
    for (let tries = 0; tries < MAIN_CLAUSE_COMMAS; tries++) {
      let comma = text.indexOf(",", at);
      while (comma >= 0 && spans.some((q) => comma > q.start && comma < q.end)) comma = text.indexOf(",", comma + 1);
      if (comma < 0) return null;
      at = comma + 1;
      const k = tokens.findIndex((t) => t.start > comma);
      if (k < 0) return null;
      let v = k + 1;
      for (; v < tokens.length && v < k + 8; v++) {
        if (/[,;:«»"“”()]/.test(text.slice(tokens[v - 1]!.end, tokens[v]!.start))) break;
        const w = tokens[v]!.low;
        if (/^\p{Ll}/u.test(tokens[v]!.text) && (this.lex.finite.has(w) || this.lex.auxiliaries.has(w) || this.lex.simplePast?.test(w))) break;
      }
      const verb = tokens[v];
      if (!verb || v >= k + 8 || /[,;:«»"“”()]/.test(text.slice(tokens[v - 1]!.end, verb.start))) continue;
      if (!(/^\p{Ll}/u.test(verb.text) && (this.lex.finite.has(verb.low) || this.lex.auxiliaries.has(verb.low) || this.lex.simplePast?.test(verb.low)))) continue;
      const start = tokens[k]!.start;
      const end = tokens[v - 1]!.end;
      // (A name the phrase ends on is its head only after a title or a role: not « engineers in Dunmore ».)
      const named = names.find((n) => tokens[n.mentionStart]!.start >= start && tokens[n.last]!.end === end && (tokens[n.mentionStart]!.start === start || isPersonDescription(text.slice(start, tokens[n.mentionStart]!.start).trim())));
      const who = named ? this.registry.person(named.name, POS(sentence, tokens[named.first]!.start), sentence) : this.isPronoun(tokens[k]!.low) ? null : this.resolveNp(text.slice(start, end), POS(sentence, start), sentence);
      if (who) return { who, comma };
    }
    return null;
  }

  /** The noun phrase a sentence opens with, up to its verb, before `limit`; null when the opening is not a plain subject. */
  private openingSubject(sentence: number, text: string, tokens: Token[], names: NameSpan[], limit: number): Entity | null {
    let from = 0;
    // « On Monday, the port authority closed … »: past an introductory phrase.
    if (tokens[0] && this.lex.notNpStart.has(tokens[0].low)) {
      const comma = text.indexOf(",");
      if (comma < 0 || comma > limit) return null;
      from = tokens.findIndex((t) => t.start > comma);
      if (from < 0) return null;
    }
    // « L'Agence nationale des forêts (ANF) retire … et considère … »: a body with its acronym in
    // brackets, then a verb, whatever tense (a present is not told by its form).
    // (A bounded slice: this runs once per frame with no subject of its own.)
    const acr = /^([^,;:«»"“”()]{3,80}?)\s*\((\p{Lu}{2,10})\)\s+\p{Ll}/u.exec(text.slice(tokens[from]!.start, Math.min(limit, tokens[from]!.start + 120)));
    if (acr?.[1] && (isInstitution(acr[1]) || isGroup(acr[1]) || isPersonDescription(acr[1]))) {
      const e = this.resolveNp(acr[1], POS(sentence, tokens[from]!.start), sentence);
      if (e) {
        e.aliases.add(acr[2]!);
        return e;
      }
    }
    // « Lisbonne nie … et accuse … »: a name (capitalised words) right before a lowercase word that opens no phrase.
    let cap = from;
    while (cap < from + 4 && tokens[cap] && /^\p{Lu}/u.test(tokens[cap]!.text) && !this.lex.determiners.has(tokens[cap]!.low) && !/[,;:«»"“”()]/.test(text.slice(tokens[cap]!.end, tokens[cap + 1]?.start ?? tokens[cap]!.end))) cap++;
    const after = tokens[cap];
    if (cap > from && after && after.start < limit && /^\p{Ll}/u.test(after.text) && !this.lex.determiners.has(after.low) && !this.lex.notNpStart.has(after.low) && !this.lex.datives.has(after.low) && !this.lex.coordination.test(` ${after.low} `)) {
      const np = text.slice(tokens[from]!.start, tokens[cap - 1]!.end);
      const named = names.find((n) => n.first >= from && n.last < cap);
      if (named) return this.registry.person(named.name, POS(sentence, tokens[named.first]!.start), sentence);
      const e = this.resolveNp(np, POS(sentence, tokens[from]!.start), sentence);
      if (e) return e;
    }
    let i = from;
    for (; i < tokens.length && i < from + 7 && tokens[i]!.start < limit; i++) {
      const w = tokens[i]!.low;
      if (i > from && (this.lex.finite.has(w) || this.lex.auxiliaries.has(w) || this.lex.simplePast?.test(w))) break;
      if (/[,;:«»"“”()]/.test(text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end))) return null;
    }
    const verb = tokens[i];
    if (i === from || !verb || verb.start >= limit || !(this.lex.finite.has(verb.low) || this.lex.auxiliaries.has(verb.low) || this.lex.simplePast?.test(verb.low))) return null;
    const start = tokens[from]!.start;
    const end = tokens[i - 1]!.end;
    const named = names.find((n) => tokens[n.first]!.start >= start && tokens[n.last]!.end <= end);
    if (named) return this.registry.person(named.name, POS(sentence, tokens[named.first]!.start), sentence);
    return this.resolveNp(text.slice(start, end), POS(sentence, start), sentence);
  }

  /** The person a sentence opens with (« Le général X, 57 ans, … insiste … ») is what a later « il » points to. */
  private markSubject(sentence: number, text: string, tokens: Token[], names: NameSpan[], frames: Frame[], spans: Span[]): void {
    // « As for Ms Brandt, when she retires … », « Quant à Mme Roy, elle … »: a known person the sentence
    // is about, after its topic marker, is who its pronouns point to.
    const topic = this.lex.topicMarkers.find((m) => m.every((w, k) => tokens[k]?.low === w));
    if (topic) {
      let k = topic.length;
      while (tokens[k] && /^\p{Lu}/u.test(tokens[k]!.text) && !/[,;:]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
      const last = tokens[k - 1];
      const named = names.find((n) => n.first >= topic.length && n.last < k);
      const known = named ? this.registry.person(named.name, POS(sentence, tokens[named.first]!.start), sentence) : k > topic.length && last ? this.registry.personByLastWord(last.low) : null;
      if (known) {
        this.registry.touch(known, POS(sentence, last!.start), sentence);
        known.lastSubject = POS(sentence, last!.start);
        return;
      }
    }
    const first = names[0];
    const opener = tokens[0];
    // « Marlow, herself a judge, voiced doubts »: a known person by surname alone opens the sentence.
    if ((!first || first.mentionStart > 0) && opener && /^\p{Lu}/u.test(opener.text) && !spans.some((q) => q.start <= opener.start)) {
      const known = this.registry.personByLastWord(opener.low);
      if (known) {
        known.lastSubject = POS(sentence, opener.start);
        // « Pike, a retired engineer, lives nearby », « Abu Karim is the head of … »: the role the sentence gives.
        const role = known.role ? null : roleAfterName(text, opener.end, known.gender);
        if (role) this.registry.setRole(known, role.text, role.gender);
        return;
      }
      // « Lina is a nurse from … », « Borys, an engineer from the coast, says … »: a
      // single word the name finder left (a first name alone, as features name people) that the
      // sentence describes as a person at once is that person, and the subject.
      const next = tokens[1];
      const single = !names.some((n) => n.first === 0) && next && (/^\s*,/.test(text.slice(opener.end, next.start)) || /^\p{Ll}/u.test(next.text));
      if (single && !this.lex.determiners.has(opener.low) && !this.lex.notNpStart.has(opener.low) && !this.lex.adverbs.has(opener.low) && !this.lex.timeWords.has(opener.low) && !this.isPronoun(opener.low) && !this.lex.conjunctions.test(`${opener.low} `)) {
        const role = roleAfterName(text, opener.end, null);
        // (Someone met for the first time is « a nurse », « infirmière à Lyon »; « Norvex, the militant
        // group that … » is a body the reader is assumed to know.)
        if (role && !this.lex.definite.test(role.np) && !this.namesBody(role.text)) {
          const e = this.registry.person(opener.text, POS(sentence, opener.start), sentence);
          if (e.kind === "person") {
            e.lastSubject = POS(sentence, opener.start);
            if (!e.role) this.registry.setRole(e, role.text, role.gender);
            return;
          }
        }
      }
    }
    // The first name that opens its own comma-segment, past introductory phrases that may name a
    // place (« Lors d'une foire à Verlac, au printemps, le juge X a vanté … »).
    const limit = Math.min(frames[0]?.groupStart ?? text.length, spans[0]?.start ?? text.length);
    for (const n of names.slice(0, 4)) {
      const at = tokens[n.mentionStart]!.start;
      if (at > limit) return;
      // Only an opening name counts: « Le général X … », « Âgée de 44 ans, Mme X … », not « … par le chancelier X ».
      const own = this.ownSegment(text, at);
      if (own && !isPersonDescription(own) && !/^(?:le|la|l['’])?\s*$/i.test(own)) {
        // A name inside the clause itself (« Le ministre a reçu X ») ends the search; one inside an
        // introductory phrase (« Lors d'une foire à Verlac, », « In Leeds, ») lets it go on.
        if (!this.lex.notNpStart.has(fold(own.split(/[\s'’]+/)[0] ?? "")) || !text.slice(tokens[n.last]!.end, limit).includes(",")) return;
        continue;
      }
      const e = this.registry.person(n.name, POS(sentence, tokens[n.first]!.start), sentence);
      e.lastSubject = POS(sentence, at);
      return;
    }
    // « …, le juge en chef Vallin l'a défendue »: a known person's surname after a description of them.
    for (let k = 1; k < tokens.length && tokens[k]!.start < limit && k < 40; k++) {
      const t = tokens[k]!;
      if (!/^\p{Lu}\p{Ll}/u.test(t.text) || names.some((n) => k >= n.first && k <= n.last)) continue;
      const own = this.ownSegment(text, t.start);
      if (!own || !isPersonDescription(own)) continue;
      const known = this.registry.personByLastWord(t.low);
      if (!known) continue;
      known.lastSubject = POS(sentence, t.start);
      return;
    }
  }

  /** Whether a description's head (« news agency » in "news agency based in X", not « police » in "police officer") names a body. */
  private namesBody(desc: string): boolean {
    const words = desc.split(/\s+/);
    const stop = words.findIndex((w, k) => k > 0 && (BODY_LINKERS.has(fold(w)) || this.lex.datives.has(fold(w)) || this.lex.relatives.test(w) || this.lex.objectRelatives.has(fold(w))));
    const head = words.slice(0, stop > 0 ? stop : words.length).join(" ");
    const last = head.split(/\s+/).pop() ?? "";
    return isGroup(head) || isInstitution(last) || isGroup(last);
  }

  /** The words of a sentence's comma-segment before `at`. */
  private ownSegment(text: string, at: number): string {
    const before = text.slice(Math.max(0, at - 160), at);
    return before.slice(before.lastIndexOf(",") + 1).trim();
  }

  private registerName(sentence: number, text: string, tokens: Token[], n: NameSpan): Entity {
    // A body the name finder recognised by its place (« X of Forward Norland ») is no person, whatever its words.
    const e = n.organisation ? this.registry.organization(n.name, "organization", POS(sentence, tokens[n.first]!.start), sentence) : this.registry.person(n.name, POS(sentence, tokens[n.first]!.start), sentence);
    if (n.title) e.aliases.add(`${n.title} ${n.name}`.replace(/^(L['’]|Le |La )/, (a) => a.toLowerCase()));
    if (n.titleGender && !e.gender) e.gender = n.titleGender;
    // « Mary Collins »: a given name of one gender only, when nothing else tells it.
    if (!e.gender && e.kind === "person") e.gender = givenGender(e.name);
    // « le général espagnol X », « la cheffe de la diplomatie X »: the article before the role.
    if (!e.gender) {
      const start = tokens[n.mentionStart]!.start;
      // Looked for in the 160 characters before the name: a role is a few words, and searching the
      // whole sentence for every name made a long sentence without commas quadratic.
      const floor = Math.max(0, start - 160);
      const near = text.slice(floor, start);
      const own = near.slice(Math.max(near.lastIndexOf(","), near.lastIndexOf("«")) + 1).trim();
      if (own && isPersonDescription(own)) e.gender = npGender(own);
    }
    const role = roleAround(text, tokens, n, e.gender);
    if (role) this.registry.setRole(e, role.text, role.gender);
    if (role?.text) e.aliases.add(role.np);
    // « X, 58, from Dunmore »: no role, but where they are from describes them.
    const described = role || e.role ? null : descriptionAfter(text, tokens[n.last]!.end);
    if (described) e.aliases.add(described);
    return e;
  }

  private resolveFrame(sentence: number, text: string, tokens: Token[], names: NameSpan[], fr: Frame): Entity | null {
    const at = POS(sentence, fr.groupStart);
    if (fr.sameSource) return this.registry.recent(at, (e) => e.spoke, "spoke");
    if (fr.pronoun && (!fr.subject || this.isPronoun(fold(fr.subject.text)))) {
      // « "…," he added » after a paragraph that named someone else in passing: the one who spoke goes on.
      const going = !fr.pronoun.plural && !fr.pronoun.thing && this.lex.continuation.test(fold(fr.verb)) ? this.lastSpeakerFitting(at, fr.pronoun.gender) : null;
      return going ?? this.resolvePronoun(at, fr.pronoun, fr.kind === "selon");
    }
    if (!fr.subject) return null;
    let np = fr.subject;
    // « "…," [Lopez] said »: the editor's brackets around the speaker set in a quotation are no part of the name.
    const bracketed = /^\[\s*([^\[\]]+?)\s*\]$/.exec(np.text);
    if (bracketed?.[1]) np = { start: np.start + np.text.indexOf(bracketed[1]), end: np.start + np.text.indexOf(bracketed[1]) + bracketed[1].length, text: bracketed[1] };
    // « In a statement after a dinner with X, the president said »: an introductory phrase the subject ran
    // into is not part of it; the subject is what follows its last comma (and a name that ends the
    // introductory phrase is no one the subject stands in apposition to).
    const comma = np.text.lastIndexOf(",");
    const introduced = comma > 0 && this.lex.notNpStart.has(fold(np.text.split(/[\s']+/)[0] ?? "")) && /\p{L}/u.test(np.text.slice(comma + 1));
    if (introduced) {
      const rest = np.text.slice(comma + 1);
      const lead = rest.length - rest.trimStart().length;
      np = { start: np.start + comma + 1 + lead, end: np.end, text: rest.trim() };
    }
    // « d'après le récit qu'elle livre au journal », « according to the account he gave »: the author is the pronoun's.
    const told = this.lex.accountBy.exec(fold(np.text));
    const teller = told?.[1] ? this.lex.pronouns[told[1]] : undefined;
    if (teller && !teller.thing) return this.resolvePronoun(POS(sentence, fr.groupStart), teller, true);
    // « X, a spokesperson for Y, the operation against Z in W, told … »: a description set off by commas
    // after the name the sentence opens with, even one that names a body, is an apposition of X.
    if (!introduced && /^\p{Ll}/u.test(np.text)) {
      const stackedFirst = this.stackedApposition(sentence, text, tokens, names, np.start);
      if (stackedFirst) return stackedFirst;
    }
    // A name inside the noun phrase: the person (« le colonel Jean Mas », « M. Lemoine »).
    const inside = names.filter((n) => tokens[n.first]!.start >= np.start && tokens[n.last]!.end <= np.end + 1);
    // « Lina Marsh, an expert at the Rowe Institute »: the name the phrase opens with; « le
    // porte-parole de l'état-major, le colonel Jean Mas »: the name it ends with.
    // (« Lammond’s remarks, Sir Alden said »: a possessor opens the phrase, no subject.)
    const opening = inside.find((n) => tokens[n.mentionStart]!.start <= np.start + 1 && !/^['’]s?(?:\s|$)/u.test(text.slice(tokens[n.last]!.end, tokens[n.last]!.end + 3)));
    // « Sara Klint (Green party) said », "X of the Y Foundation said": a person the phrase opens with,
    // before a body's name, is the speaker, not the body they belong to.
    const last = inside[inside.length - 1];
    const tied = opening && last && last !== opening && !opening.organisation && /^\s+(?:of|from|at|with|de|du|des|d['’]|de la|de l['’])\s*(?:the\s+)?$/iu.test(text.slice(tokens[opening.last]!.end, tokens[last.mentionStart]!.start));
    const found = opening && (/,/.test(text.slice(tokens[opening.last]!.end, np.end)) || (!opening.organisation && last?.organisation) || tied) ? opening : last;
    // « the head of Acme Technologies said »: someone described by their role in a body, not the body.
    const named = found && !(found.organisation && isPersonDescription(text.slice(np.start, tokens[found.mentionStart]!.start))) ? found : undefined;
    // « Mara Lind's lawyer said », "Omar Tazi's family said": a person's name the phrase opens with as
    // a possessor is not the speaker; what it describes is (someone new, unless the copy named them so before).
    const possessor = named && !named.organisation && tokens[named.last]!.end < np.end && /^['’]s?\s+\p{L}/u.test(text.slice(tokens[named.last]!.end, np.end));
    if (possessor) {
      const described = this.resolveNp(np.text, POS(sentence, np.start), sentence);
      if (described) return described;
    }
    if (named) {
      const rolePart = text.slice(np.start, tokens[named.mentionStart]!.start).replace(/[,\s]+$/, "");
      // « the head of Acme Technologies », « la femme de Jean Mas »: the name is the complement of the
      // description, and the speaker is the person described.
      if (/(?:^|\s)(?:of|de|du|des|d['’])$/iu.test(rolePart) && isPersonDescription(rolePart) && !this.isPronoun(fold(np.text))) {
        const described = this.resolveNp(np.text, POS(sentence, np.start), sentence);
        if (described?.kind === "person") return described;
      }
      const e = this.registry.person(named.name, POS(sentence, tokens[named.first]!.start), sentence);
      if (rolePart && isPersonDescription(rolePart)) {
        this.registry.setRole(e, stripArticle(rolePart), npGender(rolePart));
        e.aliases.add(rolePart);
      }
      return e;
    }
    // « X, 34, a nurse from Y, said », « Pike, a retired engineer, warned »: a description set off by
    // commas after a name (and its age) is that person's apposition, not another speaker.
    const appositive = introduced ? null : this.appositionOwner(sentence, text, tokens, names, np.start, np.text);
    if (appositive) return appositive;
    // « X, an analyst at Y, the Ohio-based firm, told … »: appositions stacked after the name the sentence opens with.
    const stacked = this.stackedApposition(sentence, text, tokens, names, np.start);
    if (stacked) return stacked;
    // « Barral further described … »: an adverb the subject ran into is not part of it.
    const npWords = np.text.trimEnd().split(/\s+/);
    let keep = npWords.length;
    while (keep > 1 && this.lex.adverbs.has(fold(npWords[keep - 1]!))) keep--;
    const e = this.resolveNp(keep < npWords.length ? npWords.slice(0, keep).join(" ") : np.text, POS(sentence, np.start), sentence);
    if (e) return e;
    // « La région et les syndicats de pêcheurs ont demandé … »: the first of coordinated speakers.
    const and = this.lex.coordination.exec(np.text);
    if (!and || and.index === 0) return null;
    const first = np.text.slice(0, and.index);
    // Only a noun phrase: a few words, no verb (« the talks were meant to … and » is a clause).
    const words = fold(first).split(/\s+/);
    if (words.length > 6 || words.some((w) => this.lex.finite.has(w) || this.lex.auxiliaries.has(w))) return null;
    return this.resolveNp(first, POS(sentence, np.start), sentence);
  }

  /**
   * The person a subject description is the apposition of: a name (or a known person's surname)
   * right before it, with only a comma and an age between: « X, 34, a nurse from Y, said ».
   */
  private appositionOwner(sentence: number, text: string, tokens: Token[], names: NameSpan[], npStart: number, npText: string): Entity | null {
    const before = text.slice(Math.max(0, npStart - 80), npStart);
    const m = /(\p{Lu}[\p{L}'’-]+),\s*(?:\(?\d{1,3}\)?\s*,\s*)?$/u.exec(before);
    if (!m) return null;
    // A surname alone opens the phrase itself: « Pike, a retired engineer »; the description then follows it.
    const desc = trimPunct(npText);
    const end = npStart - before.length + m.index + m[1]!.length;
    // (Or the role the sentence's opening gave a person just met: « Borys, an engineer …, says ».)
    const opened = this.registry.personByLastWord(fold(m[1]!));
    const given = opened?.role != null && fold(desc).includes(fold(opened.role));
    if (!given && !isPersonDescription(desc) && !isPersonDescription(desc.replace(/^(?:an?|une?)\s+/i, "the "))) return null;
    const named = names.find((n) => tokens[n.last]!.end === end && !n.organisation);
    const known = named ? null : this.registry.personByLastWord(fold(m[1]!));
    const e = named ? this.registry.person(named.name, POS(sentence, tokens[named.first]!.start), sentence) : known ? this.registry.touch(known, POS(sentence, end - m[1]!.length), sentence) : null;
    if (e) this.describedAs(e, desc);
    return e;
  }

  /**
   * « Hugo Barral, an analyst at Norvex, the Ohio-based firm, told … »: a frame whose subject is the
   * last of several noun phrases set off by commas after the person the sentence opens with is that
   * person's: appositions, with no verb, no quotation and no coordination between, describe them.
   */
  private stackedApposition(sentence: number, text: string, tokens: Token[], names: NameSpan[], npStart: number): Entity | null {
    if (!/,\s*$/.test(text.slice(Math.max(0, npStart - 4), npStart))) return null;
    const first = names.find((n) => !n.organisation && tokens[n.mentionStart]!.start < npStart);
    if (!first || first.mentionStart !== 0) return null;
    const end = tokens[first.last]!.end;
    const between = text.slice(end, npStart);
    if (!/^\s*,/.test(between) || /[«»"“”;:()]/.test(between) || (between.match(/,/g) ?? []).length < 2) return null;
    for (const t of tokens) {
      if (t.start < end || t.start >= npStart) continue;
      // (« chercheuse à Norvex »: a preposition whose accent folding made it look like a verb.)
      if (t.text.toLowerCase() !== t.low && this.lex.notNpStart.has(t.low)) continue;
      if (this.lex.finite.has(t.low) || this.lex.auxiliaries.has(t.low) || this.lex.simplePast?.test(t.low) || this.lex.relatives.test(t.low) || this.isPronoun(t.low)) return null;
    }
    if (between.split(",").some((seg) => this.lex.conjunctions.test(`${seg.trim()} `) || this.lex.coordination.test(` ${seg.trim().split(/\s+/)[0] ?? ""} `))) return null;
    return this.registry.person(first.name, POS(sentence, tokens[first.first]!.start), sentence);
  }

  /** « the economist said » of someone the story named with no role: the description is their role. */
  private describedAs(e: Entity, np: string): void {
    if (e.role || e.kind !== "person") return;
    const role = roleOfDescription(np);
    if (role) this.registry.setRole(e, role.text, role.gender);
  }

  /** The last person who spoke, when the pronoun's gender fits them (or is not known either way). */
  private lastSpeakerFitting(at: number, gender: "m" | "f" | null): Entity | null {
    // (A body only cited as a source, « selon le journal X », is no one whose words go on.)
    const last = this.registry.recent(at, (e) => e.spoke && (e.kind === "person" || this.framedSpeakers.has(e)), "spoke");
    const known = last ? genderOf(last) : null;
    if (!last || last.kind !== "person" || (gender !== null && known !== null && known !== gender)) return null;
    // The pronoun tells the person's gender from now on, as in resolvePronoun.
    if (gender && last.gender === null) last.gender = gender;
    return last;
  }

  private resolvePronoun(at: number, pron: PronounCue, any: boolean): Entity | null {
    const { gender } = pron;
    // A frame's pronoun (« he said », « a-t-elle ajouté »): the best-ranked antecedent (salience.ts).
    if (!any) {
      const place = this.placeAt(at);
      const pool = this.registry.entities;
      const ranked = (pron.plural && gender === null ? rank(pool, pron, place, (e) => e.kind !== "person")[0] : undefined) ?? rank(pool, pron, place)[0];
      // A candidate scored below the floor (a thing named in passing many sentences back) is no
      // antecedent: the frame's pronoun stands for something the reader cannot name, so no one.
      const best = ranked && ranked.score >= PRONOUN_FLOOR ? ranked : undefined;
      // « Villagers gathered … They said », « Les agriculteurs ont manifesté … ont-ils expliqué »: a
      // plural pronoun with no body or group named in this sentence or the one before stands for the
      // people the reporter's words named there last.
      if (pron.plural && !pron.thing && (!best || best.last < place.sentence - 1)) {
        const before = this.currentText.slice(0, Math.max(0, at - POS(place.sentence, 0)));
        const people = (/[«»"“”]/.test(before) ? null : this.peopleBefore(before, at, place.sentence, true)) ?? this.peopleBefore(this.previousText, at, place.sentence, true);
        if (people) return people;
      }
      const e = best?.entity ?? null;
      if (e && gender && e.gender === null && e.kind === "person") e.gender = gender;
      return e;
    }
    // « selon elle », "according to the account he gave": a person's pronoun finds its antecedent by the
    // same ranking as a frame's (a name inside quoted words is none), when one ranks high enough.
    if (!pron.thing && !pron.plural) {
      const best = rank(this.registry.entities, pron, this.placeAt(at))[0];
      if (best && best.score >= PRONOUN_FLOOR) {
        if (gender && best.entity.gender === null && best.entity.kind === "person") best.entity.gender = gender;
        return best.entity;
      }
    }
    // « it » is an institution or a document; « they » a group, an institution, or people.
    if (pron.thing) return this.resolveWith(at, any, (e) => e.kind !== "person");
    if (pron.plural && gender === null) return this.resolveWith(at, any, (e) => e.kind !== "person") ?? this.resolveWith(at, any, () => true);
    // The most salient entity of the pronoun's gender, or a person whose gender is not known yet
    // (most names carry none): « "…," said Anna Reyes. She added … » is Anna Reyes even when an
    // earlier Ms Holt is known to be a woman. Institutions of unknown gender only when nothing fits.
    const e =
      (gender === null ? null : this.resolveWith(at, any, (x) => x.gender === gender || (x.gender === null && x.kind === "person"))) ??
      this.resolveWith(at, any, (x) => gender === null || x.gender === null || x.gender === gender);
    // The pronoun tells the person's gender from now on.
    if (e && gender && e.gender === null && e.kind === "person") e.gender = gender;
    return e;
  }

  /** The best-ranked person a pronoun of `gender` standing at `at` would point to, mentioned in the last few sentences. */
  private rankedPerson(at: number, gender: "m" | "f" | null, allow: (e: Entity) => boolean): Entity | null {
    const place = this.placeAt(at);
    const best = rank(this.registry.entities, { gender, plural: false }, place, (e) => e.kind === "person" && allow(e))[0];
    return best && best.last >= place.sentence - GENERIC_REACH ? best.entity : null;
  }

  /** Where a pronoun or a description stands, for the ranking of its antecedents. */
  private placeAt(at: number): Place {
    const sentence = Math.floor(at / POS(1, 0));
    const narrated = (e: Entity) => this.narrated.get(e) ?? -1;
    const governed = (e: Entity) => {
      const pos = narrated(e);
      return pos >= POS(sentence, 0) && pos < at && afterPreposition(this.currentText, pos - POS(sentence, 0), this.lex.objectPrepositions);
    };
    return { at, sentence, paragraphOf: (k) => this.paragraphs[k] ?? null, narrated, governed };
  }

  private resolveWith(at: number, any: boolean, fits: (e: Entity) => boolean): Entity | null {
    const spoke = this.registry.recent(at, (e) => (e.spoke || e.lastSubject >= 0) && fits(e), "salient");
    if (!any) return spoke ?? this.registry.recent(at, fits);
    // « selon elle »: the most recent fitting entity, speaking or not.
    return this.registry.recent(at, fits) ?? spoke;
  }

  /** Resolves a speaker's noun phrase without a personal name. */
  resolveNp(np: string, at: number, sentence: number): Entity | null {
    // « Ce dernier a affirmé … », "The latter said …": the person named last before it.
    if (this.lex.latter.test(fold(trimPunct(np)))) {
      const last = this.registry.recent(at, (e) => e.kind === "person");
      if (last) return this.registry.touch(last, at, sentence);
    }
    const part = this.partitiveGroup(np, at, sentence);
    if (part) return part;
    const e = this.resolveNpHead(np, at, sentence);
    if (e) return e;
    // « two officials familiar with the matter », « people close to the talks »: a group of people
    // counted or qualified after its noun is that group, named as written.
    const words = trimPunct(np).split(/\s+/);
    const counted = words.length >= 2 && this.lex.quantifiers.has(fold(words[0]!));
    const rest = counted ? words.slice(1) : words;
    const cut = rest.findIndex((w, k) => k > 0 && this.lex.postModifiers.has(fold(w)));
    if (!counted && cut < 0) return null;
    const head = rest.slice(0, cut > 0 ? cut : rest.length);
    const bare = head.join(" ");
    if (head.length > 3 || !(/^\p{Ll}/u.test(bare) || PEOPLE_NOUNS.has(fold(bare)))) return null;
    const group = PEOPLE_NOUNS.has(fold(bare)) ? this.registry.organization(bare, "group", at, sentence) : this.resolveNpHead(bare, at, sentence);
    if (!group || group.kind !== "group") return null;
    group.aliases.add(trimPunct(np));
    return group;
  }

  /**
   * « Plusieurs d'entre eux ont dit … », "Several of them said …": the group named just before (a
   * group that spoke or was named in the last sentences, or the last plural of people in this
   * sentence or the one before), never the last person; a group named as written when none is.
   */
  private partitiveGroup(np: string, at: number, sentence: number): Entity | null {
    const written = trimPunct(np);
    if (!this.lex.partitive.test(fold(written))) return null;
    const offset = at - POS(sentence, 0);
    const near = this.registry.recent(at, (e) => e.kind === "group" && e.lastSeen >= POS(Math.max(0, sentence - 2), 0));
    const antecedent = near ?? this.peopleBefore(this.currentText.slice(0, Math.max(0, offset)), at, sentence) ?? this.peopleBefore(this.previousText, at, sentence);
    const e = antecedent ?? this.registry.organization(written, "group", at, sentence);
    e.aliases.add(written);
    return this.registry.touch(e, at, sentence);
  }

  /** The plural of people right before `at` with nothing between (« des habitants » in « des habitants assurant »), as a group. */
  private peopleGlued(sentence: number, text: string, at: number): Entity | null {
    const before = text.slice(Math.max(0, at - 80), at);
    const last = /(\p{L}+)\s+$/u.exec(before)?.[1];
    if (!last || !PEOPLE_NOUNS.has(fold(last))) return null;
    const pos = POS(sentence, at - before.length + before.lastIndexOf(last));
    // With its determiner (« des habitants »), or bare ("by residents saying").
    const e = this.peopleBefore(before.trimEnd().split(/\s+/).slice(-3).join(" "), pos, sentence) ?? this.resolveNpHead(last, pos, sentence) ?? this.registry.organization(last, "group", pos, sentence);
    return e.kind === "person" ? null : e;
  }

  /** The last plural noun phrase of people in a text (« les pêcheurs », "the fishermen"), as a group. */
  /**
   * `nounsOfPeople`: only a noun of people (« les habitants », "the villagers") or a plural of agents
   * (« ses détracteurs », "the protesters") will do, not any plural after an article (« les projets »,
   * « les centaines »): a pronoun's antecedent has to be able to speak.
   */
  private peopleBefore(text: string, at: number, sentence: number, nounsOfPeople = false): Entity | null {
    if (!text) return null;
    const tokens = tokenize(text, foldKeepLength(text));
    for (let k = tokens.length - 1; k >= 0; k--) {
      const w = tokens[k]!;
      // « Villagers gathered … »: a bare plural of people opening the sentence, no determiner needed.
      if (k === 0) {
        if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || !PEOPLE_NOUNS.has(w.low)) break;
        const e = this.resolveNpHead(w.text, at, sentence) ?? this.registry.organization(w.text, "group", at, sentence);
        return e.kind === "person" ? null : e;
      }
      // (A function word is no noun: « les infirmières de » is read on « infirmières ».)
      if (!/^\p{Ll}/u.test(w.text) || BODY_LINKERS.has(w.low) || this.lex.determiners.has(w.low)) continue;
      // The determiner right before, or before one adjective (« les pêcheurs locaux » is read on its noun).
      // (« quelques pêcheurs », "some fishermen": a quantifier stands for the determiner.)
      const det = (t: Token) => this.lex.determiners.has(t.low) || this.lex.quantifiers.has(t.low);
      const d = det(tokens[k - 1]!) ? k - 1 : k > 1 && det(tokens[k - 2]!) && /^\p{Ll}/u.test(tokens[k - 1]!.text) ? k - 2 : -1;
      if (d < 0) continue;
      const np = text.slice(tokens[d]!.start, w.end);
      const group = isGroup(np) && (!nounsOfPeople || this.lex.agentPlural.test(w.low));
      if (!(group || PEOPLE_NOUNS.has(w.low) || /(?:men|women|people)$/.test(w.low))) continue;
      const e = this.resolveNpHead(np, at, sentence) ?? this.registry.organization(stripArticle(np), "group", at, sentence);
      return e.kind === "person" ? null : e;
    }
    return null;
  }

  private resolveNpHead(np: string, at: number, sentence: number): Entity | null {
    let clean = speakerNp(trimPunct(np)) ?? "";
    // « une étude publiée lundi », « a report released on Monday »: the document, without what dates it.
    if (clean && (isDocument(clean) || namesDocument(clean))) {
      const words = clean.split(/\s+/);
      const cut = words.findIndex((w, k) => k > 0 && this.lex.documentParticiple.test(fold(w)));
      if (cut > 0) clean = words.slice(0, cut).join(" ");
    }
    const f = fold(clean);
    if (!clean || this.isPronoun(f)) return null;
    if (/^(?:ce|cette) derni/.test(f)) {
      const gender = f.startsWith("cette") ? "f" : "m";
      return this.registry.recent(at - 1, (e) => e.kind === "person" && (e.gender === null || e.gender === gender));
    }
    // A known person by surname alone (« Lemoine a ajouté »).
    const surnameHit = this.registry.bySurname(clean);
    if (surnameHit) return this.registry.touch(surnameHit, at, sentence);
    // « un rapport d'experts de l'ONU », « le communiqué de la marine », « un décompte de l'AFP »: the author.
    if (isDocument(clean)) {
      const of = this.lex.documentAuthor.exec(clean);
      if (of?.[1]) {
        const authorNp = of[1].replace(this.lex.documentAuthorEnd, "").trim();
        // Only a named body, an institution or a group authors a document; « de la réunion » does not.
        const bareAuthor = stripArticle(authorNp);
        const author = /^\p{Lu}/u.test(bareAuthor) || isInstitution(authorNp)
          ? this.resolveNp(authorNp, at, sentence)
          : /^\p{Ll}+[sx](?:\s|$)/u.test(authorNp)
            ? this.registry.organization(authorNp, "group", at, sentence)
            : null;
        if (author && author.kind !== "person" && !isDocument(author.name)) {
          author.aliases.add(clean);
          return this.registry.touch(author, at, sentence);
        }
      }
    }
    // « the country's state media KCNA », « l'agence officielle KCNA », « the official Central News
    // Agency »: a description that ends on the body's own name (an acronym, or capitals closed by an
    // institution noun) is that body, whatever its first word (« official » is no person there).
    const body = bodyNameTail(clean);
    if (body && body !== clean) {
      const e = this.registry.organization(body, "organization", at, sentence);
      e.aliases.add(clean);
      return e;
    }
    // "a government statement", "the ministry's report": the owner named before the document speaks.
    const owner = documentOwner(clean);
    if (owner) {
      const author = this.resolveNp(owner, at, sentence);
      if (author && !isDocument(author.name)) {
        author.aliases.add(clean);
        return this.registry.touch(author, at, sentence);
      }
    }
    // « un diplomate européen », « une source militaire », « des experts »: someone new, never an earlier one.
    const indefinite = this.lex.indefinite.exec(clean);
    if (indefinite) {
      const e = this.registry.organization(clean.slice(indefinite[0].length), this.lex.indefinitePlural.test(clean) ? "group" : isPersonDescription(clean) ? "person" : "organization", at, sentence);
      e.aliases.add(clean);
      return e;
    }
    if (isGroup(clean) || this.lex.barePlural?.test(clean)) return this.registry.organization(clean, "group", at, sentence);
    // « …, selon le communiqué final de la réunion »: a document of an occasion speaks for the
    // institution the sentence opens with.
    const lead = this.sentenceLead;
    if (isDocument(clean) && lead && /\s(?:de|du|des|d['’])\s*/i.test(stripArticle(clean)) && (isInstitution(lead) || isGroup(lead))) {
      const author = this.resolveNp(lead, at, sentence);
      if (author && author.kind !== "person") {
        author.aliases.add(clean);
        for (const acronym of lead.match(/\b\p{Lu}{2,}\b/gu) ?? []) author.aliases.add(acronym);
        return this.registry.touch(author, at, sentence);
      }
    }
    if (isDocument(clean)) {
      const bare = !/\s(?:de|du|des|d['’])\s*/i.test(stripArticle(clean));
      // "New data show …": a document opened by its own modifier, no determiner, is a new one, not the last speaker's.
      // So is a bare plural with no determiner at all ("Reports suggest …", "Studies show …"): documents in general.
      const fresh = stripArticle(clean) === clean && (fold(clean.split(/\s+/)[0] ?? "") !== headNoun(clean) || /^\p{Lu}\p{Ll}+s$/u.test(clean));
      if (bare && !fresh) {
        const author =
          this.registry.recent(at, (e) => e.kind !== "person" && e.issuedDocument) ??
          this.registry.recent(at, (e) => e.kind !== "person" && e.spoke, "spoke");
        if (author) {
          author.aliases.add(clean);
          return this.registry.touch(author, at, sentence);
        }
      }
      return this.registry.organization(clean, "organization", at, sentence);
    }
    if (isPersonDescription(clean) && !isInstitution(clean)) {
      const gender = npGender(clean);
      const head = headNoun(clean);
      const fits = (e: Entity) => e.kind === "person" && (gender === null || e.gender === null || e.gender === gender);
      const byRole = this.registry.recent(at, (e) => fits(e) && e.role !== null && fold(e.role).includes(head));
      // A bare description (« le ministre ») or a former role (« l'ancien Premier ministre danois ») points
      // back to someone already there; a qualified one (« le président américain ») is someone new.
      // (An age says nothing of the role: « the 40-year-old lawyer » is as bare as « the lawyer ».)
      const bare = stripArticle(withoutAge(clean)).split(/\s+/).length === 1 || /\b(?:ancien|ancienne|ex-)/i.test(clean) || /^(?:ce|cet|cette)\s/i.test(clean);
      // Only someone the copy gave that role is « le maire »: a person named with no role (a witness,
      // a baker) earlier in the story or with another role (« porte-parole du collectif ») is not. A former role or a
      // demonstrative (« l'ancien Premier ministre », « ce diplomate ») may still name the last one.
      const loose = /\b(?:ancien|ancienne|ex-)/i.test(clean) || /^(?:ce|cet|cette)\s/i.test(clean);
      // A person with no known role just named in the sentence before may be described next (« X spoke on
      // Tuesday. The economist said … »); further back, the description is someone new.
      const free = (e: Entity) => fits(e) && (loose || (e.role === null && e.mentions.has(sentence - 1)));
      // « le colonel Yves Hamon … », then « a ajouté le colonel »: the title written before the name is a role too.
      const byTitle = byRole || !bare ? null : this.registry.recent(at, (e) => fits(e) && [...e.aliases].some((a) => titledAs(a, head)));
      // « the official said », « a ajouté l'officier »: a noun general enough to describe anyone named
      // points back like a pronoun of its gender, to the best-ranked person (salience.ts).
      const covers = this.lex.genericPersonNouns.get(head);
      const generic = byRole || byTitle || !bare || loose || !covers ? null : this.rankedPerson(at, gender, (e) => !covers.length || coveredBy(e, covers));
      const person = byRole ?? byTitle ?? generic ?? (bare ? this.registry.recent(at, (e) => free(e) && e.spoke, "spoke") ?? this.registry.recent(at, free) : null);
      if (!person) {
        const e = this.registry.organization(clean, "person", at, sentence);
        if (gender && !e.gender) e.gender = gender;
        e.role = e.role ?? stripArticle(clean);
        return e;
      }
      if (person) {
        person.aliases.add(clean);
        // « The economist said » after the name: a bare description gives the role the name lacked.
        if (bare && !/^(?:ce|cet|cette|this|that)\s/i.test(clean) && !/\b(?:ancien|ancienne|ex-|former)/i.test(clean)) this.describedAs(person, clean);
        if (gender && !person.gender) person.gender = gender;
        return this.registry.touch(person, at, sentence);
      }
      return null;
    }
    // « the company said », « l'entreprise a indiqué »: the firm named before.
    const firm = this.registry.firmBefore(clean, at);
    if (firm) {
      firm.aliases.add(clean);
      return this.registry.touch(firm, at, sentence);
    }
    // « son ministère de la Défense »: the ministry, named without the possessive.
    const possessive = this.lex.possessive.exec(clean);
    if (possessive && isInstitution(clean)) {
      const e = this.registry.organization(clean.slice(possessive[0].length), "organization", at, sentence);
      e.aliases.add(clean);
      return e;
    }
    if (isInstitution(clean)) {
      const bare = stripArticle(clean).split(/\s+/).length === 1;
      if (bare && /^(?:le|la|l['’])/i.test(clean)) {
        const head = headNoun(clean);
        const same = this.registry.recent(at, (e) => e.kind !== "person" && headNoun(e.name) === head);
        if (same) {
          same.aliases.add(clean);
          return this.registry.touch(same, at, sentence);
        }
      }
      return this.registry.organization(clean, "organization", at, sentence);
    }
    // « cette source », « ce responsable »: the one just mentioned with that noun, or someone new.
    const demonstrative = /^(?:ce|cet|cette|ces|this|that|these|those)\s+/i.exec(clean);
    // « ce projet continue à diviser … »: a clause, not a noun phrase.
    if (demonstrative && clean.split(/\s+/).length <= 6) {
      const head = headNoun(clean.slice(demonstrative[0].length));
      const same = this.registry.recent(at, (e) => headNoun(e.name) === head || [...e.aliases].some((a) => headNoun(a) === head));
      if (same) {
        same.aliases.add(clean);
        return this.registry.touch(same, at, sentence);
      }
      return this.registry.organization(clean.slice(demonstrative[0].length), /s$/.test(head) ? "group" : "organization", at, sentence);
    }
    // An anonymous or generic source: « une source militaire », « des sources diplomatiques ».
    if (/^(?:(?:une?|des|les?|la|l['’])\s*)?sources?\b/i.test(clean)) return this.registry.organization(clean, "group", at, sentence);
    // Any other definite description: a known person with that role, or a new institution.
    const size = clean.split(/\s+/).length;
    if (this.lex.definite.test(clean) && size <= 12) {
      const head = headNoun(clean);
      // The role's own head (« the mayor » for "the city's mayor"), not any word of it: "the White House" is not
      // "an adviser on the White House's task force".
      const byRole = this.registry.recent(at, (e) => e.kind === "person" && e.role !== null && headNoun(e.role) === head);
      if (byRole) {
        byRole.aliases.add(clean);
        return this.registry.touch(byRole, at, sentence);
      }
      // « X, préfet, a déclaré que … Le garant de l'ordre dans la ville juge que … »: a singular
      // description with a complement, of the gender of the person who spoke in the sentence before,
      // is that person named another way (no new speaker is introduced by a periphrasis).
      const gender = npGender(clean);
      if (gender && size >= 3 && !this.lex.pluralDefinite.test(clean) && this.lex.complementOf.test(clean)) {
        const last = this.registry.recent(at, (e) => e.kind === "person" && e.spoke && e.gender === gender, "spoke");
        if (last && last.lastSpoke >= POS(sentence - 1, 0)) {
          last.aliases.add(clean);
          return this.registry.touch(last, at, sentence);
        }
      }
      if (size > 8) return null;
      return this.registry.organization(clean, this.lex.pluralDefinite.test(clean) ? "group" : "organization", at, sentence);
    }
    // A proper name standing for an institution: « Minsk a confirmé », « Budapest a fait savoir ».
    if (/^\p{Lu}/u.test(stripArticle(clean)) && stripArticle(clean).split(/\s+/).length <= 4) {
      // A lone surname is a person's (« Kessler said »); a capital, a country or a body an institution.
      const e = this.registry.properName(clean, at, sentence);
      if (!e.gender && e.kind !== "person") e.gender = capitalDemonym(clean) ? "m" : npGender(clean);
      return e;
    }
    return null;
  }

  private attribute(sentence: number, text: string, low: string, tokens: Token[], spans: Span[], frames: Frame[], speakers: (Entity | null)[], names: NameSpan[]): void {
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
    // Quoted words.
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
      // « Lundi, X, le chancelier, n'a pas hésité à critiquer Y, dans un entretien : « … » »: a person
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
    // « …, a souligné X, à l'issue des discussions. Suite » : the circumstantial phrase belongs to the incise.
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

/** How many commas past an opening participle's phrase the main clause's subject is looked for. */
const MAIN_CLAUSE_COMMAS = 4;

/** The most words a quoted phrase inside a reported clause may have and still be part of it rather than a statement of its own. */
const FRAGMENT_WORDS = 4;

/** The lowest salience score (salience.ts) a frame pronoun's antecedent may have. */
const PRONOUN_FLOOR = -9;

/** How many sentences back a generic description (« the official ») still finds the person it describes. */
const GENERIC_REACH = 3;

/** Whether a person's role or a title the copy gave them holds one of the folded words of `covers`. */
function coveredBy(e: Entity, covers: readonly string[]): boolean {
  const words = new Set([e.role ?? "", ...e.aliases].flatMap((a) => fold(a).split(/[\s'’-]+/)));
  return covers.some((c) => words.has(c) || (c.includes(" ") && [e.role ?? "", ...e.aliases].some((a) => fold(a).includes(c))));
}

/** Whether an alias writes `head` (folded) as a title before a capitalised name: « le colonel Yves Hamon », "President Omar Tazi". */
function titledAs(alias: string, head: string): boolean {
  const words = alias.split(/[\s'’]+/);
  const k = words.findIndex((w) => fold(w) === head);
  return k >= 0 && k + 1 < words.length && /^\p{Lu}/u.test(words[k + 1]!);
}

/** The gender a person's first given name tells, or null (a surname alone, a name of both). */
function givenGender(name: string): "m" | "f" | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = fold(words[0]!).replace(/[^a-z]/g, "");
  return MASCULINE_GIVEN.has(first) ? "m" : FEMININE_GIVEN.has(first) ? "f" : null;
}

interface Pending {
  sentence: number;
  quotes: RawQuote[];
  unowned: { text: string; start: number; end: number }[];
  /** The quotation was left open at the end of the sentence. */
  open: boolean;
}

/** Where a quotation carried over from the previous paragraph closes: a closing mark before any opening one, or -1. */
function continuationEnd(text: string): number {
  const m = /^[^«“"»”]*[»”"]/.exec(text);
  if (!m) return -1;
  const at = m[0].length - 1;
  // A straight mark closes only when glued to the words before it (« …pays", a dit X »).
  if (text[at] === '"' && (at === 0 || /\s/.test(text[at - 1]!))) return -1;
  return at > 0 ? at : -1;
}

const LEAD_VERBS = new Set(["a", "ont", "est", "sont", "sera", "seront", "avait", "avaient", "doit", "doivent", "va", "vont"]);

function leadNounPhrase(text: string, tokens: Token[]): string | null {
  if (!/^(?:les?|la|l['’])\s*/i.test(text)) return null;
  const verb = tokens.findIndex((t, i) => i > 0 && i < 12 && LEAD_VERBS.has(t.low));
  if (verb < 1) return null;
  const np = text.slice(0, tokens[verb]!.start).trim();
  return /[,«(]/.test(np) ? null : np;
}

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

/**
 * After reading: an institution named by nationality (« gouvernement allemand ») is also its
 * capital and its country when the story uses them (« Berlin », « l'Allemagne »): those are how
 * people will ask about it.
 */
export function aliasNations(registry: EntityRegistry, text: string): void {
  // The whole dispatch folded, only when an institution is named by one nationality (most stories have none).
  let foldedText: string | null = null;
  const folded = (): string => (foldedText ??= fold(text));
  const capitalOf = new Map<string, string>();
  for (const [capital, demonym] of CAPITAL_PAIRS) capitalOf.set(demonym, capital);
  const allDemonyms = [...COUNTRIES.keys()];
  for (const e of registry.entities) {
    if (e.kind !== "organization") continue;
    const words = fold(e.name).split(/[\s']+/);
    const demonyms = allDemonyms.filter((d) => words.some((w) => w === d || w === d + "ne" || w === d + "e" || w === d + "s" || w === d + "nes" || w === d + "es"));
    if (demonyms.length !== 1) continue;
    const demonym = demonyms[0]!;
    const others = registry.entities.filter((o) => o !== e && o.kind === "organization" && o.spoke && fold(o.name).split(/[\s']+/).some((w) => w.startsWith(demonym)));
    // Two institutions of one country (a ministry and a government) would share the alias: give it to neither.
    if (others.length) continue;
    const capital = capitalOf.get(demonym);
    for (const country of COUNTRIES.get(demonym) ?? []) if (folded().includes(fold(country))) e.aliases.add(country);
    if (capital && new RegExp(`\\b${capital}\\b`).test(folded())) e.aliases.add(capital.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase()));
  }
}

/** After reading: a capital standing for its government joins the institution of that nationality. */
export function mergeCapitals(registry: EntityRegistry, ...pointers: { entity: Entity }[][]): Map<number, Entity> {
  const into = new Map<number, Entity>();
  for (const e of registry.entities) {
    if (e.kind !== "organization") continue;
    // The capital's nationality adjective in any language (« biélorusse », "Belarusian").
    const stems = capitalDemonyms(e.name).map((d) => d.slice(0, Math.max(4, d.length - 2)));
    if (!stems.length) continue;
    const targets = registry.entities.filter((t) => t !== e && t.kind === "organization" && t.spoke && fold(t.name).split(/\s+/).some((w) => stems.some((stem) => w.startsWith(stem))));
    if (targets.length !== 1) continue;
    const t = targets[0]!;
    t.aliases.add(e.name);
    for (const a of e.aliases) t.aliases.add(a);
    for (const m of e.mentions) t.mentions.add(m);
    t.spoke = t.spoke || e.spoke;
    into.set(e.id, t);
    for (const list of pointers) for (const q of list) if (q.entity === e) q.entity = t;
  }
  return into;
}

/**
 * The body's name a description ends on: an acronym after lower-case words (« state media KCNA »,
 * « l'agence officielle KCNA »), or two or more capitalised words closed by an institution noun
 * (« the official Central News Agency »). Null when the phrase is no such description.
 */
/** Plural nouns of people that name a group by themselves (« people », « gens »), from the naming lexicons. */
const PEOPLE_NOUNS = new Set([...allNameWords((w) => w.groups), "people", "gens", "personnes"]);

const BODY_LINKERS = new Set([...allNameWords((w) => w.linkers), "du", "des", "d'", "au", "aux", "chez", "for", "by", "par", "with", "avec"]);

function bodyNameTail(np: string): string | null {
  // A person described by the body (« the head of WHO », « le président du CNT ») is no body.
  if (isPersonDescription(np)) {
    const caps = /(?:^|\s)((?:\p{Lu}[\p{L}’'-]*\s+){1,5}\p{Lu}[\p{L}’'-]*)$/u.exec(np);
    // « the official Central News Agency »: « official » is an adjective before a body's full name.
    if (!caps?.[1] || !/^\p{L}\p{Ll}*\s+\p{Ll}+$/u.test(np.slice(0, caps.index).trim())) return null;
  }
  const acronym = /^(?:\S+\s+){1,5}?(\S*\p{Ll}\S*)\s+(\p{Lu}{2,8})$/u.exec(np);
  if (acronym?.[2] && !BODY_LINKERS.has(fold(acronym[1]!))) return acronym[2];
  const caps = /(?:^|\s)((?:\p{Lu}[\p{L}’'-]*\s+){1,5}\p{Lu}[\p{L}’'-]*)$/u.exec(np);
  if (!caps?.[1] || caps.index === 0) return null;
  const before = np.slice(0, caps.index).trim();
  // Only lower-case words before the name (an article, an adjective): not « Minister of Foreign Affairs ».
  if (!/^\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*$/u.test(before) || stripArticle(before).split(/\s+/).some((w) => BODY_LINKERS.has(fold(w)))) return null;
  const words = caps[1].split(/\s+/);
  return isInstitution(words[words.length - 1]!.toLowerCase()) ? caps[1] : null;
}


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
