import { REST, Routes } from "discord.js";
import { commandDefinitions } from "./commands/index.js";
import { DiscordConfigError, requireAppConfig, type DiscordConfig } from "./config.js";

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

/** The `npm run discord:register` command: returns the exit code, writes what happened. */
export async function registerMain(env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  try {
    const config = requireAppConfig(env, true);
    const result = await registerCommands(config);
    const where = result.scope === "guild" ? `in guild ${config.guildId} (available now)` : "globally (may take up to an hour to show up everywhere)";
    out(`Registered ${result.count} commands ${where}: ${result.names.map((n) => `/${n}`).join(" ")}`);
    return 0;
  } catch (e) {
    err(e instanceof DiscordConfigError ? e.message : `Registering the commands failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
