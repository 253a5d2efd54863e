import { allNameWords, NAME_WORDS } from "./lang/names.js";
import { COUNTRIES, DOCUMENT_NOUNS, INSTITUTION_NOUNS, NOT_NAME_WORDS, ROLE_NOUNS, TITLES } from "./lexicon.js";
import { fold } from "./text.js";
import { isPlaceName } from "./lang/places.js";
import { FEMININE_GIVEN, MASCULINE_GIVEN } from "./lang/given-names.js";
import type { Token } from "./tokens.js";

export interface NameSpan {
  /** Token indices [first, last] of the name itself (title excluded). */
  first: number;
  last: number;
  /** The name as written: « Paul Durand », « Kowalska ». */
  name: string;
  /** Title or rank before it, as written (« le général », « Mme », « Defence Minister »), and the gender it implies. */
  title: string | null;
  titleGender: "m" | "f" | null;
  /** A capitalised role written as a title (« Defence Minister Jane Doe »): the role, else null. */
  role: string | null;
  /** Token index where the mention starts (the article of the title when there is one). */
  mentionStart: number;
  /** A company's or a body's name (« Acme Technologies »), not a person's. */
  organisation?: true;
}

const ARTICLES = new Set(["le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "the"]);
const PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "bin", "ben", "ibn", "al", "el", "le"]);
/** Articles a surname keeps after its particle, capitalised: « de La Varende », « van Der Berg », « de Los Santos ». */
const NAME_ARTICLES = new Set(["la", "le", "les", "der", "den", "los", "las"]);
/** Particles that chain in lower case (« van der », « von den », « de los »); « de la » is more often a body's complement. */
const CHAIN_FIRST = new Set(["van", "von", "de"]);
const CHAIN_SECOND = new Set(["der", "den", "de", "los", "las"]);
const PLACE_BEFORE = new Set(["en", "a", "au", "aux", "dans", "vers", "depuis", "pres", "sur", "de", "d'", "in", "at", "from", "to"]);

/** Nouns that a proper name follows when it names a thing, not a person: « l'agence Ria Novosti », « think-tank X ». */
const NAMED_THINGS = allNameWords((w) => w.namedThings);
/** Words that close a capitalised title before a name: « Defence Minister », « District Judge », « CEO ». */
const TITLE_HEADS = allNameWords((w) => w.titleHeads);
/** « Jr. », « III »: after a surname, part of the name, never the surname. */
export const NAME_SUFFIXES = allNameWords((w) => w.nameSuffixes);
/** Words inside a body's name: « Energy Markets Authority », « Office of Ports ». */
const LINKERS = allNameWords((w) => w.linkers);
/** The words that tie a body's noun to the rest of its name (« of », « de »), and the articles that may follow them. */
const BODY_COMPLEMENTS = allNameWords((w) => w.bodyComplements);
const BODY_ARTICLES = allNameWords((w) => w.bodyComplementArticles);
/** The most words a body's name runs back over its linkers (« Office of Mines and Mineral Resources »). */
const MAX_BODY_WORDS = 12;
const PLACE_OPENERS = allNameWords((w) => w.placeOpeners);
const COURTESY = allNameWords((w) => w.courtesyTitles);
/** « Sen. » → « Senator »: abbreviated titles that say a function, so they give the role. */
const TITLE_ROLES: ReadonlyMap<string, string> = new Map(Object.values(NAME_WORDS).flatMap((w) => [...w.titleRoles]));
/** « Acme Technologies », « the Energy Markets Authority », « the Final Report »: a company, a body or a document, no person. */
const ORGANISATION_ENDS = allNameWords((w) => w.organisationEnds);
const namesThing = (t: Token): boolean =>
  ORGANISATION_ENDS.has(t.low) || ORGANISATION_ENDS.has(titleKeyOf(t)) || INSTITUTION_NOUNS.has(t.low) || DOCUMENT_NOUNS.has(t.low);
/** « Jane Doe Says … »: a headline's capitalised verb ends the name. */
const VERB_STOPS = allNameWords((w) => w.verbStops);

/**
 * A surname opened by a particle glued with a hyphen and written in lower case (« al-Hamadi »,
 * « el-Sayed », « bin-Rashid », « abu-Bakr »): capitalised after its particle, it is a name's word.
 */
const GLUED_PARTICLE = /^(?:al|el|ul|ud|ad|ar|as|at|az|ash|an|bin|ibn|bint|abu|ben|da|de|di|van|von)-\p{Lu}\p{Ll}/u;
export const isGluedName = (word: string): boolean => GLUED_PARTICLE.test(word);
/**
 * (Built once, as every expression asked of each token below: a literal with « \p{…} » is a new
 * RegExp at each evaluation where tsx runs the code, as the bench and `npm start` do.)
 */
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}{2,}$/u;
const isCap = (t: Token | undefined): t is Token => t !== undefined && (UPPER_FIRST.test(t.text) || GLUED_PARTICLE.test(t.text));
const isAcronym = (t: Token) => ALL_UPPER.test(t.text);
// (the token's own folded form when no period is written: asked of every word, so no new string then)
const titleKeyOf = (t: Token) => (t.low.endsWith(".") || t.text.endsWith(".") ? t.low.replace(/\.$/, "") + (t.text.endsWith(".") ? "." : "") : t.low);
const isTitleHead = (t: Token | undefined) => t !== undefined && (TITLE_HEADS.has(t.low) || TITLE_HEADS.has(titleKeyOf(t)) || isCompoundTitle(t.low));
const POSTPOSED = allNameWords((w) => w.postposedModifiers);
/**
 * « Secretary-General », "Director-General", "President-elect": two words of a title joined by a
 * hyphen (a title's head, then another head or a modifier written after it) are one title head.
 */
function isCompoundTitle(low: string): boolean {
  const dash = low.indexOf("-");
  if (dash < 0) return false;
  const head = low.slice(0, dash);
  const rest = low.slice(dash + 1);
  return TITLE_HEADS.has(head) && (TITLE_HEADS.has(rest) || POSTPOSED.has(rest));
}
/** A prefix glued by an apostrophe: « O'Neill », « D'Alema », « N'Diaye ». */
// Any capital but « L' », an article (« L'Oréal »); « M'jid », « M'barek »: a Maghrebi given name's
// « M' » glued to a lower-case word, when a capitalised name word follows it.
const isNamePrefix = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined || next === undefined || next.start !== t.end || !/^\p{Lu}['’]$/u.test(t.text)) return false;
  const word: Token = next;
  if (isCap(next)) return !/^L/.test(t.text);
  return /^M/.test(t.text) && /^\p{Ll}{2,}$/u.test(word.text) && isCap(tokens[k + 2]) && tokens[k + 2]!.start - word.end === 1;
};
/**
 * Two capitals standing for given names (« KT Morrow »): glued letters before a capitalised word
 * that is no title, no acronym and no body's word, and no country's or union's abbreviation.
 */
const NOT_INITIALS = allNameWords((w) => w.notInitials);
const isInitials = (t: Token, next: Token | undefined): boolean =>
  /^\p{Lu}{2}$/u.test(t.text) && !NOT_INITIALS.has(t.low) && isCap(next) && !isAcronym(next) && !isTitleHead(next) && !NOT_NAME_WORDS.has(next.low) && next.start - t.end === 1;
/**
 * The words that end a capitalised run in a dispatch of a language: its own function words only, so
 * that an English name may end on a word that is French for something else (« Rita Vos », « Ana
 * Des »). With no language, every language's.
 */
const RUN_STOPS: Readonly<Record<"fr" | "en", ReadonlySet<string>>> = {
  fr: new Set(NAME_WORDS.fr.notNameStart),
  en: new Set(NAME_WORDS.en.notNameStart),
};

/** Ranks (a title that says no function), per language: « commandant » is a French rank, an English function. */
const RANKS_BY_LANG: Readonly<Record<"fr" | "en", ReadonlySet<string>>> = { fr: new Set(NAME_WORDS.fr.ranks), en: new Set(NAME_WORDS.en.ranks) };
const ALL_RANKS = allNameWords((w) => w.ranks);

/** A word that may continue a capitalised run: capitalised, not a function word, an acronym only as a title (« CEO »). */
const continuesIn = (stops: ReadonlySet<string>) => (next: Token | undefined): next is Token =>
  isCap(next) && !stops.has(next.low) && !VERB_STOPS.has(next.low) && (!isAcronym(next) || isTitleHead(next));

/** « ministre de la [Santé] », « minister of [Health] »: the capital at `k` completes a role noun just before. */
function isDepartmentSlot(tokens: Token[], k: number): boolean {
  const a = tokens[k - 1]?.low ?? "";
  const b = tokens[k - 2]?.low ?? "";
  const of = a === "de" || a === "d'" || a === "du" || a === "of" ? k - 1 : (a === "la" || a === "l'" || a === "the") && (b === "de" || b === "of") ? k - 2 : -1;
  if (of < 0) return false;
  for (let j = of - 1; j >= Math.max(0, of - 3); j--) if (ROLE_NOUNS.has(tokens[j]!.low)) return true;
  return false;
}

/** « de », "of": a place or a person may follow (« près de Los Angeles », « en compagnie de Jan Kolar »). */
const OF_PREPOSITIONS = new Set(["de", "d'", "of"]);

/**
 * « en compagnie de Jan Kolar, président du groupe … »: capitalised words after « de » that an
 * apposition with a role noun follows name a person, not a place.
 */
function personByApposition(text: string, tokens: Token[], start: number, end: number): boolean {
  if (end - start < 1 || end - start > 3 || !tokens[end + 1]) return false;
  // The tokenizer drops punctuation: the comma is in the gap between the name and the next word.
  if (!/^\s*,\s*$/.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start))) return false;
  for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (ROLE_NOUNS.has(w.low) || ROLE_NOUNS.has(w.low.replace(/^[ld]'/, ""))) return true;
    if (!ARTICLES.has(w.low) && !/^[ld]'/.test(w.low)) return false;
  }
  return false;
}

/** Per language, what a description after a lone name opens with (« a », « une », « his ») and the copulas (« is », « est »). */
const ROLE_DETERMINERS: Readonly<Record<"fr" | "en", ReadonlySet<string>>> = { fr: new Set(NAME_WORDS.fr.roleDeterminers), en: new Set(NAME_WORDS.en.roleDeterminers) };
const COPULAS: Readonly<Record<"fr" | "en", ReadonlySet<string>>> = { fr: new Set(NAME_WORDS.fr.copulas), en: new Set(NAME_WORDS.en.copulas) };
const ANY_ROLE_DETERMINER = allNameWords((w) => w.roleDeterminers);
const ANY_COPULA = allNameWords((w) => w.copulas);
const SENTENCE_ADVERBS = allNameWords((w) => w.sentenceAdverbs);
const FIRM_NOUNS = allNameWords((w) => w.firmNouns);
/** A lone capitalised word that may be a given name: one word (or two joined by a hyphen), no acronym. */
const LONE_NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const endingsOf = (pick: (w: (typeof NAME_WORDS)["fr"]) => readonly string[]) => ({ fr: [...pick(NAME_WORDS.fr)], en: [...pick(NAME_WORDS.en)], any: [...allNameWords(pick)] });
const AGENT_ENDINGS = endingsOf((w) => w.agentEndings);
const THING_ENDINGS = endingsOf((w) => w.thingEndings);
/**
 * A singular role noun, listed, or — only when `byEnding` — named by a doer's ending
 * of the dispatch's language (« a plumber », « une couturière »).
 */
function isRoleWord(t: Token, byEnding: boolean, lang?: "fr" | "en"): boolean {
  // Singular only: « Dorvik, officials said » opens a clause whose subject is a group, no apposition.
  if (ROLE_NOUNS.has(t.low)) return !/[^s]s$/.test(t.low) || !ROLE_NOUNS.has(t.low.slice(0, -1));
  const key = lang ?? "any";
  return byEnding && t.low.length >= 6 && !t.low.endsWith("s") && !THING_ENDINGS[key].some((e) => t.low.endsWith(e)) && AGENT_ENDINGS[key].some((e) => t.low.endsWith(e));
}

/**
 * A lone capitalised word that the sentence describes as a person: « Dmitri, a plumber from the
 * capital, says », « Odile, étudiante en droit, raconte », "Mira is a baker from the town": a
 * role noun in apposition or after a copula, within a few words of its determiner. Feature copy
 * names ordinary people by a given name only; without this the description, not the name, became
 * the speaker. A place, a country, a body's or a role's own noun is no name.
 */
function loneNameDescribed(text: string, tokens: Token[], k: number, lang?: "fr" | "en"): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || !LONE_NAME_SHAPE.test(t.text)) return false;
  const prev = tokens[k - 1];
  // Not « la firme Norvix, propriétaire du site », « les 12 Sages sont … », nor a capital inside a longer name.
  if (prev && (ARTICLES.has(prev.low) || PLACE_BEFORE.has(prev.low) || NAMED_THINGS.has(prev.low) || FIRM_NOUNS.has(prev.low) || /^\d/.test(prev.text) || (/^\p{Lu}/u.test(prev.text) && !/[.!?:;,«»"“”]\s*$/u.test(text.slice(prev.end, t.start))))) return false;
  const gap = text.slice(t.end, next.start);
  const determiners = lang ? ROLE_DETERMINERS[lang] : ANY_ROLE_DETERMINER;
  let from: number;
  if (/^[*†]?\s*,\s*$/u.test(gap)) from = k + 1;
  else if (/^\s+$/u.test(gap) && (lang ? COPULAS[lang] : ANY_COPULA).has(next.low)) from = k + 2;
  else return false;
  // The description: a determiner and a role noun within three words (« a software engineer », « un ancien
  // ouvrier »), before any comma; or, with no determiner, a listed role noun right away (« Lina,
  // étudiante en lettres »), not a participle (« Dubreuil, en affirmant », « X est mobilisée »).
  const determined = tokens[from] !== undefined && determiners.has(tokens[from]!.low);
  if (determined) from++;
  let role = false;
  for (let j = from; j < Math.min(from + (determined ? 3 : 1), tokens.length); j++) {
    const w = tokens[j]!;
    if (j > from && /[,;:.]/.test(text.slice(tokens[j - 1]!.end, w.start))) break;
    if (/^\p{Ll}/u.test(w.text) && isRoleWord(w, determined, lang)) {
      role = true;
      break;
    }
  }
  if (!role) return false;
  const key = t.low;
  // « Instead, a spokesman said », « Finalement, un ouvrier … »: a sentence adverb before a comma is no name.
  if (SENTENCE_ADVERBS.has(key) || /(?:ly|ment)$/.test(key)) return false;
  if (NOT_NAME_WORDS.has(key) || COUNTRIES.has(key) || COUNTRIES.has(key.replace(/s$/, "")) || ROLE_NOUNS.has(key) || TITLES.has(key) || INSTITUTION_NOUNS.has(key) || DOCUMENT_NOUNS.has(key) || NAMED_THINGS.has(key)) return false;
  // Asked last, of the few words described so: the place tables are the costly look-up.
  return !isPlaceName(t.text);
}

/**
 * Where a person's name starts inside a capitalised run that an article or a place's preposition
 * opens, or -1: after its first word when that is a place and a place's preposition precedes it
 * (« de Brestville Odile Carnac »), or at a given name (« Littoral Olivier Ravel ») that at
 * least one more word follows. A run opening on the noun of a body or a thing (« Hôpital Georges
 * Pompidou ») names that thing.
 */
/** « la juge du tribunal de [Brestville] »: a role noun a few words back, over its complement's prepositions, articles and capitals. */
function roleComplementBefore(tokens: Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 7); j--) {
    const t = tokens[j]!;
    if (ROLE_NOUNS.has(t.low)) return true;
    if (!OF_PREPOSITIONS.has(t.low) && !ARTICLES.has(t.low) && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

function personInside(tokens: Token[], start: number, end: number, placeBefore: boolean): number {
  if (end - start < 2) return -1;
  const first = tokens[start]!;
  if (namesThing(first) || NAMED_THINGS.has(first.low) || PLACE_OPENERS.has(first.low)) return -1;
  if (placeBefore && (isPlaceName(first.text) || roleComplementBefore(tokens, start)) && !isPlaceName(joined(tokens, start + 1, end))) return start + 1;
  for (let k = start + 1; k < end; k++) if (MASCULINE_GIVEN.has(tokens[k]!.low) || FEMININE_GIVEN.has(tokens[k]!.low)) return k;
  return -1;
}

/** The tokens as written, with no space after a glued prefix (« O'Neill »). */
function joined(tokens: Token[], from: number, to: number): string {
  let out = "";
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    out += k > from && !/['’]$/.test(tokens[k - 1]!.text) ? ` ${t.text}` : t.text;
  }
  return out;
}

/**
 * Person names in a sentence: two or more capitalised words that no article precedes (« Paul
 * Durand », not « la Maison Blanche »), or one capitalised word after a title (« M. Lemoine »,
 * « le général Diallo »). Capitalised words after a place preposition are places, not people.
 * A capitalised title in front (« Defence Minister Jane Doe ») is split off as the role.
 */
export function findNames(tokens: Token[], lang?: "fr" | "en", text?: string): NameSpan[] {
  const out: NameSpan[] = [];
  const stops = lang ? RUN_STOPS[lang] : NOT_NAME_WORDS;
  const ranks = lang ? RANKS_BY_LANG[lang] : ALL_RANKS;
  const continues = continuesIn(stops);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const titleGender = TITLES.get(t.low) ?? TITLES.get(titleKeyOf(t));
    const isTitle = TITLES.has(t.low) || TITLES.has(titleKeyOf(t));
    let start = i;
    let title: string | null = null;
    let tGender: "m" | "f" | null = null;
    const next = tokens[i + 1];
    // « juge Mme X »: a courtesy title opens a name's titles, so the word before it is a verb or a noun.
    const courtesyNext = next !== undefined && (COURTESY.has(next.low) || COURTESY.has(titleKeyOf(next)));
    if (isTitle && !courtesyNext && (isCap(next) || isNamePrefix(tokens, i + 1)) && !NOT_NAME_WORDS.has(next!.low) && next!.start - t.end <= 1) {
      title = t.text;
      tGender = titleGender ?? null;
      start = i + 1;
      // Stacked titles: « Lt. Gen. X », « Mme la générale X » reads as one title.
      while (start < tokens.length - 1 && (TITLES.has(tokens[start]!.low) || TITLES.has(titleKeyOf(tokens[start]!))) && isCap(tokens[start + 1]) && tokens[start]!.start - tokens[start - 1]!.end <= 1) {
        tGender = tGender ?? TITLES.get(tokens[start]!.low) ?? TITLES.get(titleKeyOf(tokens[start]!)) ?? null;
        start++;
      }
      // « un député LREM, X », « le sénateur PS Y »: an acronym after a title is the party it belongs
      // to, no name; the name, when one follows, comes after it.
      if (isAcronym(tokens[start]!) && !isInitials(tokens[start]!, tokens[start + 1])) {
        i = start;
        continue;
      }
    } else if (isNamePrefix(tokens, i)) {
      // « O'Neill » starts a name.
    } else if (!isCap(t) || NOT_NAME_WORDS.has(t.low) || (isAcronym(t) && !isTitleHead(t) && !isInitials(t, next)) || t.low.endsWith("'")) {
      continue;
    }
    // Extend over capitalised words, inner particles followed by a capital, a glued prefix, and
    // « of » inside a title (« Secretary of State X »).
    let end = start;
    while (true) {
      const nx = tokens[end + 1];
      const cur = tokens[end]!;
      if (isNamePrefix(tokens, end)) {
        end++;
        continue;
      }
      if (continues(nx) && nx.start - cur.end <= 1) {
        end++;
        continue;
      }
      if (nx && PARTICLES.has(nx.low) && isCap(tokens[end + 2]) && !stops.has(tokens[end + 2]!.low)) {
        end += 2;
        continue;
      }
      // « Pieter van der Berg », « Ana de los Santos »: two particles in lower case before the surname.
      const second = tokens[end + 2];
      if (nx && LOWER_FIRST.test(nx.text) && CHAIN_FIRST.has(nx.low) && second && LOWER_FIRST.test(second.text) && CHAIN_SECOND.has(second.low) && isCap(tokens[end + 3]) && !stops.has(tokens[end + 3]!.low) && nx.start - cur.end <= 1) {
        end += 3;
        continue;
      }
      // « Jean de La Varende », « Pieter van Der Berg »: a particle and a capitalised article before the surname.
      const art = tokens[end + 2];
      if (nx && LOWER_FIRST.test(nx.text) && PARTICLES.has(nx.low) && art && UPPER_FIRST.test(art.text) && NAME_ARTICLES.has(art.low) && isCap(tokens[end + 3]) && !stops.has(tokens[end + 3]!.low) && nx.start - cur.end <= 1) {
        end += 3;
        continue;
      }
      if (nx && nx.low === "of" && isTitleHead(cur) && continues(tokens[end + 2]) && continues(tokens[end + 3])) {
        end += 2;
        continue;
      }
      break;
    }
    // A capitalised run ending on a company's or an institution's word names a body, not a person:
    // the whole name, over its inner linkers (« the Energy Markets Authority »).
    if (title === null && end > start && namesThing(tokens[end]!)) {
      // Never back over an earlier name, and a name is a few words: bounded, so hostile runs stay linear.
      const floor = Math.max(out.length ? out[out.length - 1]!.last + 1 : 0, start - MAX_BODY_WORDS);
      while (start - 2 >= floor && LINKERS.has(tokens[start - 1]!.low) && isCap(tokens[start - 2]) && !NOT_NAME_WORDS.has(tokens[start - 2]!.low)) {
        start -= 2;
        while (start - 1 >= floor && isCap(tokens[start - 1]) && !NOT_NAME_WORDS.has(tokens[start - 1]!.low) && tokens[start]!.start - tokens[start - 1]!.end <= 1) start--;
      }
      // « the National Council of Road Safety », "the U.S. Department of Justice": the complement a
      // body's noun takes (« of », « for », « de ») with its capitalised words is the name's too.
      while (end - start < MAX_BODY_WORDS) {
        const link = tokens[end + 1];
        if (!link || !BODY_COMPLEMENTS.has(link.low) || !/^\p{Ll}/u.test(link.text) || link.start - tokens[end]!.end > 1) break;
        let j = end + 2;
        if (tokens[j] && BODY_ARTICLES.has(tokens[j]!.low) && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
        if (!continues(tokens[j]) || NOT_NAME_WORDS.has(tokens[j]!.low) || tokens[j]!.start - tokens[j - 1]!.end > 1) break;
        while (continues(tokens[j + 1]) && tokens[j + 1]!.start - tokens[j]!.end <= 1 && j - start < MAX_BODY_WORDS) j++;
        end = j;
      }
      out.push({ first: start, last: end, name: joined(tokens, start, end), title: null, titleGender: null, role: null, mentionStart: start, organisation: true });
      i = end;
      continue;
    }
    // A capitalised title before the name: the last title word with a name after it closes the role.
    let role: string | null = null;
    if (title !== null) {
      // « Sen. X », « Lt. Gen. X »: abbreviations that say a function are the role, written out.
      const said = tokens.slice(i, start).map((x) => TITLE_ROLES.get(titleKeyOf(x)) ?? null);
      if (said.every((r) => r !== null)) role = said.join(" ");
    }
    if (title === null) {
      let head = -1;
      for (let k = start; k < end; k++) if (isTitleHead(tokens[k])) head = k;
      // « Secretary of State X »: the complement belongs to the title.
      if (head >= 0 && tokens[head + 1]?.low === "of" && head + 2 < end) head += 2;
      if (head >= 0) {
        // « Coast Guard Commandant Major General X »: the ranks after the function are the title, not the role.
        let roleEnd = head;
        // (« Prime Minister Sir Alan X »: an honorific after the function is no part of the role either.)
        while (roleEnd > start && (ranks.has(tokens[roleEnd]!.low) || TITLES.has(tokens[roleEnd]!.low) || TITLES.has(titleKeyOf(tokens[roleEnd]!)))) roleEnd--;
        const fn = tokens[roleEnd]!;
        if (ranks.has(fn.low) || !(ROLE_NOUNS.has(fn.low) || isTitleHead(fn))) roleEnd = head;
        role = joined(tokens, start, roleEnd);
        title = role;
        start = head + 1;
      } else if (isTitleHead(tokens[end])) {
        // « Justice Minister » alone: a role, no name.
        i = end;
        continue;
      }
    }
    // « Réunion Norlande-Varie », « Summit Talks »: a run opening on the noun of a thing or an event names it.
    if (title === null && end > start && (NAMED_THINGS.has(tokens[start]!.low) || PLACE_OPENERS.has(tokens[start]!.low))) {
      i = end;
      continue;
    }
    // « le ministre de la Santé Marc Vidal »: after a role's « de la », the first capital is the
    // department and the rest the name.
    if (title === null && end - start >= 2 && isDepartmentSlot(tokens, start)) start++;
    const words = end - start + 1;
    if (title === null && words < 2 && !(text !== undefined && loneNameDescribed(text, tokens, start, lang))) continue;
    const before = tokens[(title === null ? start : i) - 1];
    const placeBefore = before !== undefined && PLACE_BEFORE.has(before.low) && !(text !== undefined && OF_PREPOSITIONS.has(before.low) && personByApposition(text, tokens, start, end));
    if (title === null && before && (ARTICLES.has(before.low) || placeBefore || (NAMED_THINGS.has(before.low) && tokens[start]!.start - before.end <= 1))) {
      // « la juge du tribunal de Brestville Odile Carnac », « du Littoral Olivier Ravel », « Les
      // Modérés François Garnier »: a place or a body's capitalised name the role ends with, then a
      // person's name, written as one run.
      const inner = NAMED_THINGS.has(before.low) ? -1 : personInside(tokens, start, end, placeBefore);
      if (inner < 0) {
        i = end;
        continue;
      }
      start = inner;
    } else if (title === null && before && (before.low === "and" || before.low === "et") && /^\p{Ll}/u.test(before.text)) {
      // « the Minister of Trade and Industry Ana Ruiz »: the department after « and » is no given name.
      const inner = personInside(tokens, start, end, false);
      if (inner > 0) start = inner;
    }
    // « M. » and a title keep their article (« le général »).
    let mentionStart = title === null ? start : i;
    // « le Premier ministre X »: a role word right before a title that is a function is part of it.
    if (title !== null && mentionStart > 0 && ROLE_NOUNS.has(tokens[mentionStart - 1]!.low) && !COURTESY.has(t.low) && tokens[mentionStart]!.start - tokens[mentionStart - 1]!.end <= 1 && isCap(tokens[mentionStart - 1])) mentionStart--;
    const opener = tokens[mentionStart - 1];
    if (title !== null && opener && (opener.low === "le" || opener.low === "la" || opener.low === "l'" || opener.low === "the")) mentionStart--;
    const titleText = title === null ? null : tokens.slice(mentionStart, start).map((x) => x.text).join(" ");
    const article = title !== null && mentionStart < i ? tokens[mentionStart] : before;
    const articleGender = article?.low === "la" ? "f" : article?.low === "le" ? "m" : null;
    // « Maria Lund of Forward Norland said »: capitalised words tied to a person's name by « of »
    // name the body they belong to, not a second person.
    const prev = out[out.length - 1];
    const body = title === null && before !== undefined && OF_PREPOSITIONS.has(before.low) && prev !== undefined && !prev.organisation && prev.last === start - 2;
    out.push({
      first: start,
      last: end,
      name: joined(tokens, start, end),
      title: titleText,
      titleGender: tGender ?? (title !== null ? articleGender : null),
      role,
      mentionStart,
      ...(body ? { organisation: true as const } : {}),
    });
    i = end;
  }
  return out;
}

/** Whether a name as written ends on a company's, an institution's or a document's word (« Acme Technologies »). */
export function isOrganisationName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  const low = fold(last);
  return words.length > 1 && (ORGANISATION_ENDS.has(low) || ORGANISATION_ENDS.has(low.replace(/\.$/, "")) || INSTITUTION_NOUNS.has(low) || DOCUMENT_NOUNS.has(low));
}

/** A name's surname: its last word that is no suffix, with the particles before it (« de Villers »). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  let last = words.length - 1;
  while (last > 0 && NAME_SUFFIXES.has(words[last]!.toLowerCase())) last--;
  let first = last;
  while (first > 1 && (PARTICLES.has(words[first - 1]!.toLowerCase()) || (NAME_ARTICLES.has(words[first - 1]!.toLowerCase()) && first > 2 && PARTICLES.has(words[first - 2]!.toLowerCase())))) first--;
  return words.slice(first, last + 1).join(" ");
}
