import { SlashCommandBuilder } from "discord.js";
import { answerInteraction, interactionLang } from "../answer.js";
import type { SlashCommand } from "./types.js";

/** The engine's "count" intent: figures with their qualifiers and who gives them. */
const QUESTION = { en: "how many troops", fr: "combien de soldats" } as const;

export const troops: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("troops")
    .setDescription("The troop figures, their qualifiers and their sources")
    .setDescriptionLocalization("fr", "Les effectifs, leurs précisions et leurs sources")
    .toJSON(),
  async execute(interaction, ctx) {
    const lang = interactionLang(interaction);
    await answerInteraction(interaction, ctx, [QUESTION[lang]], { lang });
  },
};
