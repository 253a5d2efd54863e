/**
 * Slack sends message text in its markup: `<@U123|name>`, `<#C123|general>`, `<!here>`,
 * `<https://x|label>`, with `&`, `<`, `>` as entities. The engine wants what the person typed.
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target = "", label] = inner.split("|", 2);
      if (target.startsWith("@")) return `@${label ?? target.slice(1)}`;
      if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
      if (target.startsWith("!")) return `@${label ?? target.slice(1).split("^")[0]}`;
      return label ?? target;
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The question in a mention: the bot's own mention removed (any leading mention while the bot's id is unknown). */
export function mentionQuestion(text: string, botUserId: string | undefined): string {
  const stripped = botUserId
    ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g"), " ")
    : text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, " ");
  return slackToPlain(stripped).replace(/\s+/g, " ").trim();
}
