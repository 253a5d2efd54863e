import type { RateLimitSpec } from "./config.js";

export type Clock = () => number;

export type Take = { ok: true } | { ok: false; retryInMs: number; /** First refusal since the user was last allowed. */ first: boolean };

/**
 * Per-user token buckets: `capacity` questions in a burst, refilled continuously at
 * capacity / perMs. The clock is injected so tests step time instead of sleeping.
 */
export class UserRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; refused: boolean }>();

  constructor(
    private readonly spec: RateLimitSpec | null,
    private readonly now: Clock = Date.now,
  ) {}

  take(user: string): Take {
    if (!this.spec) return { ok: true };
    const { capacity, perMs } = this.spec;
    const now = this.now();
    const b = this.buckets.get(user) ?? { tokens: capacity, at: now, refused: false };
    b.tokens = Math.min(capacity, b.tokens + ((now - b.at) * capacity) / perMs);
    b.at = now;
    this.buckets.set(user, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      b.refused = false;
      this.sweep(now);
      return { ok: true };
    }
    const first = !b.refused;
    b.refused = true;
    return { ok: false, retryInMs: Math.ceil(((1 - b.tokens) * perMs) / capacity), first };
  }

  /** Full buckets carry no information; dropping them keeps memory bounded by active users. */
  private sweep(now: number): void {
    if (this.buckets.size < 10_000 || !this.spec) return;
    for (const [user, b] of this.buckets) {
      if (b.tokens + ((now - b.at) * this.spec.capacity) / this.spec.perMs >= this.spec.capacity) this.buckets.delete(user);
    }
  }
}
