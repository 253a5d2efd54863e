import type { Figure } from "../../story/schema.js";
import type { Draft } from "../compose.js";
import { excerpt, guillemets, pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { topicTerms } from "../context.js";
import type { Term } from "../query.js";
import type { Entity, IndexedFigure, IndexedUnstated, KeySet, StoryIndex } from "../index.js";
import { clauseAround, continuation, keysOf } from "../index.js";
import { COUNT_CLASSES, translate } from "../lexicon.js";
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { countsAnyone, standardWord } from "../registers.js";
import { entityByName } from "../entities.js";
import { displayName, entitiesIn } from "../mentions.js";
import { fold, frKeys, words } from "../text.js";
import { foldKeepLength } from "../../story/tokens.js";
import { decline } from "./general.js";
import { glossDate, placesIn, settle, timesIn, whenWhere } from "./events.js";
import { agrees } from "../agreement.js";
import { coverage, questionTerms, whOf } from "./reader.js";
import { figureSource } from "./figure-source.js";
import { actObject } from "./agent.js";
import { claimantIn, roleIn } from "../labels.js";
import { idf } from "../index.js";
import { nationalityIn, nationalityTerms } from "../qualifiers.js";
import { LENGTH_WORDS, MONEY_NOUNS, OCCURRENCES, TEXT_LENGTH, PENALTY_ASKED, PENALTY_SAID, moneyWay } from "../figure-words/index.js";
import { ASKED_STRENGTH, CLAUSE_EDGE, NOT_OWNER, OFFSET_AFTER, SHARE_ASKING, STRENGTH_WORD, CHANGE_BEFORE, COUNTRY_NAME_WORDS, FACTOR_WORDS, FATES, PRESENCE, SHARE_WORDS, SPAN_WORDS, TIME_UNITS } from "../figure-words/index.js";
import type { TimeUnit } from "../figure-words/types.js";
import { NATIONALITY_KEYS } from "../lexicon.js";
import { clippedOf, countedPhrase, verbAfterCue } from "../counted-phrase.js";
import { headWord, sameNounByDictionary } from "../counted-noun.js";
import { abbreviationKeys, askedRate, gluedUnit, wholeOf, measureOf, askedCasualty, askedFate, askedPlace, askedTime, asksConditional, asksPerUnit, casualtyNoun, casualtyOf, casualtyVerb, conditional, namesCountry, countedNationalityFits, factsOf, forWhat, isCount, parentOf, placeFits, ratioPart, fateSaid, segmentFits, timeFit, type TimeFit } from "../figure-fit.js";
import { askedNationalities, borderTerms, nationalitiesAgree, NEUTRAL as ASKING_NUMBER, otherWords, predicatesOf } from "../agreement.js";

const APPROX_EN: Record<Figure["approx"], string> = {
  exact: "",
  more_than: "more than ",
  less_than: "fewer than ",
  about: "about ",
  range: "between ",
  vague: "an unspecified ",
};

const UP_TO = /^(?:up to|as many as|as much as|jusqu'a|jusqu'au|au plus|at most)\b/;

/** 12,000 and 4.7, as toLocaleString("en-US") writes them, without its slow Intl call on every answer. */
function formatValue(v: number): string {
  const [int = "", dec] = String(Math.round(v * 1000) / 1000).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${dec ? `.${dec}` : ""}`;
}

// « Selon un responsable de l'OTAN cité par l'agence »: a source the sentence names without a name
const SOURCE = /\b(?:selon|d'apr[eè]s|d’apr[eè]s|de source|according to)\s+([^,;.«»]{3,90})/iu;

/** The source a figure's sentence gives in words, when no speaker was attached to it. */
export function sourcePhrase(sentence: string): string | null {
  const m = SOURCE.exec(sentence);
  return m ? m[0].trim() : null;
}

const GENERIC_CLAIMANT = /^(?:(?:la|le|les|l'|the|this|these|cette|ces) ?)?(?:source|sources|chiffre|chiffres|figure|figures|data|donnees|statistique|statistiques|statistics)$/;

// « selon cette source », « according to him »: a source that points back to the sentence before
const BACK = /^(?:selon|d'apr[eè]s|d’apr[eè]s|according to)\s+(?:cette source|ces sources|la m[eê]me source|la source|lui|elle|eux|elles|him|her|them|it|this source|these sources|the same source|the source)\b/iu;

/**
 * The source a figure's sentence names for it in words: in the figure's own clause, opening the
 * sentence (« Selon X, … ») or closing it (« …, according to X. »); one set in another clause
 * speaks for that clause. « Selon cette source » is the source of the sentence before.
 */
function sourceOf(ctx: Ctx, f: Figure): string | null {
  const text = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const m = SOURCE.exec(text);
  if (!m) return null;
  const clause = clauseAround(text, f.text);
  const at = m.index;
  const opens = !/[,;:]/.test(text.slice(0, at));
  const closes = !/[,;:]/.test(text.slice(at + m[0].length).replace(/[.!?»"”\s]+$/, ""));
  if (!clause.includes(m[0].trim()) && !opens && !closes) return null;
  if (BACK.test(m[0].trim())) {
    const before = ctx.index.story.sentences[f.sentence - 1]?.text ?? "";
    const earlier = SOURCE.exec(before);
    return earlier && !BACK.test(earlier[0].trim()) ? earlier[0].trim() : null;
  }
  return m[0].trim();
}

/** « plus de 8 000 soldats » (more than 8,000), selon X: the figure as written, its qualifier and its source. */
export function describeFigure(ctx: Ctx, g: Figure): string {
  const { lang } = ctx;
  // « 41 » alone says nothing: « killed 41 », as the sentence has it
  const verb = g.counted === null ? casualtyVerb(ctx.index.story.sentences[g.sentence]?.text ?? "", g.text) : null;
  const said = verb ? { ...g, text: `${verb.verb} ${g.text}` } : g;
  // « selon cette source » read as a claimant « source »: a bare noun of sourcing names no one, the words of the sentence say who
  const f = said.claimedBy && GENERIC_CLAIMANT.test(fold(said.claimedBy).trim()) ? { ...said, claimedBy: null } : said;
  const claimant = entityByName(ctx.index, f.claimedBy);
  const phrase = f.claimedBy ? null : sourceOf(ctx, f);
  const who = claimant ? displayName(claimant) : (f.claimedBy ?? (phrase ? guillemets(phrase) : null));
  // « jusqu'à », « up to » reach the figure: « up to », not « fewer than »
  const upTo = f.approx === "less_than" && UP_TO.test(fold(f.text));
  const gloss = f.approx === "vague" ? "" : ` (${upTo ? "up to " : APPROX_EN[f.approx]}${formatValue(f.value)}${f.valueMax !== undefined ? `–${formatValue(f.valueMax)}` : ""})`;
  if (phrase) return pick(lang, `${guillemets(f.text)}, source : ${who}.`, `${guillemets(f.text)}${gloss}, source given as ${who}.`);
  // « selon les Occidentaux », « according to the Westerners »: the claimant with the story's article, in the answer's language
  const sentence = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const named = who && claimant ? claimantIn(claimant.name, sentence, ctx.index.story.lang, lang) : who;
  if (lang === "fr") return `${guillemets(f.text)}, ${named ? `selon ${named}` : "chiffre donné par la dépêche elle-même"}.`;
  return `${guillemets(f.text)}${gloss}, ${named ? `according to ${claimant ? named : roleIn(named, ctx.index.story.lang, "en")}` : "stated by the dispatch itself"}.`;
}

// (years too: « the trial has dragged on for three years », « depuis neuf ans »; an age or a date is never a span)
const DURATION_KEYS = new Set(["jour", "jours", "heur", "heure", "heures", "semain", "semaine", "semaines", "mois", "minut", "minute", "minutes", "ans", "annee", "annees", "decennie", "decennies"].flatMap(frKeys));

interface CountClass {
  name: string;
  category: "troops" | "equipment" | "other";
  keys: KeySet;
}
// the English words too, as written (a French stem of « planes » is « plan »): an English story's figures say « five aircraft »
const CLASSES: CountClass[] = COUNT_CLASSES.map((c) => ({ name: c.name, category: c.category, keys: new Set([...c.fr.flatMap((w) => [...keysOf(w, true)]), ...c.en.map((w) => fold(w))]) }));
const CLASS_BY_EN = new Map<string, CountClass>();
COUNT_CLASSES.forEach((c, i) => c.en.forEach((w) => CLASS_BY_EN.set(w, CLASSES[i]!)));

const THERE_IS = /^(?:en )?(?:il )?y (?:en )?(?:a|avait|aura|aurait)(?:-t-il)? (?=de |d'|des )/;
const COUNT_CUE = /\b(?:how many|combien de|combien d'|combien|number of|nombre de|nombre d')\s*/;
// a bare « combien » (not « combien de ») names nothing counted after it
const NO_NOUN_AFTER = /^combien\s*$/;
// « how many died », « how many are still in hospital », « how many will that make »: a verb, not a noun, after the cue
const VERB_AFTER = /^(?:are|were|is|was|did|do|does|have|has|had|will|would|can|could|should|may|might|died|die|got|get|remain|remained|still|of them|of those|in all|in total|altogether|sont|ont|est|etaient|seront|y a|y en a)\b/;
const RATE_PERIOD = /\b(?:par|per|each|every|chaque|a|an) (?:day|week|month|year|hour|jour|semaine|mois|an|annee|heure)s?\b.*$/;
// where a French noun phrase ends (« combien de soldats sont déployés en Estonie »)
const FR_PHRASE_END = /^(?:sont|ont|est|a|y|en|dans|au|aux|pour|par|qui|que|sur|avec|chez|vers|depuis|pendant|lors|ete|etaient|seront|seraient|va|vont|ont-ils|sont-ils|a-t-il|a-t-elle)$/;
// where an English noun phrase ends: a verb, a preposition, a participle, an adverb
const EN_PHRASE_END = /^(?:are|were|is|was|did|do|does|have|has|had|will|would|can|could|should|may|might|been|be|being|get|got|in|on|at|of|for|to|from|by|with|that|which|who|whom|there|than|per|and|or|this|these|those|last|since|during|over|under|into|out|so|still|now|each|every|ever|already|total|overall|altogether|\w+ed|\w+ing|\w+ly)$/;
const FORCE_NOUN = /^(?:forces?|contingents?|brigades?|army|armies|armee|armees|troupes?|missions?|deployments?|deploiements?|units?|unites?|corps|battalions?|bataillons?|divisions?|regiments?|fleet|flotte|navy|marine|presence|dispositif)$/;
const SIZE_CUE = /\b(?:how large|how big|how strong|what size|size of|taille|effectif|effectifs)\b/;

/** What the question counts: a known class (troops, tanks…) or, failing that, the noun after « how many ». */
function countedIn(ctx: Ctx, only: string | null = null): { cls: CountClass | null; noun: string | null } {
  const f = ctx.query.folded;
  const cue = COUNT_CUE.exec(f);
  // « combien d'enterrements par jour »: the period of a rate is not what is counted
  // « combien il y a de postes », « combien y a-t-il de morts »: the noun comes after the existential
  const after = only ?? (cue ? f.slice(cue.index + cue[0].length) : f).replace(RATE_PERIOD, " ").replace(THERE_IS, "");
  // « combien sont tombés », « how many died », « c'était combien avant »: what is counted is not named
  if (!only && cue && NO_NOUN_AFTER.test(cue[0]) && !/^(?:de |d'|des |du )/.test(after)) return { cls: null, noun: null };
  if (!only && cue && /^(?:how many|combien)\s*$/.test(cue[0]) && VERB_AFTER.test(after)) return { cls: null, noun: null };
  const ws = after.match(/[a-z0-9-]+/g) ?? [];
  // the counted thing is in the noun phrase after the cue: « how many bus fires in the United States » counts no states
  let nouns = 0;
  for (const raw of ws.slice(0, 6)) {
    if (nouns > 0 && (ctx.lang === "en" ? EN_PHRASE_END : FR_PHRASE_END).test(raw)) break;
    nouns++;
    const w = standardWord(raw, ctx.lang);
    // « how many people »: read as a noun, so that passengers, residents or victims may answer
    if (countsAnyone(w)) break;
    const byEn = CLASS_BY_EN.get(w);
    if (byEn) return { cls: byEn, noun: raw };
    const keys = [...keysOf(w, true)];
    const byFr = CLASSES.find((c) => keys.some((k) => c.keys.has(k)));
    if (byFr) return { cls: byFr, noun: raw };
  }
  // « how many British people »: a nationality qualifies the noun, it is not what is counted
  const nationality = (w: string) => ctx.query.terms.some((t) => t.word === w && t.keys.some((k) => NATIONALITY_KEYS.has(k)));
  // « NATO's new force », « Port Alder »: a name says whose, not what is counted
  const rawWords = words(ctx.query.raw).slice(1);
  const named = (w: string) => rawWords.some((r) => fold(r) === w && /^\p{Lu}/u.test(r)) || ctx.index.entities.some((e) => e.nameWords.some((n) => fold(n) === w));
  // (« what number do they give », « quel chiffre »: a word for a number names nothing counted)
  const nounLike = (w: string) => w.length > 2 && !nationality(w) && !named(w) && !/^(?:de|des|du|the|of|are|is|were|was|did|do|does|will|a|an|new|more|other|autres?|nouveaux?|nouvelles?|large|big|strong|size|how|what|est|la|le|les|quelle|quel|taille|effectifs?|numbers?|figures?|chiffres?|nombres?|counts?|totals?|estimates?|estimations?)$/.test(w);
  // the counted noun is in the phrase right after the cue, never in what the question then says of it
  // (« how many Italians were stranded » counts no « stranded »); read whole when one noun is given (`only`)
  const { start, end } = only || !cue ? { start: 0, end: ws.length } : countedPhrase(ws, ctx.lang);
  const inPhrase = (i: number) => i >= start && i < end;
  let first = ws.findIndex((w, i) => inPhrase(i) && nounLike(w));
  // « how many Italians », « combien d'Italiens »: a people named by its nationality alone is what is counted
  // (a people's name the lexicon does not hold as a nationality is a capitalised plural no entity of the story bears)
  const demonym = (w: string) => nationality(w) || (rawWords.some((r) => fold(r) === w && /^\p{Lu}/u.test(r)) && !ctx.index.entities.some((e) => e.nameWords.some((n) => fold(n) === w)) && !verbAfterCue(w, ctx.lang));
  if (first < 0 && !only && cue) first = ws.findIndex((w, i) => inPhrase(i) && demonym(w) && !ws.slice(i + 1, end).some(nounLike));
  let noun = first >= 0 ? ws[first]! : null;
  // « how many end up in hospital », « how many turned up »: a verb right after the cue, nothing counted is named
  // (a word the story counts by, « how many dead », is its noun)
  if (!only && cue && noun && first === start && end - start <= 2 && verbAfterCue(noun, ctx.lang) && casualtyNoun(noun) === null && (end - start === 1 || !nounLike(ws[start + 1]!))) return { cls: null, noun: null };
  // English puts the head last: « ferry crossings », « bus drivers » count crossings and drivers
  // (« knife or sword attacks »: the coordinated modifiers are passed over)
  if (ctx.lang === "en" && noun && !only)
    for (let i = first + 1; i < Math.min(end, first + 5); i++) {
      const w = ws[i]!;
      if ((w === "or" || w === "and") && i + 2 < ws.length && nounLike(ws[i + 1]!) && nounLike(ws[i + 2]!) && !EN_PHRASE_END.test(ws[i + 2]!)) continue;
      if (!nounLike(w) || EN_PHRASE_END.test(w)) break;
      // a plural is the head (« protesters took part », « officials spoke »): what follows is its verb
      if ((/[^su]s$/.test(noun) && noun.length > 3) || countsAnyone(standardWord(noun, ctx.lang))) break;
      noun = w;
    }
  // « how big is the force » sizes a body of troops; « how big is the loan plan » sizes the plan
  if (SIZE_CUE.test(f) && (!noun || FORCE_NOUN.test(noun) || ws.some((w) => FORCE_NOUN.test(w)))) return { cls: CLASSES[0]!, noun: null };
  return { cls: null, noun };
}

/** The keys of a figure's sentence and the one before it, which « y », « ces soldats » refer back to. */
const UNIT_PRICE_Q = /\b(?:(?:prix|cout|coute|valeur) (?:d'un|d'une|de chaque|unitaire)|(?:cost|price|worth) of (?:a|an|one|each|a single)|per (?:unit|piece|item)|how much (?:does|do|is|are) (?:a|an|one|each) |par (?:unite|piece|exemplaire)|each cost|apiece|a piece|l'unite)\b/;

/** A money figure given per unit (« 4 millions d'euros pièce », « … par système », « each »). */
function isUnitPrice(ctx: Ctx, f: Figure): boolean {
  const sentence = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const after = fold(continuation(sentence, f.text)).trim();
  // « per year », « par mois » is a rate over time, not a price per unit
  return (/^(?:par|l'unite|piece|chacun|chacune|each|per|apiece|unitaire)\b/.test(after) && !/^(?:per|par|a|an|each|chaque) (?:year|month|week|day|annum|an|annee|mois|semaine|jour)\b/.test(after)) || /\b(?:l'unite|pièce|piece|chacun|chacune|unitaire|each|apiece)\b/.test(fold(f.text));
}

// the same for every question on a story: built once per sentence
const contextKeys = new WeakMap<StoryIndex, Map<number, KeySet>>();

function sentenceKeys(ctx: Ctx, i: number): KeySet {
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
function figureKeys(ctx: Ctx, f: IndexedFigure): KeySet {
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
function unstatedKeys(ctx: Ctx, u: IndexedUnstated): KeySet {
  return new Set([...u.clauseKeys, ...u.whatKeys, ...(ctx.index.sentences[u.unstated.sentence]?.keys ?? [])]);
}

const GENERIC_HEAD = new Set("chiffre chiffres nombre precis precise bilan detail details montant un une le la".split(" ").flatMap(frKeys));

/** « n'a pas donné de chiffre »: a number not given whose kind only its clause says. */
function genericHead(u: IndexedUnstated): boolean {
  return [...u.headKeys].every((k) => GENERIC_HEAD.has(k));
}

/** Whether a figure counts the class: its head noun is one of the class (« trois conseillers municipaux » counts councillors, not troops). */
function countsClass(ctx: Ctx, f: IndexedFigure, cls: CountClass): boolean {
  for (const k of factsOf(ctx.index, f).head) if (cls.keys.has(k)) return true;
  // (a noun of two words the class holds whole: « service members »)
  if (f.figure.unit && cls.keys.has(fold(f.figure.unit))) return true;
  return cls.category === "troops" && cls.name === "troops" && f.figure.category === "troops";
}

interface Candidate {
  score: number;
  figure?: IndexedFigure;
  unstated?: IndexedUnstated;
}

// « according to X », « X says »: the question asks X's own figure; otherwise X is what the figure is about
const CLAIM_CUE = /\b(?:according to|selon|d'apres|says?|said|claims?|claimed|estimates?|estimated|reports?|reported|dit|disent|affirme\w*|estime\w*|avance\w*|revendique\w*|assure\w*)\b/;

function entityBonus(ctx: Ctx, claimant: string | null, by: string | null, sentence: number): number {
  const e = ctx.entity;
  if (!e || !ctx.named) return 0;
  if (claimant === e.name) return CLAIM_CUE.test(ctx.query.folded) ? 3 : 1;
  if (by && e.nameWords.some((n) => fold(by).includes(fold(n)))) return 3;
  if (by && [e.name, ...e.aliases].some((a) => fold(by).includes(fold(a)))) return 3;
  return e.mentions.includes(sentence) ? 1 : 0;
}

/** The question's words after « according to », « selon »: who it wants the figure from. */
function sourceTerms(ctx: Ctx): Term[] {
  const m = SOURCE_WORDS.exec(ctx.query.folded);
  if (!m || !/^(?:according to|selon|d'apres)$/.test(m[0])) return [];
  const after = new Set(ctx.query.folded.slice(m.index + m[0].length).match(/[\p{L}\p{N}'-]+/gu) ?? []);
  return ctx.query.terms.filter((t) => after.has(t.word));
}

/** Whether a figure's claimant is the one the question names after « according to ». */
function claimedBySource(ctx: Ctx, claimedBy: string, source: Term[]): boolean {
  const e = entityByName(ctx.index, claimedBy);
  const keys = e ? e.keys : keysOf(claimedBy);
  return ctx.m.found(keys, source).length > 0;
}

/** Proper names the question puts on the count (« in the Corbières »), that the story uses: where or whose the number is. */
function namedPlaces(ctx: Ctx): Term[] {
  const raw = words(ctx.query.raw).slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => fold(w));
  const unknown = idf(ctx.index, "\u0000");
  return ctx.query.terms.filter((t) => raw.includes(t.word) && ctx.m.weight(t) < unknown && !(ctx.entity && ctx.m.found(ctx.entity.keys, [t]).length));
}

/**
 * The names the question puts on the figure that must stand where the figure stands: « paid to
 * Kestrel » is not answered by a sum paid to someone else, nor « how long did the Blue Shield
 * drill last » by a span of another event. A nationality agrees on its own; who gives the figure
 * (« according to X ») is the claimant's business; the person asked about may be named anywhere.
 */
function requiredNames(ctx: Ctx): Term[] {
  const nat = nationalityTerms(ctx.query);
  const source = new Set(sourceTerms(ctx));
  // where the count holds is placeFits' business: a sentence that names no place holds for the place set before it
  const places = askedPlace(ctx).places;
  // a country's name (« United States ») agrees as its nationality does, under any of its names
  const country = (t: Term) => COUNTRY_NAME_WORDS.has(t.word);
  return namedPlaces(ctx).filter((t) => !nat.includes(t) && !source.has(t) && !places.includes(t) && !country(t));
}

/**
 * Whether a figure's sentence (with the one before, which « these soldiers » refers to, and who it
 * names) holds every name the question puts on it, and speaks of the one the question is about
 * (« how long did the Blue Shield drill last » is not answered by a span in a sentence that never
 * names the drill), unless that one is asked as the source (« according to X »).
 */
function namesFit(ctx: Ctx, f: IndexedFigure, names: Term[]): boolean {
  if (!names.length) return true;
  const i = f.figure.sentence;
  // « the US » is the country named « United States »
  const own = new Set([...(ctx.index.sentences[i]?.keys ?? []), ...abbreviationKeys(ctx.index.story.sentences[i]?.text ?? "")]);
  // the party is named in the figure's own sentence, or stands for someone it names (an alias, a pronoun read to them)
  return names.every((t) => ctx.m.found(own, [t]).length > 0 || ctx.index.entities.some((e) => e.mentions.includes(i) && ctx.m.found(e.keys, [t]).length > 0) || namedByNoun(ctx, t, i));
}

/**
 * « the Kestrel drills », « les exercices Kestrel »: a name the question writes on a common noun stands for the thing the story
 * names so; a sentence that speaks of that noun (« the joint drills ») without another name on it speaks of the same thing,
 * when the story writes the name with that noun and puts no other name on it anywhere.
 */
function namedByNoun(ctx: Ctx, name: Term, sentence: number): boolean {
  const raw = words(ctx.query.raw);
  const at = raw.findIndex((w) => fold(w) === name.word);
  if (at < 0) return false;
  // (« la zone de Kestrel », « the camp of Kestrel »: the noun before « de », « of »)
  const linked = at >= 2 && /^(?:de|du|des|of)$/.test(fold(raw[at - 1] ?? "")) ? [raw[at - 2]] : [];
  const nouns = [raw[at + 1], raw[at - 1], ...linked].filter((w): w is string => w !== undefined && /^\p{Ll}/u.test(w)).map(fold);
  const noun = ctx.query.terms.find((t) => nouns.includes(t.word) && !NEUTRAL_WORDS.has(t.word) && !ASKING_NUMBER.has(t.word));
  if (!noun) return false;
  // (the noun in the figure's sentence or the one before it, which « these troops » refers to)
  const at2 = [sentence, sentence - 1].find((i) => ctx.m.found(ctx.index.sentences[i]?.keys ?? new Set<string>(), [noun]).length > 0);
  if (at2 === undefined) return false;
  // the story's sentences that write the name: it stands beside the noun (or one of its translations) in one of them
  const withName = ctx.index.story.sentences.filter((s) => ctx.m.found(ctx.index.sentences[s.index]?.keys ?? new Set<string>(), [name]).length > 0);
  if (!withName.length) return false;
  // no other name is written right before or after the noun in the figure's sentence (« the Red Sword drills »)
  const ws = words(ctx.index.story.sentences[at2]?.text ?? "");
  for (let k = 1; k < ws.length; k++) {
    if (!ctx.m.found(keysOf(ws[k]!), [noun]).length) continue;
    const near = [ws[k - 1], ws[k + 1]].filter((w): w is string => w !== undefined);
    if (near.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && fold(w) !== name.word && !NOT_OWNER.has(fold(w)))) return false;
  }
  return true;
}

/**
 * A measure (a span, a distance, a share) is read loosely, so what it is of must be said by its
 * sentence or the one before: the thing the question names (not one found through a role), unless
 * it is asked as the source.
 */
/**
 * « how many seats does the Greens' list get »: of a list of counts for several parties in one
 * sentence (« the Reds won 52 seats, the Greens 17 »), only the one written against the party asked.
 */
function ownerFits(ctx: Ctx, f: IndexedFigure, candidates: IndexedFigure[]): boolean {
  const e = ctx.entity;
  if (!e || !ctx.named || !e.nameWords.some((n) => ctx.query.words.includes(fold(n)))) return true;
  if (!candidates.some((g) => g !== f && g.figure.sentence === f.figure.sentence && g.figure.category === f.figure.category)) return true;
  const owner = ownerOf(ctx.index, f);
  return owner?.party == null || ownedBy(owner, e);
}

function aboutFits(ctx: Ctx, f: IndexedFigure): boolean {
  const i = f.figure.sentence;
  const e = ctx.entity;
  if (!e || !ctx.named || !e.nameWords.some((n) => ctx.query.words.includes(fold(n)))) return true;
  if (CLAIM_CUE.test(ctx.query.folded) || f.figure.claimedBy === e.name) return true;
  // « put Kestrel on 62 percent, against Vane's 28 percent »: a measure belongs to the name written last before it
  const owner = ownerOf(ctx.index, f);
  // (or written against another party in a sentence that does not name the one asked: « the Union came out on top at 30 % »)
  // (a name that is no entity of the story, often a place, « arrived in Ostravia for a four-day tour », owns nothing then)
  if (owner?.party && !ownedBy(owner, e) && (listed(ctx.index, f) || (owner.entity !== null && !e.mentions.includes(i)))) return false;
  return e.mentions.includes(i) || (ctx.index.sentences[i - 1]?.index === i - 1 && e.mentions.includes(i - 1));
}

interface Owner {
  name: string;
  keys: KeySet;
  /** The story's person or body the name is one of, if any. */
  entity: Entity | null;
  /** Who the figure is of, for telling the parts of a list apart: the entity's name, or the name itself when the story writes it capitalised inside a sentence (a sentence's first word, « Whereby », is none). */
  party: string | null;
}

const midMemo = new WeakMap<StoryIndex, Set<string>>();
const MID_CAPITAL = /[\p{L}\p{N},'’]\s+(\p{Lu}[\p{L}'’-]*)/gu;

/** Whether the story writes `word` capitalised after a word of the sentence, not only as a sentence's first word (once per story). */
function midSentence(index: StoryIndex, word: string): boolean {
  let seen = midMemo.get(index);
  if (!seen) {
    seen = new Set();
    for (const s of index.story.sentences) for (const m of s.text.matchAll(MID_CAPITAL)) seen.add(m[1]!);
    midMemo.set(index, seen);
  }
  return seen.has(word);
}
const ownerMemo = new WeakMap<IndexedFigure, Owner | null>();
const listedMemo = new WeakMap<IndexedFigure, boolean>();
const partMemo = new WeakMap<IndexedFigure, boolean>();
const CAPITAL_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|du|des))*/gu;

/**
 * Whose a figure is, as news lists write it (« the Greens with 12.5 %, while the Reds took
 * 30 % », « put Kestrel on 62 percent, against Vane's 28 percent »): the first name of the clause
 * that leads to it, looking back no further than the figure before it in the sentence; null when none.
 */
function ownerOf(index: StoryIndex, f: IndexedFigure): Owner | null {
  const hit = ownerMemo.get(f);
  if (hit !== undefined) return hit;
  const text = index.story.sentences[f.figure.sentence]?.text ?? "";
  const at = text.indexOf(f.figure.text);
  let from = 0;
  for (const g of index.figures) {
    if (g === f || g.figure.sentence !== f.figure.sentence) continue;
    const end = text.indexOf(g.figure.text) + g.figure.text.length;
    if (end <= at && end > from) from = end;
  }
  const stretch = at > 0 ? text.slice(from, at) : "";
  // (edges found on the folded stretch, which keeps every offset of the one as written)
  const edges = [0, ...[...foldKeepLength(stretch).matchAll(CLAUSE_EDGE)].map((m) => m.index + m[0].length)];
  let owner: Owner | null = null;
  for (let k = edges.length - 1; k >= 0 && owner === null; k--) {
    const clause = stretch.slice(edges[k], k + 1 < edges.length ? edges[k + 1] : undefined);
    for (const m of clause.matchAll(CAPITAL_RUN)) {
      const run = m[0].split(/\s+/).filter((w) => !NOT_OWNER.has(fold(w).replace(/['’]s?$/, "")));
      if (run.length && /^\p{Lu}/u.test(run[0]!)) {
        const name = run.join(" ");
        owner = { name, keys: keysOf(name), entity: null, party: null };
        const found = owner;
        owner.entity = index.entities.find((e) => ownedBy(found, e)) ?? null;
        owner.party = owner.entity?.name ?? (midSentence(index, run[0]!) ? name : null);
        break;
      }
    }
  }
  ownerMemo.set(f, owner);
  return owner;
}

/** Whether a figure is one party's part of a list: its sentence gives another of its kind written against someone else. */
function partyPart(index: StoryIndex, f: IndexedFigure): boolean {
  const hit = partMemo.get(f);
  if (hit !== undefined) return hit;
  const owner = ownerOf(index, f);
  const party = owner?.party ?? null;
  const part = party !== null && index.figures.some((g) => g !== f && g.figure.sentence === f.figure.sentence && g.figure.category === f.figure.category && g.figure.unit === f.figure.unit && (ownerOf(index, g)?.party ?? party) !== party);
  partMemo.set(f, part);
  return part;
}

/** Whether a figure's sentence holds another figure of its kind: a list (« 41 seats, … 37 seats »). */
function listed(index: StoryIndex, f: IndexedFigure): boolean {
  const hit = listedMemo.get(f);
  if (hit !== undefined) return hit;
  const list = index.figures.some((g) => g !== f && g.figure.sentence === f.figure.sentence && g.figure.category === f.figure.category && g.figure.unit === f.figure.unit);
  listedMemo.set(f, list);
  return list;
}

/** Whether the name a figure is written against is the one asked (any of its names, or its role). */
function ownedBy(owner: Owner, e: Entity): boolean {
  const ws = new Set(words(owner.name).map((w) => fold(w.replace(/['’]s?$/, ""))));
  return e.nameWords.some((n) => ws.has(fold(n))) || e.aliases.some((a) => fold(owner.name).includes(fold(a)) && a.length > 2) || [...owner.keys].some((k) => e.keys.has(k));
}

/** Whether a sentence's keys name a place: the place itself, its people's word, or an adjective built on its stem. */
function placeNamed(ctx: Ctx, keys: ReadonlySet<string>, t: Term): boolean {
  if (nationalityIn(keys, t, ctx.m)) return true;
  const stems = t.keys.filter((k) => k.length >= 5);
  for (const k of keys) if (stems.some((st) => k.startsWith(st))) return true;
  return false;
}

function rank(ctx: Ctx, figures: IndexedFigure[], unstated: IndexedUnstated[]): Candidate[] {
  // « quel taux de participation »: « taux » asks for a share, every share of the story has it
  const share = ctx.reading.measure === "percent";
  const terms = share ? topicTerms(ctx, null).filter((t) => !SHARE_ASKING.has(t.word)) : topicTerms(ctx, null);
  const places = namedPlaces(ctx);
  const ifAsked = asksConditional(ctx);
  const source = sourceTerms(ctx);
  const out: Candidate[] = [];
  for (const f of figures) {
    // the question's words that qualify the counted noun itself (« Russian » troops) weigh double
    let score = ctx.m.score(f.clauseKeys, terms) + ctx.m.score(f.countedKeys, terms) * 0.5 + entityBonus(ctx, f.figure.claimedBy, null, f.figure.sentence);
    // a number for another place answers another question
    // (« en Ruritanie » is named by « Ruritanian law » as well: the adjective begins with the place's stem)
    if (places.length && places.some((t) => !placeNamed(ctx, ctx.index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), t))) score -= 3;
    if (ctx.query.numbers.some((n) => n === f.figure.value)) score += 4;
    // « according to the air force »: that claimant's figure before another's
    if (source.length && f.figure.claimedBy) score += claimedBySource(ctx, f.figure.claimedBy, source) ? 2 : -1;
    // a sum owed only if something happens answers the question that asks on that condition, not the plain one
    if (conditional(ctx.index, f) !== ifAsked) score += conditional(ctx.index, f) ? -4 : 0;
    else if (ifAsked) score += 2;
    // a share is read loosely (one answer): of equals, the one whose clause has the question's word as written, not a word it only begins
    if (share) score += 0.01 * terms.filter((t) => t.keys.some((k) => f.clauseKeys.has(k))).length;
    // « the Union won 41 seats, the Greens 37 »: of a list, the figure written against the party the question names
    if (partyPart(ctx.index, f)) {
      const owner = ownerOf(ctx.index, f);
      if (owner && ctx.m.found(owner.keys, terms).length) score += 1;
    }
    out.push({ score, figure: f });
  }
  for (const u of unstated) {
    const all = new Set([...u.clauseKeys, ...u.whatKeys]);
    const score = ctx.m.score(all, terms) + 0.5 * ctx.m.score(u.whatKeys, terms) + entityBonus(ctx, null, u.unstated.by, u.unstated.sentence);
    out.push({ score, unstated: u });
  }
  return out.sort((a, b) => b.score - a.score || (a.figure ? 0 : 1) - (b.figure ? 0 : 1));
}

/** What a figure says, for telling repeats apart: its value, its range and what it counts (« 1 000 collecteurs » in the lead and again in the body). */
function sameness(f: IndexedFigure): string {
  const g = f.figure;
  return `${g.value}|${g.valueMax ?? ""}|${g.approx}|${fold(g.unit ?? g.counted ?? "")}`;
}

/** The figures with each repeat of an earlier one left out: a story that gives one count twice gives one answer. */
function distinct(figures: IndexedFigure[]): IndexedFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = sameness(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function figureDraft(ctx: Ctx, picked: IndexedFigure[], intent: string, sayFate = false): Draft {
  const { lang } = ctx;
  // « Three of the five judges »: a part is said with its whole, as the sentence writes them (the whole then once only)
  const withPart = new Set(picked.map((f) => wholeOf(ctx.index, f)).filter((w): w is IndexedFigure => w !== null));
  const chosen = distinct(picked.filter((f) => !withPart.has(f)));
  const parts: string[] = [];
  for (const f of chosen) {
    const whole = wholeOf(ctx.index, f);
    const text = ctx.index.story.sentences[f.figure.sentence]?.text ?? "";
    // (« 540 amendes, dont 87 »: a part told by « dont », « including » is said from its whole on)
    const parent = whole || f.figure.category === "percent" ? null : nearParent(ctx.index, f);
    const span = whole ? partSpan(text, f.figure.text, whole.figure.text) : parent ? partSpan(text, f.figure.text, parent.figure.text, true) : "";
    if (f.zero) parts.push(pick(lang, `Aucun : ${guillemets(f.figure.text)}.`, `None: ${guillemets(f.figure.text)} (zero).`));
    // (a French answer gives no value beside the words: the part's own number leads, the whole being in them too)
    else if (span) parts.push(`${lang === "fr" && f.figure.counted === null && !span.startsWith(f.figure.text) ? `${f.figure.text.trim()} : ` : ""}${describeFigure(ctx, { ...f.figure, text: span })}`);
    // (« 4 out of 30 stations » answering « how many »: the count is its first number, not the share)
    else {
      const part = ctx.reading.measure !== "percent" ? ratioPart(f.figure) : null;
      // (a count answered for its noun though it counts the wounded or the dead: its fate is said with it)
      const fate = part === null && sayFate ? fateSaid(ctx.index, f) : null;
      if (part !== null) parts.push(`${lang === "fr" ? `${formatValue(part)} : ` : ""}${describeFigure(ctx, { ...f.figure, value: part, category: "other" })}`);
      else if (fate) parts.push(describeFigure(ctx, { ...f.figure, text: fate }));
      else parts.push(describeFigure(ctx, f.figure));
    }
  }
  // the sentences are cited beneath the answer, not pasted into it
  return {
    answered: true,
    intent,
    parts,
    cites: chosen.map((f) => f.figure.sentence),
    figures: chosen.map((f) => ({ text: f.figure.text, claimedBy: f.figure.claimedBy, sentence: f.figure.sentence })),
    focus: chosen[0]!.figure.claimedBy,
  };
}

/** The count a « dont », « including » part is told from, when it stands a few words before it (« 64 bus, dont 9 électriques »): said with it then. */
function nearParent(index: StoryIndex, f: IndexedFigure): IndexedFigure | null {
  const p = parentOf(index, f);
  if (!p) return null;
  const text = index.story.sentences[f.figure.sentence]?.text ?? "";
  const from = text.indexOf(p.figure.text);
  const to = text.indexOf(f.figure.text);
  return from >= 0 && to > from && words(text.slice(from + p.figure.text.length, to)).length <= 4 ? p : null;
}

/**
 * A part said with its whole, as the sentence writes them: from the part to the whole (« Three of the five judges »), or
 * from the clause's opening to the part when the whole comes first (« Sur les 200 autobus de la ville, 45 »).
 */
function partSpan(text: string, part: string, whole: string, fromWhole = false): string {
  const p = text.indexOf(part);
  const w = text.indexOf(whole);
  if (p < 0 || w < 0) return "";
  if (p < w) return text.slice(p, w + whole.length);
  const open = fromWhole ? w : Math.max(text.lastIndexOf(",", w), text.lastIndexOf(";", w), text.lastIndexOf(":", w)) + 1;
  return text.slice(open, p + part.length).trim();
}

/**
 * Whether the question holds a word of what the sentence says of a part, after both the part and its whole, to the
 * clause's end (« sided with the city » of « Three of the five judges sided with the city », « were sailing » of « Of
 * the county's 90 ferries, 25 were sailing »).
 */
function saidOfPart(index: StoryIndex, part: IndexedFigure, whole: IndexedFigure, terms: Term[]): boolean {
  const text = index.story.sentences[part.figure.sentence]?.text ?? "";
  const p = text.indexOf(part.figure.text);
  const w = text.indexOf(whole.figure.text);
  if (p < 0 || w < 0) return true;
  const rest = text.slice(Math.max(p + part.figure.text.length, w + whole.figure.text.length)).split(/[,;:.!?]/)[0] ?? "";
  const keys = keysOf(fold(rest));
  return terms.some((t) => t.keys.some((k) => keys.has(k)));
}

/** « Les autorités des deux pays » → « les autorités des deux pays » inside a sentence. */
function inSentence(by: string): string {
  return /^(?:Les|La|Le|L'|L’|The)\b/.test(by) ? by[0]!.toLowerCase() + by.slice(1) : by;
}

/** « Minsk and Moscow gave no number »: a number not given, said beside the figures that are. */
function withheld(ctx: Ctx, u: IndexedUnstated): string {
  const by = u.unstated.by;
  if (ctx.lang === "fr") return by ? `${by[0]!.toUpperCase()}${by.slice(1)} n'ont pas donné de chiffre (${u.unstated.what}).` : `La dépêche précise que ${u.unstated.what} n'a pas été donné.`;
  const who = by ? roleIn(by.replace(/^(?:les|le|la|l['’])\s*/i, ""), ctx.index.story.lang, "en") : null;
  // « the armed forces of Minsk » takes an article, « Riga and Tallinn » does not
  const bare = who?.replace(/^the\s+/i, "");
  return bare ? `${/^\p{Lu}/u.test(bare) ? bare : `The ${bare}`} gave no number (${roleIn(u.unstated.what, ctx.index.story.lang, "en")}).` : `The story says ${roleIn(u.unstated.what, ctx.index.story.lang, "en")} was not given.`;
}

export function notGiven(ctx: Ctx, u: IndexedUnstated): Draft {
  const { lang } = ctx;
  const by = u.unstated.by;
  return {
    answered: true,
    intent: "count",
    parts: [
      pick(
        lang,
        // « pas de chiffre » first: what a reader looks for, then who gave none
        `Pas de chiffre : ce chiffre n'a pas été précisé${by ? ` par ${inSentence(by)} (${u.unstated.what})` : ""}.`,
        `That number was not given: ${by ? `the ${roleIn(by.replace(/^(?:les|le|la|l['’])\s*/i, ""), ctx.index.story.lang, "en").replace(/^the\s+/i, "")} did not specify the ${roleIn(u.unstated.what.replace(/^(?:les|le|la|l['’])\s*/i, ""), ctx.index.story.lang, "en").replace(/^the\s+/i, "")}` : `the dispatch says ${roleIn(u.unstated.what, ctx.index.story.lang, "en")} was not specified`}.`,
      ),
    ],
    cites: [u.unstated.sentence],
  };
}

const SOURCE_WORDS = /\b(?:according to|selon|d'apres|says|dit|estime)\b/;

/** Words that ask for a number without saying about what (« total », « now », « this year »). */
const NEUTRAL_WORDS = new Set(
  "big large size taille how strong grand grande important importante total overall currently now today actually exactly roughly approximately around environ actuellement maintenant exactement totale already still yet ever so far deja toujours encore year years annee annees an ans cost costs coute cout price prix worth value valeur money argent amount montant much pay pays paying paid payer paye debut start beginning outset".split(" "),
);

const STILL = /^(?:still|now|currently|today|remain|remains|remaining|left|encore|toujours|actuellement|aujourd'hui|maintenant|restent|reste|restant|restants)$/;

/** A word of the question the story never meets, itself or translated, that says nothing of the dead or wounded. */
function unknownWord(ctx: Ctx, t: Term): boolean {
  return ctx.m.weight(t) >= idf(ctx.index, "\u0000") && casualtyNoun(t.word) === null;
}

/**
 * Whether a figure's sentence (with the one before it, which « ces soldats » refers to) holds
 * most of what the question says about the count: « how many times did they try » is not
 * answered by a toll that shares only « kill » with it.
 */
function holdsQuestion(ctx: Ctx, sentence: number, counted: { word: string }[], opts: { topical?: boolean; relaxed?: boolean; evidence?: boolean } = {}): boolean {
  const unknown = idf(ctx.index, "\u0000");
  const places = askedPlace(ctx).places;
  const source = SOURCE_WORDS.exec(ctx.query.folded);
  const fromSource = source ? new Set(ctx.query.folded.slice(source.index).match(/[\p{L}\p{N}'-]+/gu) ?? []) : new Set<string>();
  const terms = questionTerms(ctx).filter(
    (t) =>
      !counted.some((c) => c.word === t.word) &&
      !NEUTRAL_WORDS.has(t.word) &&
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
function noCount(ctx: Ctx, noun: string | null, near: IndexedFigure[] = [], declined: string | null = null): Draft {
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
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]+)\*?,\s*$/u;
const AGE_WORDS = /\b(?:age|agee?s?|ans|years? old|year-old|ans?-)\b/;

/** The name a bare number set between commas follows (« Kowalski, 52, »), when it is set so: that person's age. */
function appositiveAge(sentence: string, f: Figure): string | null {
  // « Kowalski, 52, », « Mathis*, 32 ans, »
  if (f.category === "date" || !/^\d{1,3}(?: ans)?$/.test(f.text) || f.value < 1 || f.value > 115) return null;
  for (let at = sentence.indexOf(`, ${f.text},`); at >= 0; at = sentence.indexOf(`, ${f.text},`, at + 1)) {
    const m = NAME_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at + 1));
    if (m) return m[1]!;
  }
  // « Kowalski, who was 52 at the time, », « Kowalski, qui avait 52 ans, »: a relative clause that gives the bare number
  if (!/^\d{1,3}$/.test(f.text)) return null;
  for (const m of sentence.matchAll(WHO_WAS)) {
    if (m[2] === f.text && AFTER_AGE.test(sentence.slice(m.index + m[0].length))) return m[1]!;
  }
  return null;
}

// « Kowalski, who was 52 », « Kowalski, who is now 52 »: a name, then a relative clause of being with a bare number
const WHO_WAS = /(\p{Lu}[\p{L}'’-]+)\*?,\s+who\s+(?:is|was)\s+(?:now\s+|then\s+)?(\d{1,3})/gu;
// what may follow an age so given: the clause's end, « at the time », « when », « years old »
const AFTER_AGE = /^(?:\s*[,.;)]|\s+(?:at the time|when|and|years? old)\b|\s*$)/;

// « le passeur, 31 ans, », « the skipper, 31, »: a common noun of a person, then the age between commas
const NOUN_COMMA = /(?:^|\s)(?:le|la|l'|un|une|the|a|an)\s+\p{Ll}[\p{L}-]{2,},\s*$/u;

// « the 52-year-old Kowalski »: an age glued before a name; « Kowalski, who at age 52 », « Kowalski, âgé de 52 ans »: after it
const NAME_AFTER_AGE = /^\s+(\p{Lu}[\p{L}'’-]+)/u;
const NAME_BEFORE_AGE = /(\p{Lu}[\p{L}'’-]+)\*?,\s*(?:(?:who|qui)\s+(?:(?:is|was|est|etait|était)\s+)?)?$/u;

/** The name an age figure is written against (« the 52-year-old Kowalski », « Kowalski, aged 52 »): that person's age, not another's of the sentence. */
function boundAge(sentence: string, f: Figure): string | null {
  if (f.category !== "age") return null;
  const at = sentence.indexOf(f.text);
  if (at < 0) return null;
  if (/-year-old$/i.test(f.text)) {
    const after = NAME_AFTER_AGE.exec(sentence.slice(at + f.text.length, at + f.text.length + 40));
    if (after) return after[1]!;
  }
  return NAME_BEFORE_AGE.exec(sentence.slice(Math.max(0, at - 50), at))?.[1] ?? null;
}

// « un pompier de 44 ans »: a noun, « de », years: that person's age (« plus de 10 ans », « depuis 10 ans » are spans)
const NOUN_DE = /(?:^|\s)(?!(?:plus|moins|pres|pendant|depuis|environ|durant|ans)\s)\p{L}{3,}\s+de\s*$/u;

function personOfAge(sentence: string, f: Figure): boolean {
  if (!/\bans$/.test(fold(f.text)) || !/^\d/.test(f.text)) return false;
  const at = sentence.indexOf(f.text);
  if (at <= 0) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  // (« le passeur, 31 ans, a été arrêté »: the age set between commas after the noun)
  // (« ce voisin qui avait 19 ans »: a relative clause of having the years)
  return NOUN_DE.test(fold(before)) || /\bqui (?:a|avait|aura|aurait)\s*$/.test(fold(before)) || (NOUN_COMMA.test(before) && /^\s*[,.;)]/.test(sentence.slice(at + f.text.length)));
}

/** The age figures of someone (in a sentence about them, or the only one), or, asked of no one, those whose sentence says what the question says. */
export function agesFor(ctx: Ctx, e: Entity | null): Figure[] {
  const text = (f: Figure) => ctx.index.story.sentences[f.sentence]?.text ?? "";
  const named = new Map<Figure, string>();
  for (const f of ctx.index.figures) {
    const name = f.figure.category === "age" ? boundAge(text(f.figure), f.figure) : appositiveAge(text(f.figure), f.figure);
    if (name) named.set(f.figure, name);
  }
  const ages = ctx.index.figures.filter((f) => f.figure.category === "age" || named.has(f.figure) || (AGE_WORDS.test(fold(f.figure.text)) && f.figure.category !== "date")).map((f) => f.figure);
  const real = ages.filter((f) => f.category === "age" || named.has(f) || personOfAge(text(f), f));
  const pool = real.length ? real : ages;
  if (!pool.length) return [];
  if (e) {
    const isHis = (n: string) => e.nameWords.some((w) => fold(w) === fold(n));
    // « Okafor, 47, » is Okafor's age; « Al Hamdi, 52, » in a sentence that also names Okafor is not
    const apposed = pool.find((f) => named.has(f) && isHis(named.get(f)!));
    if (apposed) return [apposed];
    // « the 52-year-old Minister »: a role word after the age is no one's name
    const free = (f: Figure) => !named.has(f) || [...keysOf(named.get(f)!)].some((k) => e.roleKeys.has(k));
    // a sentence that calls the person by a name of theirs alone (« Kowalski, who … ») speaks of them too
    // (as written, capital and all: « Boulanger » the name is not « boulanger » the baker)
    const namesHim = (f: Figure) => words(text(f)).some((w) => w.length > 2 && /^\p{Lu}/u.test(w) && e.nameWords.includes(w));
    const own = pool.find((f) => (e.mentions.includes(f.sentence) || f.claimedBy === e.name || (e.nameWords.length > 0 && namesHim(f))) && free(f));
    if (own) return [own];
    // « Âgé de 52 ans, le ministre » describes whoever the role words name
    const byRole = pool.find((f) => {
      const ks = keysOf(text(f));
      return free(f) && ([...e.roleKeys].some((k) => ks.has(k)) || e.aliases.some((a) => fold(text(f)).includes(fold(a)) && a.length > 4));
    });
    if (byRole) return [byRole];
    // the only age of the story is not this person's when its sentence names someone else by name
    const only = pool.length === 1 ? pool[0]! : null;
    if (!only || named.has(only)) return [];
    if (entitiesIn(ctx.index, text(only), true).some((p) => p.entity !== e && p.entity.nameWords.length > 0)) return [];
    return [only];
  }
  if (pool.length === 1) return pool;
  // « quel âge avait l'enfant tué ? »: the ages whose sentence says most of what the question says of the person
  const terms = questionTerms(ctx).filter((t) => !AGE_WORDS.test(t.word) && !ASKING_NUMBER.has(t.word));
  if (!terms.length) return [];
  // within a sentence, the person the age is set beside (« a woman aged 70 », « une fillette de 9 ans », « a 35-year-old fisherman »)
  const beside = (f: Figure) => {
    const t = text(f);
    const at = t.indexOf(f.text);
    if (at < 0) return new Set<string>();
    const before = t.slice(0, at).split(/\s+/).slice(-4).join(" ");
    const after = t.slice(at + f.text.length).split(/\s+/).slice(0, 3).join(" ");
    return keysOf(`${before} ${after}`);
  };
  const scored = pool.map((f) => ({ f, score: ctx.m.score(sentenceKeys(ctx, f.sentence), terms) + 0.5 * ctx.m.score(beside(f), terms) }));
  const best = Math.max(...scored.map((s) => s.score));
  if (best <= 0) return [];
  // two ages in the sentence that fits (« une fillette de 9 ans … en fait âgée de 10 ans »): both are given
  return scored.filter((s) => s.score >= best - 1e-9).map((s) => s.f).slice(0, 2);
}

/** The age figure of someone: in a sentence about them, or the only one. */
export function ageOf(ctx: Ctx, e: Entity | null): Figure | null {
  return agesFor(ctx, e)[0] ?? null;
}

const LENGTH_Q = /\b(?:how long|what length|quelle (?:est la |sera la )?longueur|long de combien)\b/;

const CLOCK_BEFORE = /(?:^|[^\p{L}])(?:a|at|vers|des|dès|jusqu'a|jusqu'à|until|by|from|de)\s*$/u;

/** « à 16 heures »: hours set after « à », « at »: the time something happened, not how long it lasted. */
function clockTime(index: StoryIndex, f: IndexedFigure): boolean {
  if (!/\b(?:heures?|hours?|h)\b/.test(fold(f.figure.text))) return false;
  const text = index.story.sentences[f.figure.sentence]?.text ?? "";
  const at = text.indexOf(f.figure.text);
  return at > 0 && CLOCK_BEFORE.test(fold(text.slice(Math.max(0, at - 12), at)));
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

function countOnly(ctx: Ctx): Draft {
  const { lang, index } = ctx;
  const measure = ctx.reading.measure;
  // « how much does X expect to lose », « combien va-t-il perdre ? »: a sum asked with a verb of money and nothing counted
  // named is answered by a sum when the story gives one that fits, before any share or count of its sentence
  const bySum = !/\b(?:how many|combien de|combien d'|pourcentage|percent\w*|share|part)\b/.test(ctx.query.folded) && !countedIn(ctx).cls;
  if ((measure === "count" || measure === "degree") && (MONEY_VERB.test(ctx.query.folded) || moneyWay(ctx.query.folded) !== null) && bySum) {
    const d = countOnly({ ...ctx, reading: { ...ctx.reading, measure: "money" } });
    if (d.answered) return d;
    const way = sumByWay(ctx);
    if (way) return way;
  }
  if (measure === "age") {
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
    // (« à 16 heures », "at 10 hours" is a time of day, no span)
    const spans = index.figures.filter((f) => f.figure.category !== "age" && f.figure.category !== "date" && [...f.countedKeys].some((k) => DURATION_KEYS.has(k)) && !clockTime(index, f));
    // no span is given: an end date (« jusqu'au 12 octobre ») still says how long
    if (!spans.length) return shareInWords(ctx, SPAN_WORDS) ?? whenWhere({ ...ctx, reading: { ...ctx.reading, intent: "when" } });
    // « combien de jours », « how many hours »: the spans counted in the unit asked, when the story gives some
    const unit = askedTimeUnit(ctx);
    const inUnit = unit ? spans.filter((f) => timeUnitOf(f.figure, ctx.index.story.lang === "en" ? "en" : "fr") === unit) : [];
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
    const length = measure === "distance" && LENGTH_Q.test(ctx.query.folded);
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
    // (« a 64-page opinion ») or its span (« a 40-minute speech »), when the figure's sentence speaks of it
    return d.answered || !length ? d : (lengthOfText(ctx) ?? spanInstead(ctx) ?? d);
  }
  if (measure === "money") {
    // « le prix d'un système », « cost per drone » ask a unit price: a total is not one
    const unit = UNIT_PRICE_Q.test(ctx.query.folded) || asksPerUnit(ctx);
    // « how much revenue »: the sum must be of what the question names
    const what = moneyNoun(ctx);
    // « by how much will fares rise »: a change is given as a sum or as a share
    const change = /\b(?:by how much|de combien)\b/.test(ctx.query.folded);
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

/** What a « how long is X » question names: its words that ask nothing (« long », « pages »). */
function lengthAsked(ctx: Ctx): Term[] {
  return ctx.query.terms.filter((t) => !NEUTRAL_WORDS.has(t.word) && !ASKING_NUMBER.has(t.word) && !TEXT_LENGTH.has(t.word) && !LENGTH_WORDS.has(t.word));
}

/**
 * The thing a length figure measures: the noun after a glued unit (« a 64-page opinion »), else the words right before
 * the figure (« un rapport de 300 pages », « a speech of 40 minutes »).
 */
function measuredKeys(ctx: Ctx, f: IndexedFigure): KeySet {
  if (gluedUnit(f.figure) !== null && f.figure.counted) return keysOf(f.figure.counted, true, ctx.index.story.lang === "en");
  const text = ctx.index.story.sentences[f.figure.sentence]?.text ?? "";
  const at = text.indexOf(f.figure.text);
  if (at < 0) return new Set();
  // (« a 40-minute speech » whose figure ends on its unit: the noun right after it)
  const after = /-\p{L}+$/u.test(f.figure.text) ? (text.slice(at + f.figure.text.length).match(/^\s+\p{L}+/u)?.[0] ?? "") : "";
  return keysOf(`${text.slice(Math.max(0, at - 30), at)} ${after}`, true, ctx.index.story.lang === "en");
}

/** « how long is the report »: a figure in pages or words (« a 64-page opinion », « un rapport de 40 pages ») of the text the question names. */
function lengthOfText(ctx: Ctx): Draft | null {
  const asked = lengthAsked(ctx);
  if (!asked.length) return null;
  const pages = ctx.index.figures.filter((f) => !f.zero && (TEXT_LENGTH.has(gluedUnit(f.figure) ?? "") || TEXT_LENGTH.has(fold(f.figure.unit ?? ""))) && ctx.m.found(measuredKeys(ctx, f), asked).length > 0);
  if (!pages.length) return null;
  const d = choose(ctx, pages, [], [], null, { loose: true, single: true });
  return d.answered ? d : null;
}

/** « how long was the speech »: a span the story gives of the thing named (« a 40-minute speech »), read as « how long did it last ». */
function spanInstead(ctx: Ctx): Draft | null {
  const asked = lengthAsked(ctx);
  if (!asked.length) return null;
  const d = countOnly({ ...ctx, reading: { ...ctx.reading, measure: "duration" } });
  const of = (g: { text: string; sentence: number }) => ctx.index.figures.find((f) => f.figure.text === g.text && f.figure.sentence === g.sentence);
  const named = (g: { text: string; sentence: number }) => {
    const f = of(g);
    return f !== undefined && ctx.m.found(measuredKeys(ctx, f), asked).length > 0;
  };
  return d.answered && d.figures?.length && d.figures.every(named) ? d : null;
}

/**
 * « how long could she serve », « il a écopé de combien, le gérant ? »: asked by a verb of penalty, the terms (and,
 * asked as a bare « combien », the fines) whose own clause gives them as a penalty; of someone named, the clause
 * that names them (« X écope d'un an de prison, ses deux coauteurs de 5 ans »: X's year). None: the usual reading.
 */
function penalty(ctx: Ctx): Draft | null {
  const { index } = ctx;
  if (!PENALTY_ASKED[ctx.query.lang === "fr" ? "fr" : "en"].test(ctx.query.folded)) return null;
  // « how many years could she get », « combien d'années de prison »: a unit of time is no other noun counted
  const { cls, noun } = COUNT_CUE.test(ctx.query.folded) ? countedIn(ctx) : { cls: null, noun: null };
  if (cls || (noun && !TIME_UNITS[ctx.query.lang === "en" ? "en" : "fr"].has(noun) && !PENALTY_SAID.test(noun))) return null;
  const text = (f: IndexedFigure) => index.story.sentences[f.figure.sentence]?.text ?? "";
  const clause = (f: IndexedFigure) => clauseAround(text(f), f.figure.text);
  const span = (f: IndexedFigure) => [...f.countedKeys].some((k) => DURATION_KEYS.has(k));
  const fine = (f: IndexedFigure) => ctx.reading.measure === "count" && !noun && f.figure.category === "money";
  const terms = index.figures.filter((f) => !f.zero && f.figure.category !== "date" && f.figure.category !== "age" && (span(f) || fine(f)) && PENALTY_SAID.test(fold(clause(f))));

  if (!terms.length) return null;
  const e = ctx.entity;
  let own = terms;
  if (e) {
    // the clause that names the person asked, else their sentence when it names no one else
    const names = (t: string) => e.nameWords.some((w) => w.length > 2 && words(t).includes(w)) || e.aliases.some((a) => a.length > 4 && fold(t).includes(fold(a)));
    const byClause = terms.filter((f) => names(clause(f)));
    own = byClause.length ? byClause : terms.filter((f) => e.mentions.includes(f.figure.sentence) && !terms.some((g) => g !== f && g.figure.sentence === f.figure.sentence && names(clause(g))));
    if (!own.length) return null;
  }
  const picked = distinct(own);
  // several terms of several people, none asked by name: the usual reading weighs the question's other words
  if (!e && new Set(picked.map((f) => f.figure.sentence)).size > 1) return null;
  return figureDraft(ctx, picked.slice(0, 2), "count");
}

/**
 * « ils ont gagné combien ? », « ça a coûté combien ? »: a sum asked by a verb of money and nothing else
 * the story says is answered by the one sum whose clause says the money went the same way (« will
 * receive a bonus of N » for a gain, « cost N » for an outlay), when the sentence holds every other word
 * of the question and the story knows each; two such sums, or none, leave the decline standing.
 */
function sumByWay(ctx: Ctx): Draft | null {
  const { index } = ctx;
  const way = moneyWay(ctx.query.folded);
  if (!way) return null;
  const said = questionTerms(ctx).filter((t) => !NEUTRAL_WORDS.has(t.word) && !ASKING_NUMBER.has(t.word) && moneyWay(t.word) === null);
  // (« combien a coûté la tenue ? » of a story that never speaks of an outfit: its one cost is of something else)
  if (said.some((t) => unknownWord(ctx, t))) return null;
  const fit = index.figures.filter((f) => {
    if (f.figure.category !== "money" || f.zero) return false;
    const clause = fold(clauseAround(index.story.sentences[f.figure.sentence]?.text ?? "", f.figure.text));
    return moneyWay(clause) === way && ctx.m.found(index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), said).length === said.length;
  });
  const one = distinct(fit);
  return one.length === 1 ? figureDraft(ctx, one, "count") : null;
}

/**
 * « how many dead and wounded », « combien de drones et de missiles »: two counted nouns joined,
 * each a term of the question (no nationality: « Russian and Belarusian troops » is one count).
 */
function pairedNouns(ctx: Ctx): [Term, Term] | null {
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
function both(ctx: Ctx, a: Draft, b: Draft): Draft {
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
function countOf(ctx: Ctx, only: string | null, alongside: Term[]): Draft {
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
    // « combien sont tombés au Pendjab ? », « how many died from the fire? »: nothing counted is named,
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
  const howMany = /\b(?:how many|combien de|combien d'|number of|nombre de|nombre d')/.test(ctx.query.folded) && !(noun && moneyNounAsked(ctx, noun));
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

const storyWordsMemo = new WeakMap<StoryIndex, ReadonlySet<string>>();

/** Every word of the story, folded: built once per story. */
function storyWords(index: StoryIndex): ReadonlySet<string> {
  let hit = storyWordsMemo.get(index);
  if (!hit) storyWordsMemo.set(index, (hit = new Set(index.story.sentences.flatMap((s) => words(s.text).map(fold)))));
  return hit;
}

const elidedMemo = new WeakMap<IndexedFigure, IndexedFigure[]>();

/**
 * « Kowalski plans to recruit 300 drivers. "In May we took on 120." »: a bare number, in a sentence that counts
 * nothing by name, counts what a count of the sentence before counts, as news writing leaves the noun out once it is
 * said. None when the number is no such count (a casualty, a measure, a number with a noun).
 */
function elidedOf(index: StoryIndex, f: IndexedFigure): IndexedFigure[] {
  const hit = elidedMemo.get(f);
  if (hit !== undefined) return hit;
  let out: IndexedFigure[] = [];
  const g = f.figure;
  const bare = g.counted === null && g.unit === null && g.category === "other" && !f.zero && /^[\p{L}\s]*[\d][\d\s.,]*$/u.test(g.text.trim()) && casualtyOf(index, f) === null;
  const own = index.figures.some((h) => h.figure.sentence === g.sentence && h.figure.counted !== null && h.figure.category !== "date");
  if (bare && !own) {
    out = index.figures.filter((h) => h.figure.counted !== null && isCount(h.figure) && h.figure.sentence === g.sentence - 1);
  }
  elidedMemo.set(f, out);
  return out;
}

/** Whether the words right around a figure name the body (« son armée, forte de N », « a brigade of N »), not the sentence at large. */
function namesBody(ctx: Ctx, f: Figure, body: Set<string>): boolean {
  const text = ctx.index.story.sentences[f.sentence]?.text ?? "";
  const at = text.indexOf(f.text);
  if (at < 0) return false;
  const near = keysOf(text.slice(Math.max(0, at - 35), at + f.text.length + 25), true);
  return [...body].some((k) => near.has(k));
}

/** The keys of the body whose strength the question asks (« army », « brigade », either language), or null. */
function strengthAsked(ctx: Ctx): Set<string> | null {
  const m = ASKED_STRENGTH.exec(ctx.query.folded);
  const unit = m?.[1] ?? m?.[2];
  if (!unit) return null;
  return new Set([...keysOf(unit, true), ...unit.split(/\s+/).flatMap((w) => [...translate(w).flatMap((t) => [...keysOf(t, true)])])]);
}

/** The figures the one the question names gives (its claimant), when it names someone who gives some. */
function claimedByAsked(ctx: Ctx): IndexedFigure[] {
  const e = ctx.entity;
  // (« X dit combien », « according to X »: asked as the source, not as what the count is about)
  if (!e || !ctx.named || !CLAIM_CUE.test(ctx.query.folded)) return [];
  return ctx.index.figures.filter((f) => f.figure.claimedBy === e.name && !f.zero && f.figure.category !== "date" && !factsOf(ctx.index, f).source);
}

// a verb of losing, earning or paying money, folded (« perdre », « lose », « gagner », « earn », « payer », « pay »)
const MONEY_VERB = /\b(?:los(?:e|es|ing)|lost|earn(?:s|ed|ing)?|pa(?:y|ys|id|ying)|owe[sd]?|sav(?:e|es|ed|ing)|raise[sd]?|perd\w*|gagn\w*|pa(?:ie|ye)\w*|doi(?:t|vent) rembourser|econom\w*|lev(?:e|er|era|ent)\w*)\b/;
// a verb of costing, folded (« coûter », « coûtera », "cost"), not « couteau »
const COST_VERB = /\b(?:cout(?:e|es|ent|er|era|eront|erait|eraient|ait|aient|ant)|costs?|costing)\b/;

/** Units of measure, not things counted: « 200 tonnes », « 1 200 hectares », « dix ans ». */
const MEASURE_UNIT = /^(?:tonnes?|tons?|hectares?|km|kilometres?|kilometers?|metres?|meters?|m|miles?|litres?|liters?|barils?|barrels?|ans|annees?|years?|jours?|days?|mois|months?|semaines?|weeks?|heures?|hours?|minutes?|fois|times|%|points?|degres?|degrees?)$/;

/**
 * Two spellings of one noun across French and English (« passagers », « passengers »): of about the
 * same length, since a shared opening weighs heavily in the distance (« journalists » is no « jours »).
 */
function isCognate(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) <= 2 && a.slice(0, 4) === b.slice(0, 4) && jaroWinkler(a, b) >= 0.88;
}

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
function shareInWords(ctx: Ctx, re: RegExp = SHARE_WORDS): Draft | null {
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

const SPEND_Q = /\b(?:spend\w*|spent|expenditure|depens\w*|consacr\w*|invest\w*|(?:met|mettent|mis) dans|puts? into|devotes?|allocates?)\b/;
const GDP = /^\s*(?:de (?:son|leur|sa) |du |of (?:its|their|the) |of )?(?:pib|gdp|produit interieur brut|gross domestic product)\b/;

const SHARE_OF = /\b(?:share|proportion|percentage|fraction|part|pourcentage|taux|rate) (?:of|des|de|du|d')\s*(?:the |les |la |le |l')?([a-z-]{3,})/;

/** « deux fois plus », « three times », « x2 »: a factor. */
const FACTOR = /\b(?:fois|times|twice|double|triple|x\d)\b/;

/** Whether a figure is written as a change (« rose by 3% », « en hausse de 3 % »), not as the level reached. */
function isChange(ctx: Ctx, f: IndexedFigure): boolean {
  const text = fold(ctx.index.story.sentences[f.figure.sentence]?.text ?? "");
  const at = text.indexOf(fold(f.figure.text));
  return at > 0 && CHANGE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/** The unit of time the question counts in (« combien de jours », "how many hours"), if it counts in one. */
function askedTimeUnit(ctx: Ctx): TimeUnit | null {
  const cue = COUNT_CUE.exec(ctx.query.folded);
  const next = cue ? ctx.query.folded.slice(cue.index + cue[0].length).match(/[a-z-]+/)?.[0] : undefined;
  return next ? (TIME_UNITS[ctx.query.lang === "en" ? "en" : "fr"].get(next) ?? null) : null;
}

/** The unit of time a span is written in (« 5-day », « près de 18 mois »), read in the story's language
 * first: English "an" is no year when the span names its unit ("an eight-hour strike"). The other
 * language's words only when none of the story's is there (a short story's language may be misread). */
function timeUnitOf(f: Figure, lang: "fr" | "en"): TimeUnit | null {
  const ws = fold(f.text).split(/[^a-z]+/);
  for (const l of [lang, lang === "en" ? "fr" : "en"] as const) {
    for (const w of ws) {
      const u = TIME_UNITS[l].get(w);
      if (u) return u;
    }
  }
  return null;
}

/** A noun a sum of money measures, in the question's language: « combien de bénéfice » asks an amount, not a count. */
function moneyNounAsked(ctx: Ctx, w: string): boolean {
  return MONEY_NOUNS[ctx.query.lang === "fr" ? "fr" : "en"].has(w) && !countedAsThings(ctx, w);
}

/** « how many fines » of a story that writes « 540 fines »: a money noun the story counts as things is asked as a count. */
function countedAsThings(ctx: Ctx, w: string): boolean {
  const keys = new Set([...keysOf(w, true), ...translate(w)]);
  const storyLang = ctx.index.story.lang === "fr" ? "fr" : "en";
  // (« how many fines » of « 540 amendes »: the same noun through the dictionary)
  // (the head of what is counted: « 300 tax inspectors » counts inspectors, not taxes)
  const head = (f: IndexedFigure) => fold(headWord(f.figure.unit ?? f.figure.counted ?? "", storyLang) ?? "");
  const byDictionary = (f: IndexedFigure) => sameNounByDictionary(fold(w), ctx.query.lang === "fr" ? "fr" : "en", head(f), storyLang);
  return ctx.index.figures.some((f) => isCount(f.figure) && f.figure.counted !== null && ([...keysOf(head(f), true)].some((k) => keys.has(k)) || byDictionary(f)));
}

const ownCountryMemo = new WeakMap<StoryIndex, Map<number, KeySet>>();

/** The keys of sentence `i` alone, with the countries it writes as an abbreviation or a formal name (« The United States has … »). */
function ownCountryKeys(ctx: Ctx, i: number): KeySet {
  let memo = ownCountryMemo.get(ctx.index);
  if (!memo) ownCountryMemo.set(ctx.index, (memo = new Map()));
  let out = memo.get(i);
  if (!out) memo.set(i, (out = new Set([...(ctx.index.sentences[i]?.keys ?? []), ...abbreviationKeys(ctx.index.story.sentences[i]?.text ?? "")])));
  return out;
}

const tollMemo = new WeakMap<StoryIndex, Map<string, boolean>>();

/** Whether sentence `i` (or the one before, which « ces soldats » refers to) speaks of the dead or the wounded, as `kind` asks. */
function tollSentence(ctx: Ctx, i: number, kind: "killed" | "wounded"): boolean {
  let memo = tollMemo.get(ctx.index);
  if (!memo) tollMemo.set(ctx.index, (memo = new Map()));
  const id = `${kind}${i}`;
  let hit = memo.get(id);
  if (hit === undefined) {
    const asked = FATES.find((c) => c.kind === kind)!.asked;
    // (the words of a toll belong to the count they are said of, when the sentence has one: « 1,200 service members
    // were wounded. 9,000 troops remain » does not make the 9,000 a toll)
    const ownToll = (j: number) => ctx.index.figures.some((g) => g.figure.sentence === j && (factsOf(ctx.index, g).fate === kind || casualtyOf(ctx.index, g) === kind));
    const said = (j: number) => asked.test(fold(ctx.index.story.sentences[j]?.text ?? "")) && !ownToll(j);
    memo.set(id, (hit = said(i) || said(i - 1)));
  }
  return hit;
}

/** Whether sentence `i` names every place the question asks (« in South Korea »): what it counts is there. */
function placedThere(ctx: Ctx, i: number, places: Term[]): boolean {
  return places.length > 0 && ctx.m.found(ctx.index.sentences[i]?.keys ?? new Set<string>(), places).length === places.length;
}

/** « R20bn to R50bn », « de 3 à 5 % »: two figures of one sentence joined as the ends of a range. */
function rangePartners(ctx: Ctx, a: IndexedFigure, b: IndexedFigure): boolean {
  if (a.figure.sentence !== b.figure.sentence) return false;
  const text = fold(ctx.index.story.sentences[a.figure.sentence]?.text ?? "");
  const [first, second] = [a, b].map((f) => ({ f, at: text.indexOf(fold(f.figure.text)) })).sort((x, y) => x.at - y.at);
  if (!first || !second || first.at < 0 || second.at < 0) return false;
  const gap = text.slice(first.at + first.f.figure.text.length, second.at).trim();
  return /^(?:to|and|a|et|-|–)$/.test(gap);
}

const MONEY_WORDS = /^(?:money|cash|extra|more|less|much|does|do|did|is|are|was|were|will|would|has|have|had|the|a|an|of|it|they|he|she|we|you|in|to|on|for|this|that|each|per|total|overall|funding|financing|argent|fric|de|d|du|des)$/;

/** The noun after « how much » (« how much revenue »), when it names what the sum is of. */
function moneyNoun(ctx: Ctx): Term | null {
  const m = /\bhow much ([a-z-]+)/.exec(ctx.query.folded) ?? /\bcombien d(?:e |')(?!argent\b)([a-z-]+)/.exec(ctx.query.folded);
  const w = m?.[1];
  if (!w || MONEY_WORDS.test(w)) return null;
  return ctx.query.terms.find((t) => t.word === w) ?? null;
}

interface ChooseOptions {
  noun?: string | null;
  /** A share, a distance, a span: the question's other words are often the measure's own, so only nationality and time must agree. */
  loose?: boolean;
  /** A sum, a share, a distance, a span: one figure (or the two ends of a range) is given, never a list. */
  single?: boolean;
  /** Candidates whose own stretch of their sentence must hold every word the question says of them. */
  wholly?: Set<IndexedFigure>;
  /** The per-unit question was already applied to the candidates. */
  perUnitChecked?: boolean;
  /** Loose, but the figure's sentence must still hold most of what the question is about. */
  topical?: boolean;
  /** The question names nothing counted: its sentence must hold some word of the question that is not a name. */
  evidence?: boolean;
  /** What is counted is one of the lexicon's classes (troops, tanks…), read from the question's own noun. */
  classed?: boolean;
  /** Spans counted in the unit of time the question counts in (« combien de jours » of « a 5-day hearing »): the unit agrees where words cannot tell. */
  unitAgrees?: Set<IndexedFigure>;
  /** A body's own strength is asked (« does the army have »): the candidates' clauses name it, whose it is is read in the whole sentence. */
  strength?: boolean;
}

/**
 * The figures that answer, among candidates of the right kind: they agree with the question
 * (nationality, what happened, time, each vs in all, the part of the sentence they belong to);
 * the best are given with their qualifier and source, and who withheld a number is said beside
 * them; a « not given » that fits better is the answer; when nothing fits, what the story does
 * give, and for what, is said as a decline.
 */
function choose(ctx: Ctx, candidates: IndexedFigure[], unstatedIn: IndexedUnstated[], counted: Term[], declined: string | null, opts: ChooseOptions = {}): Draft {
  const { lang, index } = ctx;
  const time = askedTime(ctx);
  const perUnit = !opts.perUnitChecked && asksPerUnit(ctx);
  // « how many in all » is no rate (« 24 a day »); « how many a day » is answered by one
  const rate = askedRate(ctx);
  const predicates = predicatesOf(ctx, counted);
  // where the count holds is checked on the sentence and the one before it, not on the figure's own stretch
  const places = askedPlace(ctx).places;
  const ownPredicates = predicates.filter((t) => !places.includes(t));
  const fits = new Map<IndexedFigure, TimeFit>();
  const rejected: IndexedFigure[] = [];
  const names = requiredNames(ctx);
  const casualty = askedCasualty(ctx) ?? FATES.find((c) => c.asked.test(ctx.query.folded))?.kind ?? null;
  const otherParty: IndexedFigure[] = [];
  // « combien ont été arrêtés », "how many were evacuated": a fate beyond death and wounds, said in the count's own clause
  const fate = casualty === null ? askedFate(ctx.query.folded) : null;
  const fateFits = (f: IndexedFigure): boolean => fate === null || (f.figure.category !== "money" && f.figure.category !== "percent" && f.figure.category !== "date" ? factsOf(index, f).fates.includes(fate) && !factsOf(index, f).fate : true);
  // the words of the figure's own counted phrase (« Casques bleus ») count the thing, they do not qualify it
  // figures that fit in all but the words of the question their sentence lacks
  const wordsOnly: IndexedFigure[] = [];
  const presence = predicates.filter((t) => PRESENCE.has(t.word));
  // « how many were killed »: a count whose sentence says no one died (« plusieurs centaines de soldats déployés ») counts someone else
  const spared: IndexedFigure[] = [];
  const fated: IndexedFigure[] = [];
  const unharmed = (f: IndexedFigure): boolean => {
    const facts = factsOf(index, f);
    const no = casualty !== null && facts.fate !== casualty && casualtyOf(index, f) !== casualty && !tollSentence(ctx, f.figure.sentence, casualty);
    if (no) spared.push(f);
    return no;
  };
  let figures = candidates.filter((f) => {
    const facts = factsOf(index, f);
    const t = timeFit(facts, time);
    fits.set(f, t);
    // « stationed in Y », « déployés en Y »: a count its sentence puts in the place asked (« X has 28,000 troops in Y ») says the presence
    const own = placedThere(ctx, f.figure.sentence, places) ? [...counted, ...presence] : counted;
    const agreement = () => (opts.loose ? nationalitiesAgree(ctx, sentenceKeys(ctx, f.figure.sentence)) : agrees(ctx, sentenceKeys(ctx, f.figure.sentence), [...own, ...ctx.m.found(f.countedKeys)]));
    const fitsRest = (anyFate = false) =>
      nationalitiesAgree(ctx, opts.strength ? sentenceKeys(ctx, f.figure.sentence) : figureKeys(ctx, f)) &&
      countedNationalityFits(ctx, facts) &&
      placeFits(ctx, f.figure.sentence) &&
      (!opts.loose || aboutFits(ctx, f)) &&
      ownerFits(ctx, f, candidates) &&
      // « two protesters were injured » counts the injured, not the protesters; « two officials said » counts sources
      (!facts.fate || facts.fate === casualty || anyFate) &&
      fateFits(f) &&
      // « how many were killed »: a count whose sentence says no one died (« plusieurs centaines de soldats déployés ») counts someone else
      !unharmed(f) &&
      !facts.source &&
      t !== "disagrees" &&
      (!perUnit || facts.perUnit) &&
      (rate !== "total" || !facts.rate) &&
      segmentFits(ctx, f, candidates, ownPredicates) &&
      // (of three words or more, one may lie outside the stretch: a date cut off by a sentence split, « Oct. 7 »)
      (!opts.wholly?.has(f) || (ownPredicates.length > 0 && ctx.m.found(facts.segment, ownPredicates).length >= ownPredicates.length - (ownPredicates.length >= 3 ? 1 : 0)));
    // most of what the question says of the count is in the figure's sentence
    const holds = () => (opts.loose === true && !opts.topical) || holdsQuestion(ctx, f.figure.sentence, own, opts);
    const fitting = fitsRest();
    const named = namesFit(ctx, f, names);
    const rest = fitting && named;
    const ok = rest && agreement() && holds();
    if (rest && !ok) wordsOnly.push(f);
    // a figure that fits in all but the party the question names is another party's figure
    if (fitting && !named && agreement() && holds()) otherParty.push(f);
    // (« how many soldiers? » of « 1,200 service members were wounded »: a count of what is asked that fits in all but its fate)
    if (!fitting && facts.fate && casualty === null && fate === null && named && fitsRest(true) && agreement() && holds()) fated.push(f);
    if (!ok) rejected.push(f);
    return ok;
  });
  // « how many soldiers? » asks no fate: when the only counts of soldiers the story gives are of the wounded or the dead,
  // those answer, their fate said with them (« 1,200 service members were wounded »), never another thing's count
  const fatedOnly = !figures.length && fated.length > 0 && counted.length > 0;
  if (fatedOnly) figures = fated;
  // « how many took part in 2019? »: the year asked, written on a figure that fits in all but a word of the question its
  // sentence says otherwise (« s'étaient relayés » for « took part »), answers before figures that share the word but give
  // no year (the count as it stands now, not the year's)
  if (time.years.length && figures.length && !figures.some((f) => fits.get(f) === "agrees")) {
    const dated = wordsOnly.filter((f) => fits.get(f) === "agrees");
    if (dated.length) {
      rejected.splice(0, rejected.length, ...rejected.filter((f) => !dated.includes(f)), ...figures);
      figures = dated;
    }
  }
  // « how many seats are there in the assembly »: the whole, not one party's part of a list (« the Union won 41 seats, the
  // Greens 37 »), when the question names none of the list's parties and the story gives a figure outside the list
  // (nothing outside the list fits, and the question says more than what it counts: no part answers for the whole)
  const parts = figures.filter((f) => partyPart(index, f));
  const whole = parts.length < figures.length || (counted.length > 0 && otherWords(ctx, counted).length > 0 && new Set(parts.map((f) => ownerOf(index, f)!.party)).size > 1);
  let partsOnly = false;
  // (only a count of a thing named, « seats »: a sum or a share of a sentence that names a war or an institute before it is no party's part)
  if (counted.length > 0 && parts.length && whole && !parts.some((f) => ctx.m.found(ownerOf(index, f)!.keys, topicTerms(ctx, null)).length)) {
    rejected.push(...parts);
    figures = figures.filter((f) => !parts.includes(f));
    partsOnly = figures.length === 0;
  }
  // nothing fits, but the question's words the story never uses are all that set some figures apart: when reading
  // past them singles out one sentence, that sentence is the answer (a reader's own verb, another language's word)
  if (!figures.length && wordsOnly.length) {
    const known = predicates.filter((t) => !unknownWord(ctx, t));
    // « encore détenus », « still open »: a count as it stands now is not the count of the event told (« 250 hostages were taken »)
    const now = ctx.query.words.some((w) => STILL.test(w));
    // « how many soldiers does Germany have stationed in Ukraine »: every place, side or name the question puts on the count
    // must be in the figure's sentence (the Ukrainian soldiers Germany trains are not German soldiers in Ukraine)
    // (a nationality in any of its forms: « US troops » are those of « The United States »)
    const nats = new Set([...askedNationalities(ctx), ...nationalityTerms(ctx.query)].filter((t) => !borderTerms(ctx).includes(t)));
    const placed = [...new Set([...places, ...namedPlaces(ctx)])].filter((t) => !nats.has(t));
    const loose = wordsOnly.filter(
      (f) =>
        !now &&
        ctx.m.found(ctx.index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), placed).length === placed.length &&
        [...nats].every((t) => nationalityIn(ownCountryKeys(ctx, f.figure.sentence), t, ctx.m)) &&
        // only what the question counts, read in the figure's own counted words, lets its verb be passed over
        // (a span asked, « combien de temps ont-ils pour … », counts no noun: the one span whose sentence says some known word of the question)
        // (a sum asked, « combien doit-il payer », counts no noun either: its kind agrees, as a span's does; so does a bare
        // « à combien a été ramené X », whose sentence must still say some known word of the question)
        // (a part, « Three of the five judges », counts what its whole counts)
        (counted.length > 0 ? ctx.m.found(f.countedKeys, counted).length > 0 || ctx.m.found(wholeOf(index, f)?.countedKeys ?? new Set<string>(), counted).length > 0 : (opts.topical === true || opts.evidence === true || ctx.reading.measure === "money") && (known.length > 0 || opts.unitAgrees?.has(f) === true)) &&
        (opts.loose || !known.length || ctx.m.found(sentenceKeys(ctx, f.figure.sentence), known).length > 0) &&
        // (a span is of what its own sentence says: one known word of the question there)
        (!opts.topical || ctx.reading.measure !== "duration" || counted.length > 0 || (opts.unitAgrees?.has(f) === true && !known.length) || ctx.m.found(ctx.index.sentences[f.figure.sentence]?.keys ?? new Set<string>(), known).length > 0) &&
        nationalitiesAgree(ctx, sentenceKeys(ctx, f.figure.sentence)) &&
        holdsQuestion(ctx, f.figure.sentence, counted, { ...opts, relaxed: true }),
    );
    // (one sentence, or one figure the story repeats: « six months » in the lead and again in the body)
    if (loose.length && (new Set(loose.map((f) => f.figure.sentence)).size === 1 || distinct(loose).length === 1)) {
      figures = loose;
      rejected.splice(0, rejected.length, ...rejected.filter((f) => !loose.includes(f)));
    }
  }
  // « Three of the five judges sided with the city »: what the sentence says after a part is said of the part, not of
  // its whole; when both fit, the part answers (said with its whole)
  // (« how many stations are there in all? »: the whole is asked, not the part its verb is said of)
  const partsFitting = new Set(figures.map((f) => wholeOf(index, f)).filter((w): w is IndexedFigure => w !== null && figures.includes(w)));
  // (« how many ferries does the county have? » of « Of the county's 90 ferries, 25 were sailing »: asked in the whole's
  // words alone, with nothing the sentence says of the part, the whole answers too)
  const others = partsFitting.size ? ctx.query.terms.filter((t) => !counted.includes(t)) : [];
  const partAsked = (whole: IndexedFigure): boolean => figures.some((f) => wholeOf(index, f) === whole && saidOfPart(index, f, whole, others));
  if (partsFitting.size && askedRate(ctx) === "total") figures = figures.filter((f) => !partsFitting.has(wholeOf(index, f)!));
  else if (partsFitting.size) {
    const asked = [...partsFitting].filter(partAsked);
    rejected.push(...asked);
    figures = figures.filter((f) => !asked.includes(f) && !(partsFitting.has(wholeOf(index, f)!) && !asked.includes(wholeOf(index, f)!)));
  }
  // « 540 amendes, dont 87 pour … »: the part told by « dont », « including » shares its whole's words, so when both fit,
  // the question asked nothing of the part alone and the whole answers
  const ofParent = figures.filter((f) => { const p = parentOf(index, f); return p !== null && figures.includes(p); });
  if (ofParent.length) {
    rejected.push(...ofParent);
    figures = figures.filter((f) => !ofParent.includes(f));
  }
  const unstated = unstatedIn.filter((u) => agrees(ctx, unstatedKeys(ctx, u), [...counted, ...ctx.m.found(u.headKeys)]) && placeFits(ctx, u.unstated.sentence));
  // an earlier edition's count answers only when nothing about the event at hand does
  const current = figures.filter((f) => fits.get(f) !== "earlier");
  const earlier = figures.filter((f) => fits.get(f) === "earlier");
  if (current.length || unstated.length) {
    rejected.push(...earlier);
    figures = current;
  }
  // « last November », « l'an dernier »: asked of a past period, a figure written for it answers before an undated one
  if ((time.past || time.months.length) && figures.some((f) => fits.get(f) === "agrees")) {
    rejected.push(...figures.filter((f) => fits.get(f) !== "agrees"));
    figures = figures.filter((f) => fits.get(f) === "agrees");
  }
  // « combien par jour »: the rates, when the story gives one, before the totals
  if (rate === "rate" && figures.some((f) => factsOf(index, f).rate)) {
    rejected.push(...figures.filter((f) => !factsOf(index, f).rate));
    figures = figures.filter((f) => factsOf(index, f).rate);
  }
  const ranked = rank(ctx, figures, unstated)
    .map((c) => (c.figure && fits.get(c.figure) === "agrees" ? { ...c, score: c.score + 2 } : c))
    .sort((a, b) => b.score - a.score || (a.figure ? 0 : 1) - (b.figure ? 0 : 1));
  const first = ranked.find((c) => c.figure);
  // « 80 % » in a headline, « up to 80 % » in the text: the same figure, given with the qualifier the story puts on it
  const qualified = first?.figure?.figure.approx === "exact" ? ranked.find((c) => c.figure && c.figure.figure.approx !== "exact" && c.figure.figure.value === first.figure!.figure.value && c.figure.figure.category === first.figure!.figure.category && c.score >= first.score - 1) : undefined;
  if (qualified && first) {
    qualified.score = first.score + 1e-6;
    ranked.sort((a, b) => b.score - a.score || (a.figure ? 0 : 1) - (b.figure ? 0 : 1));
  }
  const bestFigure = qualified ?? first;
  const bestUnstated = ranked.find((c) => c.unstated);
  if (!bestFigure && !bestUnstated) {
    // « US troops », « soldats lettons »: the noun with the nationality the question puts on it
    const nat = askedNationalities(ctx).map((t) => words(ctx.query.raw).find((w) => fold(w) === t.word) ?? (/\bUS\b/.test(ctx.query.raw) ? "US" : t.word));
    const label = opts.noun ? (lang === "fr" ? [opts.noun, ...nat] : [...nat, opts.noun]).join(" ") : null;
    const out = noCount(ctx, label, rejected, declined);
    // the story gives this figure for another party only: that is the answer, not a sentence the reader might pick
    // (so is a count of what is asked that tells of no one killed or hurt: no other sentence of it says a toll)
    // (and so is a count of what is asked when no such count in the story is of the nationality asked: « how many
    // Ruritanian troops » of a story that counts only others' troops; another sentence would give theirs)
    // (so is a list of parties' parts when the whole is asked: another sentence's part is no better)
    // (and so is a count of what is asked that only counts the sources of a report, « two officials said »: no sentence gives the number asked)
    const sourcesOnly = counted.length > 0 && rejected.some((f) => factsOf(index, f).source && ctx.m.found(f.countedKeys, counted).length > 0);
    if (otherParty.length || (spared.length && counted.length) || partsOnly || (opts.classed && foreignOnly(ctx, candidates, counted)) || opts.strength || sourcesOnly) settle(out);
    // « Minsk and Moscow did not give the number of troops taking part »: a count of the same thing
    // withheld for another party is what the story says on it, before what it gives instead
    const near = rank(ctx, [], unstatedIn)[0]?.unstated;
    if (near && counted.length) {
      out.parts.splice(1, 0, withheld(ctx, near));
      out.cites = [...out.cites, near.unstated.sentence];
    }
    return out;
  }
  // « How many troops? » says nothing but what it counts: every figure of that count is given, with who gave none
  // (« according to X, how many »: X's figure, not every one)
  const headline = counted.length > 0 && !opts.single && !sourceTerms(ctx).length && !otherWords(ctx, counted).length && !askedNationalities(ctx).length && !time.years.length && !time.past;
  if (headline) {
    // the largest count leads: the headline figure before the parts of it
    const all = ranked.filter((c) => c.figure && !c.figure.zero).map((c) => c.figure!).sort((a, b) => b.figure.value - a.figure.value);
    if (all.length) {
      const draft = figureDraft(ctx, distinct(all).slice(0, 3), "count", fatedOnly);
      const u = bestUnstated?.unstated;
      if (u) {
        draft.parts.push(withheld(ctx, u));
        draft.cites.push(u.unstated.sentence);
      }
      return draft;
    }
  }
  // a « not given » that fits the question better than any figure is the answer, unless a figure fits nearly as well
  if (!bestFigure || (bestUnstated && bestUnstated.score > bestFigure.score && bestFigure.score < bestUnstated.score * 0.75)) return notGiven(ctx, bestUnstated!.unstated!);
  // « quel score pour les Verts ? » of a story whose parties the question's words do not single out: of shares that
  // fit equally well, one given alone is a guess between parties; the story's shares are listed, none is the answer
  if (opts.single && ctx.reading.measure === "percent" && bestFigure.figure) {
    const best = bestFigure.figure;
    const rivals = ranked.filter((c) => c.figure && c !== bestFigure && c.score >= bestFigure.score - 1e-9 && c.figure.figure.value !== best.figure.value && !rangePartners(ctx, best, c.figure)).map((c) => c.figure!);
    if (rivals.length) return noCount(ctx, null, [best, ...rivals], declined);
  }
  // equally good figures are all given, so the user sees the alternatives rather than a guess
  // (a sum or a share: one figure, or the two ends of a range written « R20bn to R50bn »)
  const tiedAll = ranked.filter((c) => c.figure && c.score >= bestFigure.score - 1e-9 && (!opts.single || c === bestFigure || rangePartners(ctx, bestFigure.figure!, c.figure))).map((c) => c.figure!);
  // a count the story gives outranks a « none » read from « aucun soldat » when both fit as well
  const tied = tiedAll.some((f) => !f.zero) && tiedAll.some((f) => f.zero) ? tiedAll.filter((f) => !f.zero) : tiedAll;
  const draft = figureDraft(ctx, distinct(tied).slice(0, 3), "count", fatedOnly);
  if (earlier.length && figures === earlier) draft.parts.unshift(pick(lang, "La dépêche ne donne ce chiffre que pour une période antérieure :", "The story gives this figure only for an earlier period:"));
  // « Minsk and Moscow gave no number »: who withheld the count is part of the answer, beside who gave one
  const u = bestUnstated?.unstated;
  // (a party that gives the figure withheld no number of it, unless what it withheld is something else the question asks:
  // « X will send 3,200 more soldiers, X gave no number of those already trained » — « how many already trained »)
  const terms = topicTerms(ctx, null);
  const other = u ? ctx.m.found(u.whatKeys, terms).filter((t) => !tied.some((f) => ctx.m.found(f.countedKeys, [t]).length)) : [];
  if (u && bestUnstated.score >= bestFigure.score * 0.6 && (other.length > 0 || tied.every((f) => f.figure.claimedBy !== u.unstated.by))) {
    draft.parts.push(withheld(ctx, u));
    draft.cites.push(u.unstated.sentence);
  }
  return draft;
}

/**
 * Whether the question asks the count of a nationality no candidate's sentence carries: the
 * story counts that thing only for others, so no sentence of it answers.
 */
function foreignOnly(ctx: Ctx, candidates: IndexedFigure[], counted: Term[]): boolean {
  const nats = askedNationalities(ctx).filter((t) => !borderTerms(ctx).includes(t));
  if (!nats.length || !counted.length || !candidates.length) return false;
  return !candidates.some((f) => nats.every((t) => nationalityIn(sentenceKeys(ctx, f.figure.sentence), t, ctx.m)));
}

/** Who gives a figure: the one whose value the question quotes, or the best fitting one. */
export function claimant(ctx: Ctx): Draft {
  const { index, lang } = ctx;
  // no number asked (« according to who? » after a count, "who compiled the clinic figures?"): the source of the figures pointed to
  // (not « c'est un chiffre officiel ? »: a yes/no question on a figure asks no source)
  const pointed = ctx.query.numbers.length || whOf(ctx.query.folded) === "yesno" ? null : figureSource(ctx, actObject(ctx) ?? questionTerms(ctx));
  if (pointed) return pointed;
  const byValue = index.figures.filter((f) => ctx.query.numbers.includes(f.figure.value));
  const pool = byValue.length ? byValue : index.figures.filter((f) => f.figure.category === "troops");
  const best = rank(ctx, pool, [])[0];
  if (!best?.figure) return decline(ctx, pick(lang, "La dépêche ne donne pas ce chiffre.", "The story does not give that figure."));
  const f = best.figure.figure;
  const e = entityByName(index, f.claimedBy);
  const sentence = index.story.sentences[f.sentence]?.text ?? f.text;
  const phrase = sourcePhrase(sentence);
  const head = e
    ? pick(lang, `${displayName(e)} : ${guillemets(f.text)}.`, `${displayName(e)} gives that figure: ${guillemets(f.text)}.`)
    : f.claimedBy
      ? pick(lang, `${f.claimedBy} : ${guillemets(f.text)}.`, `${f.claimedBy} gives that figure: ${guillemets(f.text)}.`)
      : phrase
        ? pick(lang, `La source est donnée ainsi : ${guillemets(phrase)} — ${guillemets(f.text)}.`, `The dispatch gives the source as ${guillemets(phrase)}: ${guillemets(f.text)}.`)
        : pick(lang, `La dépêche donne ce chiffre elle-même, sans source : ${guillemets(f.text)}.`, `The dispatch states it itself, without a source: ${guillemets(f.text)}.`);
  return {
    answered: true,
    intent: "claimant",
    parts: [head, guillemets(excerpt(sentence, 420, f.text))],
    cites: [f.sentence],
    figures: [{ text: f.text, claimedBy: f.claimedBy, sentence: f.sentence }],
    focus: f.claimedBy,
  };
}


