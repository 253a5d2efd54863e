import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadDotEnv } from "../src/config/dotenv.js";
import { startFakeDiscord } from "./fakes/discord/server.js";
import { startFakeSlackApi } from "./fakes/slack/index.js";

const root = resolve(import.meta.dirname, "..");

/** Every .ts file under a folder, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/**
 * The environment variables the bot's code reads, found in its source: `env.NAME`,
 * `env["NAME"]`, upper-case keys of the env schemas (`SLACK_BOT_TOKEN: …`), and upper-case
 * names passed as strings (`num("BRIEFING_GRACE_HOURS")`). Node's own error codes are not variables.
 */
function variablesReadByCode(): Set<string> {
  const found = new Set<string>();
  const patterns = [/\benv\??\.([A-Z][A-Z0-9_]+)/g, /\benv\[\s*"([A-Z][A-Z0-9_]+)"\s*\]/g, /^\s+([A-Z][A-Z0-9_]{2,}):/gm, /"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"/g];
  for (const file of [...sources(join(root, "src")), ...sources(join(root, "adapters"))]) {
    const text = readFileSync(file, "utf8");
    for (const p of patterns) for (const m of text.matchAll(p)) found.add(m[1] as string);
  }
  for (const name of found) if (name.startsWith("ERR_")) found.delete(name);
  return found;
}

const exampleVariables = (): Set<string> =>
  new Set([...readFileSync(join(root, ".env.example"), "utf8").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string));

describe(".env", () => {
  it("loadDotEnv sets what the environment lacks, and the environment wins", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-env-"));
    const file = join(dir, ".env");
    writeFileSync(file, '# a comment\nexport A_SET=from-file\nB_KEPT=from-file\nC_QUOTED="two words # not a comment"\n');
    const env: NodeJS.ProcessEnv = { B_KEPT: "from-env" };
    expect(loadDotEnv(file, env).sort()).toEqual(["A_SET", "C_QUOTED"]);
    expect(env).toEqual({ A_SET: "from-file", B_KEPT: "from-env", C_QUOTED: "two words # not a comment" });
    expect(loadDotEnv(join(dir, "absent.env"), env)).toEqual([]);
  });

  it(".env.example lists every variable the code reads, and nothing else", () => {
    const code = variablesReadByCode();
    const example = exampleVariables();
    // The scan must see the variables it is meant to see, or the comparison proves nothing.
    for (const v of ["SLACK_BOT_TOKEN", "PORT", "DISCORD_TOKEN", "BRIEF_STORY", "LOG_LEVEL", "BRIEFINGS_DIR", "BRIEFING_GRACE_HOURS"]) expect(code).toContain(v);
    expect([...code].filter((v) => !example.has(v)).sort()).toEqual([]);
    expect([...example].filter((v) => !code.has(v)).sort()).toEqual([]);
  });
});

/** `npm start`'s entry point in a folder holding only a `.env`, with none of the bot's variables in the environment. */
function startIn(dir: string, ready: RegExp): Promise<{ stderr: string; stop: () => Promise<void> }> {
  const tsx = pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", tsx, join(root, "src/main.ts")], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolvePromise, reject) => {
    const deadline = Date.now() + 30_000;
    const timer = setInterval(() => {
      if (ready.test(stderr)) {
        clearInterval(timer);
        resolvePromise({ stderr, stop });
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(timer);
        void stop();
        reject(new Error(`bot did not start:\n${stderr}`));
      }
    }, 100);
  });
}

describe("npm start with a .env", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it("starts Discord from DISCORD_* in .env", async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const dir = mkdtempSync(join(tmpdir(), "briefbot-dotenv-discord-"));
    writeFileSync(join(dir, ".env"), `DISCORD_TOKEN=${fake.token}\nDISCORD_APP_ID=${fake.applicationId}\nDISCORD_API_URL=${fake.apiBase}\nDATA_DIR=${join(dir, "data")}\n`);
    const bot = await startIn(dir, /discord: connected/);
    cleanups.push(bot.stop);
    const m = fake.sendMessage({ content: `<@${fake.botUser.id}> Who spoke?`, mentionBot: true });
    expect(String((await fake.waitForReply(m.id)).body?.content).length).toBeGreaterThan(20);
    expect(bot.stderr).not.toContain(fake.token);
  }, 40_000);

  it("starts Slack from SLACK_* in .env", async () => {
    const api = await startFakeSlackApi();
    cleanups.push(() => api.close());
    const dir = mkdtempSync(join(tmpdir(), "briefbot-dotenv-slack-"));
    writeFileSync(
      join(dir, ".env"),
      `SLACK_BOT_TOKEN=xoxb-from-dotenv\nSLACK_SIGNING_SECRET=dotenv-secret\nSLACK_API_URL=${api.url}\nPORT=0\nDATA_DIR=${join(dir, "data")}\n`,
    );
    const bot = await startIn(dir, /slack: listening for events/);
    cleanups.push(bot.stop);
    const [call] = await api.waitForCalls("auth.test", 1);
    expect(call?.token).toBe("xoxb-from-dotenv");
    expect(bot.stderr).not.toContain("xoxb-from-dotenv");
  }, 40_000);
});
