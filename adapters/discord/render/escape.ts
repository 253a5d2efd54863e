import { escapeMarkdown } from "discord.js";

/**
 * Text from the story or the user shown verbatim: markdown characters are escaped so an
 * asterisk in a quote stays an asterisk, and a line starting with "#", "-", "1." or ">" is not
 * turned into a heading, a list or a block quote.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return escaped.replace(/^(\s*)>/gm, "$1\\>");
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
