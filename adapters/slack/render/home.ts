import type { types } from "@slack/bolt";
import type { Subscription } from "../../../src/store/types.js";
import type { Story } from "../../../src/story/schema.js";
import { safeText } from "./escape.js";
import { contexts, sections, truncate } from "./limits.js";

/** Slack allows 100 blocks in a Home tab; the list of channels is cut well before. */
const MAX_CHANNELS = 40;

function describe(s: Subscription): string {
  const lang = s.lang === "fr" ? "in French" : "in English";
  // <#C…> names the channel as a link; it notifies no one.
  const channel = /^[CG][A-Z0-9]+$/.test(s.channelId) ? `<#${s.channelId}>` : safeText(s.channelId);
  return `• ${channel}: every day at ${safeText(s.time)} ${safeText(s.timezone)}, ${lang}${s.enabled ? "" : ` _(disabled: ${safeText(s.disabledReason ?? "the bot could not post there")})_`}`;
}

/**
 * The App Home tab: what the bot does and how to ask, the story it briefs on, and the channels
 * that get the daily briefing. `subscriptions` is null when daily briefings are off.
 */
export function renderHome(story: Story, subscriptions: Subscription[] | null): types.HomeView {
  const lead = story.sentences[0]?.text ?? "";
  const blocks: types.KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: "briefbot", emoji: false } },
    ...sections(
      "I brief you on a news story: who said what (quotes and reported speech, with who said it), the figures with their qualifiers and who gives them, places and dates. Every answer cites the sentences it relies on, and I say plainly when the story does not say.",
    ),
    { type: "divider" },
    ...sections(`*The story*\n*${truncate(safeText(story.title), 300)}*\n${truncate(safeText(lead), 1500)}`),
    ...contexts([`${story.dispatches.length} dispatch${story.dispatches.length === 1 ? "" : "es"} · ${story.sentences.length} sentences · ${story.lang === "fr" ? "in French" : "in English"}; I answer in French or English`]),
    { type: "divider" },
    ...sections(
      [
        "*How to ask*",
        "• `/brief` in any channel: a briefing on the story; `/brief <question>`: an answer (`-p` for you alone)",
        "• `@briefbot how many troops?` in a channel: I answer in the thread; or write to me here, in Messages",
        "• `/brief who`, `/brief quotes [person]`, `/brief troops`, `/brief help`",
      ].join("\n"),
    ),
    { type: "divider" },
  ];
  if (subscriptions === null) {
    blocks.push(...sections("*Daily briefings*\nDaily briefings are not enabled on this bot."));
  } else if (subscriptions.length === 0) {
    blocks.push(...sections("*Daily briefings*\nNo channel gets the daily briefing yet. In a channel: `/brief subscribe 08:00 Europe/Paris fr`."));
  } else {
    const shown = subscriptions.slice(0, MAX_CHANNELS).map(describe);
    const more = subscriptions.length > MAX_CHANNELS ? [`… and ${subscriptions.length - MAX_CHANNELS} more`] : [];
    blocks.push(...sections(`*Daily briefings*\n${[...shown, ...more].join("\n")}\n\`/brief subscriptions\` in a channel shows its own; \`/brief unsubscribe\` stops it.`));
  }
  return { type: "home", blocks };
}
