import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/log.js";

const rank: Record<LogLevel, number> = { [LogLevel.DEBUG]: 10, [LogLevel.INFO]: 20, [LogLevel.WARN]: 30, [LogLevel.ERROR]: 40 };

/**
 * Bolt and the Web API client log through the project's logger, which masks tokens. Bolt logs
 * at debug level on every request: below the level set (INFO unless Bolt is told otherwise)
 * nothing is formatted at all, which keeps the hot path free of string building.
 */
export function toBoltLogger(log: Logger, name = "slack", opts: { quiet?: boolean } = {}): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let prefix = name;
  const line = (msg: unknown[]) =>
    `${prefix}: ${msg.map((m) => (m instanceof Error ? m.message : typeof m === "string" ? m : JSON.stringify(m))).join(" ")}`;
  const at = (l: LogLevel, emit: (s: string) => void) => (...msg: unknown[]) => {
    if (rank[l] >= rank[level]) emit(line(msg));
  };
  // quiet: the caller logs each failure itself (one line per failure); the client's own words go to debug.
  const debug = (s: string) => log.debug(s);
  return {
    debug: at(LogLevel.DEBUG, debug),
    info: at(LogLevel.INFO, opts.quiet ? debug : (s) => log.info(s)),
    warn: at(LogLevel.WARN, opts.quiet ? debug : (s) => log.warn(s)),
    error: at(LogLevel.ERROR, opts.quiet ? debug : (s) => log.error(s)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      prefix = n;
    },
  };
}
