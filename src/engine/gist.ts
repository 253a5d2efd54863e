import { chatWords } from "./lexicon-chat.js";
import type { Lang } from "./reply.js";

/**
 * « c'est quoi l'histoire ? », "what's the row about?", "whats this trial about?", « de quoi parle
 * l'article ? »: the reader asks what the story is about (its gist), in the words a reader calls a
 * story or its affair by. Each language's frames and nouns come from its table in lexicon-chat.ts;
 * the question must be that frame whole (« c'est quoi l'histoire du ministre ? » asks something else).
 */
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]?\\s*");
const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map(escape).join("|");

// A reader borrows the other language's noun (« c'est quoi la news ») inside a frame of their own: the
// frame carries the language; each table keeps only its own words.
const GIST_NOUNS: readonly string[] = (["fr", "en"] as const).flatMap((l: Lang) => chatWords(l).gist.nouns);

const GIST: readonly RegExp[] = (["fr", "en"] as const).map((l: Lang) => {
  const w = chatWords(l);
  const noun = `(?:(?:${alt(w.gist.pointers)})\\s*)?(?:${alt(GIST_NOUNS)})`;
  const frames = w.gist.frames.map((f) => escape(f).replace("N", noun)).join("|");
  return new RegExp(`^(?:(?:${alt([...w.links, ...w.gist.openers])}),?\\s+)*(?:${frames})(?:\\s+(?:${alt(w.gist.tails)}))*$`, "i");
});

/** Whether a question, folded, asks what the story is about. */
export function asksGist(folded: string): boolean {
  const f = folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  return GIST.some((re) => re.test(f));
}
