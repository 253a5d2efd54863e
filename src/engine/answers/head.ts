import { entityFits, nationalityTerms } from "../qualifiers.js";
import type { Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import { coverage, questionTerms, rankEvidence } from "../evidence.js";
import type { Entity, StoryIndex } from "../index.js";
import { describedIn } from "../labels.js";
import { entitiesIn } from "../mentions.js";
import type { Term } from "../query.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { wordSet } from "../word-set.js";
import { foldKeepLength } from "../../story/tokens.js";
import { perSentence } from "../sentence-memo.js";
import { wordsOf } from "./anchor.js";
import { roleOf } from "./roles.js";

/*
 * « Who chairs the committee? », « qui préside la fédération ? », "who is the chief of the agency?":
 * the question asks who heads a body. News writing ties the head to the body next to each other:
 * a passive of heading (« la commission, présidée par X », "the panel, led by chairman X"), a
 * title with the body (« X, président de la fédération », "the agency's director, X", "union chief
 * X"), a relative (« X, qui dirige la fédération »). The answer is the person so tied to the body
 * the question names, in the sentence that ties them; null when no sentence does (the role
 * answers then read the people's roles).
 */

interface HeadWords {
  /** The question asks who heads something (folded question). */
  asks: RegExp;
  /** Words of the asking itself, not of the body asked about. */
  asking: ReadonlySet<string>;
  /** In a story sentence (folded, offsets kept): a word or phrase that ties a head to a body. */
  cue: RegExp;
  /** Between a title and its body (« président de la », "head of the"). */
  of: RegExp;
}

const WORDS: Record<Lang, HeadWords> = {
  en: {
    asks: /^(?:and |so |but )?(?:who(?:'s| is| was)? (?:currently |now )?(?:heads|leads|runs|chairs|directs|presides over|is in charge of|is at the head of|was at the head of|is heading|is leading|is chairing|headed|led|chaired)|(?:who(?:'s| is| was)|name) the (?:current )?(?:chair|chairman|chairwoman|chairperson|head|leader|president|chief|director|boss) (?:of|at))\b/,
    asking: wordSet("who heads leads runs chairs directs presides over charge head heading leading chairing headed led chaired chair chairman chairwoman chairperson leader president chief director boss current currently now name"),
    cue: /\b(?:(?:led|headed|chaired|run|directed|presided over)\s+by|chairman|chairwoman|chairperson|chair|head|leader|president|chief|director|boss|who (?:leads|heads|chairs|runs|directs))\b/g,
    of: /^\s*(?:of|at)\s+(?:the\s+)?$/,
  },
  fr: {
    asks: /^(?:et |alors |mais )?(?:qui (?:dirige|preside|pilote|commande|est a la tete d|etait a la tete d|dirigeait|presidait)|qui (?:est|etait) (?:le|la) (?:actuel |actuelle )?(?:president|presidente|chef|cheffe|directeur|directrice|patron|patronne|dirigeant|dirigeante) (?:de|du|des|d'))/,
    asking: wordSet("qui dirige preside pilote commande est etait tete dirigeait presidait president presidente chef cheffe directeur directrice patron patronne dirigeant dirigeante actuel actuelle"),
    cue: /\b(?:(?:dirigee?s?|presidee?s?|pilotee?s?|commandee?s?)\s+par|presidente?|cheffe|chef|directeur|directrice|patronne|patron|dirigeante?|a la tete d|qui (?:dirige|preside|pilote|commande))\b/g,
    of: /^\s*(?:de|du|des|d')\s*(?:la\s+|le\s+|les\s+|l')?$/,
  },
};

/** Where the cues of heading stand in a sentence: once per story and sentence. */
const cuesOf = perSentence((index: StoryIndex, i: number): { at: number; end: number }[] => {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  const f = foldKeepLength(index.story.sentences[i]?.text ?? "").toLowerCase();
  return [...f.matchAll(WORDS[lang].cue)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
});

/** Whether the question asks who heads a body, in either language (the question's own first). */
function asksHead(ctx: Ctx): boolean {
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  return WORDS.en.asks.test(f) || WORDS.fr.asks.test(f);
}

/** The span of a person's name as written in the sentence, from where it is first placed. */
function nameSpan(text: string, at: number): { at: number; end: number } {
  const run = /^[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/u.exec(text.slice(at));
  return { at, end: at + (run?.[0].length ?? 1) };
}

/** The rest of a capitalised name after one of its words: capitalised words and the small words that join them. */
const NAME_TAIL = /^(?:\s+(?:(?:of|on|the|and|for|between|de|du|des|la|le|les|pour|sur|et|d['’]|l['’])\s*)*\p{Lu}[\p{L}\p{N}'’.-]*)*/u;

/** How many words a stretch of text holds. */
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The person the story ties as head to the body the question names; null when the question asks
 * no such thing or no sentence ties anyone to that body.
 */
export function head(ctx: Ctx): Draft | null {
  if (!asksHead(ctx)) return null;
  const terms = questionTerms(ctx).filter((t) => !WORDS.en.asking.has(t.word) && !WORDS.fr.asking.has(t.word));
  if (!terms.length) return null;
  const { index } = ctx;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  let best = null as { entity: Entity; sentence: number; gap: number } | null;
  const nat = nationalityTerms(ctx.query);
  for (const ev of rankEvidence(ctx, terms, 8)) {
    const i = ev.sentence;
    // most of the body's words (one the lexicons do not bridge may be missing)
    if (coverage(ctx, index.sentences[i]!.keys, terms).found.length * 2 < terms.length) continue;
    const cues = cuesOf(index, i);
    if (!cues.length) continue;
    const text = index.story.sentences[i]!.text;
    const f = foldKeepLength(text).toLowerCase();
    const bodyWords = wordsOf(index, i)
      .filter((x) => terms.some((t) => ctx.m.has(x.keys, t)))
      // a word of a body's name reaches to the end of that name (« Committee on the … Party, led by X »)
      .map((x) => (/^\p{Lu}/u.test(text.slice(x.at, x.end)) ? { at: x.at, end: x.end + (NAME_TAIL.exec(text.slice(x.end))?.[0].length ?? 0) } : x));
    const persons = entitiesIn(index, text, true).map((p) => ({ entity: p.entity, ...nameSpan(text, p.at) }));
    for (const p of persons) {
      // « the Belarusian chief of staff »: a head of another country's body is not the one asked
      if (nat.some((t) => !entityFits(index, p.entity, t, ctx.m))) continue;
      for (const b of bodyWords) {
        const [lo, hi] = b.end <= p.at ? [b.end, p.at] : p.end <= b.at ? [p.end, b.at] : [-1, -1];
        if (lo < 0) continue;
        const between = text.slice(lo, hi);
        // one clause: no full stop, semicolon or quotation between, no other person in it
        if (/[;.!?«»“”"]/.test(between) || persons.some((o) => o !== p && o.at >= lo && o.at < hi)) continue;
        const gap = wordCount(between);
        if (gap > 8) continue;
        // the cue between them (« la commission, présidée par X », "X, chairman of the panel"),
        // or a title whose complement is the body, with the person in apposition (« le président de la commission, X »)
        const inBetween = cues.some((c) => c.at >= lo && c.end <= hi);
        const titleOf = b.end <= p.at && gap <= 3 && /^\s*,/.test(between) && cues.some((c) => c.end <= b.at && w.of.test(f.slice(c.end, b.at)));
        if (!inBetween && !titleOf) continue;
        if (!best || gap < best.gap) best = { entity: p.entity, sentence: i, gap };
      }
    }
    if (best) break;
  }
  if (!best) return null;
  const shown = describedIn({ ...best.entity, role: roleOf(index, best.entity) }, storyLang, ctx.lang);
  return { answered: true, intent: "who", parts: [`${shown}.`], cites: [best.sentence], focus: best.entity.name, confidence: 0.8 };
}

/** For tests: whether a question reads as « who heads this body ». */
export function asksWhoHeads(question: string): boolean {
  const f = fold(question).replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  return WORDS.en.asks.test(f) || WORDS.fr.asks.test(f);
}
