import { randomBytes } from "node:crypto";
import { LruMap } from "../bot.js";
import type { EphemeralStore } from "../store/types.js";

/**
 * The rest of a long answer, kept until someone clicks its "More" button. Bounded (the least
 * recently stored is forgotten first) and in memory only: after a restart the button answers that
 * the rest has expired, and the question can simply be asked again.
 */
export class Continuations<T> implements ContinuationStore<T> {
  private readonly parts: LruMap<string, T[]>;

  constructor(capacity = 1000) {
    this.parts = new LruMap(capacity);
  }

  /** Stores what is left to show; returns the id a button carries. */
  put(rest: T[]): string {
    const id = randomBytes(9).toString("base64url");
    this.parts.set(id, rest);
    return id;
  }

  /** The next part and whether more follows (a new id for it), or null when unknown or expired. */
  take(id: string): { next: T; moreId: string | null } | null {
    const rest = this.parts.get(id);
    if (!rest || rest.length === 0) return null;
    this.parts.delete(id);
    const [next, ...after] = rest as [T, ...T[]];
    return { next, moreId: after.length ? this.put(after) : null };
  }
}

/** What a "More" click gets: the next part, and the id of the rest when more follows. */
export interface Taken<T> {
  next: T;
  moreId: string | null;
}

/** Continuations as an adapter uses them: in this process's memory, or shared by every process. */
export interface ContinuationStore<T> {
  put(rest: T[]): string | Promise<string>;
  take(id: string): Taken<T> | null | Promise<Taken<T> | null>;
}

export interface SharedContinuationsOptions<T> {
  /** The store's ephemeral keys (Postgres when several processes share the work). */
  store: Pick<EphemeralStore, "get" | "set" | "firstSeen">;
  /** Keys are `${prefix}:${id}` (e.g. "more:slack"). */
  prefix: string;
  /** Reads back what was stored (it comes from the database): null when it is not what was written. */
  parse: (value: unknown) => T[] | null;
  ttlMs?: number;
  now?: () => Date;
}

/**
 * The rest of long answers in the shared database, so a "More" click that reaches another
 * process than the answer still finds it; each entry expires (6 h by default, like follow-up
 * memory). A part is handed out once, to one click on one process.
 */
export function sharedContinuations<T>(opts: SharedContinuationsOptions<T>): ContinuationStore<T> {
  const ttl = opts.ttlMs ?? 6 * 3_600_000;
  const now = opts.now ?? (() => new Date());
  const key = (id: string) => `${opts.prefix}:${id}`;
  const put = async (rest: T[]): Promise<string> => {
    const id = randomBytes(9).toString("base64url");
    await opts.store.set(key(id), JSON.stringify(rest), ttl, now());
    return id;
  };
  return {
    put,
    async take(id) {
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) return null;
      const raw = await opts.store.get(key(id), now());
      if (raw === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return null;
      }
      const rest = opts.parse(value);
      if (!rest || rest.length === 0) return null;
      // Two clicks (or one delivered to two processes): the first takes it, as in memory.
      if (!(await opts.store.firstSeen(`${key(id)}:taken`, ttl, now()))) return null;
      const [next, ...after] = rest as [T, ...T[]];
      return { next, moreId: after.length ? await put(after) : null };
    },
  };
}
