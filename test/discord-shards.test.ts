import { afterEach, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../adapters/discord/index.js";
import { loadDiscordConfig, parseShardList } from "../adapters/discord/config.js";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { silentLogger } from "../src/log.js";
import { loadStory } from "../src/story/load.js";
import { startFakeDiscord, type FakeDiscord } from "./fakes/discord/server.js";

const story = loadStory();
let fake: FakeDiscord | null = null;
const adapters: DiscordAdapter[] = [];
afterEach(async () => {
  for (const a of adapters.splice(0)) await a.stop();
  await fake?.close();
  fake = null;
});

async function start(f: FakeDiscord, env: Record<string, string> = {}): Promise<DiscordAdapter> {
  const a = createDiscordAdapter(
    { DISCORD_TOKEN: f.token, DISCORD_APP_ID: f.applicationId, DISCORD_API_URL: f.apiBase, ...env },
    { handler: createBot(createEngine(story)), story, log: silentLogger },
    { waitGuildTimeout: 1000 },
  );
  if (!a) throw new Error("not configured");
  await a.start();
  adapters.push(a);
  return a;
}

const shardsIdentified = (f: FakeDiscord) => f.gateway.identifies.map((d) => JSON.stringify(d.shard)).sort();
const settle = () => new Promise((r) => setTimeout(r, 400));

describe("Discord shards", () => {
  it("'auto' (the default) runs every shard Discord recommends in one process, and answers once", async () => {
    fake = await startFakeDiscord({ shards: 2 });
    await start(fake);
    expect(shardsIdentified(fake)).toEqual(["[0,2]", "[1,2]"]);
    const m = fake.sendMessage({ content: `<@${fake.botUser.id}> who spoke?`, mentionBot: true });
    await fake.waitForReply(m.id);
    await settle();
    expect(fake.botMessages().length).toBe(1);
  });

  it("two processes with shard ranges split the gateway: a guild's mention is answered by one of them, once", async () => {
    fake = await startFakeDiscord({ shards: 2 });
    await start(fake, { DISCORD_SHARDS: "0", DISCORD_SHARD_COUNT: "2" });
    await start(fake, { DISCORD_SHARDS: "1", DISCORD_SHARD_COUNT: "2" });
    expect(shardsIdentified(fake)).toEqual(["[0,2]", "[1,2]"]);
    for (let i = 0; i < 3; i++) {
      const m = fake.sendMessage({ content: `<@${fake.botUser.id}> how many troops?`, mentionBot: true });
      await fake.waitForReply(m.id);
    }
    await settle();
    expect(fake.botMessages().length).toBe(3);
  });

  it("reads DISCORD_SHARDS and DISCORD_SHARD_COUNT, and refuses what cannot work", () => {
    const base = { DISCORD_TOKEN: "x.y.z" };
    expect(loadDiscordConfig(base)!.shards).toBe("auto");
    expect(loadDiscordConfig({ ...base, DISCORD_SHARDS: "auto" })!.shards).toBe("auto");
    expect(loadDiscordConfig({ ...base, DISCORD_SHARDS: "2-3", DISCORD_SHARD_COUNT: "4" })!.shards).toEqual({ ids: [2, 3], count: 4 });
    expect(parseShardList("0-1,6")).toEqual([0, 1, 6]);
    expect(parseShardList("3-1")).toBeNull();
    expect(() => loadDiscordConfig({ ...base, DISCORD_SHARDS: "0-1" })).toThrow(/DISCORD_SHARD_COUNT is required/);
    expect(() => loadDiscordConfig({ ...base, DISCORD_SHARDS: "2-4", DISCORD_SHARD_COUNT: "4" })).toThrow(/DISCORD_SHARDS 4 not below DISCORD_SHARD_COUNT 4/);
    expect(() => loadDiscordConfig({ ...base, DISCORD_SHARDS: "first" })).toThrow(/DISCORD_SHARDS "first" is malformed/);
  });
});
