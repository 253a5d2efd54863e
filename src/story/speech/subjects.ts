/** The speaker of a frame: the subject before or after its verb, an opening subject, an apposition. */
import { type Entity, isGroup, isInstitution, isPersonDescription, npGender } from "../entities.js";
import { type Frame } from "../frames/index.js";
import { findNames, type NameSpan } from "../names.js";
import { descriptionAfter, roleAfterName, roleAround } from "../roles.js";
import { type Span } from "../quote-spans.js";
import { fold, stripArticle } from "../text.js";
import { foldKeepLength, tokenize, type Token } from "../tokens.js";
import { FEMININE_GIVEN, MASCULINE_GIVEN } from "../lang/given-names.js";
import { BODY_LINKERS, NounPhrases } from "./noun-phrases.js";
import { POS } from "./state.js";

/** How many commas past an opening participle's phrase the main clause's subject is looked for. */
const MAIN_CLAUSE_COMMAS = 4;

/** The gender a person's first given name tells, or null (a surname alone, a name of both). */
function givenGender(name: string): "m" | "f" | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = fold(words[0]!).replace(/[^a-z]/g, "");
  return MASCULINE_GIVEN.has(first) ? "m" : FEMININE_GIVEN.has(first) ? "f" : null;
}

export abstract class Subjects extends NounPhrases {
  /**
   * The source a short definite noun phrase names when no rule of speakers knows its noun (« the
   * brochure », « l'acte d'accusation »): itself, as a body, when it is a determiner and a few words
   * with no verb.
   */
  protected sourceNp(sentence: number, np: { start: number; text: string }): Entity | null {
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
  protected thingBefore(sentence: number): Entity | null {
    const text = this.previousText;
    if (!text || sentence < 1) return null;
    const tokens = tokenize(text, foldKeepLength(text));
    if (!tokens.length) return null;
    const e = this.openingSubject(sentence - 1, text, tokens, findNames(tokens, this.lex.lang, text), text.length);
    return e && e.kind !== "person" ? e : null;
  }

  /** A relative word (« que », « what ») right before `at`. */
  protected afterRelative(tokens: Token[], at: number): boolean {
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
  protected openingFitting(sentence: number, text: string, tokens: Token[], names: NameSpan[], fr: Frame, frames: Frame[], speakers: (Entity | null)[]): Entity | null {
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
  protected clauseSubjectBefore(sentence: number, tokens: Token[], names: NameSpan[], limit: number): Entity | null {
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
  protected mainSubjectAfter(sentence: number, text: string, tokens: Token[], names: NameSpan[], spans: Span[], from: number): { who: Entity; comma: number } | null {
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
  protected openingSubject(sentence: number, text: string, tokens: Token[], names: NameSpan[], limit: number): Entity | null {
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
  protected markSubject(sentence: number, text: string, tokens: Token[], names: NameSpan[], frames: Frame[], spans: Span[]): void {
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
        // « Pike, a retired engineer, lives nearby », « Ines Karo is the head of … »: the role the sentence gives.
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

  protected registerName(sentence: number, text: string, tokens: Token[], n: NameSpan): Entity {
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

  protected resolveFrame(sentence: number, text: string, tokens: Token[], names: NameSpan[], fr: Frame): Entity | null {
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
}
