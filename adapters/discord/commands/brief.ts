import { SlashCommandBuilder } from "discord.js";
import { interactionLang } from "../answer.js";
import { renderBriefingEmbed } from "../render/briefing.js";
import { LABELS } from "../render/labels.js";
import { MESSAGES } from "../render/messages.js";
import { NO_PINGS } from "../render/limits.js";
import { replyEphemeral } from "../respond.js";
import type { SlashCommand } from "./types.js";

export const brief: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("brief")
    .setDescription("A briefing on the story now")
    .setDescriptionLocalization("fr", "Le point sur l'affaire maintenant")
    .toJSON(),
  async execute(interaction, ctx) {
    const lang = interactionLang(interaction);
    const limited = ctx.limiter.take(interaction.user.id);
    if (!limited.ok) {
      await replyEphemeral(interaction, MESSAGES.rateLimited(lang, limited.retryInMs));
      return;
    }
    if (ctx.deferral.shouldDefer()) await interaction.deferReply();
    const compose = ctx.composeBriefing;
    const briefing = ctx.deferral.time(() => compose(lang));
    const embed = renderBriefingEmbed(briefing, `briefbot · ${LABELS[lang].briefing}`);
    if (interaction.deferred) await interaction.editReply({ embeds: [embed], allowedMentions: NO_PINGS });
    else await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
  },
};
