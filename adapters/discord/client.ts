import { Client, GatewayIntentBits, Partials } from "discord.js";
import type { DiscordConfig } from "./config.js";
import { limitedMakeRequest, type GlobalLimit } from "./global-limit.js";
import { NO_PINGS } from "./render/limits.js";

/**
 * Guilds (channels to answer in), GuildMessages + MessageContent (read mentions: MessageContent
 * is privileged and must also be switched on in the Developer Portal), DirectMessages (DMs).
 * DM channels are not cached before their first message, so Partials.Channel lets discord.js
 * emit messageCreate for them.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages];

export interface ClientOptions {
  /** Discord's global request limit shared with the bot's other processes (through the database). */
  globalLimit?: GlobalLimit;
  /** How long to wait for guilds listed in READY before ready (default 5 s; discord.js's is 15 s). */
  waitGuildTimeout?: number;
}

export function createClient(config: DiscordConfig, opts: ClientOptions = {}): Client {
  return new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    // The gateway URL comes from `${api}/v10/gateway/bot`, so one base points both at a proxy or a fake.
    rest: { api: config.apiUrl, ...(opts.globalLimit ? { makeRequest: limitedMakeRequest(opts.globalLimit) } : {}) },
    // A default for anything that forgets it; every payload also sets it explicitly.
    allowedMentions: NO_PINGS,
    // A guild still unavailable after this is added when its GUILD_CREATE comes; a bot in a few
    // servers should not wait discord.js's default 15 s before answering anyone.
    waitGuildTimeout: opts.waitGuildTimeout ?? 5000,
    // Discord's own sharding: "auto" runs every shard here; a range runs this process's share
    // (README "Running on several machines").
    ...(config.shards === "auto" ? { shards: "auto" as const } : { shards: config.shards.ids, shardCount: config.shards.count }),
  });
}
