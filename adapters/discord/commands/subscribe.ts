import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, time, TimestampStyles } from "discord.js";
import { interactionLang } from "../answer.js";
import { escapeText } from "../render/escape.js";
import { NO_PINGS, LIMITS } from "../render/limits.js";
import { replyEphemeral } from "../respond.js";
import { subscriptionGuard } from "./guard.js";
import type { SlashCommand } from "./types.js";

/** IANA zones for autocomplete, read once: Node ships the list with its ICU data. */
let zones: string[] | null = null;
export function timezoneChoices(typed: string): { name: string; value: string }[] {
  zones ??= [...Intl.supportedValuesOf("timeZone"), "UTC"];
  const q = typed.trim().toLowerCase().replace(/\s+/g, "_");
  return zones
    .filter((z) => !q || z.toLowerCase().includes(q))
    .slice(0, LIMITS.autocompleteChoices)
    .map((z) => ({ name: z, value: z }));
}

export const subscribe: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("subscribe")
    .setDescription("Post a daily briefing in this channel")
    .setDescriptionLocalization("fr", "Publier un point quotidien dans ce salon")
    // Hidden from members without Manage Channels by default; execute() checks again.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      o.setName("time").setDescription("Local time, HH:MM (e.g. 08:00)").setDescriptionLocalization("fr", "Heure locale, HH:MM (ex. 08:00)").setRequired(true).setMaxLength(5),
    )
    .addStringOption((o) =>
      o
        .setName("timezone")
        .setDescription("Time zone, e.g. Europe/Paris")
        .setDescriptionLocalization("fr", "Fuseau horaire, ex. Europe/Paris")
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(64),
    )
    .addStringOption((o) =>
      o
        .setName("language")
        .setDescription("Language of the briefing (default: yours)")
        .setDescriptionLocalization("fr", "Langue du point (par défaut : la vôtre)")
        .addChoices({ name: "Français", value: "fr" }, { name: "English", value: "en" }),
    )
    .toJSON(),
  async execute(interaction, ctx) {
    const subscriptions = await subscriptionGuard(interaction, ctx, true);
    if (!subscriptions) return;
    const lang = interactionLang(interaction);
    const result = await subscriptions.subscribe({
      platform: "discord",
      channelId: interaction.channelId,
      time: interaction.options.getString("time", true),
      timezone: interaction.options.getString("timezone", true),
      lang: interaction.options.getString("language") ?? lang,
      user: interaction.user.id,
    });
    if (!result.ok) {
      // The service's message says what was wrong and gives an example; it quotes what the user
      // typed, so it is shown as text (no markdown, no <@…>), like any user text.
      await replyEphemeral(interaction, escapeText(result.error));
      return;
    }
    const s = result.subscription;
    const next = time(result.nextRun, TimestampStyles.LongDateTime);
    const content =
      lang === "fr"
        ? `C'est noté : ce salon recevra le point chaque jour à ${s.time} (${s.timezone}), en ${s.lang === "fr" ? "français" : "anglais"}. Prochain : ${next}.`
        : `Done: this channel will get the briefing every day at ${s.time} (${s.timezone}), in ${s.lang === "fr" ? "French" : "English"}. Next: ${next}.`;
    // Public, so the channel knows why the bot posts every morning.
    await interaction.reply({ content, allowedMentions: NO_PINGS });
  },
  async autocomplete(interaction) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(focused.name === "timezone" ? timezoneChoices(focused.value) : []);
  },
};

export const unsubscribe: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("unsubscribe")
    .setDescription("Stop the daily briefing in this channel")
    .setDescriptionLocalization("fr", "Arrêter le point quotidien dans ce salon")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  async execute(interaction, ctx) {
    const subscriptions = await subscriptionGuard(interaction, ctx, true);
    if (!subscriptions) return;
    const fr = interactionLang(interaction) === "fr";
    const removed = await subscriptions.unsubscribe("discord", interaction.channelId);
    if (!removed) {
      await replyEphemeral(interaction, fr ? "Ce salon n'était pas abonné : rien à faire." : "This channel had no daily briefing: nothing to do.");
      return;
    }
    await interaction.reply({ content: fr ? "Ce salon ne recevra plus le point quotidien." : "This channel will no longer get the daily briefing.", allowedMentions: NO_PINGS });
  },
};

export const subscriptions: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("subscriptions")
    .setDescription("Show this channel's daily briefing")
    .setDescriptionLocalization("fr", "Voir le point quotidien de ce salon")
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  async execute(interaction, ctx) {
    const service = await subscriptionGuard(interaction, ctx, false);
    if (!service) return;
    const fr = interactionLang(interaction) === "fr";
    const list = await service.list("discord", interaction.channelId);
    const lines = list.map(
      (s) => `- ${s.time} (${s.timezone}), ${s.lang}${s.enabled ? "" : fr ? " — désactivé (le bot a perdu l'accès ?)" : " — disabled (did the bot lose access?)"}`,
    );
    const content = lines.length
      ? (fr ? "Point quotidien de ce salon :\n" : "This channel's daily briefing:\n") + lines.join("\n")
      : fr
        ? "Ce salon n'a pas de point quotidien. `/subscribe time:08:00 timezone:Europe/Paris` pour en créer un."
        : "This channel has no daily briefing. Try `/subscribe time:08:00 timezone:Europe/Paris`.";
    await interaction.reply({ content, allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral });
  },
};
