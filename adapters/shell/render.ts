import type { Reply } from "../../src/engine/reply.js";

/** A reply as terminal text: the answer, then its cited sentences, numbered as in the story. */
export function renderReply(reply: Reply): string {
  const lines = [reply.text];
  for (const c of reply.citations) lines.push(`  [${c.sentence + 1}] ${c.text}`);
  if (!reply.answered && reply.suggestions.length) lines.push(`  → ${reply.suggestions.join(" · ")}`);
  return lines.join("\n");
}
