/**
 * Remembers the signatures of requests already handled, so a request captured and sent again
 * within the window in which its timestamp still passes the signature check is not acted on
 * twice. Bolt's own check accepts such replays. Entries expire with the window, so memory stays
 * proportional to the request rate times the window.
 */
export interface ReplayGuard {
  /** true the first time `key` is seen while its window is open; false for a replay. */
  firstSeen(key: string, timestampSec: number): boolean;
  readonly size: number;
}

export interface ReplayGuardOptions {
  now: () => number;
  /** How long after its timestamp a request is still accepted (Slack: 5 minutes). */
  windowMs?: number;
  /** How far in the future a timestamp may be; the receiver rejects later ones. */
  maxSkewMs?: number;
}

export function createReplayGuard({ now, windowMs = 5 * 60_000, maxSkewMs = 5 * 60_000 }: ReplayGuardOptions): ReplayGuard {
  const expiries = new Map<string, number>();
  let nextSweep = 0;
  const sweep = (t: number) => {
    // Amortised: a full pass at most every tenth of the window.
    if (t < nextSweep) return;
    nextSweep = t + windowMs / 10;
    for (const [key, expiry] of expiries) if (expiry <= t) expiries.delete(key);
  };
  return {
    firstSeen(key, timestampSec) {
      const t = now();
      sweep(t);
      const known = expiries.get(key);
      if (known !== undefined && known > t) return false;
      // Keep it until the signature check itself would refuse the timestamp, bounded by the skew.
      const expiry = Math.min(timestampSec * 1000 + windowMs, t + windowMs + maxSkewMs) + 1000;
      expiries.set(key, expiry);
      return true;
    },
    get size() {
      return expiries.size;
    },
  };
}
