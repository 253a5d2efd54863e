const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const CONTROL = /[&<>]/g;
const escapeChar = (c: string): string => ENTITIES[c] ?? c;

/**
 * Slack reads `&`, `<` and `>` as control characters in mrkdwn and in a message's `text`:
 * `<!channel>`, `<!here>`, `<@U123>`, `<https://evil|label>`. Escaping them (and nothing else, as
 * Slack asks) makes story and user text display as typed and never ping or link.
 */
export function escapeSlack(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/**
 * A bare `@channel`, `@here` or `@everyone` is not a mention in API messages unless `link_names`
 * is on, but a word joiner after the `@` keeps it inert even if a client re-parses the text.
 */
const BROADCAST = /@(channel|here|everyone)\b/gi;

export function defuseBroadcasts(text: string): string {
  // Most text has no "@" at all: skip the case-insensitive scan then.
  return text.includes("@") ? text.replace(BROADCAST, "@\u2060$1") : text;
}

/** What every piece of story or user text goes through before it is put in a message. */
export function safeText(text: string): string {
  return defuseBroadcasts(escapeSlack(text));
}
