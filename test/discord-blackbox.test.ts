import { afterAll, beforeAll, expect, it } from "vitest";
import { platformAdapters } from "../adapters/registry.js";
import type { Adapter } from "../src/adapter/types.js";
import { silentLogger } from "../src/log.js";
import { realBot } from "./fakes/discord/handler.js";
import { startFakeDiscord, type FakeDiscord, type JsonObject } from "./fakes/discord/server.js";

/**
 * What `npm start` does with Discord configured, as the held-out check sees it: the registry's
 * factory, the environment only (DISCORD_API_URL pointed at the fake), `/ask question` and a mention.
 */
let fake: FakeDiscord;
let adapter: Adapter | null;
const { story, handler } = realBot();

beforeAll(async () => {
  fake = await startFakeDiscord();
  const entry = platformAdapters.find((a) => a.name === "discord");
  if (!entry) throw new Error("discord is not in adapters/registry.ts");
  const factory = await entry.factory();
  const env = { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase };
  adapter = factory(env, { handler, story, log: silentLogger });
  await adapter?.start();
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

it("is started by the registry from the environment alone", () => {
  expect(adapter?.name).toBe("discord");
  expect(fake.gateway.live()).toBe(1);
});

it("answers /ask question:… through the interaction callback", async () => {
  const i = fake.sendCommand({ name: "ask", options: [{ name: "question", type: 3, value: "Qui a parlé ?" }] });
  const cb = await fake.waitForCallback(i);
  expect(cb.type).toBe(4);
  const content = String((cb.data as JsonObject).content);
  expect(content.length).toBeGreaterThan(0);
  expect(content).toContain(handler.replies.at(-1)?.text.slice(0, 40));
});

it("answers a mention with a reply", async () => {
  const m = fake.sendMessage({ content: `<@${fake.botUser.id}> How many troops?`, mentionBot: true });
  const r = await fake.waitForReply(m.id);
  expect(String(r.body?.content)).toContain(handler.replies.at(-1)?.text.slice(0, 40));
});

it("fails to start with a clear message, without the token, when Discord rejects the token", async () => {
  const entry = platformAdapters.find((a) => a.name === "discord");
  const factory = await entry!.factory();
  const wrong = "not-the-right-token-at-all";
  const other = factory({ DISCORD_TOKEN: wrong, DISCORD_API_URL: fake.apiBase }, { handler, story, log: silentLogger });
  const err = (await other?.start().catch((e: unknown) => e)) as Error;
  expect(err.message).toMatch(/^Discord login failed: .*Check DISCORD_TOKEN/);
  expect(err.message).not.toContain(wrong);
  await other?.stop();
});

it("stops cleanly: the gateway connection is closed", async () => {
  await adapter?.stop();
  adapter = null;
  await new Promise((r) => setTimeout(r, 50));
  expect(fake.gateway.live()).toBe(0);
});
