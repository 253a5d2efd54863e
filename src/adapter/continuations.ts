import { randomBytes } from "node:crypto";
import { LruMap } from "../bot.js";

/**
 * The rest of a long answer, kept until someone clicks its "More" button. Bounded (the least
 * recently stored is forgotten first) and in memory only: after a restart the button answers that
 * the rest has expired, and the question can simply be asked again.
 */
export class Continuations<T> {
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
