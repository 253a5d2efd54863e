import type { Interaction } from "discord.js";
import { commandByName } from "../commands/index.js";
import type { DiscordContext } from "../context.js";
import { onButton } from "./button.js";
import { MESSAGES, langFromLocale } from "../render/messages.js";
import { replyEphemeral, replyFailure } from "../respond.js";

/** Routes slash commands and autocomplete to the command of that name, and button clicks to onButton. */
export function onInteractionCreate(ctx: DiscordContext) {
  return async (interaction: Interaction): Promise<void> => {
    if (interaction.isAutocomplete()) {
      const command = commandByName.get(interaction.commandName);
      try {
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      } catch (err) {
        ctx.log.warn("discord: autocomplete failed", { command: interaction.commandName, error: err instanceof Error ? err : String(err) });
      }
      return;
    }
    if (interaction.isButton()) {
      try {
        await onButton(interaction, ctx);
      } catch (err) {
        await replyFailure(interaction, ctx, langFromLocale(interaction.locale), err);
      }
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const lang = langFromLocale(interaction.locale);
    const command = commandByName.get(interaction.commandName);
    if (!command) {
      await replyEphemeral(interaction, MESSAGES.unknownCommand(lang)).catch(() => undefined);
      return;
    }
    try {
      await command.execute(interaction, ctx);
    } catch (err) {
      await replyFailure(interaction, ctx, lang, err);
    }
  };
}
