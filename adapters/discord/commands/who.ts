import { SlashCommandBuilder } from "discord.js";
import { answerInteraction, interactionLang } from "../answer.js";
import type { SlashCommand } from "./types.js";

/** Phrased like the engine's "people" intent examples, so the command and a typed question agree. */
const QUESTION = { en: "who spoke", fr: "qui a parlé" } as const;

export const who: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("who")
    .setDescription("Who is who in the story, and who spoke")
    .setDescriptionLocalization("fr", "Qui est qui, et qui s'est exprimé")
    .toJSON(),
  async execute(interaction, ctx) {
    const lang = interactionLang(interaction);
    await answerInteraction(interaction, ctx, [QUESTION[lang]], { lang });
  },
};
