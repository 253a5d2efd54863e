import type { Reply } from "../../../src/engine/reply.js";
import { escapeText } from "./escape.js";
import { LABELS } from "./labels.js";
import { LIMITS } from "./limits.js";
import { splitMessage } from "./split.js";

/**
 * A reply as Discord markdown: the answer, the quotes in « » that the answer text does not
 * already carry, the cited sentences as a block quote, and suggestions when the story does not
 * say. Everything from the story is escaped. Returns one string per message, each within 2,000
 * characters; the answer is plain message content (not an embed) so it reads the same in
 * notifications, on mobile and for screen readers.
 */
export function renderReply(reply: Reply, max: number = LIMITS.content, opts: { /** The suggestions go in buttons instead (render/buttons.ts). */ buttons?: boolean } = {}): string[] {
  const l = LABELS[reply.lang];
  const blocks: string[] = [escapeText(reply.text)];

  const extraQuotes = reply.quotes.filter((q) => !reply.text.includes(q.text));
  if (extraQuotes.length) {
    blocks.push(
      extraQuotes
        .map((q) => (q.kind === "direct" ? `> « ${escapeText(q.text)} » — **${escapeText(q.speaker)}**` : `> ${escapeText(q.text)} — **${escapeText(q.speaker)}**`))
        .join("\n"),
    );
  }

  const extraFigures = reply.figures.filter((f) => !reply.text.includes(f.text));
  if (extraFigures.length) {
    blocks.push(`**${l.figures}**\n` + extraFigures.map((f) => `- ${escapeText(f.text)}${f.claimedBy ? ` (${escapeText(f.claimedBy)})` : ""}`).join("\n"));
  }

  const cited = uniqueBy(reply.citations, (c) => c.sentence).filter((c) => c.text.trim() !== reply.text.trim());
  if (cited.length) {
    blocks.push(`**${l.sources}**\n` + cited.map((c) => `> ${escapeText(c.text)}`).join("\n> \n"));
  }

  if (!reply.answered && reply.suggestions.length && !opts.buttons) {
    blocks.push(`*${l.tryAsking}:*\n` + reply.suggestions.map((s) => `- ${escapeText(s)}`).join("\n"));
  }
  return splitMessage(blocks.join("\n\n"), max);
}

function uniqueBy<T>(items: T[], key: (t: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}
