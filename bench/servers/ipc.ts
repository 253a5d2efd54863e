/** Messages between a bench process and the servers it runs in child processes. */
export type ChildMessage =
  | { type: "ready"; port: number; readyMs: number; rssMb: number; heapMb: number }
  | { type: "memory"; rssMb: number; heapMb: number; extra?: Record<string, number> }
  | { type: "result"; values: Record<string, number> };

export type ParentMessage = { type: "memory" } | { type: "stop" };

/** Answers the parent's memory questions and exits when told to; `extra` adds figures (e.g. handled counts). */
export function serveParent(extra: () => Record<string, number> = () => ({}), onStop: () => Promise<void> = async () => {}): void {
  process.on("message", (m: ParentMessage) => {
    if (m.type === "memory") {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const mem = process.memoryUsage();
      send({ type: "memory", rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20, extra: extra() });
    } else if (m.type === "stop") {
      void onStop().finally(() => process.exit(0));
    }
  });
  // The parent going away (a crash, ^C) must not leave a server behind.
  process.on("disconnect", () => process.exit(0));
}

export function send(m: ChildMessage): void {
  process.send?.(m);
}
