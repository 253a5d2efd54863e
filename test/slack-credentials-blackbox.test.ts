import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeSlackApi, type FakeSlackApi } from "./fakes/slack/index.js";

/**
 * `npm start`'s entry point with a Slack token Slack refuses, or one that cannot be a bot token:
 * the process stops by itself, non-zero, with one line naming SLACK_BOT_TOKEN and where to get
 * it, and no stack trace.
 */
let api: FakeSlackApi;

beforeAll(async () => {
  api = await startFakeSlackApi();
});
afterAll(async () => {
  await api?.close();
});

function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", SLACK_SIGNING_SECRET: "blackbox-secret", SLACK_API_URL: api.url, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const killer = setTimeout(() => child.kill("SIGKILL"), 80_000);
  return new Promise((resolve) => child.once("exit", (code) => (clearTimeout(killer), resolve({ code, stderr }))));
}

it("a refused token (invalid_auth) stops the start: exit 78, one line naming SLACK_BOT_TOKEN, no stack trace", async () => {
  api.errorNext("auth.test", "invalid_auth", 3);
  const { code, stderr } = await run({ SLACK_BOT_TOKEN: "xoxb-refused-by-slack" });
  expect(code).toBe(78);
  const lines = stderr.trim().split("\n");
  expect(lines.filter((l) => l.includes("SLACK_BOT_TOKEN"))).toEqual(["briefbot: Slack rejected SLACK_BOT_TOKEN (invalid_auth): set a valid one from api.slack.com/apps → your app → OAuth & Permissions → Bot User OAuth Token (xoxb-…)"]);
  expect(lines.filter((l) => l.includes("invalid_auth"))).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at\s/m);
  expect(stderr).not.toContain("xoxb-refused-by-slack");
  expect(api.callsTo("auth.test")).toHaveLength(1);
}, 90_000);

it("a malformed token (no xoxb-) stops the start before any call, with one line", async () => {
  api.reset();
  const { code, stderr } = await run({ SLACK_BOT_TOKEN: "my-bot-token-pasted-wrong" });
  expect(code).toBe(78);
  expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^briefbot: Slack configuration is invalid: SLACK_BOT_TOKEN must be a bot token starting with xoxb- \(api\.slack\.com\/apps/)]);
  expect(stderr).not.toContain("my-bot-token-pasted-wrong");
  expect(api.callsTo("auth.test")).toHaveLength(0);
}, 90_000);
