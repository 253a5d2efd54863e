import type { Logger } from "./log.js";

/**
 * Repeated warnings, rate-limited: a flood (unsigned requests, a database that cannot be
 * written, a platform that is down) must not turn into a flood of log lines. The first line of a
 * kind is written at once; the same kind again within `intervalMs` is only counted, and one
 * line with the count (`repeated`) is written when the interval ends. So each kind writes at
 * most one line per interval, plus the first.
 */
export interface LogGate {
  warn(kind: string, msg: string, fields?: Record<string, unknown>): void;
  error(kind: string, msg: string, fields?: Record<string, unknown>): void;
  /** Writes the pending counts now and cancels the timers (on stop). */
  flush(): void;
}

export interface LogGateOptions {
  intervalMs?: number;
  now?: () => number;
  /** Timers for the end-of-interval count; unref'd so they never keep the process alive. */
  setTimer?: (fn: () => void, ms: number) => { unref?: () => void } | unknown;
  clearTimer?: (handle: unknown) => void;
}

interface Pending {
  level: "warn" | "error";
  msg: string;
  fields: Record<string, unknown> | undefined;
  /** End of the quiet window opened by the last line written. */
  until: number;
  /** Occurrences counted, not written, in this window. */
  count: number;
  timer: unknown;
}

export function createLogGate(log: Logger, opts: LogGateOptions = {}): LogGate {
  const intervalMs = opts.intervalMs ?? 60_000;
  const now = opts.now ?? Date.now;
  const setTimer = opts.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h: unknown) => clearTimeout(h as NodeJS.Timeout));
  const kinds = new Map<string, Pending>();

  const write = (p: Pending, extra: Record<string, unknown>) => {
    const fields = { ...p.fields, ...extra };
    log[p.level](p.msg, Object.keys(fields).length ? fields : undefined);
  };

  const endOfWindow = (kind: string) => {
    const p = kinds.get(kind);
    if (!p) return;
    p.timer = null;
    if (p.count === 0) {
      kinds.delete(kind);
      return;
    }
    write(p, { repeated: p.count, overSeconds: Math.round(intervalMs / 1000) });
    // The count line opens a new window, so a steady flood still writes one line per interval.
    p.count = 0;
    p.until = now() + intervalMs;
    schedule(kind, p);
  };

  const schedule = (kind: string, p: Pending) => {
    const h = setTimer(() => endOfWindow(kind), Math.max(0, p.until - now()));
    (h as { unref?: () => void } | null)?.unref?.();
    p.timer = h;
  };

  const emit = (level: Pending["level"]) => (kind: string, msg: string, fields?: Record<string, unknown>) => {
    const t = now();
    const p = kinds.get(kind);
    if (p && t < p.until) {
      p.count++;
      p.level = level;
      p.msg = msg;
      p.fields = fields;
      return;
    }
    if (p?.timer) clearTimer(p.timer);
    const fresh: Pending = { level, msg, fields, until: t + intervalMs, count: 0, timer: null };
    kinds.set(kind, fresh);
    write(fresh, {});
    schedule(kind, fresh);
  };

  return {
    warn: emit("warn"),
    error: emit("error"),
    flush() {
      for (const [kind, p] of kinds) {
        if (p.timer) clearTimer(p.timer);
        if (p.count > 0) write(p, { repeated: p.count });
        kinds.delete(kind);
      }
    },
  };
}
