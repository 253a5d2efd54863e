import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type InteractionEditReplyOptions, type InteractionReplyOptions } from "discord.js";
import type { Lang } from "../../src/engine/reply.js";
import { MESSAGES } from "./render/messages.js";
import { NO_PINGS } from "./render/limits.js";
import type { DiscordContext } from "./context.js";
import { answerButtons, type AnswerPart } from "./render/buttons.js";

/** The interactions the bot answers: slash commands and clicks on its buttons. */
export type AnswerableInteraction = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Sends an answer as the interaction's response: its first part with its buttons ("More" when
 * it goes on: the rest waits in ctx.continuations; the suggestions under its last part).
 */
export async function sendAnswer(interaction: AnswerableInteraction, ctx: DiscordContext, parts: AnswerPart[]): Promise<void> {
  const [first, ...rest] = parts;
  if (!first) return;
  const moreId = rest.length ? await ctx.continuations.put(rest) : null;
  const payload = { content: first.content, allowedMentions: NO_PINGS, components: answerButtons(first, moreId) };
  if (interaction.deferred) await interaction.editReply(payload);
  else await interaction.reply(payload);
}

/**
 * Sends message chunks as the interaction's response: the first as the reply (or the edit of a
 * deferred reply), the rest as follow-ups. Every payload carries allowedMentions parse: [].
 */
export async function sendChunks(
  interaction: ChatInputCommandInteraction,
  chunks: string[],
  extra: { ephemeral?: boolean; embeds?: InteractionReplyOptions["embeds"] } = {},
): Promise<void> {
  const flags = extra.ephemeral ? MessageFlags.Ephemeral : undefined;
  const [first = "", ...rest] = chunks;
  const firstPayload = { content: first || undefined, allowedMentions: NO_PINGS, ...(extra.embeds ? { embeds: extra.embeds } : {}) };
  if (interaction.deferred) await interaction.editReply(firstPayload as InteractionEditReplyOptions);
  else await interaction.reply({ ...firstPayload, ...(flags ? { flags } : {}) });
  for (const content of rest) await interaction.followUp({ content, allowedMentions: NO_PINGS, ...(flags ? { flags } : {}) });
}

/** An ephemeral notice (errors, refusals): only the user sees it, whatever state the interaction is in. */
export async function replyEphemeral(interaction: AnswerableInteraction, content: string): Promise<void> {
  const payload = { content, allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral } as const;
  if (interaction.deferred && !interaction.replied) await interaction.editReply({ content, allowedMentions: NO_PINGS });
  else if (interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}

/** Reports a failure to the user (ephemeral, saying what to do) and to the log; never throws. */
export async function replyFailure(interaction: AnswerableInteraction, ctx: DiscordContext, lang: Lang, err: unknown): Promise<void> {
  ctx.log.error("discord: command failed", { command: interaction.isButton() ? interaction.customId : interaction.commandName, error: err instanceof Error ? err : String(err) });
  try {
    await replyEphemeral(interaction, MESSAGES.failed(lang));
  } catch (e) {
    ctx.log.warn("discord: could not report the failure to the user", { error: e instanceof Error ? e : String(e) });
  }
}
