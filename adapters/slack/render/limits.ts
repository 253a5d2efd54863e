import type { types } from "@slack/bolt";

/** Slack's documented Block Kit limits. */
export const SECTION_TEXT_MAX = 3000;
export const CONTEXT_TEXT_MAX = 3000;
export const CONTEXT_ELEMENTS_MAX = 10;
export const BLOCKS_PER_MESSAGE_MAX = 50;
/** Slack truncates `text` at 40,000 characters; the fallback is a notification preview, so keep it short. */
export const FALLBACK_TEXT_MAX = 3000;

/** One message as posted: the blocks plus the plain `text` fallback for notifications and old clients. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/**
 * Splits already-escaped text into pieces of at most `max` characters, preferring line breaks,
 * then spaces, and never cutting an entity (`&amp;`) or a surrogate pair in two.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf("\n", max);
    if (cut < max / 2) cut = rest.lastIndexOf(" ", max);
    if (cut < max / 2) cut = safeHardCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]+/, "");
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces.filter((p, i) => p.length > 0 || i === 0);
}

function safeHardCut(text: string, max: number): number {
  let cut = max;
  // Inside an entity: the last "&" within 5 characters before the cut has no ";" before the cut.
  const amp = text.lastIndexOf("&", cut - 1);
  const semi = amp >= 0 ? text.indexOf(";", amp) : -1;
  if (amp >= 0 && cut - amp < 5 && (semi === -1 || semi >= cut)) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return Math.max(cut, 1);
}

/** Cuts already-escaped text to `max` characters with an ellipsis, on a safe boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const [head] = splitText(text, max - 1);
  return `${head ?? ""}…`;
}

export function mrkdwn(text: string): types.MrkdwnElement {
  // verbatim: Slack would otherwise auto-link URLs and #channel names found in story text.
  return { type: "mrkdwn", text, verbatim: true };
}

/** Section blocks for escaped mrkdwn of any length, each under the section limit. */
export function sections(text: string): types.SectionBlock[] {
  if (text.trim().length === 0) return [];
  return splitText(text, SECTION_TEXT_MAX).map((t) => ({ type: "section", text: mrkdwn(t) }));
}

/** Context blocks for escaped lines, one element a line, ten elements a block. */
export function contexts(lines: string[]): types.ContextBlock[] {
  const elements = lines.filter((l) => l.trim().length > 0).map((l) => mrkdwn(truncate(l, CONTEXT_TEXT_MAX)));
  const blocks: types.ContextBlock[] = [];
  for (let i = 0; i < elements.length; i += CONTEXT_ELEMENTS_MAX) {
    blocks.push({ type: "context", elements: elements.slice(i, i + CONTEXT_ELEMENTS_MAX) });
  }
  return blocks;
}

/**
 * Packs blocks into as many messages as needed, 50 blocks each; every message gets a fallback
 * text (the first carries the given one, the others say they continue it).
 */
export function packMessages(blocks: types.KnownBlock[], fallback: string, continued: string): SlackMessage[] {
  // Slack refuses a message with neither text nor blocks; an empty answer still says something.
  const text = truncate(fallback.trim() || "…", FALLBACK_TEXT_MAX);
  if (blocks.length === 0) return [{ text, blocks: sections(text) }];
  const messages: SlackMessage[] = [];
  // One block of each message is left for a "More" button (render/buttons.ts).
  const perMessage = BLOCKS_PER_MESSAGE_MAX - 1;
  for (let i = 0; i < blocks.length; i += perMessage) {
    messages.push({ text: i === 0 ? text : truncate(continued, FALLBACK_TEXT_MAX), blocks: blocks.slice(i, i + perMessage) });
  }
  return messages;
}
