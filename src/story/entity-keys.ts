/**
 * The folded forms an entity is looked up by (its name, surname, last word, aliases), computed
 * once and kept until its name changes or it gains an alias. The registry is searched for every
 * name, pronoun and description of every sentence; folding each entity's name and aliases again
 * at each search made ingest slow down as a story's cast grew.
 */
import type { Entity } from "./entities.js";
import { surnameOf } from "./names.js";
import { fold, stripArticle } from "./text.js";

export interface EntityKeys {
  /** fold(name) */
  name: string;
  /** fold(surnameOf(name)) */
  surname: string;
  /** The last word of fold(name), words split on spaces, and on any white space. */
  lastWord: string;
  lastWordAnySpace: string;
  /** fold(name) split on any white space: compared word by word with each new name read. */
  words: readonly string[];
  /** fold(alias) and fold(stripArticle(alias)) of every alias. */
  aliases: ReadonlySet<string>;
  bareAliases: ReadonlySet<string>;
}

interface Cached extends EntityKeys {
  /** What the keys were computed from: aliases only grow, so their count tells a change. */
  from: string;
  aliasCount: number;
}

const cache = new WeakMap<Entity, Cached>();

export function entityKeys(e: Entity): EntityKeys {
  const hit = cache.get(e);
  if (hit && hit.from === e.name && hit.aliasCount === e.aliases.size) return hit;
  const name = fold(e.name);
  const aliases = new Set<string>();
  const bareAliases = new Set<string>();
  for (const a of e.aliases) {
    aliases.add(fold(a));
    bareAliases.add(fold(stripArticle(a)));
  }
  const keys: Cached = {
    from: e.name,
    aliasCount: e.aliases.size,
    name,
    surname: fold(surnameOf(e.name)),
    lastWord: name.split(" ").pop()!,
    lastWordAnySpace: name.split(/\s+/).pop()!,
    words: name.split(/\s+/),
    aliases,
    bareAliases,
  };
  cache.set(e, keys);
  return keys;
}
