import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { Term } from "../../query.js";
import type { IndexedFigure } from "../../index.js";
import { idf } from "../../index.js";
import { fold, words } from "../../text.js";
import { decline } from "../general.js";
import { coverage, questionTerms } from "../reader.js";
import { nationalityIn, nationalityTerms } from "../../qualifiers.js";
import { askedPlace, casualtyNoun, factsOf, forWhat, wholeAskedWords } from "../../figure-fit.js";
import { borderTerms, NEUTRAL as ASKING_NUMBER } from "../../agreement.js";
import { sentenceKeys } from "./figure-keys.js";
import { NEUTRAL_WORDS, SOURCE_WORDS } from "../../figure-words/index.js";
import { namedByNoun } from "./owners.js";
import { distinct } from "./ranking.js";

/** A word of the question the story never meets, itself or translated, that says nothing of the dead or wounded. */
export function unknownWord(ctx: Ctx, t: Term): boolean {
  return ctx.m.weight(t) >= idf(ctx.index, "\u0000") && casualtyNoun(t.word) === null;
}

/**
 * Whether a figure's sentence (with the one before it, which « ces soldats » refers to) holds
 * most of what the question says about the count: « how many times did they try » is not
 * answered by a toll that shares only « kill » with it.
 */
export function holdsQuestion(ctx: Ctx, sentence: number, counted: { word: string }[], opts: { topical?: boolean; relaxed?: boolean; evidence?: boolean } = {}): boolean {
  const unknown = idf(ctx.index, "\u0000");
  const places = askedPlace(ctx).places;
  const source = SOURCE_WORDS.exec(ctx.query.folded);
  const fromSource = source ? new Set(ctx.query.folded.slice(source.index).match(/[\p{L}\p{N}'-]+/gu) ?? []) : new Set<string>();
  const whole = wholeAskedWords(ctx.query.folded);
  const terms = questionTerms(ctx).filter(
    (t) =>
      !counted.some((c) => c.word === t.word) &&
      !NEUTRAL_WORDS.has(t.word) &&
      // « en tout », « in all » ask for the whole, nothing its sentence must say
      !whole.has(t.word) &&
      // a span's own asking words (« combien de temps », « how long did it take »)
      !(opts.topical && ASKING_NUMBER.has(t.word)) &&
      // where the count holds is placeFits' business: a sentence that names no place may hold for the one asked
      !places.includes(t) &&
      // who gives the figure is the claimant's business, not what the figure is about
      !fromSource.has(t.word) &&
      // (but « how long has X been minister » asks the span of the role: a span's role word stays)
      !(ctx.entity && ctx.named && ctx.m.found(ctx.entity.keys, [t]).length && !(opts.topical && ctx.m.found(ctx.entity.roleKeys, [t]).length)) &&
      // a name in another spelling or language (« UNIFIL ») the story never uses is no evidence either way
      !(ctx.m.weight(t) >= unknown && /^\p{Lu}/u.test(words(ctx.query.raw).find((w) => fold(w) === t.word) ?? "")) &&
      // nor is a word the lexicon cannot carry into the story's other language (« overnight » for a French story)
      // (a phrase's own words stay: its translation stands for them, « shot down » ~ « abattu »)
      !(t.fuzzy && ctx.index.story.lang !== ctx.lang && ctx.m.weight(t) >= unknown && !ctx.query.alternatives.has(t)) &&
      // read again loosely: a word the story never meets, itself or translated (« ramené » for a story that writes « cut »,
      // « ravitaillées » for « alimentées »), cannot tell one sentence from another; what happened to the dead still must
      !(opts.relaxed && unknownWord(ctx, t)) &&
      // « the Kestrel drills »: a name that stands for the thing the sentence speaks of is said by it
      !(/^\p{Lu}/u.test(words(ctx.query.raw).find((w) => fold(w) === t.word) ?? "") && namedByNoun(ctx, t, sentence)),
  );
  // a span, a distance (topical) is of what its own sentence says: « was a trawler captain for twenty years » after a
  // sentence on the minister says nothing of how long he has been minister
  // (a span only: « they rose by 12 % » takes what rose from the sentence before)
  const keys = opts.topical && ctx.reading.measure === "duration" ? (ctx.index.sentences[sentence]?.keys ?? new Set<string>()) : sentenceKeys(ctx, sentence);
  const nat = nationalityTerms(ctx.query);
  // a nationality beside a border (« on Russia's border ») says where: as any place, the sentence need not name it
  const border = borderTerms(ctx);
  const cov = coverage(ctx, keys, terms.filter((t) => !border.includes(t)), (t) => nat.includes(t) && nationalityIn(keys, t, ctx.m));
  if (opts.evidence && !cov.found.some((t) => !nat.includes(t))) return false;
  // « combien gagne X ? » of someone named: a sentence about someone else (« shares gained 11% ») does not say it
  if (opts.evidence && ctx.entity && ctx.named && !ctx.entity.mentions.includes(sentence) && !ctx.m.found(keys, ctx.query.terms.filter((t) => ctx.m.found(ctx.entity!.keys, [t]).length)).length) return false;
  return cov.share >= 0.5;
}

/**
 * No figure agrees with what is asked: say so, and what the story gives instead and for what
 * (« 2 000 soldats, l'an dernier »), never as the answer. Figures that matched the counted noun
 * but not the rest of the question come first.
 */
export function noCount(ctx: Ctx, noun: string | null, near: IndexedFigure[] = [], declined: string | null = null): Draft {
  const { lang, index } = ctx;
  const order = ["troops", "equipment", "money", "age", "distance", "percent", "other"];
  // a sum, a share or a distance declined lists only figures of its own kind (`near`)
  const others = declined ? [] : index.figures
    .filter((f) => !near.includes(f) && !f.zero && order.includes(f.figure.category) && !(f.figure.category === "other" && f.figure.value < 10) && !factsOf(index, f).source)
    .sort((a, b) => order.indexOf(a.figure.category) - order.indexOf(b.figure.category));
  const available = distinct([...near.filter((f) => !factsOf(index, f).source), ...others])
    .slice(0, 4)
    .map((f) => {
      const when = forWhat(ctx, f, near.includes(f));
      return `${guillemets(f.figure.text)}${when ? ` (${when})` : ""}`;
    });
  const head = declined ?? pick(lang, `La dépêche ne donne pas ce nombre${noun ? ` (${noun})` : ""}.`, `The story gives no number${noun ? ` of ${noun}` : ""} that fits the question.`);
  return {
    ...decline(ctx, head),
    parts: [head, available.length ? pick(lang, `Elle donne : ${available.join(", ")}.`, `It gives: ${available.join(", ")}.`) : ""],
    intent: "count",
  };
}

// « Kowalski, 52, said »: news style sets a person's age between commas right after the name
// (« Mathis*, 32 ans, »: a first name the story changed is marked so)
