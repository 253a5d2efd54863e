import { speechLexicon, type SpeechLexicon } from "../story/lang/index.js";
import type { Quote, Story } from "../story/schema.js";
import { fold } from "../story/text.js";

/** One thing someone said, as the briefing shows it. */
export interface SpeechItem {
  speaker: string;
  /** Direct: the speaker's words, verbatim. Reported: the story's clause, « … » kept where it quotes. */
  text: string;
  kind: "direct" | "indirect";
  /** The story sentences it is drawn from, in order (a quote may run over two). */
  sentences: number[];
}

/** A quote carrying the sentence's point; below this share of the sentence, a quoted fragment. */
const WHOLE_SHARE = 0.5;
const WHOLE_WORDS = 8;
/** Consecutive quotes by one speaker are read as one while they stay this short. */
const MERGE_MAX = 450;

/**
 * What was said, whole enough to mean what it meant:
 * - a quote split by its attribution (« Nous …, a dit X. Personne … ») is put back together;
 * - a quote running over consecutive sentences of one paragraph is one quote;
 * - words quoted inside a narrative sentence (« … d'un « pari risqué » … ») are not a
 *   quote on their own: the reported clause that holds them is, or nothing when the story
 *   reports no clause (the sentence itself can still be briefed);
 * - reported speech stays reported (kind "indirect"): renderers never put it in « ».
 */
export function speechItems(story: Story): SpeechItem[] {
  const say = speechLexicon(story.lang);
  const groups = new Map<string, Quote[]>();
  for (const q of story.quotes) {
    const k = `${q.sentence}\u0000${q.speaker}`;
    const g = groups.get(k);
    if (g) g.push(q);
    else groups.set(k, [q]);
  }
  const items: SpeechItem[] = [];
  for (const qs of groups.values()) {
    const first = qs[0]!;
    const sentence = story.sentences[first.sentence]?.text ?? "";
    const direct = qs.filter((q) => q.kind === "direct");
    // A later part that opens in lower case is a word quoted inside the reporting clause
    // (« “We have not gained much,” X said, calling the accord “signed in a rush” »), not the quote's sequel.
    const parts = [...direct]
      .sort((a, b) => sentence.indexOf(a.text) - sentence.indexOf(b.text))
      .filter((q, i) => i === 0 || /^[\p{Lu}\p{N}]/u.test(q.text));
    if (parts.length && isWhole(parts, sentence)) {
      // « “We are not drilling to start a quarrel” with Ostmark, he added »: the quote means
      // what it meant only with the words after it; the sentence's stretch is given, marks kept.
      const last = parts.at(-1)!;
      const run = parts.length === 1 ? withSequel(sentence, last.text, say) : null;
      items.push(
        run
          ? { speaker: first.speaker, text: run, kind: "indirect", sentences: [first.sentence] }
          : { speaker: first.speaker, text: joinParts(parts.map((q) => q.text)), kind: "direct", sentences: [first.sentence] },
      );
      continue;
    }
    const reported = qs
      .filter((q) => q.kind === "indirect")
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (reported) items.push({ speaker: first.speaker, text: trimEnd(reported.text), kind: "indirect", sentences: [first.sentence] });
  }
  items.sort((a, b) => a.sentences[0]! - b.sentences[0]!);
  return mergeRuns(story, items);
}

/**
 * A quote that stands on its own: it opens as a sentence does (a capital), and it is most of its
 * sentence or long enough to carry a point. « et à rouvrir le dialogue » is not.
 */
function isWhole(parts: Quote[], sentence: string): boolean {
  const text = parts.map((q) => q.text).join(" ");
  if (!/^[\p{Lu}\p{N}«"“‘'(\[]/u.test(parts[0]!.text)) return false;
  // « « Ces exercices sont défensifs », a déclaré X, porte-parole du ministère. »: the sentence
  // is the quote and its attribution, however long the attribution.
  const opens = sentence.replace(/^[^«"“]{0,60}?(?:\)\s*[-–—]\s*|[-–—]\s+)/u, "").trimStart().slice(1).trimStart().startsWith(parts[0]!.text.slice(0, 20));
  const share = text.length / Math.max(1, sentence.length);
  return opens || share >= WHOLE_SHARE || text.split(/\s+/).length >= WHOLE_WORDS;
}

const OPEN = /[«"“‘]\s*$/u;
const CLOSE = /^\s*[»"”’]/u;

/**
 * The quote with the words that complete it after its closing mark, as the sentence has them
 * (« “…” over Taiwan »), or null when what follows is the attribution (« , he added », « said X »)
 * or nothing.
 */
function withSequel(sentence: string, quote: string, say: SpeechLexicon): string | null {
  const at = sentence.indexOf(quote);
  if (at < 0) return null;
  const close = CLOSE.exec(sentence.slice(at + quote.length));
  if (!close) return null;
  const after = at + quote.length + close[0].length;
  const tail = /^\s*(\p{Ll}[^,.;:!?«»"“”]*)/u.exec(sentence.slice(after));
  if (!tail?.[1]?.trim()) return null;
  const words = fold(tail[1]).split(/\s+/).slice(0, 4);
  const reports = (w: string) =>
    say.sayWords.has(w) || say.evalWords.has(w) || [...say.sayStems, ...say.invertedOnlyStems, ...say.evalStems].some((st) => w.startsWith(st));
  if (words.some(reports)) return null;
  const open = OPEN.exec(sentence.slice(Math.max(0, at - 3), at));
  const start = open ? at - (sentence.slice(Math.max(0, at - 3), at).length - (open.index ?? 0)) : at;
  return sentence.slice(start, after + tail[0].length).trim();
}

/** « Nous envoyons un message clair » + « Personne ne doit douter… »: one quote, the cut marked. */
function joinParts(parts: string[]): string {
  return parts.map((p, i) => (i < parts.length - 1 ? p.replace(/[\s,]+$/u, "") : p)).join(" […] ");
}

function trimEnd(text: string): string {
  return text.replace(/[\s.,;:]+$/u, "");
}

function mergeRuns(story: Story, items: SpeechItem[]): SpeechItem[] {
  const out: SpeechItem[] = [];
  for (const it of items) {
    const prev = out.at(-1);
    const last = prev?.sentences.at(-1);
    const para = (i: number | undefined) => (i === undefined ? -1 : story.sentences[i]?.paragraph);
    if (
      prev &&
      last !== undefined &&
      prev.kind === "direct" &&
      it.kind === "direct" &&
      prev.speaker === it.speaker &&
      it.sentences[0] === last + 1 &&
      para(last) === para(it.sentences[0]) &&
      prev.text.length + it.text.length < MERGE_MAX
    ) {
      prev.text = /[.!?…]$/u.test(prev.text) ? `${prev.text} ${it.text}` : joinParts([prev.text, it.text]);
      prev.sentences.push(...it.sentences);
      continue;
    }
    out.push({ ...it, sentences: [...it.sentences] });
  }
  return out;
}
