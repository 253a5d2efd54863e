import { SlashCommandBuilder } from "discord.js";
import { answerInteraction, interactionLang } from "../answer.js";
import type { SlashCommand } from "./types.js";

/** The engine's help reply (what can be asked, with suggestions), after the list of commands. */
const QUESTION = { en: "what can I ask", fr: "que puis-je demander" } as const;

const COMMANDS = {
  en: [
    "**Ask me** by mentioning me in a channel, in a DM, or with these commands:",
    "`/ask question` — any question about the story",
    "`/brief` — a briefing on the story now",
    "`/who` — who is who, who spoke",
    "`/quotes [person]` — what was said, verbatim",
    "`/troops` — the figures, their qualifiers and sources",
    "`/subscribe time timezone language` · `/unsubscribe` · `/subscriptions` — a daily briefing in this channel",
  ],
  fr: [
    "**Interrogez-moi** en me mentionnant dans un salon, en message privé, ou avec ces commandes :",
    "`/ask question` — toute question sur l'affaire",
    "`/brief` — le point sur l'affaire",
    "`/who` — qui est qui, qui s'est exprimé",
    "`/quotes [person]` — ce qui a été dit, mot pour mot",
    "`/troops` — les chiffres, leurs précisions et leurs sources",
    "`/subscribe time timezone language` · `/unsubscribe` · `/subscriptions` — un point quotidien dans ce salon",
  ],
} as const;

export const help: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("help")
    .setDescription("What I can do and what you can ask")
    .setDescriptionLocalization("fr", "Ce que je sais faire et ce que vous pouvez demander")
    .toJSON(),
  async execute(interaction, ctx) {
    const lang = interactionLang(interaction);
    await answerInteraction(interaction, ctx, [QUESTION[lang]], { lang, preface: COMMANDS[lang].join("\n") });
  },
};
