import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { IndexedFigure, StoryIndex } from "../../index.js";
import { fold } from "../../text.js";
import { questionTerms } from "../reader.js";
import { CHANGE_BEFORE, SHARE_WORDS, SPAN_WORDS } from "../../figure-words/index.js";
import { placeFits } from "../../figure-fit.js";
import { nationalitiesAgree, NEUTRAL as ASKING_NUMBER } from "../../agreement.js";
import { sentenceKeys } from "./figure-keys.js";
import { holdsQuestion } from "./question-held.js";
import { NEUTRAL_WORDS } from "../../figure-words/index.js";

const shareMemo = new WeakMap<StoryIndex, Map<RegExp, { sentence: number; text: string }[]>>();

/** The shares (or factors) each sentence writes in words, found once per story. */
function sharesOf(index: StoryIndex, re: RegExp): { sentence: number; text: string }[] {
  let byRe = shareMemo.get(index);
  if (!byRe) shareMemo.set(index, (byRe = new Map()));
  let out = byRe.get(re);
  if (out) return out;
  out = [];
  byRe.set(re, out);
  for (const s of index.story.sentences) {
    const m = re.exec(fold(s.text));
    // folding keeps lengths for these words: the match's place in the folded text is its place in the sentence
    // (of several alternatives, the group that matched: the share as written ends the match)
    const g = m?.slice(1).find((x) => x !== undefined);
    if (m && g) out.push({ sentence: s.index, text: s.text.slice(m.index + m[0].length - g.length, m.index + m[0].length).replace(/\s*[«»"“”]\s*/g, " ").trim() });
  }
  return out;
}

/** « What share … » (« combien de fois … »): the share (factor) in words of the sentence that says most of what the question asks, with its nationality. */
export function shareInWords(ctx: Ctx, re: RegExp = SHARE_WORDS): Draft | null {
  const terms = questionTerms(ctx).filter((t) => !NEUTRAL_WORDS.has(t.word) && !ASKING_NUMBER.has(t.word));
  if (!terms.length) return null;
  let best: { sentence: number; text: string; score: number } | null = null;
  for (const s of sharesOf(ctx.index, re)) {
    const keys = sentenceKeys(ctx, s.sentence);
    if (!nationalitiesAgree(ctx, keys) || !placeFits(ctx, s.sentence) || !holdsQuestion(ctx, s.sentence, [], { topical: re === SPAN_WORDS })) continue;
    const score = ctx.m.score(ctx.index.sentences[s.sentence]?.keys ?? keys, terms);
    if (!best || score > best.score) best = { ...s, score };
  }
  if (!best) return null;
  const note = re === SHARE_WORDS ? pick(ctx.lang, " (la dépêche ne donne pas de pourcentage)", " (the story gives no percentage)") : "";
  return { answered: true, intent: "count", parts: [`${guillemets(best.text)}${note}.`], cites: [best.sentence] };
}

export const SPEND_Q = /\b(?:spend\w*|spent|expenditure|depens\w*|consacr\w*|invest\w*|(?:met|mettent|mis) dans|puts? into|devotes?|allocates?)\b/;
export const GDP = /^\s*(?:de (?:son|leur|sa) |du |of (?:its|their|the) |of )?(?:pib|gdp|produit interieur brut|gross domestic product)\b/;

export const SHARE_OF = /\b(?:share|proportion|percentage|fraction|part|pourcentage|taux|rate) (?:of|des|de|du|d')\s*(?:the |les |la |le |l')?([a-z-]{3,})/;

/** « deux fois plus », « three times », « x2 »: a factor. */
export const FACTOR = /\b(?:fois|times|twice|double|triple|x\d)\b/;

/** Whether a figure is written as a change (« rose by 3% », « en hausse de 3 % »), not as the level reached. */
export function isChange(ctx: Ctx, f: IndexedFigure): boolean {
  const text = fold(ctx.index.story.sentences[f.figure.sentence]?.text ?? "");
  const at = text.indexOf(fold(f.figure.text));
  return at > 0 && CHANGE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}
