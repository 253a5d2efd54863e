import type { Ctx } from "./context.js";
import { fit, type Draft } from "./compose.js";
import { whOf } from "./answers/reader.js";
import { entitiesIn, onlyInNames } from "./mentions.js";
import { isPlaceName } from "../story/lang/places.js";
import { fold, words } from "./text.js";
import { MONEY_NOUNS, moneyWay } from "./figure-words/index.js";
import { nameAsked } from "./lexicon-asked-name.js";

/*
 * The kind of thing a question asks, held against what the answer gives, whichever answerer wrote it.
 * A question for a name (« c'est quoi le nom de … », "what are they called?") is answered by a name; a question for a
 * sum (« how much does it cost ») by an amount of money. A sentence that shares the question's words
 * and gives neither answers of something else beside it: the story does not say what was asked.
 */

/** Answerers whose answer is a list of the story's people, a name or a figure: they read the kind asked themselves. */
const OWN_KIND: ReadonlySet<string> = new Set(["count", "claimant", "compare", "people", "who_said", "call", "name"]);


/**
 * A word written with a capital inside a clause (after a lower-case word or a comma), the mark of a
 * name in both languages' news writing: « … according to Kim Doe », « …the envoy Ana Ruiz said ».
 * (A capital after a colon, a quotation mark or a full stop opens a sentence, or the engine's own framing.)
 */
const INNER_CAPITAL = /(?<=[\p{Ll}\p{N},;)] )\p{Lu}[\p{L}'’-]*/gu;
/** Any word written with a capital. */
const ANY_CAPITAL = /\p{Lu}[\p{L}'’-]*/gu;

/** Whether `text` gives a name the question does not already hold: a person of the story, or a capitalised word that is no place's. */
function givesName(ctx: Ctx, text: string): boolean {
  const asked = new Set(ctx.hits.filter((h) => h.by === "name").map((h) => h.entity));
  // (people only: an institution is found by any word of its name, « the Ruritanian ministry » by « Ruritania »)
  if (entitiesIn(ctx.index, text, true).some((p) => !asked.has(p.entity))) return true;
  // (the question's content words: « Le » opening a title is no article the question holds)
  const own = new Set(ctx.query.terms.map((t) => t.word));
  for (const m of text.matchAll(INNER_CAPITAL)) {
    const w = m[0].replace(/['’]s$/u, "");
    if (!own.has(fold(w)) && !isPlaceName(w)) return true;
  }
  // a word the story writes only as a name, wherever the answer puts it (« Ivo », the given name asked, opens the answer)
  for (const m of text.matchAll(ANY_CAPITAL)) {
    const w = fold(m[0].replace(/['’]s$/u, ""));
    if (!own.has(w) && onlyInNames(ctx.index, w) && !isPlaceName(m[0])) return true;
  }
  return false;
}

/** « c'est quoi le nom du Y ? », "what is the ship called?" answered by a sentence that names no one and nothing: no name was given. */
export function namelessAnswer(ctx: Ctx, draft: Draft): boolean {
  if (!draft.answered || OWN_KIND.has(draft.intent) || !nameAsked(ctx.query.lang).test(ctx.query.folded)) return false;
  return !givesName(ctx, fit(draft.parts));
}

/** The signs currencies are written with, in any language. */
const CURRENCY_SIGN = /[$€£¥₹₽]/u;

/**
 * Whether a quantity is asked of money: by a verb of paying or earning, or a noun a sum measures, of
 * the question's language (« how much chlorine » asks a weight; « ça coûte combien », "how much is the fine" a sum).
 */
function asksSum(ctx: Ctx): boolean {
  if (whOf(ctx.query.folded) !== "money" && ctx.reading.measure !== "money") return false;
  return moneyWay(ctx.query.folded) !== null || ctx.query.words.some((w) => MONEY_NOUNS[ctx.query.lang].has(w));
}

/**
 * « The board paid 12 million for it », « le navire a coûté 40 millions »: a figure a few words after a verb of paying or
 * costing is a sum, whether or not the story writes its currency.
 */
function paidFigure(ctx: Ctx, given: ReadonlySet<number>): boolean {
  return ctx.index.story.figures.some((f) => {
    if (!given.has(f.sentence)) return false;
    const text = ctx.index.story.sentences[f.sentence]?.text ?? "";
    const at = text.indexOf(f.text);
    return at > 0 && moneyWay(fold(text.slice(Math.max(0, at - 24), at))) !== null;
  });
}

/** « how much does it cost? » answered by a sentence whose figures measure neither money nor a share (a head count, a date): no sum was given. */
export function sumlessAnswer(ctx: Ctx, draft: Draft): boolean {
  if (!draft.answered || OWN_KIND.has(draft.intent) || !asksSum(ctx)) return false;
  const given = new Set([...draft.cites, ...(draft.figures ?? []).map((f) => f.sentence)]);
  // (a sum may be given as a share of another: « a 3% pay rise »)
  if (ctx.index.story.figures.some((f) => (f.category === "money" || f.category === "percent") && given.has(f.sentence))) return false;
  if (paidFigure(ctx, given)) return false;
  // a sum the extraction did not class as money still says its currency (« 3 milliards de X »), in either language: the answer may quote the story's
  const text = fit(draft.parts);
  return !CURRENCY_SIGN.test(text) && !words(fold(text)).some((w) => MONEY_NOUNS.en.has(w) || MONEY_NOUNS.fr.has(w));
}
