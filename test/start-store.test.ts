import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../src/store/index.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fakes/slack/index.js";

/**
 * `npm start`'s entry point in its own process, with the Slack adapter configured against the
 * fake Web API and DATA_DIR pointing at a database that cannot be used. The start must stop with
 * a non-zero exit and one line naming the file, before any adapter starts: the fake Web API sees
 * no call (auth.test is the adapter's first), and nothing logs that it listens.
 */

let api: FakeSlackApi;
let root: string;

beforeAll(async () => {
  api = await startFakeSlackApi();
  root = mkdtempSync(join(tmpdir(), "briefbot-start-"));
  // Traversable by the unprivileged user the read-only case runs as.
  chmodSync(root, 0o755);
});
afterAll(() => api?.close());

interface Run {
  code: number | null;
  stderr: string;
}

/** Runs `tsx src/main.ts`; resolves at exit, or once it logs that it listens (then SIGTERM). */
function start(dataDir: string, opts: { asUnprivileged?: boolean } = {}): Promise<Run> {
  const env = { PATH: process.env.PATH, HOME: tmpdir(), PORT: "0", DATA_DIR: dataDir, SLACK_SIGNING_SECRET: "start-secret", SLACK_BOT_TOKEN: "xoxb-start", SLACK_API_URL: api.url };
  const node = [process.execPath, "--import", "tsx", "src/main.ts"];
  // Root writes to read-only files: run as `nobody` so that read-only means read-only.
  const argv = opts.asUnprivileged && process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...node] : node;
  const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  let stopped = false;
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (!stopped && stderr.includes("slack: listening")) {
        stopped = true;
        child.kill("SIGTERM");
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** A valid, migrated database file, as a previous run leaves it. */
async function validDatabase(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "briefbot.sqlite");
  const s = openSqliteStore({ file });
  await s.subscriptions.upsert({
    platform: "slack", channelId: "C0KEPT", time: "08:00", timezone: "UTC", lang: "en", createdBy: "U1",
    enabled: true, createdAt: new Date(0).toISOString(), lastDispatch: null, disabledReason: null,
  });
  await s.close();
  return file;
}

function expectRefusedStart(run: Run, file: string, advice: RegExp) {
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(advice);
  expect(run.stderr).not.toMatch(/listening|adapter started|daily briefings started/);
  expect(api.callsTo("auth.test")).toHaveLength(0);
}

describe("npm start with a database that cannot be used", () => {
  it("a file that is not a database (garbage)", async () => {
    const dir = join(root, "garbage");
    mkdirSync(dir);
    const file = join(dir, "briefbot.sqlite");
    writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    expectRefusedStart(await start(dir), file, /not a briefbot database or is damaged: restore it from a backup, or move it aside/);
  });

  it("a truncated database", async () => {
    const dir = join(root, "truncated");
    const file = await validDatabase(dir);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefusedStart(await start(dir), file, /damaged/);
  });

  it("a read-only database file", async () => {
    const dir = join(root, "read-only");
    const file = await validDatabase(dir);
    chmodSync(file, 0o444);
    // The folder stays writable: SQLite would open the file read-only without a word.
    chmodSync(dir, 0o777);
    expectRefusedStart(await start(dir, { asUnprivileged: true }), file, /cannot be written: give the bot's user write access/);
  });

  it("DATA_DIR that is a file", async () => {
    const path = join(root, "a-file");
    writeFileSync(path, "not a folder\n");
    const run = await start(path);
    expectRefusedStart(run, join(path, "briefbot.sqlite"), /DATA_DIR \(.*a-file\) or a folder above it is a file/);
  });

  it("and for contrast: a valid database starts and listens", async () => {
    const dir = join(root, "valid");
    await validDatabase(dir);
    const run = await start(dir);
    expect(run.stderr).toContain("slack: listening");
    expect(run.code).toBe(0);
  });
});
