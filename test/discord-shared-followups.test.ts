import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../adapters/discord/index.js";
import { renderReply } from "../adapters/discord/render/reply.js";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { silentLogger } from "../src/log.js";
import { openPostgresStore } from "../src/store/postgres.js";
import type { Store } from "../src/store/types.js";
import { loadStory } from "../src/story/load.js";
import { startFakeDiscord, type FakeDiscord } from "./fakes/discord/server.js";
import { snowflake } from "./fakes/discord/snowflake.js";
import type { CommandOption, JsonObject } from "./fakes/discord/types.js";
import { freshDatabase } from "./support/pg-server.js";
import { sharedHandler } from "./support/shared-handler.js";

/**
 * Two Discord bot processes sharing a Postgres database (two real discord.js adapters, each with
 * its own memory; each on its own fake gateway holding the same guild and channel, as two shards
 * or a process restarted would see it): an /ask follow-up and a "More" click that reach the other
 * process than the answer before them still know the conversation and find the rest.
 */
const story = loadStory();
const engine = createEngine(story);
const guildId = snowflake();
const channelId = snowflake();
let stores: Store[] = [];
const fakes: FakeDiscord[] = [];
const adapters: DiscordAdapter[] = [];

beforeAll(async () => {
  const url = await freshDatabase(inject("pgUrl"));
  stores = [await openPostgresStore({ url, poolSize: 3 }), await openPostgresStore({ url, poolSize: 3 })];
  for (const store of stores) {
    const fake = await startFakeDiscord({ guildId, channelIds: [channelId] });
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase };
    const adapter = createDiscordAdapter(env, { handler: sharedHandler(engine, store, 200), story, log: silentLogger, shared: store.ephemeral }, { waitGuildTimeout: 1000 });
    if (!adapter) throw new Error("adapter not configured");
    await adapter.start();
    fakes.push(fake);
    adapters.push(adapter);
  }
}, 60_000);

afterAll(async () => {
  for (const a of adapters) await a.stop();
  for (const f of fakes) await f.close();
  for (const s of stores) await s.close();
});

const str = (name: string, value: string): CommandOption => ({ name, type: 3, value });
const data = (cb: JsonObject) => cb.data as JsonObject;
const ask = async (fake: FakeDiscord, question: string, userId: string) => {
  const i = fake.sendCommand({ name: "ask", options: [str("question", question)], user: fake.user({ id: userId }), channelId });
  return { interaction: i, callback: await fake.waitForCallback(i) };
};

/** A quoted person of the shipped story: « what did he say? » is about them. */
const person = () => {
  const p = story.speakers.find((s) => s.kind === "person" && story.quotes.some((q) => q.speaker === s.name));
  if (!p) throw new Error("no quoted person in the shipped story");
  return p.name;
};

describe("Discord slash commands and buttons on several processes sharing a database", () => {
  it("an /ask follow-up answered by the other process knows what the channel was asking about", async () => {
    const conv = { platform: "discord" as const, user: "1", conversationId: `discord:${channelId}` };
    const single = createBot(engine);
    single.handle({ ...conv, text: `who is ${person()}?` });
    const expected = renderReply(single.handle({ ...conv, text: "what did he say?" }))[0];
    const amnesic = renderReply(createBot(engine).handle({ ...conv, text: "what did he say?" }))[0];
    expect(expected).not.toBe(amnesic);

    await ask(fakes[0]!, `who is ${person()}?`, snowflake());
    const { callback } = await ask(fakes[1]!, "what did he say?", snowflake());
    expect(data(callback).content).toBe(expected);
  });

  it("More clicked on the other process gives the next part, once", async () => {
    const { interaction, callback } = await ask(fakes[0]!, "everything", "4242");
    const row = (data(callback).components as JsonObject[] | undefined)?.[0];
    const more = (row?.components as JsonObject[] | undefined)?.[0];
    expect(more).toMatchObject({ label: "More" });
    const click = fakes[1]!.sendButton({ customId: String(more?.custom_id), message: { id: interaction.id }, channelId });
    const next = await fakes[1]!.waitForCallback(click);
    expect(String(data(next).content)).toMatch(/Invented sentence number [1-9]\d* for 4242\./);
    // Clicked again on the first process: already shown.
    const again = fakes[0]!.sendButton({ customId: String(more?.custom_id), message: { id: interaction.id }, channelId });
    const stale = await fakes[0]!.waitForCallback(again);
    expect(String(data(stale).content)).not.toMatch(/Invented sentence/);
    expect(data(stale).flags).toBe(64);
  });
});
