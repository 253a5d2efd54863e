import { UserError } from "../errors.js";

/**
 * What a database failure means and what to do about it, in one line a person can act on. The
 * codes are SQLite's (better-sqlite3 puts them on `err.code`) and Node's file-system ones.
 */
export interface StoreProblem {
  /** Stable per condition ("full", "read-only", …): a condition is reported once, not per call. */
  kind: string;
  /** What is wrong and what to do. */
  advice: string;
}

const codeOf = (err: unknown): string => {
  const c = (err as { code?: unknown } | null)?.code;
  return typeof c === "string" ? c : "";
};

/** SQLite's primary code: SQLITE_FULL gives FULL, an extended code such as SQLITE_READONLY_DIRECTORY gives READONLY. */
const sqliteCode = (code: string): string => (code.startsWith("SQLITE_") ? (code.slice(7).split("_")[0] ?? "") : "");

export function storeProblem(err: unknown): StoreProblem {
  const code = codeOf(err);
  const sqlite = sqliteCode(code);
  const message = err instanceof Error ? err.message : String(err);
  if (sqlite === "FULL" || code === "ENOSPC" || /disk is full|no space left/i.test(message)) {
    return { kind: "full", advice: "the disk is full: free some space" };
  }
  if (sqlite === "READONLY" || code === "EROFS" || code === "EACCES" || code === "EPERM") {
    return { kind: "read-only", advice: "the database cannot be written: give the bot's user write access to the file and its folder" };
  }
  if (sqlite === "NOTADB" || sqlite === "CORRUPT") {
    return {
      kind: "damaged",
      advice: "the file is not a briefbot database or is damaged: restore it from a backup, or move it aside to start with no subscriptions",
    };
  }
  if (code === "EEXIST" || code === "ENOTDIR") {
    return { kind: "not-a-folder", advice: "DATA_DIR must be a folder (it is created if missing), not a file: point DATA_DIR elsewhere" };
  }
  if (sqlite === "BUSY" || sqlite === "LOCKED") {
    return { kind: "busy", advice: "another process holds the database lock: is a stuck briefbot still running on it?" };
  }
  if (sqlite === "IOERR" || sqlite === "CANTOPEN" || code === "EIO") {
    return { kind: "io", advice: `the file cannot be read or written (${message}): check the disk and the path` };
  }
  return { kind: `other:${code || message}`, advice: message };
}

/**
 * Thrown by `openStore` when the database cannot be opened, migrated and written: `npm start`
 * stops on it with one line and exit code 74 (EX_IOERR).
 */
export class StoreOpenError extends UserError {
  constructor(
    readonly file: string,
    readonly problem: StoreProblem,
  ) {
    super(`cannot open the subscription database ${file}: ${problem.advice}`, 74);
  }
}
