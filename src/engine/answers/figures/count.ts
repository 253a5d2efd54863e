import type { Figure } from "../../../story/schema.js";
import type { Draft } from "../../compose.js";
import { guillemets, pick } from "../../compose.js";
import type { Ctx } from "../../context.js";
import type { IndexedFigure, StoryIndex } from "../../index.js";
import { continuation, idf } from "../../index.js";
import { fold } from "../../text.js";
import { decline } from "../general.js";
import { glossDate, placesIn, timesIn } from "../date-words.js";
import { whenWhere } from "../events.js";
import { settle } from "../settled.js";
import { CHANGE_ASKED, DEADLINE_BEFORE, LENGTH_ASKED, moneyWay, NOT_SUM, OFFSET_AFTER, FACTOR_WORDS, SPAN_WORDS, TIME_UNITS } from "../../figure-words/index.js";
import { measureOf, asksPerUnit, factsOf } from "../../figure-fit.js";
import { asksRelative, describedByRelation } from "../../relations.js";
import { agesFor } from "./ages.js";
import { DURATION_KEYS, countedIn } from "./asked-noun.js";
import { choose } from "./choose.js";
import { both, countOf, pairedNouns } from "./count-of.js";
import { UNIT_PRICE_Q, genericHead, isUnitPrice, sentenceKeys } from "./figure-keys.js";
import { lengthAsked, lengthOfText, spanInstead } from "./lengths.js";
import { spanOnNoun } from "./noun-spans.js";
import { penalty, sumByWay } from "./penalties.js";
import { unknownWord } from "./question-held.js";
import { moneyNoun, rangePartners } from "./sentence-fits.js";
import { FACTOR, GDP, SHARE_OF, SPEND_Q, isChange, shareInWords } from "./shares.js";
import { askedTimeUnit, moneyNounAsked, timeUnitOf } from "./units.js";
import { COST_VERB, MONEY_VERB } from "./word-classes.js";

const CLOCK_BEFORE = /(?:^|[^\p{L}])(?:a|at|vers|des|dès|jusqu'a|jusqu'à|until|by|from|de)\s*$/u;

/** « à 16 heures »: hours set after « à », « at »: the time something happened, not how long it lasted. */
function clockTime(index: StoryIndex, f: IndexedFigure): boolean {
  if (!/\b(?:heures?|hours?|h)\b/.test(fold(f.figure.text))) return false;
  const text = index.story.sentences[f.figure.sentence]?.text ?? "";
  const at = text.indexOf(f.figure.text);
  return at > 0 && CLOCK_BEFORE.test(fold(text.slice(Math.max(0, at - 12), at)));
}

/** « within 48 hours », « d'ici deux ans »: a span set after a word of time limit says when something is done by, not how long it lasts. */
function deadline(index: StoryIndex, f: IndexedFigure): boolean {
  const text = index.story.sentences[f.figure.sentence]?.text ?? "";
  const at = text.indexOf(f.figure.text);
  return at > 0 && DEADLINE_BEFORE.test(fold(text.slice(Math.max(0, at - 30), at)).replace(/’/g, "'"));
}

/** How many (troops, tanks, ships…), how old, how much: the figure that best fits the question. */
export function count(ctx: Ctx): Draft {
  const usual = countOnly(ctx);
  // « how long could she serve », « il risque combien ? »: the penalty the story gives, when no figure fits otherwise
  const term = !usual.answered && (ctx.reading.measure === "duration" || ctx.reading.measure === "count") ? penalty(ctx) : null;
  const d = term ?? usual;
  return ctx.reading.also.some((a) => a === "when" || a === "where") ? withWhenWhere(ctx, d) : d;
}

/** « combien de parachutistes, où et quand ? »: the date and place the figure's own sentence gives. */
function withWhenWhere(ctx: Ctx, d: Draft): Draft {
  const i = d.cites[0];
  if (!d.answered || i === undefined) return d;
  const parts = [...d.parts];
  // « ont été largués »: the participle is no summer
  const times = ctx.reading.also.includes("when") ? timesIn(ctx, i).filter((t) => fold(t) !== "ete") : [];
  // the dateline says where the story was filed, not where the counted thing is, when the sentence names another place
  const dateline = fold(ctx.index.story.dateline?.place ?? "\u0000");
  const named = ctx.reading.also.includes("where") ? placesIn(ctx, i) : [];
  const places = named.some((p) => fold(p) !== dateline) ? named.filter((p) => fold(p) !== dateline) : named;
  if (times.length) parts.splice(1, 0, pick(ctx.lang, `Quand : ${times.join(", ")}.`, `When: ${times.map((t) => glossDate(ctx.lang, t)).join(", ")}.`));
  if (places.length) parts.splice(1, 0, pick(ctx.lang, `Où : ${places.join(", ")}.`, `Where: ${places.join(", ")}.`));
  return { ...d, parts };
}

/**
 * « how old is her brother » of a story that names no brother of hers (or that the engine has not read as the one
 * person in focus): her own age, or any other age of the story, is another person's.
 */
function asksUnreadRelative(ctx: Ctx): boolean {
  const { lang, words } = ctx.query;
  if (!asksRelative(lang, words)) return false;
  return !ctx.entity || describedByRelation(ctx.index, words, lang) !== ctx.entity;
}

export function countOnly(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const measure = ctx.reading.measure;
  // « how much does X expect to lose », « combien va-t-il perdre ? »: a sum asked with a verb of money and nothing counted
  // named is answered by a sum when the story gives one that fits, before any share or count of its sentence
  const bySum = !NOT_SUM.test(ctx.query.folded) && !countedIn(ctx).cls;
  if ((measure === "count" || measure === "degree") && (MONEY_VERB.test(ctx.query.folded) || moneyWay(ctx.query.folded) !== null) && bySum) {
    const d = countOnly({ ...ctx, reading: { ...ctx.reading, measure: "money" } });
    if (d.answered) return d;
    const way = sumByWay(ctx);
    if (way) return way;
  }
  // « le ferry est plus cher de combien ? », "by how much was the plan cut?": the size of a change, nothing counted named,
  // is a share or a sum (« by 15% », « a cut of 3.2 million euros »); a count of passengers or a span its sentences also give is
  // no change (the usual reading stands when no share or sum fits)
  if (measure === "count" && CHANGE_ASKED.test(ctx.query.folded)) {
    const asked = countedIn(ctx);
    if (!asked.cls && !asked.noun) {
      const d = countOnly({ ...ctx, reading: { ...ctx.reading, measure: "money" } });
      if (d.answered) return d;
    }
  }
  if (measure === "age") {
    if (asksUnreadRelative(ctx)) return settle(decline(ctx, pick(lang, "La dépêche ne donne pas cet âge.", "The story does not give that age.")));
    const ages = agesFor(ctx, ctx.entity);
    const f = ages[0];
    if (!f) return decline(ctx, pick(lang, "La dépêche ne donne pas cet âge.", "The story does not give that age."));
    const who = ctx.entity ? ctx.entity.name : null;
    // « Kowalski, 52, » says « 52 » alone: « 52 ans », « 52 years old »
    // (« 53-year-old » in a French answer: « 53 ans » first)
    const said = (g: Figure) => (/^\d+$/.test(g.text) ? pick(lang, `${g.value} ans`, `${g.value} years old`) : /\bans\b/.test(fold(g.text)) ? guillemets(g.text) : `${g.value} ans (${guillemets(g.text)})`);
    return {
      answered: true,
      intent: "count",
      parts: [pick(lang, `${who ? `${who} : ` : ""}${ages.map(said).join(", ")}.`, `${who ? `${who}: ` : ""}${ages.map((g) => (/^\d+$/.test(g.text) ? `${g.value} years old` : `${g.value} years old (${guillemets(g.text)})`)).join(", ")}.`)],
      cites: [...new Set(ages.map((g) => g.sentence))],
      focus: ctx.entity?.name ?? null,
    };
  }
  if (measure === "duration") {
    // « how long did the strike last » of « a two-week strike »: a span written on the noun asked is how long that thing lasted
    const onNoun = spanOnNoun(ctx);
    if (onNoun) return onNoun;
    // (« à 16 heures », "at 10 hours" is a time of day, no span)
    const given = index.figures.filter((f) => f.figure.category !== "age" && f.figure.category !== "date" && [...f.countedKeys].some((k) => DURATION_KEYS.has(k)) && !clockTime(index, f));
    // (a time limit answers « how many days to declare », asked in its unit, never « how long will they stay »)
    const spans = given.filter((f) => !deadline(index, f));
    // no span is given: an end date (« jusqu'au 12 octobre ») still says how long
    if (!given.length || (!spans.length && !askedTimeUnit(ctx))) return shareInWords(ctx, SPAN_WORDS) ?? whenWhere({ ...ctx, reading: { ...ctx.reading, intent: "when" } });
    // « combien de jours », « how many hours »: the spans counted in the unit asked, when the story gives some
    const unit = askedTimeUnit(ctx);
    const inUnit = unit ? given.filter((f) => timeUnitOf(f.figure, ctx.index.story.lang === "en" ? "en" : "fr") === unit) : [];
    // a span of something else (« the first six months » of sales) does not say how long the event asked about lasted
    const d = choose(ctx, inUnit.length ? inUnit : spans, [], [], pick(lang, "La dépêche ne donne pas cette durée.", "The story does not give that duration."), { loose: true, single: true, topical: true, unitAgrees: new Set(inUnit) });
    // « how long has the trial gone on »: no span fits, an end date may still say it
    if (d.answered) return d;
    // « it takes several days », « durant un peu plus d'une heure »: a span the story writes in words, no number
    const worded = shareInWords(ctx, SPAN_WORDS);
    if (worded) return worded;
    const w = whenWhere({ ...ctx, reading: { ...ctx.reading, intent: "when" } });
    return w.answered ? w : d;
  }
  if (measure === "weight" || measure === "height" || measure === "speed") {
    const fit = index.figures.filter((f) => measureOf(index, f) === measure);
    // « how fast did they react » asks how long, when the story gives no speed
    if (!fit.length && measure === "speed") return countOnly({ ...ctx, reading: { ...ctx.reading, measure: "duration" } });
    const none = { weight: pick(lang, "La dépêche ne donne pas ce poids.", "The story does not give that weight."), height: pick(lang, "La dépêche ne donne pas cette hauteur.", "The story does not give that height."), speed: pick(lang, "La dépêche ne donne pas cette vitesse.", "The story does not give that speed.") }[measure];
    return choose(ctx, fit, [], [], none, { loose: true, single: true, topical: true });
  }
  if (measure === "degree") {
    // « how much slower », « de combien ont-elles augmenté »: a share, a factor (« deux fois plus »), or a sum when the question speaks of money
    const money = ctx.query.words.some((w) => moneyNounAsked(ctx, w));
    const all = index.figures.filter((f) => f.figure.category === "percent" || FACTOR.test(fold(f.figure.text)) || (money && f.figure.category === "money"));
    // « rose by 12 cents to 1.85 euros »: the change answers « by how much », not the level reached beside it
    const changed = new Set(all.filter((f) => isChange(ctx, f)).map((f) => f.figure.sentence));
    // (« by 3% to 5% »: the far end of a range of changes is one too)
    const degree = all.filter((f) => !changed.has(f.figure.sentence) || isChange(ctx, f) || all.some((g) => isChange(ctx, g) && g.figure.unit === f.figure.unit && rangePartners(ctx, g, f)));
    // « combien de fois plus », « how many times »: a factor the story writes in words (« deux fois plus élevé »)
    const factor = /\b(?:combien de fois|how many times)\b/.test(ctx.query.folded) ? shareInWords(ctx, FACTOR_WORDS) : null;
    if (factor) return factor;
    const d = choose(ctx, degree, index.unstated.filter((u) => u.unstated.category === "percent"), [], pick(lang, "La dépêche ne chiffre pas cet écart.", "The story does not give that difference as a figure."), { loose: true, single: true, topical: true });
    return d.answered ? d : (shareInWords(ctx, FACTOR_WORDS) ?? d);
  }
  if (measure === "distance" || measure === "percent") {
    // « how long is the pipeline »: a distance that places something (« 20 km south of the border ») is no length
    const length = measure === "distance" && LENGTH_ASKED.test(ctx.query.folded);
    // (« how long is the border »: a length of the thing named, whose sentence or the one before names it, not any distance of the story)
    const named = length ? lengthAsked(ctx) : [];
    const ofIt = (f: IndexedFigure) => !named.length || ctx.m.found(sentenceKeys(ctx, f.figure.sentence), named).length > 0;
    const far = index.figures.filter((f) => f.figure.category === measure && !(length && OFFSET_AFTER.test(fold(continuation(index.story.sentences[f.figure.sentence]?.text ?? "", f.figure.text)))) && ofIt(f));
    const not = index.unstated.filter((u) => u.unstated.category === measure);
    // « what share »: a share the story writes in words (« a third », « l'écrasante majorité ») when no percentage answers
    if (measure === "percent") {
      // « what share of the members »: a share of another whole (« a third of the drivers ») answers another question,
      // when the story writes that whole somewhere
      const whole = SHARE_OF.exec(ctx.query.folded)?.[1];
      const term = whole ? ctx.query.terms.find((t) => t.word === whole) : undefined;
      // (« quel taux de chômage » of a story that never speaks of unemployment: none of its shares is that one)
      const ofWhole = term && ctx.m.weight(term) < idf(index, "\u0000") ? far.filter((f) => ctx.m.has(sentenceKeys(ctx, f.figure.sentence), term)) : term && unknownWord(ctx, term) ? [] : far;
      const d = choose(ctx, ofWhole, not, [], pick(lang, "La dépêche ne donne pas ce pourcentage.", "The story does not give that percentage."), { loose: true, single: true });
      return d.answered ? d : (shareInWords(ctx) ?? d);
    }
    const d = choose(ctx, far, not, [], measure === "distance" ? pick(lang, "La dépêche ne donne pas cette distance.", "The story does not give that distance.") : pick(lang, "La dépêche ne donne pas ce pourcentage.", "The story does not give that percentage."), { loose: true, single: true });
    // « how long was the ruling », « how long was the speech »: of a text or an event, no distance is its length; its pages
    // (« a 64-page opinion ») or its span (« a 40-minute speech », « un contrat de six mois »), when the figure's sentence speaks of it
    return d.answered || !length ? d : (lengthOfText(ctx) ?? spanOnNoun(ctx) ?? spanInstead(ctx, () => countOnly({ ...ctx, reading: { ...ctx.reading, measure: "duration" } })) ?? d);
  }
  if (measure === "money") {
    // « le prix d'un système », « cost per drone » ask a unit price: a total is not one
    const unit = UNIT_PRICE_Q.test(ctx.query.folded) || asksPerUnit(ctx);
    // « how much revenue »: the sum must be of what the question names
    const what = moneyNoun(ctx);
    // « by how much will fares rise »: a change is given as a sum or as a share
    const change = CHANGE_ASKED.test(ctx.query.folded);
    // « how much does X spend on defence », « combien le pays consacre à »: a share of GDP says it as well as a sum
    const spending = SPEND_Q.test(ctx.query.folded);
    const gdpShare = (f: IndexedFigure) => spending && f.figure.category === "percent" && GDP.test(fold(continuation(index.story.sentences[f.figure.sentence]?.text ?? "", f.figure.text)));
    const money = index.figures.filter((f) => (f.figure.category === "money" || (change && f.figure.category === "percent") || gdpShare(f)) && (!unit || isUnitPrice(ctx, f.figure) || factsOf(index, f).perUnit) && (!what || ctx.m.found(f.clauseKeys, [what]).length > 0));
    const notGivenMoney = index.unstated.filter((u) => u.unstated.category === "money" || genericHead(u));
    const d = choose(ctx, money, notGivenMoney, what ? [what] : [], pick(lang, "La dépêche ne donne pas ce montant.", "The story gives no such amount of money."), { perUnitChecked: true, single: true });
    // (a sum of a unit, or of a thing named that no sum is of, is not the one sum that went the way asked)
    return d.answered || unit || what ? d : (sumByWay(ctx) ?? d);
  }
  // « combien va coûter l'opération ? »: a price asked with a bare « combien » is a sum, never a count of soldiers
  // (no sum fits: the decline stands, another sentence's count of people is no price)
  if (measure === "count" && COST_VERB.test(ctx.query.folded) && !countedIn(ctx).cls) {
    const d = countOnly({ ...ctx, reading: { ...ctx.reading, measure: "money" } });
    return d.answered ? d : (sumByWay(ctx) ?? settle(d));
  }
  // « combien de bénéfice », « how many dollars »: a sum of money, asked as a count
  const asked = countedIn(ctx);
  if (measure === "count" && !asked.cls && asked.noun && moneyNounAsked(ctx, asked.noun)) return countOnly({ ...ctx, reading: { ...ctx.reading, measure: "money" } });
  // « combien de jours », « how many years »: a span of time, asked as a count of its units (« a 5-day hearing » says it)
  if (measure === "count" && asked.noun && TIME_UNITS[ctx.query.lang === "en" ? "en" : "fr"].has(asked.noun)) return countOnly({ ...ctx, reading: { ...ctx.reading, measure: "duration" } });
  const pair = pairedNouns(ctx);
  if (pair) {
    const [a, b] = pair;
    return both(ctx, countOf(ctx, a.word, [b]), countOf(ctx, b.word, [a]));
  }
  return countOf(ctx, null, []);
}
