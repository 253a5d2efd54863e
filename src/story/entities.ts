import {
  CAPITALS,
  COUNTRIES,
  DOCUMENT_NOUNS,
  FEMININE_ROLE,
  GROUP_NOUNS,
  INSTITUTION_NOUNS,
  ROLE_NOUNS,
  TITLES,
} from "./lexicon.js";
import { entityKeys } from "./entity-keys.js";
import { EntityIndex, givenWordOf, visible, WatchedSet } from "./entity-index.js";
import { allNameWords, NAME_WORDS } from "./lang/names.js";
import { readNumberWords } from "./figures/numbers.js";
import { COUNTRY_PAIRS, isPlaceName, PLACE_WORDS } from "./lang/places.js";
import { isGluedName, isOrganisationName, surnameOf } from "./names.js";
import type { EntityKind } from "./schema.js";
import { fold, memoShort, stripArticle } from "./text.js";

export interface Entity {
  id: number;
  /** Changed through EntityRegistry.rename only: the registry's look-up index must hear of it. */
  readonly name: string;
  /** Additions are reported to the registry's look-up index (see entity-index.ts). */
  aliases: Set<string>;
  kind: EntityKind;
  role: string | null;
  gender: "m" | "f" | null;
  mentions: Set<number>;
  /** Position of the last mention: sentence * 100000 + offset, for recency. */
  lastSeen: number;
  /** Last time it was given words (a quote or reported speech). */
  lastSpoke: number;
  /** Last time it was the subject a sentence opened with: what « il » most likely points back to. */
  lastSubject: number;
  spoke: boolean;
  /** An organization that issued a document (« dans un communiqué »): the author of « le communiqué ». */
  issuedDocument: boolean;
}

const ARTICLE_GENDER: Record<string, "m" | "f"> = { le: "m", la: "f", ce: "m", cette: "f", son: "m", sa: "f", un: "m", une: "f" };

/** Gender of a noun phrase from its article or head noun: « la porte-parole » f, « le ministère » m. */
export function npGender(np: string): "m" | "f" | null {
  const words = fold(np).split(/[\s']+/).filter(Boolean);
  const first = words[0] ?? "";
  const head = first === "l" || ARTICLE_GENDER[first] === undefined ? words[first === "l" ? 1 : 0] ?? "" : words[1] ?? "";
  if (ARTICLE_GENDER[first]) return ARTICLE_GENDER[first]!;
  if (FEMININE_ROLE.has(head)) return "f";
  // "Police chief", "Army spokesman": with no article, a phrase ending on a role noun is a person's
  // role; the body its first word names gives no gender to the person.
  const last = words[words.length - 1] ?? "";
  if (words.length > 1 && last !== head && ROLE_NOUNS.has(last)) return FEMININE_ROLE.has(last) ? "f" : null;
  return INSTITUTION_NOUNS.get(head) ?? DOCUMENT_NOUNS.get(head) ?? null;
}

const HEAD_LINKERS = allNameWords((w) => w.linkers);
const HEAD_SKIP = new Set(["ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "tres", "bref", "breve", "court", "long", "haut", "haute", "premier", "premiere", "actuel", "actuelle", "ex", "futur", "future", "propre", "meme",
  // (plural and other forms: « les dernières estimations de X », « les nouveaux chiffres »)
  "dernier", "derniere", "derniers", "dernieres", "premiers", "premieres", "nouveaux", "nouvelles", "anciens", "anciennes", "recent", "recente", "recents", "recentes", "precedent", "precedente"]);

/**
 * The head noun of a noun phrase after its article and leading adjectives such as « ancien », « très bref ».
 * Memoised: every description resolved is compared with the head noun of every entity's name and aliases.
 */
export const headNoun = memoShort((np: string): string => {
  let words = fold(stripArticle(np).replace(/^(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|un|une|des|notre|nos|a|an|its|his|her|their)\s+/i, "")).split(/\s+/).filter(Boolean);
  // « the army's spokesman », « Norland's chief negotiator »: the head follows the possessor.
  // Only a possessor the phrase opens with: « leader of the state's union » is headed by « leader ».
  const possessor = words.slice(0, 4).findIndex((w) => /\p{L}(?:'s|s')$/u.test(w));
  if (possessor >= 0 && possessor < words.length - 1 && !words.slice(0, possessor).some((w) => HEAD_LINKERS.has(w))) words = words.slice(possessor + 1);
  let i = 0;
  while (i < words.length - 1 && HEAD_SKIP.has(words[i]!)) i++;
  return headLast(words.slice(i)) ?? words[i] ?? "";
});

/** Each head-last language's nouns that can head a phrase, and the modifiers it writes after them. */
const HEAD_LAST = Object.values(NAME_WORDS)
  .filter((w) => w.headLast)
  .map((w) => ({
    nouns: new Set([...w.roleNouns, ...w.titleHeads, ...w.groups, ...w.abstractNouns, ...w.institutions.map(([n]) => n), ...w.documents.map(([n]) => n)]),
    postposed: new Set(w.postposedModifiers),
    complementOpeners: new Set(w.complementOpeners),
  }));

/**
 * The head of a compound written head-last (« the health minister », "a foreign ministry
 * spokesman", "the Attorney General"): its last word before the phrase's first linking word when
 * that is a noun of that language, or null (a French phrase keeps its head first).
 */
function headLast(words: readonly string[]): string | null {
  let linked = words.findIndex((w, k) => k > 0 && ((HEAD_LINKERS.has(w) && w !== "and" && w !== "et" && w !== "&") || /^[dl]'/.test(w)));
  if (linked < 0) linked = words.length;
  for (const lang of HEAD_LAST) {
    // « a software engineer from the coast »: the compound also ends before its complement.
    const opener = words.findIndex((w, k) => k > 0 && k < linked && lang.complementOpeners.has(w));
    const end = opener > 0 ? opener : linked;
    if (end < 2) continue;
    let j = end - 1;
    while (j > 0 && lang.postposed.has(words[j]!)) j--;
    // The compound's last word only: in « harbour board spokeswoman Lena Okafor said » the name follows the head.
    if (j > 0 && lang.nouns.has(words[j]!)) return words[j]!;
  }
  return null;
}

/**
 * Whether two names of one surname can be one person: one of them is the surname alone, or their
 * first given names agree (« J. Smith » and « John Smith »). « Ana Lund » and « Omar Lund » are two.
 */
function sameGivenNames(a: string, b: string): boolean {
  // asked for every known person of the same surname at every mention: a story's cast gives few
  // pairs. Kept by name then name, not by a key joining both (a new string, hashed, per question).
  let byB = givenPairs.get(a);
  if (byB === undefined) {
    if (givenPairs.size >= 2_000) givenPairs.clear();
    givenPairs.set(a, (byB = new Map()));
  }
  let hit = byB.get(b);
  if (hit === undefined) {
    hit = sameGivenNamesNow(a, b);
    if (byB.size >= 2_000) byB.clear();
    byB.set(b, hit);
  }
  return hit;
}

const givenPairs = new Map<string, Map<string, boolean>>();

/** Whether the words of a folded name end with all of `words`, and it has more: « rafi abu karim » ends with « abu karim ». */
function endsWithWords(ws: readonly string[], words: readonly string[]): boolean {
  return ws.length > words.length && words.every((w, k) => ws[ws.length - words.length + k] === w);
}

function sameGivenNamesNow(a: string, b: string): boolean {
  const given = (n: string): string => {
    const rest = n.slice(0, n.length - surnameOf(n).length).trim().split(/\s+/).filter(Boolean);
    return fold(rest[0] ?? "").replace(/\.$/, "");
  };
  const ga = given(a);
  const gb = given(b);
  if (!ga || !gb || ga === gb) return true;
  // « Karim Abu Salem » then « Abu Salem »: the shorter name is the fuller one's last words.
  const wa = fold(a).split(/\s+/);
  const wb = fold(b).split(/\s+/);
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  if (short.length >= 2 && short.every((w, k) => w === long[long.length - short.length + k])) return true;
  return (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb));
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** The dispatch, searched for what shows a lone proper name to be a thing (see isThingIn). */
  source = "";
  private readonly things = new Map<string, boolean>();
  private readonly index = new EntityIndex(this.entities);

  /** Whether the dispatch shows a name to be a thing; asked of at most MAX_THING_LOOKUPS names, so ingest stays linear. */
  private shownToBeThing(name: string): boolean {
    const key = fold(name);
    const hit = this.things.get(key);
    if (hit !== undefined) return hit;
    if (this.things.size >= MAX_THING_LOOKUPS) return false;
    // News writing names a person in full (or with a title) at least once: a lone name never so written is a body, a firm or a brand.
    const thing = isThingIn(this.source, name) || !namedAsPersonIn(this.source, name);
    this.things.set(key, thing);
    return thing;
  }

  private create(name: string, kind: EntityKind, pos: number, sentence: number): Entity {
    const aliases = new WatchedSet();
    const e: Entity = {
      id: this.entities.length,
      name,
      aliases,
      kind,
      role: null,
      gender: null,
      mentions: new Set([sentence]),
      lastSeen: pos,
      lastSpoke: -1,
      lastSubject: -1,
      spoke: false,
      issuedDocument: false,
    };
    this.entities.push(e);
    this.index.added(e);
    aliases.watch(() => this.index.changed(e));
    return e;
  }

  /** Gives an entity a new name (its fuller form), keeping the look-up index complete. */
  rename(e: Entity, name: string): void {
    (e as { name: string }).name = visible(name);
    this.index.changed(e);
  }

  touch(e: Entity, pos: number, sentence: number): Entity {
    e.lastSeen = Math.max(e.lastSeen, pos);
    e.mentions.add(sentence);
    return e;
  }

  /**
   * A person by name: the same person when the surname (last word) matches a known person's, so
   * « le général Durand » and « M. Durand » join « Paul Durand ». The fullest form becomes the name.
   */
  person(asWritten: string, pos: number, sentence: number): Entity {
    const name = visible(asWritten);
    // « Acme Technologies said », "North Carolina said": a company, a body or a place read where a person's name stands.
    if (isOrganisationName(name)) return this.organization(name, "organization", pos, sentence);
    const key = fold(name);
    const surname = fold(surnameOf(name));
    // « Abu Karim » after « Rafi Abu Karim » and « Abu Said Karim »: the one whose name ends with every word written.
    const written = key.split(/\s+/);
    const tail = written.length >= 2 ? this.index.all("surname", surname, (e) => e.kind === "person" && endsWithWords(entityKeys(e).words, written)) : [];
    const found = tail[0] ?? this.index.first(
      [
        ["name", key],
        ["alias", key],
        ["surname", surname],
      ],
      (e) => {
        if (e.kind !== "person") return false;
        const k = entityKeys(e);
        return k.name === key || (k.surname === surname && sameGivenNames(e.name, name)) || k.aliases.has(key);
      },
    );
    const given = found ?? (/\s/.test(name.trim()) ? null : this.byGivenName(key));
    if (given && !found) {
      given.aliases.add(name);
      return this.touch(given, pos, sentence);
    }
    if (found) {
      // (word counts of the folded forms: folding changes no white space)
      if (written.length > entityKeys(found).words.length) {
        found.aliases.add(found.name);
        this.rename(found, name);
      } else if (name !== found.name) found.aliases.add(name);
      return this.touch(found, pos, sentence);
    }
    // Asked of new names only: a known person's mentions are the hot path.
    if (isPlaceName(name)) return this.organization(name, "organization", pos, sentence);
    // « Fahmi » alone in a headline, then « Fahmi Fadzil » in the body: a two-word name whose first
    // word is a person known by that word alone is that person, named in full at last (a given
    // name written first, or a family name written first, « Lin » then « Lin Wei »).
    const lone = written.length === 2 ? this.index.first([["name", written[0]!]], (e) => e.kind === "person" && entityKeys(e).name === written[0]) : null;
    if (lone) {
      lone.aliases.add(lone.name);
      this.rename(lone, name);
      lone.aliases.add(surnameOf(name));
      return this.touch(lone, pos, sentence);
    }
    const e = this.create(name, "person", pos, sentence);
    const last = surnameOf(name);
    if (last !== name) e.aliases.add(last);
    return e;
  }

  /** A known person named by surname alone, particles included (« Durand », « de Villiers »). */
  bySurname(np: string): Entity | null {
    const key = fold(stripArticle(np));
    return (
      this.index.first(
        [
          ["surname", key],
          ["lastWord", key],
        ],
        (e) => e.kind === "person" && (entityKeys(e).surname === key || entityKeys(e).lastWord === key),
      ) ?? this.byGivenName(key)
    );
  }

  /**
   * A known two-word name whose first word is `key`, when only one person has it: a family name
   * written first (« Lin Wei » then « Lin said ») or a given name after « Sir » (« Sir Alan »).
   */
  private byGivenName(key: string): Entity | null {
    if (!key || /\s/.test(key)) return null;
    const hits = this.index.all("given", key, (e) => e.kind === "person" && givenWordOf(entityKeys(e)) === key);
    return hits.length === 1 ? hits[0]! : null;
  }

  setRole(e: Entity, role: string, gender: "m" | "f" | null): void {
    const clean = role.trim();
    // A body has no role: « the head of Acme Technologies » describes someone else.
    if (!clean || (e.kind !== "person" && isOrganisationName(e.name))) return;
    // Courtesy titles say no function (« Mme », « Mr »): the gender only.
    if (clean.split(/\s+/).every((w) => COURTESY.has(fold(w)))) {
      if (gender && !e.gender) e.gender = gender;
      return;
    }
    // A relational description (« son homologue ostrien ») yields to a real role; a role given
    // by a title alone (« président ») to the fuller one (« président russe »).
    if (!e.role || (/^homologue/i.test(e.role) && !/^homologue/i.test(clean)) || fold(clean).startsWith(`${fold(e.role)} `)) e.role = this.ownedRole(clean, e.lastSeen);
    if (gender && !e.gender) e.gender = gender;
  }

  /**
   * « the party's leader », "the company's chief executive": a role whose possessor is a body's
   * common noun is that of the body the story named last with that noun, its name put in the
   * possessor's place (« National Unity Party's leader »). Any other role is kept as written.
   */
  private ownedRole(role: string, at: number): string {
    const m = POSSESSED_ROLE.exec(role);
    if (!m) return role;
    const noun = fold(m[1]!);
    if (!INSTITUTION_NOUNS.has(noun) && !FIRM_NOUNS.has(noun)) return role;
    const body = this.recent(at, (e) => e.kind !== "person" && /^\p{Lu}/u.test(e.name) && /\s/.test(e.name) && headNoun(e.name) === noun);
    return body ? `${body.name}${m[2]}${m[3]}` : role;
  }

  /** An institution, group or document by its noun phrase; the same one when the folded names agree. */
  organization(written: string, kind: EntityKind, pos: number, sentence: number): Entity {
    const np = visible(written);
    const name = stripArticle(np);
    const key = fold(name);
    const found = this.named(key, (e) => e.kind !== "person");
    if (found) {
      if (np !== found.name) found.aliases.add(np);
      return this.touch(found, pos, sentence);
    }
    const e = this.create(name, kind, pos, sentence);
    if (np !== name) e.aliases.add(np);
    e.gender = npGender(np);
    return e;
  }

  /**
   * A proper name standing alone where a speaker stands (« Kessler a ajouté », "Norland said",
   * « Minsk a confirmé »), with no known person of that surname: a person when it reads as a
   * surname — one capitalised word, no place, no body, no acronym, nothing the dispatch shows
   * to be a thing —, else an institution.
   */
  properName(written: string, pos: number, sentence: number): Entity {
    const np = visible(written);
    const name = stripArticle(np).trim();
    if (name === np.trim() && readsAsSurname(name) && !this.shownToBeThing(name)) return this.person(name, pos, sentence);
    return this.organization(np, isGroup(np) ? "group" : "organization", pos, sentence);
  }

  /** The first entity whose folded name or an alias without its article is `key`, among those passing `test`. */
  named(key: string, test: (e: Entity) => boolean = () => true): Entity | null {
    return this.index.first(
      [
        ["name", key],
        ["bareAlias", key],
      ],
      (e) => test(e) && (entityKeys(e).name === key || entityKeys(e).bareAliases.has(key)),
    );
  }

  /** The first person whose name's last word (split on any white space) is `word`. */
  personByLastWord(word: string): Entity | null {
    return this.index.first([["lastWordAnySpace", word]], (e) => e.kind === "person" && entityKeys(e).lastWordAnySpace === word);
  }

  /**
   * « the company said », « l'entreprise a indiqué »: the firm the story named last before `pos` — a
   * capitalised organisation that is no place, no government by its capital, no public body.
   */
  firmBefore(np: string, pos: number): Entity | null {
    const bare = stripArticle(np).trim();
    if (bare === np.trim() || /\s/.test(bare) || !FIRM_NOUNS.has(fold(bare))) return null;
    return this.recent(pos, (e) => {
      // (« le groupe Norvix »: a firm's noun before its capitalised name.)
      const named = /^\p{Lu}/u.test(e.name) || (FIRM_NOUNS.has(fold(e.name.split(/\s+/)[0] ?? "")) && /\s\p{Lu}/u.test(e.name));
      if (e.kind !== "organization" || !named || isPlaceName(e.name) || CAPITALS.has(fold(e.name)) || COUNTRIES.has(fold(e.name))) return false;
      const head = headNoun(e.name);
      return !NAMED_BODIES.has(fold(e.name)) && !DOCUMENT_NOUNS.has(head) && (!INSTITUTION_NOUNS.has(head) || FIRM_NOUNS.has(head));
    });
  }

  /** The most recent entity matching a test, seen before `pos`. */
  recent(pos: number, test: (e: Entity) => boolean, by: "seen" | "spoke" | "salient" = "seen"): Entity | null {
    let best: Entity | null = null;
    let bestAt = -1;
    for (const e of this.entities) {
      const at = by === "seen" ? e.lastSeen : by === "spoke" ? e.lastSpoke : Math.max(e.lastSpoke, e.lastSubject);
      if (at < 0 || at > pos || !test(e)) continue;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }
}

/** A role written with a lower-case possessor: « party's elated leader » → « party », « 's », « elated leader ». */
const POSSESSED_ROLE = /^(\p{Ll}[\p{L}-]*)(['’]s\s+)(.+)$/u;
const NAMED_BODIES = allNameWords((w) => w.namedBodies);
const FIRM_NOUNS = allNameWords((w) => w.firmNouns);
const COURTESY = allNameWords((w) => w.courtesyTitles);
const THING_RELATIVES = allNameWords((w) => w.thingRelatives);
const TITLE_HEADS = allNameWords((w) => w.titleHeads);
const PERSON_PRONOUNS = allNameWords((w) => w.personPronouns);
/** How far after a lone name a person's pronoun still points to it (about a sentence). */
const PRONOUN_REACH = 160;
const THING_POSSESSIONS = allNameWords((w) => w.thingPossessions);
const NAMED_THINGS = allNameWords((w) => w.namedThings);

/**
 * One capitalised word that can be a surname: lower case after its capital (no acronym, no
 * « OpenAI »), hyphens and apostrophes allowed (« Kowalska-Nowak », « O'Hara »); not a place, a
 * seat of power, a body's name, an institution's, a role's or a group's noun, nor a function word.
 */
export function readsAsSurname(name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*$/u.test(name)) return false;
  const key = fold(name);
  if (isPlaceName(name) || NAMED_BODIES.has(key) || NOT_NAME_START.has(key)) return false;
  // A nationality adjective or its people (« Canadian regulators », "Ukrainians said") names no one person.
  if (COUNTRIES.has(key) || COUNTRIES.has(key.replace(/s$/, ""))) return false;
  // A plural of a role, a document or a body at the head of a sentence (« Mediators said », « Reports say »).
  const singular = key.replace(/s$/, "");
  return [key, singular].every((k) => ![INSTITUTION_NOUNS, DOCUMENT_NOUNS, TITLES].some((m) => m.has(k)) && !ROLE_NOUNS.has(k) && !GROUP_NOUNS.has(k) && !NAMED_THINGS.has(k));
}

/** How many distinct lone names a dispatch is searched for, and how many of each name's occurrences are read. */
const MAX_THING_LOOKUPS = 32;
const MAX_OCCURRENCES = 64;

/**
 * Whether a dispatch shows a proper name to be a thing, not a person: before a relative only a
 * thing takes (« Acme, which »), as the possessor of a company's noun (« Acme's app »), or after
 * the noun of a named thing (« the app Acme », « l'agence Ria »).
 */
export function isThingIn(text: string, name: string): boolean {
  let seen = 0;
  for (let i = text.indexOf(name); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(name, i + name.length), seen++) {
    const end = i + name.length;
    if (/\p{L}/u.test(text[i - 1] ?? "") || /\p{L}/u.test(text[end] ?? "")) continue;
    const after = /^(?:,\s+(\p{Ll}+)|['’]s\s+(\p{Ll}+))/u.exec(text.slice(end, end + 40));
    if (after && ((after[1] !== undefined && THING_RELATIVES.has(after[1])) || (after[2] !== undefined && THING_POSSESSIONS.has(after[2])))) return true;
    const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, i - 30), i));
    if (before && NAMED_THINGS.has(fold(before[1]!))) return true;
  }
  return false;
}

/**
 * Whether a dispatch ever writes a lone name as a person's: after a given name (« Paul Kessler »),
 * a courtesy title or a rank (« M. Kessler », "Gen. Kessler"), or a role noun (« le ministre
 * Kessler », "Defence Minister Kessler"). A capitalised sentence adverb, a nationality or a
 * function word before it is no given name (« Meanwhile Kessler », « the Swiss Kessler »).
 */
export function namedAsPersonIn(text: string, name: string): boolean {
  let seen = 0;
  for (let i = text.indexOf(name); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(name, i + name.length), seen++) {
    if (/\p{L}/u.test(text[i - 1] ?? "") || /\p{L}/u.test(text[i + name.length] ?? "")) continue;
    // "Kessler said … “…,” he added": a pronoun only a person takes, soon after and in the same paragraph.
    const after = text.slice(i + name.length, i + name.length + PRONOUN_REACH).split("\n", 1)[0]!.toLowerCase().split(/[^\p{L}]+/u);
    if (after.some((w) => PERSON_PRONOUNS.has(w))) return true;
    // « Inès, étudiante en droit », « Lucas*, 27 ans, »: an age or a role noun in apposition is a person's.
    const appos = APPOSITION_AFTER.exec(text.slice(i + name.length, i + name.length + 80));
    if (appos && (appos[1] !== undefined || ROLE_NOUNS.has(fold(appos[2] ?? "")) || ROLE_NOUNS.has(fold(appos[2] ?? "").replace(/s$/, "")))) return true;
    const before = /(\S+)[ \u00a0\u202f]+$/u.exec(text.slice(Math.max(0, i - 40), i))?.[1];
    if (!before) continue;
    const key = fold(before);
    if (TITLES.has(key) || COURTESY.has(key) || ROLE_NOUNS.has(key) || TITLE_HEADS.has(key)) return true;
    if (/^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(before) && !NOT_NAME_START.has(key) && !DETERMINERS.has(key) && !COUNTRIES.has(key) && !isPlaceName(before)) return true;
    // « J. Kessler », « Anna-Lena Kessler »: an initial or a hyphenated given name.
    if (/^\p{Lu}\.$/u.test(before) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(before)) return true;
  }
  return false;
}

/**
 * What an apposition right after a lone name opens with: an age (« , 32 ans, », ", 41,"), or its
 * first word after an article (« , étudiante en … », ", a nurse"). A footnote mark may close the name (« Mathis* »).
 */
const APPOSITION_AFTER = /^[*†]?\s*,\s*(?:(\d{1,3}(?:\s*(?:ans|years?\s+old))?\s*,)|(?:(?:un|une|le|la|l['’]|a|an|the)\s+)?([\p{L}'’-]+))/u;

/** An age written as an adjective (« the 40-year-old lawyer », "a 27-year-old nurse"): it qualifies no role. */
const AGE_ADJECTIVE = /(?:^|\s)\d{1,3}-year-old(?=\s)/giu;

/** A description without the age it gives (« the 40-year-old lawyer » → « the lawyer »): the same description. */
export function withoutAge(np: string): string {
  return np.replace(AGE_ADJECTIVE, "");
}

/** Whether a folded noun phrase is a definite description of a person: « la ministre », « l'ancien Premier ministre danois ». */
// Asked of the words before every name and of every speaker's phrase; a pure reading of the phrase, remembered by it.
export const isPersonDescription: (np: string) => boolean = memoShort(isPersonDescriptionNow);

function isPersonDescriptionNow(np: string): boolean {
  // A courtesy title alone (« Mme », "Mr") describes no one: it only opens a name.
  if (np.trim().split(/\s+/).every((w) => COURTESY.has(fold(w)))) return false;
  const head = headNoun(np);
  return ROLE_NOUNS.has(head) || TITLES.has(head) || isTradeNoun(head);
}

const TRADE_ENDINGS = [...allNameWords((w) => w.occupationEndings)];
/** A noun of a trade no list holds (« hydrologue », "volcanologist"), singular or plural, by its ending; long enough not to be a short common word. */
function isTradeNoun(key: string): boolean {
  const stem = key.replace(/s$/, "");
  return stem.length >= 7 && TRADE_ENDINGS.some((e) => stem.endsWith(e));
}

const PEOPLE_NOUNS_SINGULAR: ReadonlySet<string> = new Set(allNameWords((w) => w.speakingNouns));
/** « sa famille », "his team", « son entourage »: a phrase headed by a noun of people that speak together, the lexicons' speakingNouns. */
export function isSpeakingCollective(np: string): boolean {
  return PEOPLE_NOUNS_SINGULAR.has(headNoun(np));
}

/** A folded noun of a body, a document, a role or a group: « gouvernement » alone names a speaker. */
function namesBodyOrRole(key: string): boolean {
  return INSTITUTION_NOUNS.has(key) || DOCUMENT_NOUNS.has(key) || ROLE_NOUNS.has(key) || GROUP_NOUNS.has(key);
}

/**
 * The owner of a document named head-last: "a government statement" → "government", "a Pentagon
 * readout" → "Pentagon", "the ministry's report" → "the ministry". The words before the document
 * noun must name a body (an institution noun, or capitalised words), not qualify the document
 * ("a joint statement", "a new report"). Null when the phrase names no owner that way.
 */
export function documentOwner(np: string): string | null {
  const raw = np.trim().split(/\s+/).filter(Boolean);
  if (raw.length < 2 || !isDocument(np)) return null;
  const last = fold(raw[raw.length - 1]!).replace(/[^\p{L}'-]/gu, "");
  if (!DOCUMENT_NOUNS.has(last) || !HEAD_LAST.some((l) => l.nouns.has(last))) return null;
  const from = DETERMINERS.has(fold(raw[0]!)) ? 1 : 0;
  const owner = raw.slice(from, -1);
  if (!owner.length || owner.length > 4) return null;
  // « the ministry's report »: a possessor owns what follows it.
  const possessor = /^(.+?)['’]s?$/u.exec(owner.join(" "));
  if (possessor?.[1] && /['’]s?$/u.test(owner[owner.length - 1]!)) return from ? `${raw[0]} ${possessor[1]}` : possessor[1];
  const tail = fold(owner[owner.length - 1]!);
  if (INSTITUTION_NOUNS.has(tail)) return owner.join(" ");
  // Capitalised words name a body ("a Pentagon statement"), not a people ("Palestinian tallies"); with
  // no determiner, a capital may only open the sentence ("New data show"), unless it is an acronym or a known body.
  const proper = owner.every((w) => /^\p{Lu}/u.test(w)) && !owner.some((w) => COUNTRIES.has(fold(w)));
  const known = owner.length === 1 && (/^\p{Lu}{2,}$/u.test(owner[0]!) || NAMED_BODIES.has(tail) || isPlaceName(owner[0]!));
  return proper && (from === 1 || known) ? owner.join(" ") : null;
}

export function isDocument(np: string): boolean {
  return DOCUMENT_NOUNS.has(headNoun(np));
}

export function isInstitution(np: string): boolean {
  return INSTITUTION_NOUNS.has(headNoun(np));
}

/** « les Occidentaux », « des experts », « les secouristes », "Mediators": a plural noun phrase naming people. */
export function isGroup(np: string): boolean {
  const words = fold(np).split(/\s+/);
  // "the nation's senior civilian and army leaders", "Mediators": a phrase headed by a group noun.
  if (GROUP_NOUNS.has(headNoun(np))) return true;
  if (words[0] !== "les" && words[0] !== "des") return false;
  const last = words[words.length - 1] ?? "";
  return GROUP_NOUNS.has(last) || (words.length <= 3 && /[sx]$/.test(words[1] ?? "") && !INSTITUTION_NOUNS.has(words[1] ?? ""));
}

/** « Minsk » → « bielorusse »: the nationality adjective of a capital used for its government (the first language's). */
export function capitalDemonym(np: string): string | null {
  return CAPITALS.get(fold(stripArticle(np)))?.[0] ?? null;
}

/** « Minsk » → « bielorusse », "belarusian": its nationality adjectives in every language. */
export function capitalDemonyms(np: string): readonly string[] {
  return CAPITALS.get(fold(stripArticle(np))) ?? [];
}

const QUANTITIES = allNameWords((w) => w.quantities);
const SENTENCE_ADVERBS = allNameWords((w) => w.sentenceAdverbs);
const VERB_GROUP = allNameWords((w) => w.verbGroup);
const PRONOUN_STARTS = allNameWords((w) => w.pronounStarts);
const ABSTRACT_NOUNS = allNameWords((w) => w.abstractNouns);
const NOT_NAME_START = allNameWords((w) => w.notNameStart);
const DETERMINERS = allNameWords((w) => w.roleDeterminers);
const RELATIVES = allNameWords((w) => w.relatives);
const TIME_WORDS = allNameWords((w) => w.timeWords);
const TIME_PREPOSITIONS = allNameWords((w) => w.timePrepositions);
const TIME_DEICTICS = allNameWords((w) => w.timeDeictics);
const TIME_UNITS = allNameWords((w) => w.timeUnits);
const SUBORDINATORS = allNameWords((w) => w.subordinators);
const AUXILIARIES = allNameWords((w) => w.auxiliaries);
const ADJECTIVAL_PAST = allNameWords((w) => w.adjectivalPast);
const CLAUSE_OPENERS = allNameWords((w) => w.clauseOpeners);
const PASSIVE = allNameWords((w) => w.passive);
const IRREGULAR_PAST = allNameWords((w) => w.irregularPast);
const LINKER_WORDS = allNameWords((w) => w.linkers);
const VERB_STOP_WORDS = allNameWords((w) => w.verbStops);
/** Words an object opens with after a verb: articles, possessives, demonstratives, prepositions of place. */
const OBJECT_OPENERS = new Set([...DETERMINERS, ...allNameWords((w) => w.pronounStarts), "in", "into", "at", "on", "his", "her", "their", "its", "our", "my", "your"]);

/**
 * Where a subject noun phrase's verb starts inside it: at a finite auxiliary (« Oman is often »,
 * « the event will offer up … »), or at a past tense right after a capitalised name (« Pakistan
 * returned fire »), not at one that reads as an adjective (« Israeli armed forces »). -1 if none.
 */
function verbInside(words: readonly string[]): number {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const low = fold(w).replace(/[^\p{L}\p{N}'-]/gu, "");
    if (AUXILIARIES.has(low)) return k;
    const past = (/^\p{Ll}{3,}ed$/u.test(w) && !ADJECTIVAL_PAST.has(low)) || IRREGULAR_PAST.has(w);
    if (!past) continue;
    // After a name (« Norland returned fire »), or before an article or a possessive (« the predator treated his victims »).
    if ((/^\p{Lu}/u.test(words[k - 1]!) && !DETERMINERS.has(fold(words[k - 1]!))) || OBJECT_OPENERS.has(fold(words[k + 1] ?? ""))) return k;
  }
  return -1;
}

/**
 * The noun phrase a speaker's frame gives, cut where its verb group starts (« Belarusian officials
 * did » → « Belarusian officials »), or null when it can name no speaker: a pronoun phrase (« He
 * also », « C'est ce qu' »), a sentence adverb (« Aussi »), a quantity (« Environ 400 Français »),
 * an abstract noun (« leur concept »).
 */
// Remembered by phrase: the same subjects (a name, « le ministre », "officials") come back in every
// paragraph, and the reading depends on the phrase and the fixed word lists alone.
export const speakerNp: (np: string) => string | null = memoShort(speakerNpNow);

function speakerNpNow(np: string): string | null {
  // A live blog's time stamp before the subject: « 7h25 - X », « 10:30 — X ».
  // « Mathis* »: a footnote mark after a name (a first name changed) is no part of it.
  let words = np.replace(/^\d{1,2}[h:.]\d{2}\s*[-–—]\s*/u, "").replace(/(?<=\p{L})[*†]+(?=\s|$)/gu, "").split(/\s+/).filter(Boolean);
  // « Meanwhile officials said », « Ensuite le ministre a dit »: a sentence adverb before the subject is no part of it.
  if (words.length > 1 && /^\p{Lu}/u.test(words[0]!) && SENTENCE_ADVERBS.has(fold(words[0]!).replace(/[^\p{L}'-]/gu, ""))) words = words.slice(1);
  // « a figure that dwarfs … », « the campaign on Tuesday »: the phrase ends before a relative or a time.
  const bare = (w: string) => fold(w).replace(/[^\p{L}\p{N}'-]/gu, "");
  // A relative is written in lower case: « the WHO » is an acronym.
  const relative = (w: string) => /^\p{Ll}/u.test(w) && (RELATIVES.has(bare(w)) || RELATIVES.has(bare(w).replace(/'.*$/, "'")));
  const edge = words.findIndex((w, k) => k > 0 && (relative(w) || TIME_WORDS.has(bare(w)) || (TIME_DEICTICS.has(bare(w)) && TIME_UNITS.has(bare(words[k + 1] ?? "")))));
  if (edge > 0) words = words.slice(0, TIME_PREPOSITIONS.has(bare(words[edge - 1]!)) && edge > 1 ? edge - 1 : edge);
  // « comes after farm inspectors »: a subordinate clause's subject, after its conjunction written in lower case.
  const sub = words.findLastIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w) && SUBORDINATORS.has(bare(w)));
  // « Shortly after X » is an adjunct, no subject (see CLAUSE_OPENERS below).
  if (sub > 0 && sub < words.length - 1 && !CLAUSE_OPENERS.has(bare(words[0]!))) words = words.slice(sub + 1);
  // A verb inside the phrase: a verb group alone ends the subject (« Finland has always »); a
  // passive (« Oman is often [called] ») or a verb with its object (« Norland returned fire », « the
  // talks were meant to … ») makes it a clause whose subject is no speaker.
  // « The World Health Organization (WHO) »: the acronym in brackets is an alias, not the name (coref.ts pairs them).
  if (words.length > 2 && /^\(\p{Lu}{2,}\)$/u.test(words[words.length - 1]!)) words = words.slice(0, -1);
  const verb = verbInside(words);
  if (verb > 0) {
    const rest = words.slice(verb).map((w) => fold(w).replace(/[^\p{L}\p{N}'-]/gu, ""));
    // The frame's own verb may close the group (« X has repeatedly defended [figures that] »).
    const group = /^\p{Ll}/u.test(words[words.length - 1]!) && rest.length > 1 ? rest.slice(0, -1) : rest;
    if (PASSIVE.has(rest[0]!) || !group.every((w) => VERB_GROUP.has(w))) return null;
    words = words.slice(0, verb);
  }
  while (words.length > 1 && VERB_GROUP.has(fold(words[words.length - 1]!))) words.pop();
  if (!words.length) return null;
  const folded = words.map((w) => fold(w).replace(/[^\p{L}\p{N}'-]/gu, ""));
  const first = folded[0]!;
  const firstWord = first.replace(/'.*$/, "'");
  if (PRONOUN_STARTS.has(first) || PRONOUN_STARTS.has(firstWord) || /^c'est\b/.test(fold(np))) return null;
  // « following month they », « GOP's grip on the levers of », « posts were archived and »: a phrase
  // ending on a pronoun, a preposition or a conjunction is cut from a clause; « says authorities » opens on a verb.
  const last = folded[folded.length - 1]!;
  // Written in lower case: « the WHO » ends on an acronym, not a pronoun.
  if (words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]!) && (PRONOUN_STARTS.has(last) || LINKER_WORDS.has(last) || CLAUSE_OPENERS.has(last))) return null;
  if (/^\p{Ll}/u.test(words[0]!) && VERB_STOP_WORDS.has(first)) return null;
  // « Shortly after X », « Among X », « Selon X »: a clause or a complement, not a subject; a determiner alone names no one.
  if (CLAUSE_OPENERS.has(first) || CLAUSE_OPENERS.has(firstWord) || (words.length === 1 && DETERMINERS.has(first))) return null;
  // « Five key policies », « Many of those », « Plusieurs d'entre eux »: a count, not a speaker.
  const counted = readNumberWords(words[0]!, 0);
  if (counted && !DETERMINERS.has(first) && counted.value > 1) return null;
  if (QUANTITIES.has(first) && /^(?:of|de|d'|des|du)$/.test(folded[1] ?? "")) return null;
  // « Nearly half », « la moitié », "Most": a share of people, no speaker.
  if (QUANTITIES.has(first) && (words.length === 1 || QUANTITIES.has(folded[1] ?? ""))) return null;
  if (words.length === 2 && DETERMINERS.has(first) && QUANTITIES.has(folded[1] ?? "")) return null;
  // A determiner before a pronoun opens a relative, not a noun phrase: « ce qu'on dit », « ce que disent ».
  const secondWord = (folded[1] ?? "").replace(/'.*$/, "'");
  if (DETERMINERS.has(first) && /^\p{Ll}/u.test(words[1] ?? "") && (PRONOUN_STARTS.has(folded[1] ?? "") || PRONOUN_STARTS.has(secondWord))) return null;
  // A count of people (« Environ 400 Français », « Some 300 residents »), not « Some in the city ».
  const second = folded[1] ?? "";
  if (/^\d/.test(first) || (QUANTITIES.has(first) && (/^\d/.test(second) || QUANTITIES.has(second) || readNumberWords(second, 0) !== null))) return null;
  // A bare lower-case singular word (« financial », « ibuprofène ») names no one, unless it is a noun of a body or a role.
  const lone = words.length === 1 ? words[0]!.replace(/^[ld]['’]/i, "") : "";
  const loneKey = fold(lone).replace(/[^\p{L}\p{N}'-]/gu, "");
  // (« a assuré l'homme », « selon l'entourage »: a noun of people that can speak is one.)
  if (lone && /^\p{Ll}/u.test(lone) && !isGluedName(lone) && !/[sx]$/.test(loneKey) && ![INSTITUTION_NOUNS, DOCUMENT_NOUNS].some((m) => m.has(loneKey)) && !ROLE_NOUNS.has(loneKey) && !isTradeNoun(loneKey) && !GROUP_NOUNS.has(loneKey) && !SPEAKING_NOUNS.has(loneKey)) return null;
  // A capitalised sentence adverb or conjunction is no name (articles and prepositions are read elsewhere).
  if (words.length === 1 && NOT_NAME_START.has(first) && !DETERMINERS.has(first) && !namesBodyOrRole(first)) return null;
  // « the announcement » is no speaker; "a government announcement" is the government's (see documentOwner).
  if (ABSTRACT_NOUNS.has(headNoun(words.join(" "))) && !/^\p{Lu}/u.test(stripArticle(words.join(" "))) && documentOwner(words.join(" ")) === null) return null;
  // English puts adjectives first: « the daily rise in cases » is headed by « rise ».
  const abstractAt = folded.slice(0, 4).findIndex((w) => ABSTRACT_NOUNS.has(w));
  if (abstractAt > 0 && (abstractAt === folded.length - 1 || ["of", "in", "de", "du", "des", "d'"].includes(folded[abstractAt + 1]!)) && documentOwner(words.join(" ")) === null) {
    if (folded.slice(0, abstractAt).every((w, k) => k === 0 || !/^\p{Lu}/u.test(words[k]!))) return null;
  }
  // A possessor without its noun (« The state's »), a compound adjective (« Stay-at-home »).
  if (/['’]s?$/.test(words[words.length - 1]!) || (words.length === 1 && /^\p{L}+(?:-\p{Ll}+)+$/u.test(words[0]!))) return null;
  // "Fort Lee, Virginia", « Lunel, Hérault »: a place and the region after its comma is an address, no speaker.
  // (The last comma found by a scan, not a regex anchored at the end, which retries at every comma.)
  const joined = words.join(" ");
  const lastComma = joined.lastIndexOf(",");
  if (lastComma > 0 && /^\p{Lu}/u.test(words[0]!) && isPlaceName(joined.slice(lastComma + 1).trim())) return null;
  // « le FMI ne devrait », "prices did not": a negation inside the phrase makes it a clause.
  if (words.slice(1).some((w) => NEGATIONS.has(fold(w)))) return null;
  if (!canSpeak(words)) return null;
  return words.join(" ");
}

const NEGATIONS = allNameWords((w) => w.negations);
/** Linking words that join two nouns of one phrase (« political and military leaders »): the phrase goes on. */
const COORDINATORS = new Set(["and", "et", "&", "or", "ou"]);

/** Every noun of a body, a document, a role, a title, a group, a firm or a named thing: what a speaker's phrase can be headed by. */
const SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  ...INSTITUTION_NOUNS.keys(),
  ...DOCUMENT_NOUNS.keys(),
  ...TITLES.keys(),
  ...ROLE_NOUNS,
  ...GROUP_NOUNS,
  ...allNameWords((w) => w.titleHeads),
  ...allNameWords((w) => w.firmNouns),
  ...allNameWords((w) => w.namedThings),
  ...allNameWords((w) => w.namedBodies),
  ...allNameWords((w) => w.organisationEnds),
  ...allNameWords((w) => w.speakingNouns),
]);
// (A trade's ending too: « la toxicologue », "the pathologist".)
const AGENT_ENDINGS = [...allNameWords((w) => w.agentEndings), ...allNameWords((w) => w.occupationEndings)];
const THING_ENDINGS = [...allNameWords((w) => w.thingEndings)];

/** A noun that can head a speaker's phrase: a listed one, singular or plural, or one whose ending names a doer. */
function speakingNoun(word: string, byEnding: boolean): boolean {
  const key = fold(word).replace(/[^\p{L}'-]/gu, "");
  // (« source » of the plural « sources » a list holds.)
  // (« communities » of the listed « community »: an English plural in -ies.)
  const singulars = [key, key.replace(/[sx]$/, ""), key.replace(/es$/, ""), `${key}s`, key.replace(/ies$/, "y")];
  // A share of people (« Some in the city », « La majorité ») was judged before: what is left of it speaks.
  if (singulars.some((k) => SPEAKING_NOUNS.has(k)) || QUANTITIES.has(key)) return true;
  const stem = singulars[1]!;
  if (!byEnding || stem.length < 4 || THING_ENDINGS.some((e) => stem.endsWith(e))) return false;
  return AGENT_ENDINGS.some((e) => stem.endsWith(e));
}

/**
 * Whether a speaker's phrase is headed by something that can speak: a proper name (capitalised
 * words past a sentence's first), or, among its words before the first linking word, a noun of a
 * body, a document, a role or a group, or of a doer (« les enseignants », "the plumber"). « la
 * science », « le deuxième semestre », "red-tipped warheads", "Fresh economic [forecasts]" are
 * things: no speaker.
 */
function canSpeak(words: readonly string[]): boolean {
  let from = 0;
  while (from < words.length - 1 && (DETERMINERS.has(fold(words[from]!)) || readNumberWords(words[from]!, 0) !== null)) from++;
  const chunk: string[] = [];
  for (let k = from; k < words.length; k++) {
    // « l'accumulation » is read on « accumulation »; « d'études » links to a complement.
    const w = k === from ? words[k]!.replace(/^[ld]['’]/i, "") : words[k]!;
    const key = fold(w).replace(/[^\p{L}\p{N}'-]/gu, "");
    if (k > from && ((LINKER_WORDS.has(key) && !COORDINATORS.has(key)) || /^[dl]['’]/i.test(w) || RELATIVES.has(key) || VERB_GROUP.has(key) || /[,;:]$/.test(words[k - 1]!))) break;
    chunk.push(w);
  }
  if (!chunk.length) return true;
  // A capital past the phrase's first word, or a first word with no lower-case word after it, is a name.
  // An elided definite article (« l'Éducation nationale ») leads the phrase as « la » does: the
  // capital on the noun after it is a name's, not the sentence's.
  const sentenceCase = from === 0 && !/^l['’]/iu.test(words[0]!) && chunk.length > 1 && /^\p{Ll}/u.test(chunk[1]!);
  // « the new “dot plot” »: a term the copy puts in quotation marks is a name; so is a possessor (« Norland's top leaders »).
  // A capital inside a word is a name's too (« al-Hamadi »).
  if (chunk.some((w, k) => /^["“«‘']/u.test(w) || /^.+\p{Lu}/u.test(w) || (/^\p{Lu}/u.test(w) && (!(k === 0 && sentenceCase) || /['’]s?$/u.test(w))))) return true;
  // A listed noun anywhere in it; a doer's ending only at a head: first (French) or last (English) — not « anti-fever ».
  return chunk.some((w) => speakingNoun(w, false)) || speakingNoun(chunk[0]!, true) || speakingNoun(chunk[chunk.length - 1]!, true);
}

/** Each language's phrase of a state's government, its nationality adjective caught: "(\\p{L}+) government", « gouvernement (\\p{L}+) ». */
const GOVERNMENT_PHRASES = Object.fromEntries(
  Object.entries(PLACE_WORDS).map(([lang, w]) => [lang, new RegExp(w.government.adjectiveAfter ? `(?<![\\p{L}])${w.government.noun}\\s+(\\p{L}+)` : `(?<![\\p{L}])(\\p{L}+)\\s+${w.government.noun}(?![\\p{L}])`, "giu")]),
) as Record<"fr" | "en", RegExp>;

/**
 * "Sweden told its citizens …" in a story that names "the Swedish government": a country that
 * speaks is its government. The country's entity takes the government's name as the story writes
 * it, the country's kept as an alias, when no other entity has that name yet.
 */
export function countriesAsGovernments(registry: EntityRegistry, source: string, lang: "fr" | "en"): void {
  const countries = registry.entities.filter((e) => e.kind === "organization" && e.spoke && COUNTRY_NAMES.has(fold(e.name)));
  if (!countries.length) return;
  const written = new Map<string, string>();
  for (const m of source.matchAll(GOVERNMENT_PHRASES[lang])) {
    const demonym = fold(m[1]!);
    if (!written.has(demonym)) written.set(demonym, m[0]!);
  }
  for (const e of countries) {
    const phrase = COUNTRY_PAIRS.filter(([, country]) => fold(country) === fold(e.name)).map(([d]) => written.get(d)).find((p) => p !== undefined);
    if (!phrase || registry.named(fold(phrase))) continue;
    // « Gouvernement suédois » opening a sentence is the common noun's capital, not a name's.
    const name = fold(phrase).startsWith(PLACE_WORDS[lang].government.noun) ? phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : phrase;
    e.aliases.add(e.name);
    registry.rename(e, name);
  }
}

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRY_PAIRS.map(([, c]) => fold(c)));
