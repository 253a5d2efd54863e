/** The entity a noun phrase names: a name, a pronoun by gender and recency, a description, a group. */
import { capitalDemonym, documentOwner, type Entity, isDocument, isGroup, isInstitution, isPersonDescription, isSpeakingCollective, headNoun, npGender, speakerNp, withoutAge } from "../entities.js";
import { namesDocument } from "../frames/index.js";
import { type NameSpan } from "../names.js";
import { roleOfDescription } from "../roles.js";
import { fold, stripArticle, trimPunct } from "../text.js";
import { foldKeepLength, tokenize, type Token } from "../tokens.js";
import { allNameWords } from "../lang/names.js";
import { afterPreposition, genderOf, rank, type Place, type PronounCue } from "../salience.js";
import { POS, SpeechState } from "./state.js";

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

/**
 * The body's name a description ends on: an acronym after lower-case words (« state media KCNA »,
 * « l'agence officielle KCNA »), or two or more capitalised words closed by an institution noun
 * (« the official Central News Agency »). Null when the phrase is no such description.
 */
/** Plural nouns of people that name a group by themselves (« people », « gens »), from the naming lexicons. */
const PEOPLE_NOUNS = new Set([...allNameWords((w) => w.groups), "people", "gens", "personnes"]);

export const BODY_LINKERS = new Set([...allNameWords((w) => w.linkers), "du", "des", "d'", "au", "aux", "chez", "for", "by", "par", "with", "avec"]);

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

export abstract class NounPhrases extends SpeechState {
  /**
   * The person a subject description is the apposition of: a name (or a known person's surname)
   * right before it, with only a comma and an age between: « X, 34, a nurse from Y, said ».
   */
  protected appositionOwner(sentence: number, text: string, tokens: Token[], names: NameSpan[], npStart: number, npText: string): Entity | null {
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
  protected stackedApposition(sentence: number, text: string, tokens: Token[], names: NameSpan[], npStart: number): Entity | null {
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
  protected lastSpeakerFitting(at: number, gender: "m" | "f" | null): Entity | null {
    // (A body only cited as a source, « selon le journal X », is no one whose words go on.)
    const last = this.registry.recent(at, (e) => e.spoke && (e.kind === "person" || this.framedSpeakers.has(e)), "spoke");
    const known = last ? genderOf(last) : null;
    if (!last || last.kind !== "person" || (gender !== null && known !== null && known !== gender)) return null;
    // The pronoun tells the person's gender from now on, as in resolvePronoun.
    if (gender && last.gender === null) last.gender = gender;
    return last;
  }

  protected resolvePronoun(at: number, pron: PronounCue, any: boolean): Entity | null {
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
  protected peopleGlued(sentence: number, text: string, at: number): Entity | null {
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
    // « …, selon la note finale de la rencontre »: a document of an occasion speaks for the
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
    // « a indiqué sa famille », "his family said", « selon son entourage »: the people around someone, named without the possessive.
    if (possessive && isSpeakingCollective(clean)) {
      const e = this.registry.organization(clean.slice(possessive[0].length), "group", at, sentence);
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
}
