import { REST, Routes } from "discord.js";
import { commandDefinitions } from "./commands/index.js";
import type { DiscordConfig } from "./config.js";

export interface RegisterResult {
  scope: "guild" | "global";
  count: number;
  names: string[];
}

/**
 * PUTs the whole command list (replacing what was there). Guild commands appear at once, so
 * they are used when DISCORD_GUILD_ID is set (development); global ones can take up to an hour.
 */
export async function registerCommands(config: DiscordConfig & { appId: string }, rest?: REST): Promise<RegisterResult> {
  const client = rest ?? new REST({ api: config.apiUrl, version: "10" }).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.appId, config.guildId) : Routes.applicationCommands(config.appId);
  const body = commandDefinitions();
  const saved = (await client.put(route, { body })) as { name: string }[];
  return { scope: config.guildId ? "guild" : "global", count: saved.length, names: saved.map((c) => c.name) };
}
