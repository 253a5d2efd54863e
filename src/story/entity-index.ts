/**
 * Which entities answer to a folded key, so that a name is looked up among the few entities that
 * share one of its keys rather than among the whole cast. The registry was searched linearly for
 * every name, surname and description of every sentence: a long dispatch with a large cast paid
 * its cast size at every mention.
 *
 * The index is a superset: an entity stays listed under a key it no longer has (a name it gave up
 * for a fuller one), and every look-up checks the candidates against the entity's current keys and
 * returns the first in the registry's order, exactly as a linear search does. It stays complete
 * because every change of an entity's keys is announced: creation, a new name (`rename`) and a new
 * alias (the alias set reports its own additions).
 */
import type { Entity } from "./entities.js";
import { entityKeys, type EntityKeys } from "./entity-keys.js";

/**
 * A name as a reader sees it: without the soft hyphens and zero-width marks web copy leaves inside
 * words (« pro\u00adche », "sécu\u00adrité"), which would make two spellings of one name.
 */
export function visible(name: string): string {
  return /[\u00ad\u200b-\u200d\u2060\ufeff]/u.test(name) ? name.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/gu, "") : name;
}

/** An alias set that tells its owner when it gains a member; it keeps the visible form of each. */
export class WatchedSet extends Set<string> {
  private onAdd: (() => void) | null = null;

  watch(onAdd: () => void): this {
    this.onAdd = onAdd;
    return this;
  }

  override add(written: string): this {
    const value = visible(written);
    if (this.onAdd && !this.has(value)) {
      super.add(value);
      this.onAdd();
      return this;
    }
    return super.add(value);
  }
}

type Field = "name" | "surname" | "lastWord" | "lastWordAnySpace" | "alias" | "bareAlias" | "given";

/** The first word of a two-word folded name (« lin wei » → « lin »), else null. */
export function givenWordOf(k: EntityKeys): string | null {
  const space = k.name.indexOf(" ");
  return space > 0 && k.name.indexOf(" ", space + 1) < 0 ? k.name.slice(0, space) : null;
}

export class EntityIndex {
  private readonly maps = new Map<Field, Map<string, Entity[]>>();
  /** Creation order: the order of the registry's list, which removals (splice) keep. */
  private readonly order = new WeakMap<Entity, number>();
  private created = 0;
  private stale: Entity[] = [];
  private live: Set<Entity> | null = null;
  private liveLength = -1;
  private liveCreated = -1;

  constructor(private readonly entities: readonly Entity[]) {}

  /** A new entity: indexed at the next look-up, and again whenever its keys change. */
  added(e: Entity): void {
    this.order.set(e, this.created++);
    this.stale.push(e);
  }

  changed(e: Entity): void {
    this.stale.push(e);
  }

  private map(field: Field): Map<string, Entity[]> {
    let m = this.maps.get(field);
    if (!m) {
      m = new Map();
      this.maps.set(field, m);
    }
    return m;
  }

  private put(field: Field, key: string, e: Entity): void {
    const m = this.map(field);
    const list = m.get(key);
    if (!list) {
      m.set(key, [e]);
      return;
    }
    if (list.includes(e)) return;
    list.push(e);
    const at = this.order.get(e)!;
    if (list.length > 1 && this.order.get(list[list.length - 2]!)! > at) list.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  private flush(): void {
    if (!this.stale.length) return;
    const stale = this.stale;
    this.stale = [];
    for (const e of stale) {
      const k = entityKeys(e);
      this.put("name", k.name, e);
      this.put("surname", k.surname, e);
      this.put("lastWord", k.lastWord, e);
      this.put("lastWordAnySpace", k.lastWordAnySpace, e);
      for (const a of k.aliases) this.put("alias", a, e);
      for (const a of k.bareAliases) this.put("bareAlias", a, e);
      const given = givenWordOf(k);
      if (given !== null) this.put("given", given, e);
    }
  }

  /** Whether an entity is still in the registry (coreference joins remove some after reading). */
  private isLive(e: Entity): boolean {
    if (this.entities.length === this.created) return true;
    if (this.liveLength !== this.entities.length || this.liveCreated !== this.created) {
      this.live = new Set(this.entities);
      this.liveLength = this.entities.length;
      this.liveCreated = this.created;
    }
    return this.live!.has(e);
  }

  /** The first entity, in the registry's order, listed under one of `lookups` that passes `test`. */
  first(lookups: ReadonlyArray<readonly [Field, string]>, test: (e: Entity) => boolean): Entity | null {
    this.flush();
    let best: Entity | null = null;
    let bestAt = Infinity;
    for (const [field, key] of lookups) {
      const list = this.maps.get(field)?.get(key);
      if (!list) continue;
      for (const e of list) {
        const at = this.order.get(e)!;
        // lists are in creation order: nothing further in this one can come first
        if (at >= bestAt) break;
        if (test(e) && this.isLive(e)) {
          best = e;
          bestAt = at;
          break;
        }
      }
    }
    return best;
  }

  /** Every entity listed under `key` that passes `test`, in the registry's order. */
  all(field: Field, key: string, test: (e: Entity) => boolean): Entity[] {
    this.flush();
    return (this.maps.get(field)?.get(key) ?? []).filter((e) => test(e) && this.isLive(e));
  }
}
