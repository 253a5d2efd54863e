import { EN } from "./en.js";
import type { MeasureKind, OtherFate, TimeUnit } from "./types.js";
import { FR } from "./fr.js";

const ALL = [EN, FR];
const esc = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** Every language's phrases as one alternation on folded text (stories and questions come in both languages). */
function alternation(phrases: string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${phrases.map(esc).join("|")})(?![\\p{L}])`, "u");
}

/** A scope over the whole world, in either language, on folded text. */
export const WORLD = alternation(ALL.flatMap((l) => l.world));

/**
 * « in the capital Zenda », « près de Narva »: a locative preposition, up to three place nouns, then a
 * capitalised name (captured). Bounded runs only, so matching stays linear.
 */
export const LOCATIVE = new RegExp(
  `(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.locative).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).map(esc).join("|")})\\s+(?:(?:${ALL.flatMap((l) => l.placeNouns).map(esc).join("|")})\\s*){0,3}(\\p{Lu}[\\p{L}-]{1,30}(?:\\s+\\p{Lu}[\\p{L}-]{1,30}){0,2})`,
  "gu",
);

/** Parts of a year (« premier semestre », "Q3"), either language, folded: every match of each kind. */
export const PARTS_OF_YEAR: { kind: "half" | "quarter"; words: RegExp }[] = (["half", "quarter"] as const).map((kind) => ({
  kind,
  words: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${ALL.flatMap((l) => l.partsOfYear[kind]).map(esc).join("|")})(?![\\p{L}\\p{N}])`, "gu"),
}));

/** The unit an amount is asked or given per (« par élève », "per student"), caught; per language (a question is read in its own). */
export const PER_UNIT: Readonly<Record<"en" | "fr", RegExp>> = {
  en: perUnitIn(EN),
  fr: perUnitIn(FR),
};
function perUnitIn(l: typeof EN): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${l.perUnit.openers.map(esc).join("|")})\\s+(?!(?:${l.perUnit.notUnits.map(esc).join("|")})(?![\\p{L}]))(\\p{L}[\\p{L}-]{2,})`, "u");
}

/** Capitalised words a locative also takes that name no place (months, weekdays, determiners). */
export const NOT_PLACES: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.notPlaces));

/** A condition a figure holds on (« if the deal fails », « en cas d'échec »), on folded text. */
/** « even if », « même si »: a condition's word that concedes (folded text, every match). */
export const CONCESSION = new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.concessions).map(esc).join("|")})(?![\\p{L}])`, "gu");
export const CONDITION = alternation(ALL.flatMap((l) => l.conditions).map((w) => w.normalize("NFD").replace(/[\u0300-\u036f]/g, "")));

const foldWord = (w: string) => w.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** Casualty kinds: a verb that ends right before a bare number, and the question nouns that count its victims (folded). */
export const CASUALTIES: { kind: "killed" | "wounded"; before: RegExp; nouns: ReadonlySet<string> }[] = (["killed", "wounded"] as const).map((kind) => ({
  kind,
  before: new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l[kind].verbs).map(foldWord).map(esc).join("|")})\\s+$`, "u"),
  nouns: new Set(ALL.flatMap((l) => l[kind].nouns).map(foldWord)),
}));

/** Countries written as an abbreviation, as written (case matters: « US » is no « us »). */
export const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.countryAbbreviations));

/** Each measure's words, every language together, folded. */
export const MEASURES: Readonly<Record<MeasureKind, ReadonlySet<string>>> = {
  weight: new Set(ALL.flatMap((l) => l.measures.weight).map(foldWord)),
  height: new Set(ALL.flatMap((l) => l.measures.height).map(foldWord)),
  speed: new Set(ALL.flatMap((l) => l.measures.speed).map(foldWord)),
};

/** The words of countries' formal names, every language, folded (« united », « royaume »). */
export const COUNTRY_NAME_WORDS: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.countryNameWords).map(foldWord));

/** Country abbreviations as written (« US ») → the English nationality word the lexicon keys them under. */
export const ABBREVIATION_NATIONALITY: ReadonlyMap<string, string> = new Map(ALL.flatMap((l) => Object.entries(l.countryAbbreviationNationality)));

/** Countries' formal names of several words (folded text) → the English nationality word the lexicon keys them under. */
export const NAME_NATIONALITY: ReadonlyMap<string, string> = new Map(ALL.flatMap((l) => Object.entries(l.countryNameNationality)));
/** Any of those names, on folded text. */
export const COUNTRY_NAMES = new RegExp(`(?:^|[^\\p{L}])(${[...NAME_NATIONALITY.keys()].map(esc).join("|")})(?![\\p{L}])`, "gu");

/** Nouns a sum of money measures, per language of the question (« salariés » is no « salaries »), folded. */
export const MONEY_NOUNS: Readonly<Record<"en" | "fr", ReadonlySet<string>>> = {
  en: new Set(EN.moneyNouns.map(foldWord)),
  fr: new Set(FR.moneyNouns.map(foldWord)),
};

/** The gap between a part and its whole (« of the », « des »), every language, on folded text. */
export const PART_GAP = new RegExp(`^\\s*(?:${ALL.flatMap((l) => l.partOf).map(esc).join("|")})\\s*$`);

/**
 * A clause that opens on a whole (« Sur les 30 gares », "Of the city's 200 buses"): its opening word, then up to three
 * words (determiners, a possessor: « un total de », "the city's") before the count, every language, on folded text.
 */
export const WHOLE_FIRST = new RegExp(`(?:^|[,;:]\\s*)(?:${ALL.flatMap((l) => l.wholeFirst).map(esc).join("|")})(?:\\s+\\S+){0,3}\\s*$`);

/** Words that ask a length, every language, folded. */
export const LENGTH_WORDS: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.lengthWords).map(foldWord));

/** Words that ask for a number without saying about what (« total », « now »), every language, folded. */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.neutralAsked));
/** Who gives a figure, asked (« according to », « selon »), every language, on folded text: the cue, what follows is the source. */
export const SOURCE_WORDS = new RegExp(`\\b(?:${ALL.flatMap((l) => l.sourceCue).map(esc).join("|")})\\b`);
/** A count asked as it stands now (« still », « encore »), every language, folded words. */
export const STILL_WORDS: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.stillWords));

/** A length asked (« how long », « quelle longueur »), every language, on folded text. */
export const LENGTH_ASKED = new RegExp(`\\b(?:${ALL.flatMap((l) => l.lengthAsked).map(esc).join("|")})\\b`);

const COUNT_NAMED = ALL.flatMap((l) => l.countCue.named);
/** A count asked, every language, on folded text: the cue (and the spaces after it), what is counted coming next. */
export const COUNT_CUE = new RegExp(`\\b(?:${[...COUNT_NAMED, ...ALL.flatMap((l) => l.countCue.bare)].map(esc).join("|")})\\s*`);
/** A count asked with what is counted named after it (« how many X », « combien de X »), on folded text. */
export const COUNT_NAMED_CUE = new RegExp(`\\b(?:${COUNT_NAMED.map(esc).join("|")})`);
/** The cues that name nothing after them (« combien » alone), as matched, trimmed. */
export const BARE_CUES: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.countCue.bare));
/** What joins a bare cue to a noun it counts after all (« combien du … »), every language, folded, each as a prefix of the words after the cue. */
export const BARE_CUE_JOINERS: readonly string[] = ALL.flatMap((l) => l.bareCueJoiners);
/** The cues a verb may follow, the count unnamed (« how many died »), as matched, trimmed. */
export const VERB_CUES: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.countCue.verbAfter));
/** A count or a share asked, never a sum of money (« how many », « what share »), on folded text. */
export const NOT_SUM = new RegExp(`\\b(?:${[...COUNT_NAMED.map(esc), ...ALL.flatMap((l) => l.countCue.notSum)].join("|")})\\b`);

/** The size of a change asked (« de combien », "by how much"), every language, on folded text. */
export const CHANGE_ASKED = alternation(ALL.flatMap((l) => l.changeAsked));

/** The words that ask for a whole (« in all », « au total »), every language, on folded text; the first match. */
export const TOTAL_ASKED = alternation(ALL.flatMap((l) => l.total));

/** Nouns of belonging (« members »), every language, folded: the noun beside them says what is counted. */
export const BELONGING: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.belonging).map(foldWord));

/** What may follow a name and is no name (« Jr. »), every language, as a regex alternation (case as written). */
export const NAME_SUFFIX = [...new Set(ALL.flatMap((l) => l.nameSuffixes))].map(esc).join("|");

/** Units a text is measured in (pages, words), every language, folded. */
export const TEXT_LENGTH: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.textLength).map(foldWord));

/** Question words of being somewhere (« stationed », « basés »), every language, folded. */
export const PRESENCE: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.presence).map(foldWord));

/** A share written in words, in either language (folded text); the match is the share as written. */
export const SHARE_WORDS = new RegExp(`(?:^|[^\\p{L}])(${ALL.flatMap((l) => l.shares).join("|")})(?![\\p{L}])`, "u");

/** A factor written in words, in either language (folded text). */
export const FACTOR_WORDS = new RegExp(`(?:^|[^\\p{L}])(${ALL.flatMap((l) => l.factors).join("|")})(?![\\p{L}])`, "u");

/** « two protesters were injured »: what happened to those counted, right after them, with auxiliaries between (folded text). */
const AUXILIARIES = ALL.flatMap((l) => l.auxiliaries).map(foldWord).map(esc).join("|");
export const FATES: { kind: "killed" | "wounded"; after: RegExp; asked: RegExp }[] = (["killed", "wounded"] as const).map((kind) => ({
  kind,
  // a question asks it by any of its words (« tuées », « were injured », « how many dead »)
  asked: alternation(ALL.flatMap((l) => [...l[kind].after, ...l[kind].verbs, ...l[kind].nouns]).map(foldWord)),
  after: new RegExp(`^[\\s,]*(?:(?:${AUXILIARIES})\\s+){0,3}(?:${ALL.flatMap((l) => l[kind].after).map(foldWord).map(esc).join("|")})(?![\\p{L}])`, "u"),
}));

/** Every fate of people counted, the dead and wounded first: the words that say it, in any form, every language (folded text). */
export const FATE_WORDS: { kind: string; words: RegExp }[] = [
  ...FATES.map((c) => ({ kind: c.kind as string, words: c.asked })),
  ...(Object.keys(EN.fates) as OtherFate[]).map((kind) => ({ kind: kind as string, words: alternation(ALL.flatMap((l) => l.fates[kind]).map(foldWord)) })),
];

/** Nouns of people counted as sources (« officials », « responsables »), folded. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.sources.nouns).map(foldWord));
/** After a source's counted phrase: its words (« said », « familiar with », « ont indiqué »), folded text. */
export const SOURCE_AFTER = new RegExp(`^(?:[\\s,]*[\\p{L}'-]+){0,3}?[\\s,]+(?:(?:${AUXILIARIES})\\s+){0,2}(?:${ALL.flatMap((l) => l.sources.after).map(foldWord).map(esc).join("|")})(?![\\p{L}])`, "u");
/** Right before a source's figure: « according to », « selon », folded text. */
export const SOURCE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.sources.before).map(foldWord).map(esc).join("|")})\\s+(?:(?:the|les|des|de)\\s+)?$`, "u");

/** Right before a figure: an earlier value set beside the current one (« up from », « contre »), folded text. */
export const EARLIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.earlier.before).map(foldWord).map(esc).join("|")})\\s*$`, "u");
/** Earlier in a figure's stretch: the first plan, before a revision (« initially », « au départ »), folded text. */
export const INITIAL = alternation(ALL.flatMap((l) => l.earlier.initial).map(foldWord));
/** A question asking the earlier value (« before », « auparavant »), folded text. */
export const ASKED_EARLIER = alternation(ALL.flatMap((l) => l.earlier.asked).map(foldWord));

/** Right before a figure (folded text): a change (« rose by », « en hausse de »), not the level reached. */
export const CHANGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.changeBefore).join("|")})\\s*$`, "u");

/** A pattern of whole words or phrases, every language, on folded text (the phrases may hold regex fragments). */
function wordsPattern(parts: string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${parts.join("|")})(?![\\p{L}])`, "u");
}

/** Words that set two figures side by side (answers/compare.ts), every language, on folded text. */
export const COMPARE_WORDS = {
  more: wordsPattern(ALL.flatMap((l) => l.compare.more)),
  less: wordsPattern(ALL.flatMap((l) => l.compare.less)),
  either: wordsPattern(ALL.flatMap((l) => l.compare.either)),
  versus: wordsPattern(ALL.flatMap((l) => l.compare.versus)),
  choice: wordsPattern(ALL.flatMap((l) => l.compare.choice)),
  /** Any comparative (more or less). */
  cue: wordsPattern(ALL.flatMap((l) => [...l.compare.more, ...l.compare.less])),
  comparative: wordsPattern(ALL.flatMap((l) => [...l.compare.more, ...l.compare.less])),
  asking: new RegExp(`^(?:${ALL.flatMap((l) => l.compare.asking).join("|")})$`),
  which: wordsPattern(ALL.flatMap((l) => l.compare.which)),
};

const UNITS = ALL.flatMap((l) => l.strength.units).map(esc).join("|");
const STRENGTH_VERBS = ALL.flatMap((l) => l.strength.verbs).map(esc).join("|");
/** A question asking a body's own strength (« does the army have », « compte la brigade »), on folded text: the unit word is captured. */
export const ASKED_STRENGTH = new RegExp(`(?:^|[^\\p{L}])(?:(${UNITS})(?:\\s+[\\p{L}'-]+){0,2}?\\s+(?:${STRENGTH_VERBS})|(?:${STRENGTH_VERBS})\\s+(?:(?:l'|la|le|les|une|un|the|a|an|its|their|son|sa|ses|leur)\\s*)?(?:[\\p{L}'-]+\\s+)?(${UNITS}))(?![\\p{L}])`, "u");
/** The unit words, as a pattern on folded text: the figure's own clause must name the body asked. */
export const UNIT_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${UNITS})(?![\\p{L}])`, "u");
/** A question's word that belongs to the asking of a strength (« army », « compte »), not to what the count is about. */
export const STRENGTH_WORD = new RegExp(`^(?:${UNITS}|${STRENGTH_VERBS})$`, "u");

/** The words a question asks a share by (« what share », « quel taux »), every language, folded. */
export const SHARE_ASKING: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.shareAsking).map(foldWord));

/** Inside a sentence, where a clause ends (« , », « while », « tandis que »), every language, on folded text: a list's figures each follow their own party. */
export const CLAUSE_EDGE = new RegExp(`[,;:(]|\\s(?:${ALL.flatMap((l) => l.owners.clauseEdges).map(esc).join("|")})\\s`, "gu");
/** Capitalised words that name no one (« They », « In », « Selon »), every language, folded. */
export const NOT_OWNER: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.owners.notNames).map(foldWord));

/** Right after a distance (folded text): it places something (« 20 km south of », « à 20 km de »), it measures no length. */
export const OFFSET_AFTER = new RegExp(`^\\s*(?:${ALL.flatMap((l) => l.offsets).map(esc).join("|")})(?![\\p{L}])`, "u");

/** Right before a span (folded text): it is a time limit (« within 48 hours », « d'ici deux ans »), it says when something is done by, not how long it lasts. */
export const DEADLINE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.deadlines).map(esc).join("|")})\\s*$`, "u");

/** Each unit of time's words, per language, folded → the unit (« jours », "days" → « day »). Keyed by
 * language: English "an" is an article, French « an » a year. */
const unitsOf = (l: typeof EN): ReadonlyMap<string, TimeUnit> =>
  new Map((Object.entries(l.timeUnits) as [TimeUnit, string[]][]).flatMap(([u, ws]) => ws.map((w) => [foldWord(w), u] as [string, TimeUnit])));
export const TIME_UNITS: Readonly<Record<"fr" | "en", ReadonlyMap<string, TimeUnit>>> = { en: unitsOf(EN), fr: unitsOf(FR) };

/** A span written in words, in either language (folded text); the first group is the span as written. */
export const SPAN_WORDS = new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.spans).join("|")})(?![\\p{L}])`, "u");

/** How each language writes a span on the noun it measures (« un débat d'une heure », "a two-week strike"). */
export const SPAN_ON_NOUN: Readonly<Record<"fr" | "en", { order: "before" | "after"; links: readonly string[]; closers: readonly string[] }>> = { en: EN.spanOnNoun, fr: FR.spanOnNoun };

/** Nouns that count occurrences, every language, folded: « combien de fois » meets « seven times », « on two occasions ». */
export const OCCURRENCES: ReadonlySet<string> = new Set(ALL.flatMap((l) => l.occurrences).map(foldWord));

/** Word openings of the verbs of money, every language's: a gain is looked for first (« get paid » is gained, not laid out). */
const MONEY_WAYS = (["gain", "outlay"] as const).map((way) => ({
  way,
  re: new RegExp(`(?:^|[^\\p{L}])(?:${ALL.flatMap((l) => l.moneyVerbs[way]).map(esc).join("|")})`, "u"),
}));

/** The way a sum goes that folded text speaks of: gained (« ils ont touché », "earned") or laid out (« a coûté », "spent"). */
export function moneyWay(folded: string): "gain" | "outlay" | null {
  return MONEY_WAYS.find((w) => w.re.test(folded))?.way ?? null;
}

/** A count question's noun phrase words, per language (a question is read in its own), folded. */
export interface CountedPhraseWords {
  ends: ReadonlySet<string>;
  /** Conjunctions inside the phrase (« knife or sword attacks »). */
  joiners: ReadonlySet<string>;
  /** Endings of a participle or adverb that closes the phrase after its first word (none in French: « combien de » marks the noun). */
  participleEndings: readonly string[];
  openers: ReadonlySet<string>;
  invariantPlurals: ReadonlySet<string>;
  pluralEndings: readonly string[];
  singularEndings: readonly string[];
}
const phraseOf = (l: typeof EN): CountedPhraseWords => ({
  ends: new Set(l.countedPhrase.ends.map(foldWord)),
  joiners: new Set(l.countedPhrase.joiners.map(foldWord)),
  participleEndings: l.countedPhrase.participleEndings,
  openers: new Set(l.countedPhrase.openers.map(foldWord)),
  invariantPlurals: new Set(l.countedPhrase.invariantPlurals.map(foldWord)),
  pluralEndings: l.countedPhrase.pluralEndings,
  singularEndings: l.countedPhrase.singularEndings,
});
export const COUNTED_PHRASE: Readonly<Record<"fr" | "en", CountedPhraseWords>> = { en: phraseOf(EN), fr: phraseOf(FR) };

/** Word openings, per language: the question asks a penalty (« how long could she serve », « il risque combien »). */
export const PENALTY_ASKED: Readonly<Record<"fr" | "en", RegExp>> = { en: openings(EN.penalty.asked), fr: openings(FR.penalty.asked) };
/** Word openings of every language: a story's clause gives a penalty (« jailed for up to », « de prison »). */
export const PENALTY_SAID = openings(ALL.flatMap((l) => l.penalty.said));
function openings(ws: string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${ws.map(foldWord).map(esc).join("|")})`, "u");
}
