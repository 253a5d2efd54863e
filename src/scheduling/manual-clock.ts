import type { Clock, Timer, TimerHandle } from "./clock.js";

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

/**
 * A clock and timer that only move when told: `advance(ms)` fires due timers in time order,
 * letting promise callbacks run between them. For tests and benchmarks, never for production.
 */
export class ManualClock implements Clock, Timer {
  private t: number;
  private seq = 0;
  private pending: Pending[] = [];

  constructor(start: Date | string | number) {
    this.t = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.t);
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const p = { id: ++this.seq, at: this.t + Math.max(0, ms), fn };
    this.pending.push(p);
    return p.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.pending = this.pending.filter((p) => p.id !== handle);
  }

  /** Number of timers waiting. */
  get timers(): number {
    return this.pending.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await flush();
    for (;;) {
      const next = this.pending.filter((p) => p.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.pending = this.pending.filter((p) => p !== next);
      this.t = Math.max(this.t, next.at);
      next.fn();
      await flush();
    }
    this.t = end;
    await flush();
  }

  /** Jumps to an instant (forward only), firing timers on the way. */
  async setTime(to: Date | string): Promise<void> {
    await this.advance(Math.max(0, new Date(to).getTime() - this.t));
  }
}

/** Lets pending promise callbacks (and the I/O they started) run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
}
