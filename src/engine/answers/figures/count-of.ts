import type { Draft } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { Term } from "../../query.js";
import type { IndexedFigure, IndexedUnstated } from "../../index.js";
import { keysOf } from "../../index.js";
import { translate } from "../../lexicon.js";
import { countsAnyone, standardWord } from "../../registers.js";
import { fold } from "../../text.js";
import { questionTerms } from "../reader.js";
import { nationalityTerms } from "../../qualifiers.js";
import { COUNT_CUE, COUNT_NAMED_CUE, NEUTRAL_WORDS, OCCURRENCES, STRENGTH_WORD } from "../../figure-words/index.js";
import { clippedOf } from "../../counted-phrase.js";
import { headWord, sameNounByDictionary } from "../../counted-noun.js";
import { gluedUnit, wholeOf, askedCasualty, casualtyNoun, casualtyOf, isCount, parentOf, ratioPart } from "../../figure-fit.js";
import { NEUTRAL as ASKING_NUMBER } from "../../agreement.js";
import { EN_PHRASE_END, countedIn } from "./asked-noun.js";
import { choose } from "./choose.js";
import { elidedOf, storyWords } from "./elided.js";
import { countsClass, genericHead, unstatedKeys } from "./figure-keys.js";
import { claimedByAsked, namesBody, strengthAsked } from "./strength.js";
import { moneyNounAsked } from "./units.js";
import { MEASURE_UNIT, isCognate } from "./word-classes.js";

/**
 * « how many dead and wounded », « combien de drones et de missiles »: two counted nouns joined,
 * each a term of the question (no nationality: « Russian and Belarusian troops » is one count).
 */
export function pairedNouns(ctx: Ctx): [Term, Term] | null {
  const f = ctx.query.folded;
  const cue = COUNT_CUE.exec(f);
  if (!cue) return null;
  const m = PAIR.exec(f.slice(cue.index + cue[0].length));
  if (!m) return null;
  const nat = nationalityTerms(ctx.query);
  const term = (w: string | undefined) => ctx.query.terms.find((t) => t.word === w && !nat.includes(t)) ?? null;
  const a = term(m[1]);
  const b = term(m[2]);
  // « knife or sword attacks »: two English modifiers of one head count that head, not two things
  const next = f.slice(cue.index + cue[0].length + m[0].length).match(/[a-z-]+/)?.[0];
  if (ctx.lang === "en" && next && !EN_PHRASE_END.test(next) && ctx.query.terms.some((t) => t.word === next)) return null;
  return a && b && a.word !== b.word ? [a, b] : null;
}
// the counted noun right after the cue, a conjunction, the second noun (« de blessés », « the missiles »)
const PAIR = /^([a-z-]{3,}) (?:et|and|ou|or|&) (?:de |d'|des |les |the )?([a-z-]{3,})\b/;

/** The answers for two counts asked together: both, or the one the story gives and what it does not. */
export function both(ctx: Ctx, a: Draft, b: Draft): Draft {
  if (!a.answered && !b.answered) return a;
  const [first, second] = a.answered ? [a, b] : [b, a];
  if (!second.answered) return { ...first, parts: [...first.parts, second.parts[0] ?? ""].filter(Boolean) };
  const seen = new Set(first.parts);
  return {
    ...first,
    parts: [...first.parts, ...second.parts.filter((p) => !seen.has(p))],
    cites: [...new Set([...first.cites, ...second.cites])],
    figures: [...(first.figures ?? []), ...(second.figures ?? []).filter((g) => !(first.figures ?? []).some((h) => h.text === g.text && h.sentence === g.sentence))],
  };
}

/** The count of what the question counts (`only`: one of two nouns asked together; `alongside`: the other). */
export function countOf(ctx: Ctx, only: string | null, alongside: Term[]): Draft {
  const { lang, index } = ctx;
  const { cls, noun } = countedIn(ctx, only);
  let figures: IndexedFigure[];
  let unstated: IndexedUnstated[];
  // figures taken for « people » without naming them: their own stretch must say all the rest
  let anyone = new Set<IndexedFigure>();
  // nothing counted is named: the figure's sentence must hold some word of the question the story uses
  let unnamed = false;
  if (cls) {
    figures = index.figures.filter((f) => countsClass(ctx, f, cls));
    unstated = index.unstated.filter((u) => [...u.headKeys].some((k) => cls.keys.has(k)));
    // « obus d'artillerie »: the class word may only qualify the noun the story counts
    if (!figures.length && !unstated.length) figures = index.figures.filter((f) => [...f.countedKeys].some((k) => cls.keys.has(k)) && f.figure.category !== "date");
    // « combien de kilomètres » is a length: « 300 kilomètres carrés » is a surface
    if (cls.name === "km") figures = figures.filter((f) => f.figure.category === "distance");
  } else if (noun) {
    // the noun as the question's own term, so the lexicon and cognates apply (« observers » ~ « observateurs »);
    // a chat word (« ppl », « matos ») as the word it stands for
    const standard = standardWord(noun, lang);
    const term = ctx.query.terms.find((t) => t.word === noun);
    // « combien de fois » counts occurrences, however the story words them (« seven times », « on two occasions », « à trois reprises »)
    const occurrence = OCCURRENCES.has(fold(standard)) ? [...OCCURRENCES].flatMap((w) => [...keysOf(w, true)]) : [];
    const nk = new Set([...keysOf(standard, true), ...translate(standard), ...(standard === noun ? [] : keysOf(noun, true)), ...occurrence]);
    const counts = (keys: ReadonlySet<string>) => [...keys].some((k) => nk.has(k)) || (term !== undefined && standard === noun && ctx.m.score(keys as Set<string>, [term]) > 0);
    // « passagers » ~ « passengers »: the same noun in the other language's spelling
    const cognate = (f: IndexedFigure) => f.figure.unit !== null && isCognate(fold(standard), fold(f.figure.unit));
    // « combien de morts » ~ « which killed 1,200 »: a bare number after a verb of killing counts the dead
    const victims = casualtyNoun(standard);
    // « combien d'accusés » ~ "40 defendants": the same noun through the dictionary, either way
    const storyLang = index.story.lang === "fr" ? "fr" : "en";
    const byDictionary = (f: IndexedFigure) => {
      const head = f.figure.counted === null && f.figure.unit === null ? null : headWord(f.figure.unit ?? f.figure.counted ?? "", storyLang);
      return head !== null && sameNounByDictionary(fold(standard), ctx.query.lang === "fr" ? "fr" : "en", fold(head), storyLang);
    };
    // « how many pages » of « a 64-page opinion »: the unit glued to the number is what it counts
    const glued = (f: IndexedFigure) => {
      const unit = gluedUnit(f.figure);
      return unit !== null && counts(keysOf(unit, true));
    };
    figures = index.figures.filter((f) => counts(f.countedKeys) || cognate(f) || (victims !== null && casualtyOf(index, f) === victims) || (isCount(f.figure) && byDictionary(f)) || glued(f));
    // « The museum lends 60 paintings a season. Twelve went to Oslo; 8 are still crated. »: bare numbers that count what the sentence before counted
    if (figures.length) figures = [...figures, ...index.figures.filter((f) => !figures.includes(f) && elidedOf(index, f).some((g) => figures.includes(g)))];
    // « how many people »: any count of people whose sentence says the rest of the question
    if (!figures.length && countsAnyone(standard)) {
      // « no next-of-kin » qualifies people, it counts none of them
      figures = index.figures.filter((f) => !f.zero && (f.figure.counted !== null || casualtyOf(index, f) !== null) && isCount(f.figure) && !MEASURE_UNIT.test(fold(f.figure.unit ?? "")));
      // « how many people did the attack kill »: the dead, when the story counts them, not the hostages taken in the same sentence
      const kind = askedCasualty(ctx);
      if (kind && figures.some((f) => casualtyOf(index, f) === kind)) figures = figures.filter((f) => casualtyOf(index, f) === kind || casualtyNoun(f.figure.counted ?? "") === kind);
      anyone = new Set(figures);
    }
    // « 48 amendes, dont 41 concernant le stationnement »: a part counts what its whole counts
    figures = [...figures, ...index.figures.filter((f) => !figures.includes(f) && figures.includes(parentOf(index, f)!))];
    // « how many docs », « combien de profs »: a clipped word the lexicons do not hold, for the story's noun it opens
    if (!figures.length && !translate(standard).length && standard === noun) {
      const head = (f: IndexedFigure) => fold(f.figure.unit ?? "");
      const full = clippedOf(fold(noun), index.figures.filter((f) => f.figure.counted !== null).map(head), storyWords(index));
      if (full) figures = index.figures.filter((f) => head(f) === full);
    }
    if (!figures.length) figures = index.figures.filter((f) => counts(f.afterKeys));
    // « how big is the plan »: a figure in the clause that speaks of the plan, as long as it counts nothing else of its own
    if (!figures.length) figures = index.figures.filter((f) => f.figure.category !== "date" && f.figure.category !== "age" && (!f.figure.counted || f.figure.category === "money") && counts(f.clauseKeys));
    unstated = index.unstated.filter((u) => [...u.headKeys].some((k) => nk.has(k)));
  } else if (claimedByAsked(ctx).length) {
    // « les Occidentaux, ils disent combien ? », "what figure does the ministry give?": nothing counted is named,
    // who gives the number is: their figures
    figures = claimedByAsked(ctx);
    unstated = [];
    return choose(ctx, figures, unstated, [], null, { loose: true });
  } else if (questionTerms(ctx).some((t) => !NEUTRAL_WORDS.has(t.word) && !ASKING_NUMBER.has(t.word))) {
    // « combien sont restés bloqués à Dornac ? », « how many died from the fire? »: nothing counted is named,
    // so any figure whose sentence says the rest of the question (« how many » still wants a count)
    const howMany = /\bhow many\b/.test(ctx.query.folded);
    figures = index.figures.filter((f) => !f.zero && f.figure.category !== "date" && f.figure.category !== "age" && (!howMany || isCount(f.figure)));
    unstated = index.unstated;
    unnamed = true;
  } else {
    figures = index.figures.filter((f) => f.figure.category === "troops");
    unstated = index.unstated;
  }
  // « Three of the five judges sided with the city »: the part is a count of what its whole counts
  figures = [...figures, ...index.figures.filter((f) => !figures.includes(f) && figures.includes(wholeOf(index, f)!))];
  // « how many soldiers does the army have », « combien de soldats compte une brigade »: a body's own strength, which only
  // a figure whose clause names that body gives (« son armée, forte de N »); a deployment's count is not the army's size
  const strength = strengthAsked(ctx);
  if (strength) {
    figures = figures.filter((f) => namesBody(ctx, f.figure, strength));
    unstated = unstated.filter((u) => [...strength].some((k) => u.clauseKeys.has(k)));
  }
  // « how many » is a count: a share (« up to 60 % of the voters ») or a sum of money is not one
  // (« how big is the plan », « combien de bénéfice » are sizes and sums, not counts)
  const howMany = COUNT_NAMED_CUE.test(ctx.query.folded) && !(noun && moneyNounAsked(ctx, noun));
  // (« 4 out of 30 stations » is a share that counts too: its first number, of what the question counts)
  if (howMany && (cls || noun)) figures = figures.filter((f) => isCount(f.figure) || ratioPart(f.figure) !== null || (noun !== null && [...keysOf(noun, true)].some((k) => f.countedKeys.has(k)) && f.figure.category !== "percent"));
  // what the question counts, in its own words: the rest must agree with the figure's sentence
  // (« compte », « army » ask the strength: the figure's clause already names the body, « forte de » says it)
  const counted = [...ctx.query.terms.filter((t) => t.word === noun || (cls !== null && t.keys.some((k) => cls.keys.has(k))) || (strength !== null && STRENGTH_WORD.test(t.word))), ...alongside]
    // (« fois » is said « times », « occasions » in the story: the counted word carries every occurrence noun)
    .map((t) => (OCCURRENCES.has(t.word) ? { ...t, keys: [...new Set([...t.keys, ...[...OCCURRENCES].flatMap((w) => [...keysOf(w, true)])])] } : t));
  // a « no figure was given » that names nothing counted answers only for what its sentence speaks of
  const speaksOf = (u: IndexedUnstated) => {
    const keys = unstatedKeys(ctx, u);
    if (cls && [...cls.keys].some((k) => keys.has(k))) return true;
    return !counted.length || ctx.m.found(keys, counted).length > 0;
  };
  const generic = index.unstated.filter((u) => genericHead(u) && !unstated.includes(u) && speaksOf(u));
  return choose(ctx, figures, [...unstated, ...generic], counted, null, { noun, wholly: anyone, evidence: unnamed, classed: cls !== null, strength: strength !== null });
}
