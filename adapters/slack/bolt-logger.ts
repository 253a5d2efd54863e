import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/log.js";

/** Bolt and the Web API client log through the project's logger, which masks tokens. */
export function toBoltLogger(log: Logger, name = "slack"): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let prefix = name;
  const line = (msg: unknown[]) =>
    `${prefix}: ${msg.map((m) => (m instanceof Error ? m.message : typeof m === "string" ? m : JSON.stringify(m))).join(" ")}`;
  return {
    debug: (...msg: unknown[]) => log.debug(line(msg)),
    info: (...msg: unknown[]) => log.info(line(msg)),
    warn: (...msg: unknown[]) => log.warn(line(msg)),
    error: (...msg: unknown[]) => log.error(line(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      prefix = n;
    },
  };
}
