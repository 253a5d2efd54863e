import type { Entity, KeySet, StoryIndex } from "./index.js";
import { keysOf } from "./index.js";
import { NATIONALITY_GROUPS, NATIONALITY_KEYS } from "./lexicon.js";
import type { Matcher, Query, Term } from "./query.js";
import { QuestionMemo } from "./question-memo.js";

/**
 * Nationality words a question puts on what it asks about (« Russian troops », « le ministre
 * estonien »): an answer about another country's troops or minister answers another question.
 */
export function nationalityTerms(query: Query): Term[] {
  // asked for every figure and every sentence a question is checked against: read once per question
  let out = nationalityCache.get(query);
  if (!out) nationalityCache.set(query, (out = query.terms.filter((t) => t.keys.some((k) => NATIONALITY_KEYS.has(k)))));
  return out;
}

const nationalityCache = new QuestionMemo<Query, Term[]>();

const homes = new WeakMap<StoryIndex, KeySet>();
function homeKeys(index: StoryIndex): KeySet {
  let k = homes.get(index);
  if (!k) {
    k = keysOf(index.story.dateline?.place ?? "");
    homes.set(index, k);
  }
  return k;
}

function nationalitiesOf(keys: KeySet): string[] {
  return [...keys].filter((k) => NATIONALITY_KEYS.has(k));
}

/**
 * Whether an entity may be qualified by `term`: its own name, aliases or role say so, or — when
 * they give no nationality at all (« la ministre de la Défense ») — a sentence that mentions it
 * does (« … commande la marine estonienne »). A description with another nationality never fits.
 */
export function entityFits(index: StoryIndex, e: Entity, term: Term, m: Matcher): boolean {
  if (m.found(e.keys, [term]).length) return true;
  if (nationalitiesOf(e.keys).length) return false;
  // a dispatch filed from a capital calls that country's officials plainly « le ministre »
  if (m.found(homeKeys(index), [term]).length) return true;
  return e.mentions.some((i) => {
    const s = index.sentences[i];
    return s !== undefined && m.found(s.keys, [term]).length > 0;
  });
}

/** Person titles a question may ask the holder of (« who is the ambassador », « le commandant »). */
const TITLE_WORDS = new Set(
  (
    "minister ministre spokesman spokeswoman spokesperson porte parole chief chef secretary secretaire ambassador ambassadeur ambassadrice " +
    "president presidente commander commandant general head leader dirigeant director directeur directrice envoy envoye emissaire " +
    "mediator mediateur negotiator negociateur governor gouverneur mayor maire chancellor chancelier adviser advisor conseiller conseillere " +
    "admiral amiral colonel captain capitaine premier prime charge affaires diplomat diplomate judge juge prosecutor procureur king roi queen reine"
  ).split(" "),
);

/** The question's words naming a person's office (« ambassador », « commandant »). */
export function titleTerms(query: Query): Term[] {
  return query.terms.filter((t) => TITLE_WORDS.has(t.word));
}

/** Whether `keys` hold the nationality `term` names, in any of its forms (« russes » ~ « Moscou »). */
export function nationalityIn(keys: ReadonlySet<string>, term: Term, m: Matcher): boolean {
  if (m.found(keys as KeySet, [term]).length) return true;
  for (const k of groupKeys(term)) if (keys.has(k)) return true;
  return false;
}

// Keyed by the term's keys, not the Term: each question makes its own Terms, and the groups of
// the same keys are the same on every question (a walk over every nationality group otherwise).
const groupCache = new Map<string, string[]>();

/** Every key of the nationality groups a term belongs to, once per set of keys. */
function groupKeys(term: Term): string[] {
  const id = term.keys.join("\u0001");
  let out = groupCache.get(id);
  if (!out) {
    const set = new Set<string>();
    for (const g of NATIONALITY_GROUPS) if (term.keys.some((k) => g.has(k))) for (const k of g) set.add(k);
    out = [...set];
    if (groupCache.size >= 20_000) groupCache.clear();
    groupCache.set(id, out);
  }
  return out;
}
