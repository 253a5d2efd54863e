import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from "discord.js";

/**
 * What the bot needs in a channel: see it, read its history (replies reference a message, and
 * the publisher looks for an earlier delivery), send messages (also in threads) and embeds.
 */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
]);

export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands];

export function inviteUrl(appId: string, guildId?: string | null): string {
  const url = new URL("https://discord.com/oauth2/authorize");
  url.searchParams.set("client_id", appId);
  url.searchParams.set("scope", INVITE_SCOPES.join(" "));
  url.searchParams.set("permissions", BOT_PERMISSIONS.bitfield.toString());
  if (guildId) url.searchParams.set("guild_id", guildId);
  return url.toString();
}
