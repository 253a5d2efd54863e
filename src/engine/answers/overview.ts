import { pick, type Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import { keysOf } from "../index.js";
import type { Term } from "../query.js";
import { fold, words } from "../text.js";
import { clauseWords } from "../lexicon-clauses.js";
import { decline } from "./general.js";

/**
 * « what's going on at the border? », « qu'est-ce qui se passe à la frontière ? », "why does X
 * matter here?", « pourquoi X c'est important ? »: what the story tells of one place or thing, the
 * part of the story about it in short, not the place of whichever sentence shares a word. The
 * sentences that name it most (the earliest first), each cut to the words around it; null when the
 * question is not of this kind or the story does not name what it asks about.
 */

// read on the folded question; each alternative captures what the question is about
/** « why does X matter (here)? », « pourquoi X c'est important ? »: asked whole, with nothing after (no « to whom », « selon qui »). */
const WHY_MATTERS: readonly RegExp[] = [
  /^(?:and |so |but )?why (?:does|do|did|is|are|was|were) (.+?) (?:matter|so important|important|significant|relevant)(?: here| in this story| in all this)?$/,
  /^(?:et |alors |mais )?pourquoi (.+?) (?:c'est|c'etait|est|sont|etait|etaient|serait) (?:si |tres |aussi )?(?:important|importante|importants|importantes|crucial|cruciale)(?: ici| dans cette histoire| dans l'histoire)?$/,
];
/**
 * « c'est quoi le rapport avec X ? », "what's the link with X?", "what does X have to do with this?": what ties
 * X to the story is asked, which is why X matters in it — read the same way.
 */
const TIED_TO: readonly RegExp[] = [
  /^(?:and |so |but )?what(?:'s| is| was) the (?:link|connection|relation|relationship) (?:with|to) (.+)$/,
  /^(?:and |so |but )?what (?:does|do|did) (.+?) have to do with (?:it|this|that|all this|the story)$/,
  /^(?:et |alors |mais )?(?:c'est quoi|quel est|quel serait) (?:le )?(?:rapport|lien) avec (.+)$/,
  /^(?:et |alors |mais )?(?:quel )?(?:rapport|lien) avec (.+)$/,
];
const WHY_OR_TIED: readonly RegExp[] = [...WHY_MATTERS, ...TIED_TO];
/** « what's going on at X? », « qu'est-ce qui se passe à X ? »: what happens at one place or thing. */
const GOING_ON: readonly RegExp[] = [
  /^(?:and |so |but )?what(?:'s| is| was) (?:going on|happening|the situation) (?:at|in|on|with|near|along|around|over) (.+)$/,
  /^(?:et |alors |mais )?(?:qu'est-ce qui se passe|que se passe-t-il|il se passe quoi|ca se passe comment|quelle est la situation) (?:a|au|aux|en|dans|du cote de|du cote des|pres de|le long de|avec|sur) (.+)$/,
];

/** Whether the question asks why one thing matters (read after the reader, which gives a stated reason first). */
export const asksWhyMatters = (folded: string): boolean => {
  // (the question's end trimmed once, not once per pattern; asked of every question by the engine's steps)
  const q = folded.replace(/[?!.\s]+$/, "").trim();
  return WHY_OR_TIED.some((re) => re.test(q));
};

/** The sentences the story opens with: what they tell is the story in short, the summary's, not a part of it. */
const LEAD = 2;

/** Words of the question that ask the kind, not what it is about. */
const KIND_WORDS = new Set("here there now ici la-bas maintenant story article depeche this ce cette".split(" "));

/** At most this many words of a sentence: with the marks around them, less than a run the reader would take for a pasted sentence. */
const WINDOW = 9;

export function overview(ctx: Ctx, kind: "why" | "going-on"): Draft | null {
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").trim();
  let about: string | null = null;
  for (const re of kind === "why" ? WHY_OR_TIED : GOING_ON) {
    const m = re.exec(f);
    if (m) {
      about = m[1]!;
      break;
    }
  }
  if (!about) return null;
  const aboutWords = new Set(words(about).map(fold));
  const terms: Term[] = ctx.query.terms.filter((t) => aboutWords.has(t.word) && !KIND_WORDS.has(t.word));
  if (!terms.length) return null;
  const { index, m, lang } = ctx;
  const english = index.story.lang === "en";
  if (kind === "why") return whyMatters(ctx, terms);
  const ranked = index.sentences
    .map((s) => ({ s: s.index, score: m.score(s.keys, terms) }))
    .filter((r) => r.score > 0 && words(index.story.sentences[r.s]!.text).length >= 6)
    .sort((a, b) => b.score - a.score || a.s - b.s)
    .slice(0, 2)
    .sort((a, b) => a.s - b.s);
  if (!ranked.length) return null;
  // what goes on where the story's lead takes place is the story in short: the summary says it
  if (kind === "going-on" && ranked.some((r) => r.s < LEAD)) return null;
  const cuts = ranked.map(({ s }) => {
    const text = index.story.sentences[s]!.text;
    // the words around the word of the sentence that names the rarest of what is asked about
    const held = terms.filter((t) => m.has(index.sentences[s]!.keys, t));
    const rarest = held.reduce((a, b) => (m.weight(b) > m.weight(a) ? b : a), held[0]!);
    const ws = text.trim().split(/\s+/);
    const at = Math.max(0, ws.findIndex((w) => {
      const keys = keysOf(w, false, english);
      return keys.size > 0 && m.has(keys, rarest);
    }));
    // what goes on at a place is told before it (« 2 000 farmers block the road near the border »): the window ends there
    const start = kind === "going-on" ? Math.max(0, at - (WINDOW - 2)) : Math.max(0, at - Math.floor(WINDOW / 2));
    const end = Math.min(ws.length, start + WINDOW);
    const cut = ws.slice(start, end).join(" ").replace(/^[«»"“”,;:(]+\s*|\s*[«»"“”,;:(]+$/g, "");
    const [open, close] = index.story.lang === "fr" ? ["« ", " »"] : ["“", "”"];
    return `${open}${start > 0 ? "…" : ""}${cut}${end < ws.length ? "…" : ""}${close}`;
  });
  return {
    answered: true,
    intent: "read",
    parts: [pick(lang, `D'après la dépêche : ${cuts.join(" ; ")}.`, `The story says: ${cuts.join("; ")}.`)],
    cites: ranked.map((r) => r.s),
  };
}

/** How far (in words) after the name of what is asked about a word of its stake may stand, and how many words of the reason follow it. */
const STAKE_NEAR = 6;
const REASON_AFTER = 5;
const SPAN = 10;
/** How far (in words) before X a word of its stake may stand (« frontalière de l'X »). */
const STAKE_BEFORE = 3;

/**
 * « why does X matter? »: only what the story gives as X's stake — the words after a word of what it
 * borders, is key to, threatens, or what follows from it (« la province de X, frontalière du Y »),
 * standing a few words after X's own name in one sentence. A sentence that merely names X says
 * nothing of why it matters: with no such words anywhere, the question is declined.
 */
function whyMatters(ctx: Ctx, terms: Term[]): Draft {
  const { index, m, lang } = ctx;
  const english = index.story.lang === "en";
  const stakes = clauseWords(english ? "en" : "fr").stakes;
  type Found = { s: number; from: number; to: number; d: number; n: number };
  const found: Found[] = [];
  for (const s of index.sentences) {
    if (m.score(s.keys, terms) <= 0) continue;
    const ws = index.story.sentences[s.index]!.text.trim().split(/\s+/);
    const bare = ws.map((w) => fold(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).replace(/^(?:l|d|qu|n|s|j)'/, ""));
    const about = ws.map((w) => {
      const keys = keysOf(w, false, english);
      return keys.size > 0 && terms.some((t) => m.has(keys, t));
    });
    let best: Found | null = null;
    about.forEach((isAbout, k) => {
      if (!isAbout) return;
      // the stake may also stand right before X, X its complement (« frontalière de X », "bordering X")
      for (let j = Math.max(0, k - STAKE_BEFORE); j < k; j++) {
        if (about[j] || !stakes.has(bare[j]!) || ws.slice(j, k).some((w) => /[.;:!?,]$/.test(w))) continue;
        const to = Math.min(ws.length, k + 2);
        const from = Math.max(0, Math.min(j - 3, to - SPAN));
        const d = k - j;
        if (!best || d < best.d) best = { s: s.index, from, to, d, n: ws.length };
        break;
      }
      for (let j = k + 1; j <= Math.min(ws.length - 2, k + STAKE_NEAR); j++) {
        if (about[j] || !stakes.has(bare[j]!)) continue;
        // a sentence's end between the name and the word: another matter
        if (/[.;:!?]$/.test(ws[j - 1]!)) break;
        const d = j - k;
        // at most SPAN words, the reason's kept first: fewer than a run a reader takes for the sentence pasted
        let to = Math.min(ws.length, j + 1 + REASON_AFTER);
        let from = Math.max(0, k - 2);
        if (to - from > SPAN) from = Math.min(k, to - SPAN);
        if (to - from > SPAN) to = from + SPAN;
        if (!best || d < best.d) best = { s: s.index, from, to, d, n: ws.length };
        break;
      }
    });
    if (best) found.push(best);
  }
  if (!found.length) return decline(ctx);
  found.sort((a, b) => a.d - b.d || a.s - b.s);
  const chosen = found.slice(0, 2).sort((a, b) => a.s - b.s);
  const [open, close] = index.story.lang === "fr" ? ["« ", " »"] : ["“", "”"];
  const cuts = chosen.map(({ s, from, to, n }) => {
    const ws = index.story.sentences[s]!.text.trim().split(/\s+/);
    const cut = ws.slice(from, to).join(" ").replace(/^[«»"“”,;:(]+\s*|\s*[«»"“”,;:(]+$/g, "").replace(/[,;:.!?]$/, "");
    return `${open}${from > 0 ? "…" : ""}${cut}${to < n ? "…" : ""}${close}`;
  });
  return {
    answered: true,
    intent: "read",
    parts: [pick(lang, `D'après la dépêche : ${cuts.join(" ; ")}.`, `The story says: ${cuts.join("; ")}.`)],
    cites: chosen.map((c) => c.s),
  };
}
