/** Logs go to stderr as one line each, so stdout stays clean for JSON output. Secrets are masked. */

export type Level = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const secretPatterns: RegExp[] = [
  /xox[abprs]-[A-Za-z0-9-]{6,}/g, // Slack bot/user tokens
  /xapp-[A-Za-z0-9-]{6,}/g, // Slack app-level tokens
  /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g, // Discord bot tokens
];

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join("[redacted]");
  for (const p of secretPatterns) out = out.replace(p, "[redacted]");
  return out;
}

export interface LoggerOptions {
  level?: Level;
  /** Values that must never appear in a log line (tokens, signing secrets). */
  secrets?: readonly string[];
  write?: (line: string) => void;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const min = order[opts.level ?? "info"];
  const secrets = opts.secrets ?? [];
  const write = opts.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const emit = (level: Level, msg: string, fields?: Record<string, unknown>) => {
    if (order[level] < min) return;
    const extra = fields && Object.keys(fields).length ? " " + JSON.stringify(fields, errorReplacer) : "";
    write(redact(`${new Date().toISOString()} ${level} ${msg}${extra}`, secrets));
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message } : value;
}

/** For tests and for callers that must stay silent. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
