import { pino, stdTimeFunctions, type DestinationStream } from "pino";
import { UserError } from "./errors.js";

/**
 * Logs go to stderr, one line per event, so stdout stays clean for JSON output. pino formats
 * every event; LOG_FORMAT=json writes its JSON lines as they are (for a log collector), the
 * default `text` renders each as `time level message {fields}`. Secrets are masked in the
 * finished line whatever the format, so no field or message can carry a token out.
 */

export type Level = "debug" | "info" | "warn" | "error";
export type LogFormat = "text" | "json";

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

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
  format?: LogFormat;
  /** Values that must never appear in a log line (tokens, signing secrets). */
  secrets?: readonly string[];
  /** Where each finished line goes (without its newline); default stderr. */
  write?: (line: string) => void;
}

const Levels = ["debug", "info", "warn", "error"] as const;
const Formats = ["text", "json"] as const;

/** LOG_LEVEL (debug, info, warn, error; default info) and LOG_FORMAT (text, json; default text). Unknown values are refused, not ignored. */
export function loggerOptionsFromEnv(env: NodeJS.ProcessEnv): LoggerOptions {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    const found = allowed.find((a) => a === raw);
    if (!found) throw new UserError(`${name} must be one of ${allowed.join(", ")} (got "${env[name]}")`, 78);
    return found;
  };
  // Every credential in the environment is masked by value too, whatever shape it has.
  const secrets = Object.entries(env)
    .filter(([k, v]) => /(TOKEN|SECRET|PASSWORD)$/.test(k) && v && v.trim().length >= 6)
    .map(([, v]) => (v as string).trim());
  return { level: pick("LOG_LEVEL", Levels, "info"), format: pick("LOG_FORMAT", Formats, "text"), secrets };
}

/** pino's JSON line → `2026-01-01T00:00:00.000Z info message {"field":1}`. */
function textLine(json: string): string {
  const { time, level, msg, ...fields } = JSON.parse(json) as Record<string, unknown>;
  const extra = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : "";
  return `${String(time)} ${String(level)} ${String(msg ?? "")}${extra}`;
}

/** Errors become { name, message }: a log line says what failed, never a stack trace. */
function plainFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Error ? { name: v.name, message: v.message } : v;
  return out;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const secrets = opts.secrets ?? [];
  const format = opts.format ?? "text";
  const write = opts.write ?? ((line: string) => process.stderr.write(line + "\n"));
  // Synchronous: a line logged just before the process exits is not lost.
  const destination: DestinationStream = {
    write(chunk: string) {
      const json = chunk.endsWith("\n") ? chunk.slice(0, -1) : chunk;
      write(redact(format === "json" ? json : textLine(json), secrets));
    },
  };
  const logger = pino(
    {
      level: opts.level ?? "info",
      base: null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const at = (level: Level) => (msg: string, fields?: Record<string, unknown>) => {
    if (!logger.isLevelEnabled(level)) return;
    if (fields && Object.keys(fields).length) logger[level](plainFields(fields), msg);
    else logger[level](msg);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** For tests and for callers that must stay silent. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
