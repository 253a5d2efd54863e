import { describe, expect, it } from "vitest";
import { UserError } from "../src/errors.js";
import { createLogger, loggerOptionsFromEnv, redact } from "../src/log.js";

const capture = (opts: Parameters<typeof createLogger>[0] = {}) => {
  const lines: string[] = [];
  return { lines, log: createLogger({ ...opts, write: (l) => lines.push(l) }) };
};

describe("logger", () => {
  it("text: one line per event, time level message and fields", () => {
    const { lines, log } = capture();
    log.info("slack: listening for events", { port: 3000 });
    log.debug("below the level: not written");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z info slack: listening for events \{"port":3000\}$/);
  });

  it("json: one JSON object per line with level, time, msg and the fields", () => {
    const { lines, log } = capture({ format: "json", level: "debug" });
    log.debug("a", { n: 1 });
    log.error("failed", { error: new Error("boom\nsecond line") });
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a).toMatchObject({ level: "debug", msg: "a", n: 1 });
    expect(typeof a?.time).toBe("string");
    // An error is its name and message: no stack trace in the logs.
    expect(b).toMatchObject({ level: "error", msg: "failed", error: { name: "Error", message: "boom\nsecond line" } });
    expect(lines[1]).not.toMatch(/\s+at\s/);
  });

  it("masks tokens and named secrets in messages and fields, in both formats", () => {
    for (const format of ["text", "json"] as const) {
      const { lines, log } = capture({ format, secrets: ["my-signing-secret"] });
      log.warn("token xoxb-1234-abcdef rejected", { header: "Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123", secret: "my-signing-secret", app: "xapp-1-A0-xyz123" });
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toMatch(/xoxb-1234|MTIzNDU2|my-signing-secret|xapp-1-A0/);
      expect(lines[0]?.match(/\[redacted\]/g)).toHaveLength(4);
    }
    expect(redact("no secret here")).toBe("no secret here");
  });

  it("reads LOG_LEVEL and LOG_FORMAT, refusing unknown values with the variable's name", () => {
    expect(loggerOptionsFromEnv({})).toEqual({ level: "info", format: "text", secrets: [] });
    expect(loggerOptionsFromEnv({ LOG_LEVEL: "WARN", LOG_FORMAT: "json", SLACK_SIGNING_SECRET: "abcdef123", PORT: "3000" })).toEqual({ level: "warn", format: "json", secrets: ["abcdef123"] });
    expect(() => loggerOptionsFromEnv({ LOG_FORMAT: "xml" })).toThrow(UserError);
    expect(() => loggerOptionsFromEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL must be one of debug, info, warn, error/);
  });
});
