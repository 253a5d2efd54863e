import type { Approx, FigureCategory } from "../schema.js";
import { readAfter } from "./after.js";
import { ageStart, mixedAt, monthDayAt, yearSpanAt } from "./calendar.js";
import { foldWord } from "./chars.js";
import { rangeAfter, readCore } from "./core.js";
import { type FigureMatch, type Step, isCapitalWord, make } from "./match.js";
import { qualifierAfter, qualifierBefore, rangeOpenerBefore, yearPrepBefore } from "./qualifiers.js";
import {
  countsExerciseParticipants, countsPeople, countsSpeakers, isDeployVerb, isTollWord, mentionsCivilBodies, countsStrength, forceBeforeStrong, forceNamedBefore, isCivilForce, isForceStrength, isToll, joinsForce,
  mentionsCivilForces, namesMilitaryUnit,
} from "./people.js";
import { allFigureWords } from "./lang/index.js";
import type { NumberLang } from "./numbers.js";
import { MIN_PART, isMemberNoun, partOfCount } from "./parts.js";
import { shareAt } from "./shares.js";
import { type Token, tokenize } from "./tokens.js";
import { type UnitInfo, isMilitaryWord, unitOf } from "./units.js";
import { DEFINITE_DETS, DESIGNATORS, PARTITIVE_DETS, STOPWORDS, isAdjective } from "./words.js";

export type { FigureMatch } from "./match.js";

/** Words that make a bare number count what the figure before it counts. */
const ANAPHORS = new Set(["dont", "contre", "soit", "including", "against", "from"]);
/** Qualifier words that may stand between the anaphor and the number: « dont environ 12 000 ». */
const QUALIFIER_WORDS = new Set(["plus", "moins", "de", "pres", "environ", "quelque", "au", "entre", "some", "about", "more", "than", "between", "nearly", "around", "over"]);

/**
 * « 54 000 militaires au Japon, dont 21 000 à Okinawa », « 9 000 soldats, contre 6 000 l'an dernier »,
 * « up from 40,000 »: right after such a word, a number counts what the figure before it counts.
 */
function dontReference(toks: readonly Token[], k: number, previous: FigureMatch | undefined): UnitInfo | null {
  if (!previous?.unit) return null;
  let i = k - 1;
  while (i >= k - 4 && QUALIFIER_WORDS.has(toks[i]?.norm ?? "")) i--;
  const w = toks[i]?.norm ?? "";
  if (!ANAPHORS.has(w) || (toks[i - 1]?.end ?? -1) < previous.end) return null;
  // « 333 constats, dont 324 … »: a noun phrase the lexicon does not know is still what both count.
  const known = unitOf(foldWord(previous.unit));
  if (known) return known;
  return previous.category === "troops" || (previous.category === "other" && previous.counted !== null) ? { unit: previous.unit, category: previous.category } : null;
}

const AREA_WORDS = allFigureWords((w) => w.units.area);
const REF_HEADS = allFigureWords((w) => w.reference.heads);
const REF_DETS = allFigureWords((w) => w.reference.dets);
const REF_ADJECTIVES = allFigureWords((w) => w.reference.adjectives);
const REF_LINKS = allFigureWords((w) => w.reference.links);
const EACH = allFigureWords((w) => w.qualifiers.each);
const TOTAL_HEADS = allFigureWords((w) => w.reference.totalHeads);
const TOTAL_LINKS = allFigureWords((w) => w.reference.totalLinks);

/**
 * « sending another 1,500 troops, bringing the total to about 4,000 », « portant le total à 4 000 »,
 * "raising its total size to 1,400":
 * a determined total named after a count of the sentence, then « to »: the next number counts the same.
 */
function runningTotalAt(toks: readonly Token[], k: number, previous: FigureMatch | undefined): UnitInfo | null {
  if (previous?.category !== "troops" || !previous.unit || !TOTAL_HEADS.has(toks[k]?.norm ?? "")) return null;
  // "raising its total size to 1,400": an adjective may stand between the determiner and the head.
  const det = REF_ADJECTIVES.has(toks[k - 1]?.norm ?? "") ? toks[k - 2] : toks[k - 1];
  if (!REF_DETS.has(det?.norm ?? "")) return null;
  if (!TOTAL_LINKS.has(toks[k + 1]?.norm ?? "")) return null;
  return unitOf(foldWord(previous.unit)) ?? { unit: previous.unit, category: "troops" };
}

/**
 * « Le nombre total de soldats … atteindra 8 000 », "the number of troops will rise to 4,000",
 * "troop numbers will reach 4,000", « les effectifs … 4 000 »: what the next bare number counts
 * when the sentence names it first. Returns the unit, or null; a toll (« the number of troops
 * killed ») is none.
 */
function referenceAt(toks: readonly Token[], k: number, military: () => boolean): UnitInfo | null {
  const t = toks[k] as Token;
  if (!REF_HEADS.has(t.norm) && t.norm !== "effectifs") return null;
  const det = toks[k - 1]?.norm ?? "";
  if (t.norm === "effectifs" && (det === "les" || det === "leurs" || det === "ses") && military()) return { unit: "effectifs", category: "troops" };
  // "troop numbers", "troop levels": the counted noun before the head.
  const before = unitOf(det);
  if (before?.category === "troops" && !before.needsMilitaryContext) return before;
  const detOk = REF_DETS.has(det) || (REF_ADJECTIVES.has(det) && REF_DETS.has(toks[k - 2]?.norm ?? ""));
  let link = k + 1;
  if (REF_ADJECTIVES.has(toks[link]?.norm ?? "")) link++;
  if (!detOk || !REF_LINKS.has(toks[link]?.norm ?? "")) return null;
  let at = PARTITIVE_DETS.has(toks[link + 1]?.norm ?? "") ? link + 2 : link + 1;
  // « the number of US troops », "the number of American soldiers": a people's name or two before the noun
  for (let n = 0; n < 2 && toks[at]?.kind === "word" && /^\p{Lu}/u.test(toks[at]!.text) && !unitOf(toks[at]!.norm); n++) at++;
  const noun = toks[at];
  const unit = noun ? unitOf(noun.norm) : null;
  if (!unit || isTollWord(toks[at + 1]?.norm ?? "") || (unit.needsMilitaryContext && !military())) return null;
  return unit;
}

function figureAt(
  text: string, toks: readonly Token[], k: number, military: () => boolean, named: UnitInfo | null, lang?: NumberLang, part: UnitInfo | null = null,
): Step {
  const t = toks[k] as Token;
  if (t.kind === "mixed") {
    const step = mixedAt(text, toks, k);
    if (step.figure || !/^(?:\d|R|Rs|KSh|RM)\d*/u.test(t.text)) return step;
  }
  const monthFirst = monthDayAt(text, toks, k) ?? yearSpanAt(text, toks, k);
  if (monthFirst) return monthFirst;
  // « la moitié des électeurs », "up to a third slower", "one in five": a share, never a count.
  const share = shareAt(text, toks, k);
  if (share) {
    const q = qualifierBefore(toks, share.first);
    return {
      figure: make(text, toks, q?.first ?? share.first, share.last, share.value, q?.approx ?? "exact", "%", "percent", share.counted),
      next: share.last + 1,
    };
  }
  const core = readCore(text, toks, k, lang);
  if (!core) return { figure: null, next: k + 1 };
  if ("skip" in core) return { figure: null, next: core.skip };

  const range = rangeAfter(text, toks, core, lang);
  let value = range ? range.value : core.value;
  const valueMax = range?.valueMax;
  let last = range ? range.last : core.last;
  let approx: Approx = range ? "range" : (core.approx ?? "exact");
  let first = range && rangeOpenerBefore(toks, core.first) ? core.first - 1 : core.first;

  // What follows the number: a symbol, a month, or a counted noun phrase.
  const after = readAfter(text, toks, core, { value, valueMax, last, rangeScaled: range?.scaled ?? false });
  value = after.value;
  const { month } = after;
  let { counted, unit, unitName } = after;
  const span = core.span;
  const yearShape =
    !month && span !== null && span.form === "digits" && !span.grouped && !span.decimal && !span.scaled &&
    span.intDigits === 4 && value >= 1800 && value <= 2100;
  // « depuis 2022 reste inconnu »: after a year preposition, a word that is no known unit is not what is counted.
  const prepAt = yearShape ? yearPrepBefore(toks, first) : null;
  const yearPrep = prepAt !== null && toks[prepAt]?.norm !== "pour";
  // « the 1898 ruling », « the 2024 budget »: a year before a singular noun qualifies it; counts are plural.
  const headTok = counted !== null ? toks[counted[0]] : undefined;
  const attributiveYear = headTok !== undefined && !/[sx]$/.test(headTok.norm) && !isCapitalWord(headTok) && unit === null;
  const year = yearShape && (unit === null && counted === null ? !(named && toks[core.first - 1]?.norm === "a") : (yearPrep || attributiveYear) && unit === null);
  if (year) {
    counted = null;
    unitName = null;
  } else last = after.last;
  // « 2 500 militaires, dont 800 Français »: a people after the anaphor still counts what came before,
  // and so do the people a force is made of (« dont 40 femmes »).
  const people = counted !== null && (isCapitalWord(toks[counted[0]]) || isMemberNoun((toks[counted[0]] as Token).norm)) && unit === null;
  // A count leaning on the troop count before it is a strength, never a handful.
  const ref = named ?? (part && Number.isInteger(value) && (value >= MIN_PART || people) ? part : null);
  const leaned = ref !== null && ref !== named;
  if (ref && !unit && (!counted || people) && !month && !year) {
    unit = ref;
    unitName = ref.unit;
  }
  let category: FigureCategory = unit?.category ?? "other";
  if (month || year) {
    category = "date";
    approx = range ? "range" : "exact";
    if (month && toks[first - 1]?.norm === "le") first -= 1;
    if (year) {
      const prep = yearPrepBefore(toks, first);
      if (prep !== null) first = prep;
    }
  } else {
    if (!range) {
      const q = qualifierBefore(toks, core.first);
      if (q) {
        approx = q.approx;
        first = q.first;
      }
      // « 9 000 soldats au maximum », "9,000 troops or more", « 12 000 environ »: a qualifier after the figure.
      const after = approx === "exact" && (unit !== null || counted !== null || toks[last + 1]?.norm === "environ") ? qualifierAfter(toks, last) : null;
      // « 2 000 soldats au plus fort de la crise »: the phrase ends the figure's clause or it is no qualifier.
      if (after && closesPhrase(toks[after.last + 1])) {
        approx = after.approx;
        last = after.last;
      }
      // « more than 800 sailors each », « 400 soldats chacun »: a figure per party, said so in its text
      if ((unit !== null || counted !== null) && EACH.has(toks[last + 1]?.norm ?? "") && closesPhrase(toks[last + 2])) last++;
    }
    // « aged 37 », « at age 37 » (the word after « at age 37 » is never what it counts: « at age 37 leads »)
    const atAge = toks[core.first - 1]?.norm === "age" && toks[core.first - 2]?.norm === "at" && !unit;
    if (atAge) {
      counted = null;
      last = core.last;
    }
    // « 3,000 soldiers, aged 18 to 25 »: an age, though it follows a troop count it might lean on.
    const aged = (!unit || leaned) && !counted && (toks[core.first - 1]?.norm === "aged" || atAge);
    const age = (unitName === "ans" || aged) && Number.isInteger(value) ? ageStart(toks, core.first, last) : null;
    if (age) {
      category = "age";
      unitName = "ans";
      approx = "exact";
      first = Math.min(first, age.first);
      last = age.last;
    }
  }

  // « des centaines de kilomètres carrés », "40 square miles": a surface, not a distance.
  if (category === "distance") {
    if (AREA_WORDS.has(toks[last + 1]?.norm ?? "")) last += 1;
    if (toks.slice(core.first, last + 1).some((t) => AREA_WORDS.has(t.norm))) category = "other";
  }
  // Labels, not quantities: « l'article 5 », « Nord Stream 2 », « les deux » alone.
  const before = toks[core.first - 1];
  const labelled =
    !unit && !counted && !month && !year && before !== undefined && core.form !== "round" &&
    (DESIGNATORS.has(before.norm) || (before.norm === "°" && toks[core.first - 2]?.norm === "n") ||
      (isCapitalWord(before) && core.first - 1 > 0 && first === core.first && !STOPWORDS.has(before.norm)));
  // « le GM 200 », « a GM 200 unit »: a number right after an acronym names a model, whatever follows it.
  const model =
    core.unit === null && before !== undefined && before.kind === "word" && first === core.first && core.form === "digits" && before.text.length >= 2 &&
    /^\p{Lu}+$/u.test(before.text) && unitOf(before.norm) === null && !month && !year;
  if (model) return { figure: null, next: last + 1 };
  // « Nine News », « Channel Four »: a number word capitalised inside a sentence, beside a capitalised word, is part of a name.
  const capitalWords = core.form === "words" && core.first > 0 && isCapitalWord(toks[core.first]) && toks[core.first - 1]?.norm !== "." &&
    (isCapitalWord(toks[last + 1]) || (isCapitalWord(before) && !STOPWORDS.has(before!.norm)));
  if (capitalWords) return { figure: null, next: last + 1 };
  const smallDefinite = before !== undefined && DEFINITE_DETS.has(before.norm) && value <= 12 && core.form !== "round";
  // « un char neuf »: the adjective « neuf » (new) after a noun counts nothing.
  const newAdjective = core.form === "words" && toks[core.first]?.norm === "neuf" && !counted;
  if (labelled || newAdjective || (smallDefinite && !counted && !unit && !month)) return { figure: null, next: last + 1 };
  // People counted in a military setting: a unit's strength (« la brigade compte 125 personnes
  // actives sur 900 déployés ») or those taking part in an exercise.
  const head = counted ? (toks[counted[0]] as Token).norm : null;
  if (category === "other" && head !== null && !month && !year && unit === null) {
    if (((countsPeople(head) && namesMilitaryUnit(toks)) || countsExerciseParticipants(head, toks)) && military()) {
      category = "troops";
      unitName = unitName ?? head;
    }
  }
  // « a 3,000-strong force »: a body of troops counted by its strength.
  if (category === "other" && !month && !year && span !== null && isForceStrength(text, span.end, head)) {
    category = "troops";
    unitName = head;
  }
  // « une force conjointe de 4 000 », "a combined force of 4,000 drawn from five countries", "the
  // contingent is roughly 12,000 strong": a body of troops named by its strength, no troop noun after it.
  if (category === "other" && !month && !year && unit === null && Number.isInteger(value) && value >= MIN_BARE_STRENGTH) {
    const strength = strengthOf(toks, first, core.first, counted);
    if (strength) {
      category = "troops";
      unitName = strength.unit;
      counted = strength.counted;
      last = strength.last ?? (range ? range.last : core.last);
    }
  }
  // « Nous pourrons déployer jusqu'à 9 000 », "it will send 5,000 to the border": a bare number
  // sent or deployed in a military sentence is a force (a year, a unit or a counted noun is not).
  if (category === "other" && !month && !year && unit === null && counted === null && Number.isInteger(value) && value >= MIN_BARE_STRENGTH &&
    isDeployVerb(toks[first - 1]?.norm ?? "") && military() && !mentionsCivilBodies(toks)) {
    category = "troops";
  }
  // « 5 000 volontaires ont rejoint la légion », "100,000 nationals joined the territorial defence": recruits to a force.
  if (category === "other" && counted !== null && !month && !year && (unit === null || unit.needsMilitaryContext === true)) {
    const headTok = toks[counted[0]] as Token;
    if (joinsForce(toks, headTok, last, isCapitalWord(headTok))) {
      category = "troops";
      unitName = unitName ?? headTok.norm;
    }
  }
  if (category === "troops") {
    // Wire copy counts crowds as « personnes » or « manifestants »: hundreds of « hommes » or
    // « marins » are a force or a crew, not passers-by.
    const force = unit !== null && ["hommes", "men", "marins", "sailors"].includes(unit.unit) ? value >= 100 : false;
    // Firefighters, police and rescuers in the sentence make « hommes » and « personnel » theirs.
    const civil = unit?.needsMilitaryContext === true && mentionsCivilForces(toks);
    const ok = Number.isInteger(value) && value >= 1 && !smallDefinite && !civil && (!unit?.needsMilitaryContext || military() || force);
    // A toll (« two soldiers were killed ») counts losses, not a force.
    if (!ok || isToll(toks, first, last, counted) || countsSpeakers(toks, last) || (head !== null && isCivilForce(head))) category = "other";
  }
  return { figure: make(text, toks, first, last, value, approx, unitName, category, counted, valueMax), next: last + 1 };
}

/**
 * A word between a force and its strength: an adjective (« une force conjointe de »), not a
 * function word nor a counted noun (« force de police de » stops at « de »).
 */
const adjectiveToken = (t: Token): boolean =>
  t.kind === "word" && !isCapitalWord(t) && !STOPWORDS.has(t.norm) && unitOf(t.norm) === null && !isCivilForce(t.norm);

/**
 * A force named by its strength around the number from token `first` (its qualifier included) to
 * `numberFirst`: the force's noun as the unit, the counted phrase kept when it counts the force's
 * people (« 4 000 personnes ») and dropped when it counts nothing (« 4,000 drawn from … »), and the
 * strength word when it ends the figure (« 12,000 strong »). Null when no force is named so.
 */
function strengthOf(
  toks: readonly Token[], first: number, numberFirst: number, counted: [number, number] | null,
): { unit: string; counted: [number, number] | null; last: number | null } | null {
  const headTok = counted ? (toks[counted[0]] as Token) : null;
  if (headTok && isCivilForce(headTok.norm)) return null;
  const strong = headTok ? forceBeforeStrong(toks, first, counted![0]) : -1;
  if (strong >= 0) return { unit: (toks[strong] as Token).norm, counted: null, last: counted![0] };
  // « de 3 000 à 5 000 »: the range's « de » is read into the figure; the link is that word.
  const from = first < numberFirst && forceNamedBefore(toks, first + 1, adjectiveToken, isMilitaryWord) >= 0 ? first + 1 : first;
  const force = forceNamedBefore(toks, from, adjectiveToken, isMilitaryWord);
  if (force < 0) return null;
  const unit = (toks[force] as Token).norm;
  if (!headTok) return { unit, counted: null, last: null };
  if (countsStrength(headTok.norm) || isCapitalWord(headTok)) return { unit, counted, last: counted![1] };
  // A participle or a verb counts nothing (« 600 venus de trois pays », "4,000 drawn from");
  // a plural noun counts something else (« une armée de 300 avocats »).
  return isAdjective(headTok.text, headTok.norm) || !/[sx]$/.test(headTok.norm) ? { unit, counted: null, last: null } : null;
}

/** Whether a phrase ends before the token: the sentence's end, a punctuation mark or a stopword. */
function closesPhrase(t: Token | undefined): boolean {
  return t === undefined || t.kind === "punct" || STOPWORDS.has(t.norm);
}

/** Whether the sentence is about the military: asked only of a figure that needs it, then kept. */
function militaryOnce(toks: readonly Token[]): () => boolean {
  let memo: boolean | undefined;
  return () => (memo ??= toks.some((t) => t.kind === "word" && isMilitaryWord(t.norm)));
}

/** A force named by a bare number is a body of troops from a few dozen up ("wind force of 12" is no force). */
const MIN_BARE_STRENGTH = 50;

/**
 * Every figure in one sentence, in reading order, never overlapping. The story's language, when
 * known, reads separators its way (« 4,375 millions » is a decimal in French, « 4.375 » one in English).
 */
export function extractFigures(sentence: string, toks: readonly Token[] = tokenize(sentence), lang?: NumberLang): FigureMatch[] {
  const military = militaryOnce(toks);
  const out: FigureMatch[] = [];
  let k = 0;
  let ref: UnitInfo | null = null;
  while (k < toks.length) {
    ref = referenceAt(toks, k, military) ?? runningTotalAt(toks, k, out[out.length - 1]) ?? ref;
    const previous = out[out.length - 1];
    const step = figureAt(sentence, toks, k, military, ref ?? dontReference(toks, k, previous), lang, partOfCount(toks, k, out, military));
    if (step.figure) {
      out.push(step.figure);
      // « Le nombre de soldats en 2024 atteindra 4 000 »: a date in between leaves the count named.
      if (step.figure.category !== "date") ref = null;
    }
    k = Math.max(step.next, k + 1);
  }
  return out;
}
