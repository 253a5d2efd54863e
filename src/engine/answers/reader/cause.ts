import type { StoryIndex } from "../../index.js";
import type { Term } from "../../query.js";
import { fold } from "../../text.js";
import { clauseWords } from "../../lexicon-clauses.js";
import { cuesOf } from "../../lexicon-cues.js";
import { toks, type Element, type Tok } from "../tokens.js";

// Why questions: the clause of cause a sentence gives (« because », « en raison de », the agent of a verb of causing).

/** A cause opens the sentence that gives it when it stands among its first words (« This is because », « C'est en raison de »). */
export const OPENING = 3;
/** How far (in words) a clause of cause may stand from the question's words to be the reason asked. */
export const CAUSE_NEAR = 8;

const STRONG_CAUSE_TEXT = /\b(?:because|due to|owing to|car|parce que|parce qu|puisque|faute d|en raison d|a cause d)\b/;

/** Whether a sentence of the story says « because » or the like; per story and sentence (the same for every question). */
export function strongCauseIn(index: StoryIndex, i: number): boolean {
  let memo = strongCauseMemo.get(index);
  if (!memo) strongCauseMemo.set(index, (memo = new Map()));
  let hit = memo.get(i);
  if (hit === undefined) memo.set(i, (hit = STRONG_CAUSE_TEXT.test(fold(index.story.sentences[i]!.text)) || agentOfCauseIn(toks(index, i), index.story.lang === "en" ? "en" : "fr")));
  return hit;
}

/** Whether token k is the « par », "by" of a participle of causing (« causés par les pluies », "triggered by the rains"): the cause follows. */
function agentOfCause(ts: Tok[], k: number, lang: "fr" | "en"): boolean {
  const words = clauseWords(lang);
  return k > 0 && words.agentBy.has(ts[k]!.bare) && words.causedBy.has(ts[k - 1]!.bare) && ts[k - 1]!.clause === ts[k]!.clause;
}

function agentOfCauseIn(ts: Tok[], lang: "fr" | "en"): boolean {
  for (let k = 1; k < ts.length; k++) if (agentOfCause(ts, k, lang)) return true;
  return false;
}
const strongCauseMemo = new WeakMap<StoryIndex, Map<number, boolean>>();

/** Whether the words of a sentence at k open a reason in the story's language: a cue word or pair (strong), or a weak opener (« after », « pour »). */
function causeAt(ts: Tok[], k: number, lang: "fr" | "en"): "strong" | "weak" | null {
  const w = ts[k]!.bare;
  const cues = cuesOf(lang);
  const next = ts[k + 1]?.bare ?? "";
  if (cues.causePairs.some(([a, b]) => a === w && b === next)) return "strong";
  // « causés par les pluies », "triggered by the rains": the agent of a verb of causing is the cause
  if (agentOfCause(ts, k, lang)) return "strong";
  // « reason », « raison » name a cause but do not open one
  if (cues.cause.has(w) && !/^(?:reasons?|raisons?|motifs?|caused)$/.test(w)) return "strong";
  return clauseWords(lang).weakCause.has(w) ? "weak" : null;
}

/** causeAt for every token of a sentence, kept with the story's tokens: the same for every question. */
export function causeKinds(ts: Tok[], lang: "fr" | "en"): readonly ("strong" | "weak" | null)[] {
  const key = lang === "en" ? causeKindsEn : causeKindsFr;
  let kinds = key.get(ts);
  if (!kinds) key.set(ts, (kinds = ts.map((_, k) => causeAt(ts, k, lang))));
  return kinds;
}
const causeKindsEn = new WeakMap<Tok[], readonly ("strong" | "weak" | null)[]>();
const causeKindsFr = new WeakMap<Tok[], readonly ("strong" | "weak" | null)[]>();

/**
 * The clause that gives a reason: the causal opener nearest after the question's words (before
 * them only for a strong one), so « … grâce aux exportations en Belgique, mais aussi en Suisse grâce à un
 * franc faible » answers « and in Switzerland, why? » with the second.
 */
export function causeIn(ts: Tok[], hits: Map<number, Term>, lang: "fr" | "en"): { el: Element; strong: boolean } | null {
  const keys = [...hits.keys()];
  const firstHit = keys.length ? Math.min(...keys) : 0;
  let best: { el: Element; strong: boolean; d: number } | null = null;
  const kinds = causeKinds(ts, lang);
  for (let k = 0; k < ts.length; k++) {
    const kind = kinds[k];
    if (!kind) continue;
    // « pour » and « after » are causes only after the words the question repeats
    if (kind === "weak" && k < firstHit) continue;
    // how far from the question's words: the nearest hit before the marker, else the distance to the first hit
    const before = keys.filter((h) => h < k);
    const d = before.length ? k - Math.max(...before) : 3 + firstHit - k;
    const score = d + (kind === "weak" ? 6 : 0);
    if (!best || score < best.d) best = { el: { from: k, to: Math.min(ts.length, k + 11), text: "", kind: "clause" }, strong: kind === "strong", d: score };
  }
  // « X, which then fuelled Y », « X a provoqué Y »: a verb of causing in the active voice with the effect asked
  // about after it (the question's words); its subject, the words before it, is the cause
  const words = clauseWords(lang);
  for (let k = 1; k < ts.length; k++) {
    if (!words.causing.has(ts[k]!.bare) || words.agentBy.has(ts[k + 1]?.bare ?? "") || /^(?:of|de|des|du)$/.test(ts[k + 1]?.bare ?? "")) continue;
    // « the causes », « les causes »: a noun, no verb
    if (/^(?:the|a|an|its|their|les|des|la|le|l|ses|leurs|a)$/.test(ts[k - 1]!.bare) && !words.causingLead.has(ts[k - 1]!.bare)) continue;
    const effect = keys.filter((h) => h > k && h - k <= 8);
    if (!effect.length) continue;
    let end = k;
    while (end > 0 && words.causingLead.has(ts[end - 1]!.bare)) end--;
    if (end === 0) continue;
    // the cause: the clause before the verb, at most ten words back
    const clause = ts[end - 1]!.clause;
    let from = end - 1;
    while (from > 0 && end - from < 10 && ts[from - 1]!.clause === clause) from--;
    const d = Math.min(...effect) - k;
    if (!best || d < best.d) best = { el: { from, to: end, text: "", kind: "clause", exact: true }, strong: true, d };
  }
  return best ? { el: best.el, strong: best.strong } : null;
}
