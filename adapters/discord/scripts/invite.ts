/** `npm run discord:invite`: prints the URL that adds the bot to a server with the scopes and permissions it needs. */
import { DiscordConfigError, requireAppConfig } from "../config.js";
import { BOT_PERMISSIONS, INVITE_SCOPES, inviteUrl } from "../invite.js";
import { loadDotEnv } from "../../../src/config/dotenv.js";

loadDotEnv();
try {
  const config = requireAppConfig(process.env, false);
  console.log(inviteUrl(config.appId, config.guildId));
  console.error(`scopes: ${INVITE_SCOPES.join(", ")}; permissions ${BOT_PERMISSIONS.bitfield}: ${BOT_PERMISSIONS.toArray().join(", ")}`);
} catch (err) {
  console.error(err instanceof DiscordConfigError ? err.message : String(err));
  process.exitCode = 1;
}
