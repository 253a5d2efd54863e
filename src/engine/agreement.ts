import type { Ctx } from "./context.js";
import { topicTerms } from "./context.js";
import type { KeySet } from "./index.js";
import { idf } from "./index.js";
import { fold, words } from "./text.js";
import { nationalityIn, nationalityTerms } from "./qualifiers.js";
import type { Term } from "./query.js";
import { QuestionMemo } from "./question-memo.js";
import { abbreviationKeys } from "./figure-fit/countries.js";
import { wholeAskedWords } from "./figure-fit/time.js";
import { COUNTRY_NAMES } from "./figure-words/index.js";

/** Words that ask for a number without saying what about it (« total », « about », « now »). */
export const NEUTRAL = new Set(
  (
    "total overall currently now today actually exactly roughly approximately around environ actuellement maintenant exactement totale " +
    "already still yet ever so far deja toujours encore debut start beginning outset " +
    // when the count holds is context, not what is counted (« cette année », « this week »)
    "year years annee annees an ans month mois week semaine semaines day days jour jours " +
    // the words that ask for money say what kind of number, not what it is about
    "cost costs coute coutera cout price prix worth value valeur vaut vaudra money argent amount montant spend pay pays paying paid payer paye payes " +
    // how long something took or lasted: the words that ask a duration, and light verbs
    "length longueur width largeur distance size taille share part proportion percentage pourcentage percent rate taux " +
    "temps time long far old many much each every per chaque take took taken takes taking last lasted lasts stay stayed remain remained dure duree dura durer durent reste restee rester get got gets getting make makes made making have has had having " +
    // French light verbs (« a fait combien de bénéfice »)
    "fait faire font"
  ).split(" "),
);

/**
 * Whether a figure (or a « not given ») is about what the question asks: every nationality the
 * question puts on it is in its sentence (« Russian soldiers » are not the NATO ones), and when
 * the question says what happened to what it counts (« wounded », « withdrawn », « stationed in
 * Kola »), at least one of those words is there too. `counted` are the question's words for the
 * counted thing itself, already matched by the caller.
 */
export function agrees(ctx: Ctx, keys: KeySet, counted: Term[]): boolean {
  const { m } = ctx;
  const asked = askedOf(ctx);
  if (asked.nationalities.some((t) => !nationalityIn(keys, t, m))) return false;
  const predicates = asked.predicates.filter((t) => !counted.includes(t));
  if (!predicates.length) return true;
  return m.found(keys, predicates).length > 0;
}

/** The question's words for what happened to the counted thing (« downed », « tués »), `counted` aside. */
export function predicatesOf(ctx: Ctx, counted: Term[]): Term[] {
  return askedOf(ctx).predicates.filter((t) => !counted.includes(t));
}

/** Every content word of the question besides what it counts and the words that only ask for a number, known to the story or not. */
export function otherWords(ctx: Ctx, counted: Term[]): Term[] {
  return topicTerms(ctx).filter((t) => !counted.includes(t) && !NEUTRAL.has(t.word) && !/^\d+$/.test(t.word) && !nationalityTerms(ctx.query).includes(t));
}

/** Only the nationalities the question puts on the count: for a share, a distance or a span, whose other words are often the measure's own. */
export function nationalitiesAgree(ctx: Ctx, keys: KeySet): boolean {
  return !askedOf(ctx).nationalities.some((t) => !nationalityIn(keys, t, ctx.m));
}

/** The nationalities the question puts on what it counts (« Russian troops »). */
export function askedNationalities(ctx: Ctx): Term[] {
  return askedOf(ctx).nationalities;
}

interface Asked {
  /** Nationalities qualifying the count (not the one naming the entity asked about). */
  nationalities: Term[];
  /** What the question says happened to the counted thing, or where: the words to find. */
  predicates: Term[];
}

// computed once per question: every figure of the story is checked against the same words
const askedCache = new QuestionMemo<Ctx, Asked>();

function askedOf(ctx: Ctx): Asked {
  const hit = askedCache.get(ctx);
  if (hit) return hit;
  const { m } = ctx;
  const nat = [...nationalityTerms(ctx.query), ...countryTerms(ctx)];
  // a nationality that names the entity the question asks about (« selon le ministère polonais ») is not a qualifier of the count
  const own = ctx.entity && ctx.named ? nat.filter((t) => m.found(ctx.entity!.keys, [t]).length > 0) : [];
  const unknown = idf(ctx.index, "\u0000");
  // « en tout », « in all »: the words that ask for the whole say nothing the figure's sentence must hold
  const whole = wholeAskedWords(ctx.query.folded);
  const rest = topicTerms(ctx).filter((t) => !nat.includes(t) && !NEUTRAL.has(t.word) && !whole.has(t.word) && !/^\d+$/.test(t.word));
  // an English word the lexicon cannot translate and the story never meets says nothing either way
  const predicates = rest.filter((t) => !isNameLike(ctx, t) && !(t.fuzzy && m.weight(t) >= unknown));
  // « according to the Ukrainian air force »: who gives the figure, its nationality included, not what it counts
  const src = /\b(?:according to|selon|d'apres)\b/.exec(ctx.query.folded);
  const bySource = new Set(src ? (ctx.query.folded.slice(src.index + src[0].length).match(/[\p{L}\p{N}'-]+/gu) ?? []) : []);
  // « on Russia's border », « près de la frontière russe »: a nationality beside a border says where, not whose count
  const border = new Set(borderTerms(ctx));
  const asked = { nationalities: nat.filter((t) => !own.includes(t) && !bySource.has(t.word) && !border.has(t)), predicates: predicates.filter((t) => !bySource.has(t.word)) };
  askedCache.set(ctx, asked);
  return asked;
}

/**
 * « the US », « le Royaume-Uni », « the United Kingdom »: a country the question writes as an
 * abbreviation or a formal name of several words, which its word terms do not carry as a
 * nationality; one term per country, unless a nationality word of the question already says it.
 */
function countryTerms(ctx: Ctx): Term[] {
  // (« the us »: a reader's lower case, after « the » only — « tell us » is no country)
  const raw = ctx.query.raw.replace(/\bthe (us|uk|usa)\b/gi, (_m, a: string) => `the ${a.toUpperCase()}`);
  const keys = abbreviationKeys(raw);
  if (!keys.length) return [];
  const have = nationalityTerms(ctx.query);
  if (have.some((t) => t.keys.some((k) => keys.includes(k)))) return [];
  // (the term's word as the question writes the country, for an answer that names it)
  const written = /(?<![\p{L}.])(?:[A-Z]\.){2,}|(?<![\p{L}])[A-Z]{2,3}(?![\p{L}])/u.exec(raw)?.[0] ?? new RegExp(COUNTRY_NAMES.source, "u").exec(fold(raw))?.[1];
  return [{ word: written ? fold(written) : keys[0]!, keys: [...new Set(keys)] }];
}

/** The question's nationality words set beside a border (« on Russia's border », « la frontière russe »): a place, not whose count. */
export function borderTerms(ctx: Ctx): Term[] {
  const ws = ctx.query.words;
  return nationalityTerms(ctx.query).filter((t) => ws.some((w, i) => w === t.word && ws.slice(Math.max(0, i - 3), i + 3).some((b) => BORDER.has(b))));
}

/** Nouns of a country's edge (folded, both languages): a nationality beside one names a place. */
const BORDER = new Set("border borders frontier frontiers boundary coast coastline airspace waters flank doorstep frontiere frontieres cote cotes littoral espace eaux flanc portes".split(" "));

/** A capitalised question word the story never uses: a name or acronym in another spelling, not evidence either way. */
function isNameLike(ctx: Ctx, t: Term): boolean {
  const raw = words(ctx.query.raw).find((w) => fold(w) === t.word);
  if (!raw || !/^\p{Lu}/u.test(raw)) return false;
  return ctx.m.weight(t) >= idf(ctx.index, "\u0000");
}
