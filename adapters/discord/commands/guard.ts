import { PermissionFlagsBits, type ChatInputCommandInteraction } from "discord.js";
import type { SubscriptionCommands } from "../../../src/scheduling/types.js";
import { interactionLang } from "../answer.js";
import type { DiscordContext } from "../context.js";
import { MESSAGES } from "../render/messages.js";
import { replyEphemeral } from "../respond.js";

/**
 * Checks shared by the subscription commands: briefings enabled, a server channel (not a DM),
 * and, when `manage` is set, the member's Manage Channels permission. Refuses politely
 * (ephemeral) and returns null when a check fails.
 */
export async function subscriptionGuard(
  interaction: ChatInputCommandInteraction,
  ctx: DiscordContext,
  manage: boolean,
): Promise<SubscriptionCommands | null> {
  const lang = interactionLang(interaction);
  let refusal: string | null = null;
  if (!ctx.subscriptions) refusal = MESSAGES.subscriptionsDisabled(lang);
  else if (!interaction.inGuild()) refusal = MESSAGES.guildOnly(lang);
  // memberPermissions is what Discord computed for this member in this channel.
  else if (manage && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) refusal = MESSAGES.needManageChannels(lang);
  if (refusal) {
    await replyEphemeral(interaction, refusal);
    return null;
  }
  return ctx.subscriptions ?? null;
}
