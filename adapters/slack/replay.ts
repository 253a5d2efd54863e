/**
 * Remembers what was already handled so nothing is answered twice:
 * - request signatures, for a request captured and sent again while its timestamp still passes
 *   the signature check (Bolt's own check accepts such replays);
 * - Events API event ids, for an event Slack delivers again (a retry is signed anew).
 *
 * Signatures are kept in sets bucketed by the request's timestamp (a signature covers its
 * timestamp, so a replay always lands in the same bucket) and whole buckets are dropped once the
 * window has passed them: memory is the request rate times the window, about 16 characters an
 * entry, and expiry costs nothing per request.
 */
export interface ReplayGuard {
  /** true the first time this signature is seen; false for a replay. */
  firstSeen(signature: string, timestampSec: number): boolean | Promise<boolean>;
  /** true the first time this event id is delivered; false for a redelivery. */
  firstDelivery(eventId: string): boolean | Promise<boolean>;
  /** Entries held, for tests and memory checks. */
  readonly size: number;
}

/** The subset of the store's EphemeralStore the shared guard needs. */
export interface SharedKeys {
  firstSeen(key: string, ttlMs: number, now: Date): Promise<boolean>;
  prune(now: Date): Promise<number>;
}

/**
 * The guard for several bot processes behind one URL: Slack may deliver a retry, and a replayed
 * request may arrive, at another process than the first. This process's own memory answers
 * first (no database round trip for what it saw itself); what it has not seen is settled in the
 * shared database, where exactly one process is told "first".
 */
export function createSharedReplayGuard(opts: ReplayGuardOptions & { keys: SharedKeys; onError?: (err: unknown) => void }): ReplayGuard {
  const local = createReplayGuard(opts);
  const windowMs = opts.windowMs ?? 5 * 60_000;
  let nextPrune = 0;
  const shared = async (key: string, ttlMs: number): Promise<boolean> => {
    const now = new Date(opts.now());
    if (now.getTime() >= nextPrune) {
      nextPrune = now.getTime() + 60_000;
      void opts.keys.prune(now).catch((err: unknown) => opts.onError?.(err));
    }
    return opts.keys.firstSeen(key, ttlMs, now);
  };
  return {
    async firstSeen(signature, timestampSec) {
      if (!local.firstSeen(signature, timestampSec)) return false;
      // The signature is only accepted within the window after its timestamp (plus a minute of skew).
      return shared(`slack:sig:${signature.slice(3, 35)}`, windowMs + 60_000);
    },
    async firstDelivery(eventId) {
      if (!local.firstDelivery(eventId)) return false;
      return shared(`slack:event:${eventId}`, 2 * windowMs);
    },
    get size() {
      return local.size;
    },
  };
}

export interface ReplayGuardOptions {
  now: () => number;
  /** How long after its timestamp a request is still accepted (Slack: 5 minutes). */
  windowMs?: number;
}

const BUCKET_SEC = 10;

export function createReplayGuard({ now, windowMs = 5 * 60_000 }: ReplayGuardOptions): ReplayGuard {
  const buckets = new Map<number, Set<string>>();
  const events = new Map<string, number>();
  let nextEventSweep = 0;

  const dropOldBuckets = (t: number) => {
    for (const b of buckets.keys()) if ((b + 1) * BUCKET_SEC * 1000 + windowMs < t) buckets.delete(b);
  };

  return {
    firstSeen(signature, timestampSec) {
      const t = now();
      dropOldBuckets(t);
      const b = Math.floor(timestampSec / BUCKET_SEC);
      // 64 bits of the HMAC are as unguessable as all of it, and a quarter of the memory.
      const key = signature.slice(3, 19);
      let set = buckets.get(b);
      if (!set) buckets.set(b, (set = new Set()));
      if (set.has(key)) return false;
      set.add(key);
      return true;
    },
    firstDelivery(eventId) {
      const t = now();
      if (t >= nextEventSweep) {
        nextEventSweep = t + windowMs / 10;
        for (const [id, expiry] of events) if (expiry <= t) events.delete(id);
      }
      const known = events.get(eventId);
      if (known !== undefined && known > t) return false;
      // Slack retries within minutes (immediately, after 1 and after 5): remember a little longer.
      events.set(eventId, t + 2 * windowMs);
      return true;
    },
    get size() {
      let n = events.size;
      for (const s of buckets.values()) n += s.size;
      return n;
    },
  };
}
