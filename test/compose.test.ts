import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { platformAdapters } from "../adapters/registry.js";
import { loadSlackConfig } from "../adapters/slack/config.js";
import { storeConfigFromEnv } from "../src/store/index.js";

/**
 * compose.yaml against the code's own schemas (there is no Docker engine here, so this is the
 * check that `docker compose up` starts what the README says): every variable a bot service sets
 * is one the bot reads (.env.example lists them, test/env.test.ts keeps that list exact), its value
 * passes the variable's schema, each service runs the platforms it says, whatever the shared .env
 * holds, and its healthcheck asks the port it serves.
 */
const root = join(import.meta.dirname, "..");
const compose = readFileSync(join(root, "compose.yaml"), "utf8");
const example = new Set([...readFileSync(join(root, ".env.example"), "utf8").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string));

/** A service's block: from `  name:` under `services:` to the next service or top-level key. */
function serviceBlock(name: string): string {
  const services = compose.split(/^services:\s*$/m)[1] ?? "";
  const start = services.search(new RegExp(`^  ${name}:\\s*$`, "m"));
  if (start < 0) throw new Error(`compose.yaml has no service ${name}`);
  const rest = services.slice(start + 1);
  const end = rest.search(/^(?: {2}[a-z][\w-]*:|\S)/m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The `environment:` mapping of a service, with compose's `${VAR:-default}` replaced by its default. */
function environment(name: string): Record<string, string> {
  const block = serviceBlock(name).split(/^ {4}environment:\s*$/m)[1] ?? "";
  const env: Record<string, string> = {};
  for (const line of block.split("\n").slice(1)) {
    if (!/^ {6}/.test(line)) break;
    const m = /^ {6}([A-Z][A-Z0-9_]*):\s*(.*)$/.exec(line);
    if (!m) continue;
    const raw = (m[2] ?? "").trim().replace(/^"(.*)"$/, "$1");
    env[m[1] as string] = raw.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1");
  }
  return env;
}

/** A `.env` a user may fill in whole: every platform's credentials set (the worst case for a service meant for one). */
const fullDotEnv: Record<string, string> = {
  SLACK_BOT_TOKEN: "xoxb-1",
  SLACK_SIGNING_SECRET: "s",
  SLACK_CLIENT_ID: "1.2",
  SLACK_CLIENT_SECRET: "c",
  SLACK_STATE_SECRET: "x".repeat(32),
  DISCORD_TOKEN: "d",
};
const runs = (env: Record<string, string>) => platformAdapters.filter((a) => a.configured(env)).map((a) => a.name);
const healthPort = (name: string) => /127\.0\.0\.1:(\d+)\/healthz/.exec(serviceBlock(name))?.[1];

describe("compose.yaml is consistent with the bot's settings", () => {
  it("every variable a bot service sets is one the bot reads, with a value its schema accepts", () => {
    for (const name of ["slack", "discord"]) {
      const env = environment(name);
      expect(Object.keys(env).length).toBeGreaterThan(2);
      expect(Object.keys(env).filter((v) => !example.has(v))).toEqual([]);
      // DATABASE_URL, the pool and DATA_DIR through the store's own schema.
      expect(storeConfigFromEnv(env).databaseUrl).toMatch(/^postgres:\/\/briefbot:[^@]+@postgres:5432\/briefbot$/);
    }
  });

  it("each service runs its own platform only, even with every credential in the shared .env", () => {
    expect(runs({ ...fullDotEnv, ...environment("discord") })).toEqual(["discord"]);
    // The Slack service's Discord stays off by the same rule.
    const slackEnv = { ...fullDotEnv, DISCORD_TOKEN: "", ...environment("slack") };
    expect(runs(slackEnv)).toEqual(["slack"]);
    // With OAuth in the .env (no bot token), the Slack service starts in OAuth mode on its PORT.
    const { SLACK_BOT_TOKEN: _token, ...oauthEnv } = fullDotEnv;
    const config = loadSlackConfig({ ...oauthEnv, ...environment("slack") });
    expect(config?.oauth).toBeDefined();
    expect(String(config?.port)).toBe(healthPort("slack"));
  });

  it("healthchecks ask the port each service serves /healthz on", () => {
    expect(environment("slack").PORT).toBe(healthPort("slack"));
    expect(environment("discord").HEALTH_PORT).toBe(healthPort("discord"));
  });

  it("the Postgres service creates the user and database the bots' DATABASE_URL names", () => {
    const pg = environment("postgres");
    const url = new URL(environment("slack").DATABASE_URL ?? "");
    expect([url.username, url.password, url.pathname.slice(1)]).toEqual([pg.POSTGRES_USER, pg.POSTGRES_PASSWORD, pg.POSTGRES_DB]);
  });
});
