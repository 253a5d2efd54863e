import { SlashCommandBuilder } from "discord.js";
import type { Story } from "../../../src/story/schema.js";
import { fold } from "../../../src/story/text.js";
import { answerInteraction, interactionLang } from "../answer.js";
import { LIMITS } from "../render/limits.js";
import type { SlashCommand } from "./types.js";

const ask = { en: (who: string) => `what did ${who} say`, fr: (who: string) => `qu'a dit ${who}` } as const;


/** Speakers whose name or an alias contains what the user typed, those quoted most first. */
export function speakerChoices(story: Story, typed: string): { name: string; value: string }[] {
  const q = fold(typed.trim());
  const count = (name: string) => story.quotes.filter((x) => x.speaker === name).length;
  return story.speakers
    .filter((s) => !q || [s.name, ...s.aliases].some((n) => fold(n).includes(q)))
    .sort((a, b) => count(b.name) - count(a.name))
    .slice(0, LIMITS.autocompleteChoices)
    .map((s) => {
      const label = s.role ? `${s.name} — ${s.role}` : s.name;
      return { name: label.slice(0, LIMITS.autocompleteChoiceName), value: s.name.slice(0, LIMITS.autocompleteChoiceName) };
    });
}

/** `/quotes [person]`: what one person said, or what each quoted speaker said. */
export const quotes: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("quotes")
    .setDescription("What was said, verbatim, and by whom")
    .setDescriptionLocalization("fr", "Ce qui a été dit, mot pour mot, et par qui")
    .addStringOption((o) =>
      o
        .setName("person")
        .setDescription("Only this person's words")
        .setDescriptionLocalization("fr", "Seulement les propos de cette personne")
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .toJSON(),
  async execute(interaction, ctx) {
    const lang = interactionLang(interaction);
    const person = interaction.options.getString("person")?.trim();
    const quoted = [...new Set(ctx.story.quotes.map((q) => q.speaker))];
    const who = person ? [person] : quoted.length ? quoted : ctx.story.speakers.map((s) => s.name);
    // Typed names go through the engine as is: it resolves aliases and says when nobody matches.
    const questions = who.length ? who.map(ask[lang]) : [lang === "fr" ? "qui a parlé" : "who spoke"];
    await answerInteraction(interaction, ctx, questions, { lang });
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(speakerChoices(ctx.story, interaction.options.getFocused()));
  },
};
