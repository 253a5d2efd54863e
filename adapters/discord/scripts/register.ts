/** `npm run discord:register`: registers the slash commands (guild when DISCORD_GUILD_ID is set, else global). */
import { DiscordConfigError, requireAppConfig } from "../config.js";
import { registerCommands } from "../register.js";
import { loadDotEnv } from "./env.js";

loadDotEnv();
try {
  const config = requireAppConfig(process.env, true);
  const result = await registerCommands(config);
  const where = result.scope === "guild" ? `in guild ${config.guildId} (available now)` : "globally (may take up to an hour to show up everywhere)";
  console.log(`Registered ${result.count} commands ${where}: ${result.names.map((n) => `/${n}`).join(" ")}`);
} catch (err) {
  const message = err instanceof DiscordConfigError ? err.message : `Registering the commands failed: ${err instanceof Error ? err.message : String(err)}`;
  console.error(message);
  process.exitCode = 1;
}
