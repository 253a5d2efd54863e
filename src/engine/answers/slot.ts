import type { Figure } from "../../story/schema.js";
import { guillemets, pick, type Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import { entityByName } from "../entities.js";
import { idf, keysOf, type StoryIndex } from "../index.js";
import { claimantIn } from "../labels.js";
import { analyse, matcher, type Matcher, type Term } from "../query.js";
import { frKeys, words } from "../text.js";
import { nationalityGroupsOf } from "../lexicon.js";
import { decline } from "./general.js";

/**
 * « et début 2023 ? » after « what share of sales in the first half? », « and in Spain? », « et selon
 * les syndicats ? », « et côté israélien ? »: the figure the previous answer gave, asked again of
 * another place, time, source or side. The answer is the story's figure of the same kind whose
 * sentence holds the new slot, the one written nearest to it; when the story gives none for that
 * slot, a decline, never the previous figure again as though it answered for the new slot.
 */

/** A figure an answer gave, as the conversation remembers it. */
export interface GivenFigure {
  text: string;
  sentence: number;
}

/** The story's figures by sentence, built once per story. */
const bySentence = new WeakMap<StoryIndex, Map<number, Figure[]>>();
function figuresBySentence(index: StoryIndex): Map<number, Figure[]> {
  let out = bySentence.get(index);
  if (!out) {
    out = new Map();
    for (const f of index.story.figures) {
      const list = out.get(f.sentence);
      if (list) list.push(f);
      else out.set(f.sentence, [f]);
    }
    bySentence.set(index, out);
  }
  return out;
}

/**
 * The figures an answer gave: those it lists, else the story's figures of the sentences it cites
 * whose number the answer's text writes (a reader's answer quotes them without listing them).
 */
export function givenFigures(index: StoryIndex, listed: readonly GivenFigure[], cited: readonly number[], text: string): GivenFigure[] {
  if (listed.length) return listed.map((f) => ({ text: f.text, sentence: f.sentence }));
  const out: GivenFigure[] = [];
  const map = figuresBySentence(index);
  for (const s of cited) for (const f of map.get(s) ?? []) if (numberOf(f.text) && text.includes(numberOf(f.text)!)) out.push({ text: f.text, sentence: f.sentence });
  return out;
}

/** The digits of a figure as written (« 12,9 % » → « 12,9 »), null when it is written in words. */
function numberOf(text: string): string | null {
  return /\d[\d\s.,\u00a0\u202f]*\d|\d/.exec(text)?.[0].trim() ?? null;
}

/** Words of a follow-up that only link it to the previous question (« et », "and", « côté », "side"). */
const FILLER = new Set("and et so alors but mais what about how side sides camp cote according selon apres d'apres".split(" "));

/** Where, in a sentence's words, the slot's terms stand. */
function slotPositions(sentenceWords: readonly string[], terms: readonly Term[], m: Matcher, english: boolean): number[] {
  const at: number[] = [];
  sentenceWords.forEach((w, i) => {
    const keys = keysOf(w, false, english);
    if (keys.size && terms.some((t) => m.has(keys, t))) at.push(i);
  });
  return at;
}

/** Where a figure's first word stands in its sentence's words (-1 when not found). */
function figureAt(sentence: string, figure: Figure): number {
  const at = sentence.indexOf(figure.text);
  return at < 0 ? -1 : words(sentence.slice(0, at)).length;
}

/**
 * Whether an answer's cited sentences speak of a follow-up's new slot (« and in the EU? »: a sentence
 * that names the EU): one of the slot's words, in one of them (a slot the story never writes is held by
 * no sentence); an answer that cites nothing is not judged here.
 */
export function slotHeld(ctx: Ctx, slot: string, cites: readonly number[]): boolean {
  if (!cites.length) return true;
  const { index } = ctx;
  const fq = analyse(slot, index, ctx.query.lang);
  const asked = fq.terms.filter((t) => !FILLER.has(t.word));
  if (!asked.length) return true;
  const m = matcher(index, fq);
  // through the matcher's keys (stems, the other language's word), and a country's or a people's other words (« Espagne » is "Spain")
  const groups = nationalityGroupsOf(asked.flatMap((t) => [t.word, ...frKeys(t.word)]));
  return cites.some((c) => {
    const keys = index.sentences[c]?.keys;
    return keys !== undefined && (m.found(keys, asked).length > 0 || groups.some((g) => [...g].some((k) => keys.has(k))));
  });
}

/**
 * `draft`, the question's own answer, when one of its sentences holds the slot and it gives other
 * figures than the previous answer; else the figure of the slot, or a decline. null when the
 * previous answer gave no figure of the story or the slot has no words to look for.
 */
export function slotFigure(ctx: Ctx, slot: string, given: readonly GivenFigure[], draft: Draft): Draft | null {
  const { index, lang } = ctx;
  const story = index.story;
  const before = given.flatMap((g) => story.figures.filter((f) => f.sentence === g.sentence && f.text === g.text));
  if (!before.length) return null;
  const fq = analyse(slot, index, ctx.query.lang);
  const asked = fq.terms.filter((t) => !FILLER.has(t.word));
  if (!asked.length) return null;
  const m = matcher(index, fq);
  // the slot's words the story writes somewhere (a word it never writes weighs as much as the rarest: idf of no key)
  const absent = idf(index, "\u0000");
  const terms = asked.filter((t) => m.weight(t) !== absent);
  if (!terms.length) return decline(ctx, pick(lang, `La dépêche ne donne pas ce chiffre pour « ${slot} ».`, `The story gives no such figure for “${slot}”.`));
  // a sentence answers for the slot when it holds its rarest word and half its words at least (« in Soviet times » is not « seven times »)
  const rarest = terms.reduce((a, b) => (m.weight(b) > m.weight(a) ? b : a));
  const needed = Math.ceil(terms.length / 2);
  const holds = (sentence: number): boolean => {
    const keys = index.sentences[sentence]?.keys;
    return keys !== undefined && m.has(keys, rarest) && m.found(keys, terms).length >= needed;
  };
  const english = story.lang === "en";
  const categories = new Set(before.map((f) => f.category));
  const units = new Set(before.map((f) => f.unit));
  let best: { f: Figure; d: number } | null = null;
  for (const [sentence, figures] of figuresBySentence(index)) {
    if (!holds(sentence)) continue;
    const sentenceText = index.story.sentences[sentence]!.text;
    const sentenceWords = words(sentenceText);
    const at = slotPositions(sentenceWords, terms, m, english);
    for (const f of figures) {
      if (!categories.has(f.category)) continue;
      // the same unit weighs, unless the unit is the slot itself (« 18 Israéliens » for « côté israélien »)
      const ownUnit = f.unit !== null && terms.some((t) => m.has(keysOf(f.unit!, false, english), t));
      const otherUnit = units.has(f.unit) || ownUnit ? 0 : 3;
      // a source asked: the figure its claimant gives stands at the slot
      const claimant = f.claimedBy ? entityByName(index, f.claimedBy) : null;
      const bySource = claimant !== null && terms.some((t) => m.has(claimant.keys, t));
      const pos = figureAt(sentenceText, f);
      let d = ownUnit || bySource ? 0 : 99;
      for (const a of at) if (pos >= 0) d = Math.min(d, Math.abs(a - pos));
      d += otherUnit;
      if (!best || d < best.d) best = { f, d };
    }
  }
  // the question's own answer stands when it holds the slot and gives new figures, unless the slot names a figure
  // outright (« 18 Israéliens » for « côté israélien ») that the answer does not give
  const same = (a: readonly GivenFigure[]): boolean => a.length === given.length && a.every((x) => given.some((g) => g.sentence === x.sentence && g.text === x.text));
  const own = draft.answered ? givenFigures(index, draft.figures ?? [], draft.cites, draft.parts.join(" ")) : [];
  const outright = best !== null && best.d <= 1 && !own.some((g) => g.sentence === best!.f.sentence && g.text === best!.f.text);
  if (draft.answered && draft.cites.some(holds) && !same(own) && !outright) return draft;
  if (!best) {
    return decline(ctx, pick(lang, `La dépêche ne donne pas ce chiffre pour « ${slot} ».`, `The story gives no such figure for “${slot}”.`));
  }
  const f = best.f;
  const text = index.story.sentences[f.sentence]!.text;
  const source = f.claimedBy ? pick(lang, `, selon ${claimantIn(f.claimedBy, text, story.lang, lang)}`, `, according to ${claimantIn(f.claimedBy, text, story.lang, lang)}`) : "";
  // the slot in the reader's words, the figure in the story's: no run of the sentence pasted (it is cited beneath)
  return {
    answered: true,
    intent: "count",
    parts: [pick(lang, `Pour « ${slot} » : ${guillemets(f.text)}${source}.`, `For “${slot}”: ${guillemets(f.text)}${source}.`)],
    cites: [f.sentence],
    figures: [{ text: f.text, claimedBy: f.claimedBy, sentence: f.sentence }],
  };
}
