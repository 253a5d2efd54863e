import type { ButtonInteraction } from "discord.js";
import { answerInteraction } from "../answer.js";
import type { DiscordContext } from "../context.js";
import { answerButtons, readButton } from "../render/buttons.js";
import { NO_PINGS } from "../render/limits.js";
import { MESSAGES, langFromLocale } from "../render/messages.js";
import { replyEphemeral } from "../respond.js";

/**
 * A click on one of the bot's buttons. A suggestion is asked as a question of its own, in the
 * same conversation (the channel or DM the answer was in, so « he » still means the last
 * person); "More" posts the next part of a long answer.
 */
export async function onButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<void> {
  const action = readButton(interaction.customId);
  const lang = langFromLocale(interaction.locale);
  if (!action) {
    await replyEphemeral(interaction, MESSAGES.unknownCommand(lang));
    return;
  }
  if (action.kind === "ask") {
    await answerInteraction(interaction, ctx, [action.question]);
    return;
  }
  const taken = await ctx.continuations.take(action.id);
  if (!taken) {
    await replyEphemeral(interaction, MESSAGES.expired(lang));
    return;
  }
  await interaction.reply({ content: taken.next.content, allowedMentions: NO_PINGS, components: answerButtons(taken.next, taken.moreId) });
}
