import type { Logger } from "../log.js";
import { storeProblem } from "../store/errors.js";

/** Whether an error came from the database (SQLite codes, a full or read-only disk), not from a bug. */
export function isStoreError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_") || ["ENOSPC", "EROFS", "EACCES", "EPERM", "EIO"].includes(code));
}

export interface StoreTrouble {
  /** A database call failed: logged when the condition (full, read-only, …) starts, counted after. */
  failed(err: unknown, where: string): void;
  /** A database write succeeded: a condition that was reported is reported over, once. */
  ok(): void;
}

/**
 * A disk that fills up fails every claim of every channel at every tick: that is one condition,
 * reported once when it starts (with what to do) and once when it ends (with how many calls
 * failed meanwhile), never once per channel per tick.
 */
export function storeTrouble(log: Logger): StoreTrouble {
  let current: string | null = null;
  let failures = 0;
  return {
    failed(err, where) {
      const problem = storeProblem(err);
      failures++;
      if (problem.kind === current) return;
      current = problem.kind;
      log.error(`daily briefings: the database cannot be used: ${problem.advice}; deliveries wait and resume by themselves`, {
        condition: problem.kind,
        where,
        err,
      });
    },
    ok() {
      if (current === null) return;
      log.info("daily briefings: the database works again; deliveries resume", { condition: current, failedCalls: failures });
      current = null;
      failures = 0;
    },
  };
}
