import type { types } from "@slack/bolt";
import type { Lang, Reply } from "../../../src/engine/reply.js";
import { safeText } from "./escape.js";
import { suggestionActions, type ButtonTarget } from "./buttons.js";
import { contexts, packMessages, sections, type SlackMessage } from "./limits.js";

const labels: Record<Lang, { sources: string; tryAsking: string; colon: string; continued: string }> = {
  en: { sources: "Source", tryAsking: "Try asking", colon: ":", continued: "(continued)" },
  fr: { sources: "Source", tryAsking: "Essayez", colon: " :", continued: "(suite)" },
};

/**
 * Block Kit for an engine reply: the answer as mrkdwn, the quotes in « » (those the answer does
 * not already spell out), the cited sentences in a context block, suggestions after a decline.
 * Every string from the story or the user is escaped.
 */
export function renderReply(reply: Reply, buttons?: ButtonTarget): SlackMessage[] {
  return packMessages(replyBlocks(reply, buttons), safeText(reply.text), labels[reply.lang].continued);
}

/** Several answers in one reply (`/brief quotes`: each quoted speaker), divided, packed together. */
export function renderReplies(replies: Reply[]): SlackMessage[] {
  const [first] = replies;
  if (!first || replies.length === 1) return first ? renderReply(first) : packMessages([], "", "");
  const blocks = replies.flatMap((r, i) => (i === 0 ? replyBlocks(r) : [{ type: "divider" } as const, ...replyBlocks(r)]));
  const fallback = replies.map((r) => safeText(r.text)).join("\n");
  return packMessages(blocks, fallback, labels[first.lang].continued);
}

/** With `buttons`, the suggestions after a decline are buttons that ask them (render/buttons.ts). */
function replyBlocks(reply: Reply, buttons?: ButtonTarget): types.KnownBlock[] {
  const l = labels[reply.lang];
  const blocks: types.KnownBlock[] = [...sections(safeText(reply.text))];

  const extraQuotes = reply.quotes.filter((q) => !reply.text.includes(q.text));
  if (extraQuotes.length > 0) {
    blocks.push(...sections(extraQuotes.map((q) => `*${safeText(q.speaker)}*${l.colon} « ${safeText(q.text)} »`).join("\n")));
  }
  const extraFigures = reply.figures.filter((f) => !reply.text.includes(f.text));
  if (extraFigures.length > 0) {
    blocks.push(
      ...sections(
        extraFigures.map((f) => `• « ${safeText(f.text)} »${f.claimedBy ? ` (${safeText(f.claimedBy)})` : ""}`).join("\n"),
      ),
    );
  }
  blocks.push(...contexts(reply.citations.map((c) => `_${l.sources} [${c.sentence + 1}]_ ${safeText(c.text)}`)));
  if (!reply.answered && reply.suggestions.length > 0) {
    const actions = buttons ? suggestionActions(reply.suggestions, buttons) : null;
    if (actions) blocks.push(actions);
    else blocks.push(...contexts([`${l.tryAsking}${l.colon} ${reply.suggestions.map((s) => `“${safeText(s)}”`).join(" · ")}`]));
  }
  return blocks;
}
