/**
 * Runs tasks with at most `limit` at once, so one slow channel holds one slot, not the queue.
 * Tasks never reject into the pool: each task handles its own errors.
 */
export class Pool {
  private running = 0;
  private queue: (() => Promise<void>)[] = [];
  private idleWaiters: (() => void)[] = [];
  private roomWaiters: { want: number; r: () => void }[] = [];

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new Error("pool limit must be at least 1");
  }

  get size(): number {
    return this.running + this.queue.length;
  }

  run(task: () => Promise<void>): void {
    this.queue.push(task);
    this.pump();
  }

  /** Resolves once at least `n` slots are free (or all are, when `n` exceeds the limit). */
  room(n: number): Promise<void> {
    const want = Math.min(n, this.limit);
    if (this.limit - this.size >= want) return Promise.resolve();
    return new Promise((r) => this.roomWaiters.push({ want, r }));
  }

  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private pump(): void {
    while (this.running < this.limit && this.queue.length) {
      const task = this.queue.shift()!;
      this.running++;
      void task()
        .catch(() => undefined)
        .finally(() => {
          this.running--;
          this.pump();
          this.settleRoom();
          this.settleIfIdle();
        });
    }
  }

  private settleRoom(): void {
    const free = this.limit - this.size;
    const ready = this.roomWaiters.filter((w) => w.want <= free);
    if (!ready.length) return;
    this.roomWaiters = this.roomWaiters.filter((w) => w.want > free);
    for (const w of ready) w.r();
  }

  private settleIfIdle(): void {
    if (this.size !== 0) return;
    const w = this.idleWaiters;
    this.idleWaiters = [];
    for (const r of w) r();
  }
}
