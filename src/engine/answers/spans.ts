import { fold } from "../text.js";

/**
 * The words of `text` that its folded form holds at [at, at + length): an answer quotes the story's
 * own spelling, and folding may change lengths (« œ » → « oe »).
 */
export function original(text: string, at: number, length: number): string {
  let folded = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (folded >= at && start < 0) start = i;
    if (folded >= at + length) return text.slice(start, i).trim();
    folded += fold(text[i]!).length;
  }
  return start < 0 ? "" : text.slice(start).trim();
}

/** A run of the story's words quoted in an answer, without the punctuation around it. */
export function storyWords(run: string): string {
  return run.replace(/^[\s«»"“”‘’(,;:]+|[\s«»"“”‘’),;:.!?]+$/g, "");
}
