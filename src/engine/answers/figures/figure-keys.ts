import type { Figure } from "../../../story/schema.js";
import type { Ctx } from "../../context.js";
import type { IndexedFigure, IndexedUnstated, KeySet, StoryIndex } from "../../index.js";
import { clauseAround, continuation } from "../../index.js";
import { fold, frKeys, words } from "../../text.js";
import { BELONGING } from "../../figure-words/index.js";
import { abbreviationKeys, casualtyNoun, namesCountry, factsOf } from "../../figure-fit.js";
import type { CountClass } from "./asked-noun.js";

/** The keys of a figure's sentence and the one before it, which « y », « ces soldats » refer back to. */
export const UNIT_PRICE_Q = /\b(?:(?:prix|cout|coute|valeur) (?:d'un|d'une|de chaque|unitaire)|(?:cost|price|worth) of (?:a|an|one|each|a single)|per (?:unit|piece|item)|how much (?:does|do|is|are) (?:a|an|one|each) |par (?:unite|piece|exemplaire)|each cost|apiece|a piece|l'unite)\b/;

/** A money figure given per unit (« 4 millions d'euros pièce », « … par système », « each »). */
export function isUnitPrice(ctx: Ctx, f: Figure): boolean {
  const sentence = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const after = fold(continuation(sentence, f.text)).trim();
  // « per year », « par mois » is a rate over time, not a price per unit
  return (/^(?:par|l'unite|piece|chacun|chacune|each|per|apiece|unitaire)\b/.test(after) && !/^(?:per|par|a|an|each|chaque) (?:year|month|week|day|annum|an|annee|mois|semaine|jour)\b/.test(after)) || /\b(?:l'unite|pièce|piece|chacun|chacune|unitaire|each|apiece)\b/.test(fold(f.text));
}

// the same for every question on a story: built once per sentence
const contextKeys = new WeakMap<StoryIndex, Map<number, KeySet>>();

export function sentenceKeys(ctx: Ctx, i: number): KeySet {
  let memo = contextKeys.get(ctx.index);
  if (!memo) {
    memo = new Map();
    contextKeys.set(ctx.index, memo);
  }
  const hit = memo.get(i);
  if (hit) return hit;
  const keys = buildSentenceKeys(ctx, i);
  memo.set(i, keys);
  return keys;
}

function buildSentenceKeys(ctx: Ctx, i: number): KeySet {
  const own = ctx.index.sentences[i]?.keys ?? new Set<string>();
  const before = ctx.index.sentences[i - 1];
  const out = new Set(before && before.index === i - 1 ? [...own, ...before.keys] : own);
  // « the UK in total »: a country written as its abbreviation is its nationality
  for (const k of abbreviationKeys(ctx.index.story.sentences[i]?.text ?? "")) out.add(k);
  // « son armée » is the army of whoever the sentence names: their description says which country
  for (const e of ctx.index.entities) if (e.mentions.includes(i)) for (const k of e.keys) out.add(k);
  return out;
}

// per figure: the keys its nationality must be found in (its clause, the sentence before, who is named)
const figureKeyMemo = new WeakMap<IndexedFigure, KeySet>();

/**
 * The keys a figure's nationality is read in: its own clause (« 1,000 US participants each, while
 * smaller numbers of Ruritanian forces… » gives no Ruritanian count), the sentence before it, and
 * who its sentence names.
 */
export function figureKeys(ctx: Ctx, f: IndexedFigure): KeySet {
  const hit = figureKeyMemo.get(f);
  if (hit) return hit;
  const i = f.figure.sentence;
  const text = ctx.index.story.sentences[i]?.text ?? "";
  const clause = clauseAround(text, f.figure.text);
  const before = ctx.index.sentences[i - 1];
  // the sentence before says whose count it is (« ces soldats ») only when the figure's clause names no country of its own
  const own = namesCountry(clause, f.clauseKeys);
  // « The UK in total has recorded … » says whose count it is; « troops sent to the US border » does not
  const at = fold(clause).indexOf(fold(f.figure.text));
  const out = new Set([...f.clauseKeys, ...(before && before.index === i - 1 && !own ? before.keys : []), ...abbreviationKeys(at > 0 ? clause.slice(0, at) : "")]);
  const folded = fold(clause);
  for (const e of ctx.index.entities) if (e.mentions.includes(i) && e.nameWords.some((n) => folded.includes(fold(n)))) for (const k of e.keys) out.add(k);
  figureKeyMemo.set(f, out);
  return out;
}

/** A « not given » speaks of what its own sentence names: no reaching back. */
export function unstatedKeys(ctx: Ctx, u: IndexedUnstated): KeySet {
  return new Set([...u.clauseKeys, ...u.whatKeys, ...(ctx.index.sentences[u.unstated.sentence]?.keys ?? [])]);
}

const GENERIC_HEAD = new Set("chiffre chiffres nombre precis precise bilan detail details montant un une le la".split(" ").flatMap(frKeys));

/** « n'a pas donné de chiffre »: a number not given whose kind only its clause says. */
export function genericHead(u: IndexedUnstated): boolean {
  return [...u.headKeys].every((k) => GENERIC_HEAD.has(k));
}

/** Whether a figure counts the class: its head noun is one of the class (« trois conseillers municipaux » counts councillors, not troops). */
export function countsClass(ctx: Ctx, f: IndexedFigure, cls: CountClass): boolean {
  for (const k of factsOf(ctx.index, f).head) if (cls.keys.has(k)) return true;
  // (a noun of two words the class holds whole: « service members »)
  if (f.figure.unit && cls.keys.has(fold(f.figure.unit))) return true;
  // « 400 crew members », « 40 membres d'équipage »: members count what the noun beside them names; so do
  // deaths and wounds (« 12 deckhand deaths » are 12 deckhands dead)
  const unit = fold(f.figure.unit ?? "");
  const through = (w: string) => BELONGING.has(w) || casualtyNoun(w) !== null;
  if (through(unit) && words(fold(f.figure.counted ?? "")).some((w) => !through(w) && cls.keys.has(w))) return true;
  return cls.category === "troops" && cls.name === "troops" && f.figure.category === "troops";
}
