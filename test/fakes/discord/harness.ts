import type { MessageHandler } from "../../../src/adapter/types.js";
import { silentLogger, type Logger } from "../../../src/log.js";
import type { SubscriptionCommands } from "../../../src/scheduling/types.js";
import type { Story } from "../../../src/story/schema.js";
import { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from "../../../adapters/discord/index.js";
import { startFakeDiscord, type FakeDiscord, type StartFakeDiscordOptions } from "./server.js";

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  close(): Promise<void>;
}

/** The fake Discord plus the real adapter (real discord.js client) logged in to it. */
export async function startHarness(opts: {
  handler: MessageHandler;
  story: Story;
  env?: NodeJS.ProcessEnv;
  fake?: StartFakeDiscordOptions;
  adapter?: DiscordAdapterOptions;
  subscriptions?: SubscriptionCommands;
  log?: Logger;
}): Promise<Harness> {
  const fake = await startFakeDiscord(opts.fake);
  const env = { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase, ...opts.env };
  const adapter = createDiscordAdapter(
    env,
    { handler: opts.handler, story: opts.story, log: opts.log ?? silentLogger, ...(opts.subscriptions ? { subscriptions: opts.subscriptions } : {}) },
    { waitGuildTimeout: 1000, ...opts.adapter },
  );
  if (!adapter) throw new Error("adapter not configured");
  await adapter.start();
  return {
    fake,
    adapter,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
