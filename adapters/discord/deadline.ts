import type { Clock } from "./ratelimit.js";

/**
 * Whether to defer an interaction before answering it. Discord wants the first response within
 * 3 s. The MessageHandler is synchronous: once it runs the event loop is blocked, so the only
 * moment to defer is before calling it, and a deferral costs a second round trip and a
 * "thinking…" flash. So we answer directly (one POST) while the handler is measured to be fast,
 * and defer first as soon as any of the recent answers took longer than the budget. Measured
 * on the default story (createBot(createEngine(loadStory())), this 2-core machine): 0.5 ms per
 * answer on average over 1,000 questions, 60 ms for the slowest cold first answers; so in
 * practice nothing defers. test/discord-commands.test.ts covers the switch with an injected timer.
 * The interaction's age (from its snowflake ID) is deliberately not used: a skewed host clock
 * would make every interaction look late and defer them all.
 */
export class DeferPolicy {
  private readonly recent: number[] = [];

  constructor(
    /** Handler time above which the next answers are deferred: well under 3 s, leaving room for the network. */
    private readonly budgetMs = 1500,
    private readonly now: Clock = () => performance.now(),
    private readonly window = 20,
  ) {}

  shouldDefer(): boolean {
    return this.recent.some((ms) => ms > this.budgetMs);
  }

  /** Runs `fn` and records how long it took. */
  time<T>(fn: () => T): T {
    const start = this.now();
    try {
      return fn();
    } finally {
      this.record(this.now() - start);
    }
  }

  /** The same for an answer that reads the shared store first (several processes). */
  async timeAsync<T>(fn: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await fn();
    } finally {
      this.record(this.now() - start);
    }
  }

  private record(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > this.window) this.recent.shift();
  }
}
