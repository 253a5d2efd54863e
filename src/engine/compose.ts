import type { Citation, Lang, QuotedFigure, QuotedSpeech, Reply } from "./reply.js";
import type { StoryIndex } from "./index.js";

/** An answer being built: the parts of its text in order of importance, and what it cites. */
export interface Draft {
  answered: boolean;
  intent: string;
  /** Sentences of the answer; the last ones are dropped first when the answer is too long. */
  parts: string[];
  cites: number[];
  quotes?: QuotedSpeech[];
  figures?: QuotedFigure[];
  suggestions?: string[];
  /** The person or institution the answer is about, remembered for « he », « elle ». */
  focus?: string | null;
  /** How sure the general reader is of its answer (0..1), the figure its declining threshold is calibrated on. */
  confidence?: number;
}

export const MAX_ANSWER = 700;

export const pick = (lang: Lang, fr: string, en: string): string => (lang === "fr" ? fr : en);

/** « text », trimmed of the punctuation the quote marks replace. */
export function guillemets(text: string): string {
  return `« ${text.trim().replace(/^[«"“\s]+|[»"”\s]+$/g, "")} »`;
}

/** A sentence shortened around `around` (when given) to at most `max` characters, cut at word ends. */
export function excerpt(text: string, max = 300, around?: string): string {
  const t = text.trim();
  if (t.length <= max) return t;
  let start = 0;
  if (around) {
    const at = t.toLowerCase().indexOf(around.toLowerCase());
    if (at >= 0) start = Math.max(0, Math.min(at - Math.floor((max - around.length) / 2), t.length - max));
  }
  let end = Math.min(t.length, start + max);
  if (start > 0) {
    const sp = t.indexOf(" ", start);
    if (sp > 0 && sp < start + 20) start = sp + 1;
  }
  if (end < t.length) {
    const sp = t.lastIndexOf(" ", end);
    if (sp > start + max / 2) end = sp;
  }
  return `${start > 0 ? "… " : ""}${t.slice(start, end)}${end < t.length ? " …" : ""}`;
}

/** Joins parts while they fit; the first part is cut at a word end if it alone is too long. */
export function fit(parts: string[], max = MAX_ANSWER): string {
  let out = "";
  for (const p of parts) {
    if (!p) continue;
    const next = out ? `${out} ${p}` : p;
    if (next.length <= max) out = next;
    else if (!out) out = excerpt(p, max - 2);
  }
  return out;
}

export function toReply(index: StoryIndex, draft: Draft, lang: Lang): Reply {
  const citations: Citation[] = [];
  for (const i of draft.cites) {
    const s = index.story.sentences[i];
    if (s && !citations.some((c) => c.sentence === i)) citations.push({ sentence: i, text: s.text });
  }
  return {
    answered: draft.answered,
    lang,
    intent: draft.intent,
    text: fit(draft.parts),
    quotes: draft.quotes ?? [],
    figures: draft.figures ?? [],
    citations,
    suggestions: draft.suggestions ?? [],
    ...(draft.confidence !== undefined ? { confidence: draft.confidence } : {}),
  };
}

/**
 * A few of the story's own words (at most `maxWords`) around `around`, as context for an answer:
 * the answer proper is said in the answer's own words, the whole sentence is cited beneath it.
 */
export function snippet(sentence: string, around: string | null | undefined, maxWords = 10, lang: Lang = "fr"): string {
  const ws = sentence.trim().split(/\s+/);
  let at = 0;
  if (around) {
    const head = around.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
    const i = ws.findIndex((w) => w.toLowerCase().includes(head));
    if (i >= 0) at = i;
  }
  const span = around ? around.trim().split(/\s+/).length : 1;
  let start = Math.max(0, at - Math.floor((maxWords - Math.min(span, maxWords)) / 2));
  const end = Math.min(ws.length, start + maxWords);
  start = Math.max(0, end - maxWords);
  const text = ws.slice(start, end).join(" ").replace(/^[«»"“”,;:(]+\s*|\s*[«»"“”,;:(]+$/g, "");
  const [open, close] = lang === "fr" ? ["« ", " »"] : ["“", "”"];
  // the marks of a cut hold to the words (« …word », « word… »): a reader counts no extra word, and a run of the
  // story's words with marks standing apart reads as one more word pasted
  return `${open}${start > 0 ? "…" : ""}${text}${end < ws.length ? "…" : ""}${close}`;
}
