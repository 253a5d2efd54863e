/**
 * Text from the story or the user shown verbatim: every character Discord markdown gives a
 * meaning to is backslash-escaped (emphasis, code, spoilers, strikethrough, masked links, and
 * `<…>` so a pasted `<@id>` shows as text rather than a mention), and a line starting with "#",
 * "-", "1." or ">" does not become a heading, a list or a block quote. Linear time: discord.js's
 * escapeMarkdown was measured at ~25 ms per 2,000 characters, too slow for briefings.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<]/g, "\\$&")
    .replace(/^([ \t]*)(#{1,3}[ \t]|-[ \t]|>)/gm, "$1\\$2")
    .replace(/^([ \t]*\d+)\.([ \t])/gm, "$1\\.$2");
}

/** Cut to `max` characters on a word boundary where possible, with an ellipsis; never leaves a dangling backslash escape. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(" ");
  if (space > max * 0.6) cut = cut.slice(0, space);
  cut = cut.replace(/\\+$/, (m) => (m.length % 2 ? m.slice(0, -1) : m));
  return cut.trimEnd() + "…";
}
