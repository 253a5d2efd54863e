import { LIMITS } from "./limits.js";

/**
 * Splits text into messages of at most `max` characters: at paragraph breaks first, then at
 * line breaks, then at spaces; a single word longer than `max` is cut. Escapes (a backslash and
 * the character after it) are never separated.
 */
export function splitMessage(text: string, max: number = LIMITS.content): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let at = lastBreak(window, "\n\n", max);
    if (at < 0) at = lastBreak(window, "\n", max);
    if (at < 0) at = lastBreak(window, " ", max);
    if (at <= 0) {
      at = max;
      // Do not cut between a backslash and the character it escapes.
      let slashes = 0;
      while (slashes < at && rest[at - 1 - slashes] === "\\") slashes++;
      if (slashes % 2 === 1) at -= 1;
    }
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length) chunks.push(rest);
  return chunks;
}

/** Index of the last separator that leaves a non-empty chunk of at most `max` characters. */
function lastBreak(window: string, sep: string, max: number): number {
  const i = window.lastIndexOf(sep, max);
  return i > 0 ? i : -1;
}
