/**
 * Slack reads `&`, `<` and `>` as control characters in mrkdwn and in a message's `text`:
 * `<!channel>`, `<!here>`, `<@U123>`, `<https://evil|label>`. Escaping them (and nothing else, as
 * Slack asks) makes story and user text display as typed and never ping or link.
 */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/**
 * A bare `@channel`, `@here` or `@everyone` is not a mention in API messages unless `link_names`
 * is on, but a word joiner after the `@` keeps it inert even if a client re-parses the text.
 */
export function defuseBroadcasts(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, "@\u2060$1");
}

/** What every piece of story or user text goes through before it is put in a message. */
export function safeText(text: string): string {
  return defuseBroadcasts(escapeSlack(text));
}
