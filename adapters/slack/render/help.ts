import { sections, type SlackMessage } from "./limits.js";

/** Slack-specific usage: the commands and where the bot answers. No story content. */
export function renderHelp(): SlackMessage[] {
  const text = [
    "*briefbot* briefs you on the news story: who said what, the figures and their sources, with the sentences it relies on.",
    "",
    "• `/brief`: a briefing on the story now (`/brief en` or `/brief fr` for a language)",
    "• `/brief <question>`: an answer, e.g. `/brief who is the spokesman?`",
    "• `/brief who`: who is who and who spoke",
    "• `/brief quotes [person]`: what was said, by everyone or by one person",
    "• `/brief troops`: the troop figures, their qualifiers and who gives them",
    "• `/brief subscribe 08:00 Europe/Paris fr`, `/brief unsubscribe`, `/brief subscriptions`: a daily briefing in this channel",
    "",
    "Answers are visible to the channel; add `-p` (e.g. `/brief -p who`) to see yours alone. `--fr` / `--en` pick the answer's language.",
    "Mention me (`@briefbot how many troops?`) and I answer in the thread; DM me and I answer there. Follow-up questions work within a thread or DM.",
  ].join("\n");
  return [{ text: "briefbot: how to ask", blocks: sections(text) }];
}

/** A short message from the bot itself (confirmations, errors); `text` must already be escaped. */
export function renderNotice(text: string): SlackMessage[] {
  return [{ text, blocks: sections(text) }];
}
