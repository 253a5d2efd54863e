import { COUNTED_PHRASE, type CountedPhraseWords } from "./figure-words/index.js";
import type { Lang } from "./reply.js";

/*
 * The noun phrase a count question names right after its cue (« how many X … », « combien de X … »):
 * what is counted is inside it, never in what the question then says of it (« how many nurses turned
 * up » counts nurses, not « turned »; « combien d'Italiens étaient bloqués » counts Italians, not
 * « bloqués »). Read from the grammar of each language through its lexicon (figure-words).
 */

/** Where the counted phrase lies among the question's words after the cue: [start, end), empty when a verb follows the cue. */
export function countedPhrase(ws: readonly string[], lang: Lang): { start: number; end: number } {
  const lex = COUNTED_PHRASE[lang === "fr" ? "fr" : "en"];
  let start = 0;
  // « how many of the nurses »: the words that open the phrase before its noun
  while (start < ws.length - 1 && lex.openers.has(ws[start]!)) start++;
  let end = start;
  for (; end < ws.length; end++) {
    const w = ws[end]!;
    // (« knife or sword attacks »: a conjunction inside the phrase is the head's business, read by the caller)
    if (end > start && lex.joiners.has(w)) continue;
    if (lex.ends.has(w)) break;
    // an English participle or adverb after the first word ends the phrase (« nurses turned up », « troops deployed »);
    // the first may be an adjective of the noun (« armed men », « missing people »)
    if (end > start && participle(w, lex)) break;
  }
  return { start, end };
}

function participle(w: string, lex: CountedPhraseWords): boolean {
  return !lex.invariantPlurals.has(w) && lex.participleEndings.some((e) => w.length >= e.length + 2 && w.endsWith(e) && /^\w+$/.test(w));
}

/**
 * Whether the one word after « how many » is a verb, not a noun: English counts plural nouns, so a bare
 * singular there (« how many end up in hospital », « how many turned up », « how many live there ») names
 * nothing counted. A language with no plural endings in its lexicon marks the noun otherwise (« combien de »).
 */
export function verbAfterCue(w: string, lang: Lang): boolean {
  const lex = COUNTED_PHRASE[lang === "fr" ? "fr" : "en"];
  if (!lex.pluralEndings.length || lex.invariantPlurals.has(w)) return false;
  const plural = lex.pluralEndings.some((e) => w.endsWith(e)) && !lex.singularEndings.some((e) => w.endsWith(e));
  return !plural;
}

/**
 * « docs », « profs », « ingés », "execs": a reader's clipped word stands for the one noun the story counts that it
 * opens (« doctors », « professeurs »), three letters at least kept and three at least cut. Read against the
 * story's own counted nouns only, and only when one of them fits: « reps » of a story counting both
 * representatives and reporters stands for neither.
 */
export function clippedOf(word: string, heads: readonly string[], storyWords: ReadonlySet<string>): string | null {
  const stem = word.replace(/s$/, "");
  if (stem.length < 3 || stem.length > 6) return null;
  const fits = [...new Set(heads.filter((h) => h.length >= stem.length + 3 && h.startsWith(stem)))];
  if (fits.length !== 1) return null;
  // (any other word of the story it may open, counted or not, « representatives » beside « reporters »: neither)
  const full = fits[0]!;
  const root = full.slice(0, Math.max(stem.length + 3, full.length - 2));
  for (const w of storyWords) if (w.length >= stem.length + 3 && w.startsWith(stem) && !w.startsWith(root)) return null;
  return full;
}
