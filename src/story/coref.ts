/**
 * One entity under two names the copy itself pairs: an organisation and its acronym (« the World
 * Health Organization (WHO) », « l'OMS (Organisation mondiale de la santé) »), a person and their
 * nickname (« X, dit « Y » », « X, known as Y »). Read once over the dispatch after the speech
 * reader, so every mention is already an entity; one pass, linear in the text.
 */
import { headNoun, type Entity, type EntityRegistry } from "./entities.js";
import { allNameWords } from "./lang/names.js";
import { fold, stripArticle } from "./text.js";
import { ROLE_NOUNS } from "./lexicon.js";

const LINKERS = allNameWords((w) => w.linkers);
const NICKNAMES = allNameWords((w) => w.nicknameMarkers);

/** An acronym: two to ten letters, at least two capitals (« OMS », « Rco » is written « RCO » or « Rco »). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{1,9}$/u;
const MAX_EXPANSION_WORDS = 12;

export interface NamePair {
  long: string;
  short: string;
}

/** Initials of the content words of a phrase: « Organisation mondiale de la santé » → « oms ». */
function initials(words: readonly string[]): string {
  return words.filter((w) => !LINKERS.has(fold(w))).map((w) => fold(w)[0] ?? "").join("");
}

/** Whether `acronym` reads as the initials of `words`, in order, the first letter on the first word. */
function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = fold(acronym);
  const init = initials(words);
  if (!init || init[0] !== letters[0]) return false;
  if (init === letters) return letters.length >= 2;
  // Only an acronym in capitals abbreviates loosely (« Rco » must match every initial).
  if (!/\p{Lu}.*\p{Lu}/u.test(acronym)) return false;
  // A subsequence: « ANRP » for « Agence nationale des routes et des ponts ».
  let k = 0;
  for (const ch of init) if (ch === letters[k]) k++;
  return k === letters.length && letters.length >= 3;
}

/** The phrase of up to 12 words ending at `end` that `acronym` abbreviates, or null. */
function expansionBefore(text: string, end: number, acronym: string): string | null {
  const head = text.slice(Math.max(0, end - 200), end);
  const cut = Math.max(...[",", ";", ":", "(", ")", "«", "»", "\"", "“", "”", "."].map((c) => head.lastIndexOf(c))) + 1;
  const words = head.slice(cut).trim().split(/\s+/).filter(Boolean).slice(-MAX_EXPANSION_WORDS);
  // The shortest phrase that still abbreviates to the acronym, its first word a capital.
  for (let from = words.length - 1; from >= 0; from--) {
    const w = words[from]!.replace(/^(?:l|d)['’]/i, "");
    if (!/^\p{Lu}/u.test(w)) continue;
    const phrase = [w, ...words.slice(from + 1)];
    if (abbreviates(acronym, phrase)) return phrase.join(" ");
  }
  return null;
}

/** « Long Name (ACR) » and « ACR (Long Name) » pairs in a text. */
export function acronymPairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  for (const m of text.matchAll(/\(([^()]{2,120})\)/g)) {
    const inner = m[1]!.trim();
    if (ACRONYM.test(inner)) {
      const long = expansionBefore(text, m.index, inner);
      if (long) out.push({ long, short: inner });
      continue;
    }
    // « l'OMS (Organisation mondiale de la santé) »
    const before = /([\p{Lu}][\p{Lu}\p{Ll}]{1,9})\s*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    if (before && ACRONYM.test(before) && /\p{Lu}.*\p{Lu}/u.test(before)) {
      const words = inner.split(/\s+/);
      if (words.length <= MAX_EXPANSION_WORDS && abbreviates(before, words)) out.push({ long: inner, short: before });
    }
  }
  return out;
}

/** « X, dit « Y » », « X, known as "Y" », « X, alias Y »: a person and their nickname. */
export function nicknamePairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  const re = /((?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’-]+),?\s+([\p{Ll}]+(?:\s+as)?)\s+[«"“]?\s*((?:(?:le|la|les|l['’]|the)\s*)?\p{Lu}[^»"”,.;()]{0,40}?)\s*[»"”]?(?=[,.;)]|\s+(?:a|has|est|était|said|a\s+été)\b)/gu;
  for (const m of text.matchAll(re)) {
    if (!NICKNAMES.has(fold(m[2]!))) continue;
    out.push({ long: m[1]!.trim(), short: m[3]!.trim() });
  }
  return out;
}

const key = (s: string) => fold(stripArticle(s.trim()));
const names = (e: Entity) => [e.name, ...e.aliases].map(key);

/** Joins `from` into `into`: names, mentions, speech; returns the pointers' new target. */
function join(into: Entity, from: Entity): void {
  into.aliases.add(from.name);
  for (const a of from.aliases) into.aliases.add(a);
  for (const m of from.mentions) into.mentions.add(m);
  into.spoke = into.spoke || from.spoke;
  into.lastSpoke = Math.max(into.lastSpoke, from.lastSpoke);
  into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
  into.role = into.role ?? from.role;
  into.gender = into.gender ?? from.gender;
}

/**
 * After reading: each pair the copy makes is one entity. The long form names it; the short one
 * becomes an alias. Quotes and claims pointing at a joined entity move to the one kept.
 */
export function joinPairs(registry: EntityRegistry, text: string, ...pointers: { entity: Entity }[][]): void {
  const pairs = [...acronymPairs(text).map((p) => ({ ...p, person: false })), ...nicknamePairs(text).map((p) => ({ ...p, person: true }))];
  for (const p of pairs) {
    const long = key(p.long);
    const short = key(p.short);
    const matches = (e: Entity, k: string) => names(e).includes(k) || (p.person && e.kind === "person" && fold(e.name).endsWith(` ${k}`));
    const a = registry.entities.find((e) => (p.person ? e.kind === "person" : e.kind !== "person") && matches(e, long));
    const b = registry.entities.find((e) => e !== a && matches(e, short));
    if (a && b) {
      join(a, b);
      for (const list of pointers) for (const q of list) if (q.entity === b) q.entity = a;
      const at = registry.entities.indexOf(b);
      if (at >= 0) registry.entities.splice(at, 1);
    } else if (a) a.aliases.add(p.short);
    else if (b) b.aliases.add(p.long);
  }
  joinAcronyms(registry, pointers);
  joinDescriptions(registry, pointers);
  joinBodiesAhead(registry, pointers);
}

/**
 * « Port strike to go on, union says » in a headline, then « the dockworkers' union said » in the
 * body: a body or a group first met under its bare common noun, before the copy names it in full,
 * is the one entity named later with that noun for its head. Only when exactly one such fuller
 * name follows: a bare noun met after its body is already read as that body by the speech reader.
 */
function joinBodiesAhead(registry: EntityRegistry, pointers: { entity: Entity }[][]): void {
  for (const bare of [...registry.entities]) {
    const noun = stripArticle(bare.name);
    if (bare.kind === "person" || !/^\p{Ll}[\p{Ll}-]*$/u.test(noun)) continue;
    const head = fold(noun);
    const first = firstMention(bare);
    const fuller = registry.entities.filter((e) => e !== bare && e.kind !== "person" && /\s/.test(stripArticle(e.name)) && headNoun(e.name) === head);
    if (fuller.length !== 1 || firstMention(fuller[0]!) <= first) continue;
    const into = fuller[0]!;
    join(into, bare);
    for (const list of pointers) for (const q of list) if (q.entity === bare) q.entity = into;
    registry.entities.splice(registry.entities.indexOf(bare), 1);
  }
}

/** The sentence an entity was first met in (a set keeps insertion order). */
const firstMention = (e: Entity): number => e.mentions.values().next().value ?? -1;

/**
 * « "…", prévient la ministre de la Santé » in a headline, and « La ministre de la Santé, Claire
 * Vidal, … » further down: a person known only by a description is the one named person whose role
 * (or a name the copy gives them) is that description. Only when exactly one named person fits.
 */
function joinDescriptions(registry: EntityRegistry, pointers: { entity: Entity }[][]): void {
  const named = registry.entities.filter((e) => e.kind === "person" && /^\p{Lu}/u.test(e.name) && /\s/.test(e.name.trim()));
  if (!named.length) return;
  for (const desc of [...registry.entities]) {
    // Lower case, or a headline's capital on the first word only (« Minister »).
    if (desc.kind !== "person" || !/^\p{L}[^\p{Lu}]*$/u.test(stripArticle(desc.name).split(/\s+de\s|\s+of\s/)[0]!)) continue;
    const k = key(desc.name);
    const words = k.split(/[\s']+/);
    if (!ROLE_NOUNS.has(words[0]!) && !ROLE_NOUNS.has(words[words.length - 1]!)) continue;
    // (Not the description itself: « Nato official », capitalised and of two words, is among the named.)
    const exact = named.filter((e) => e !== desc && ((e.role !== null && key(e.role) === k) || names(e).includes(k)));
    const fits = exact.length ? exact : named.filter((e) => e !== desc && e.role !== null && ` ${key(e.role)} `.includes(` ${k} `));
    if (fits.length !== 1) continue;
    const into = fits[0]!;
    join(into, desc);
    for (const list of pointers) for (const q of list) if (q.entity === desc) q.entity = into;
    registry.entities.splice(registry.entities.indexOf(desc), 1);
  }
}

/**
 * « the Energy Markets Authority … the EMA said », with no parentheses: an organisation
 * named by capitals that are exactly the initials of another organisation's name is that one.
 */
function joinAcronyms(registry: EntityRegistry, pointers: { entity: Entity }[][]): void {
  for (const short of [...registry.entities]) {
    const acronym = stripArticle(short.name);
    if (short.kind === "person" || !/^\p{Lu}{2,10}$/u.test(acronym)) continue;
    const long = registry.entities.find(
      (e) => e !== short && e.kind !== "person" && /\s/.test(stripArticle(e.name)) && initials(stripArticle(e.name).split(/\s+/)) === fold(acronym),
    );
    if (!long) continue;
    join(long, short);
    for (const list of pointers) for (const q of list) if (q.entity === short) q.entity = long;
    registry.entities.splice(registry.entities.indexOf(short), 1);
  }
}
