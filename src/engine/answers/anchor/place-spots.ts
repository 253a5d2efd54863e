import type { StoryIndex } from "../../index.js";
import type { Lang } from "../../reply.js";
import { fold } from "../../text.js";
import { isPlaceName } from "../../../story/lang/places.js";
import { DAY_PAIRS, alt } from "./dates.js";
import { LOCATIVE_RE, NOUN_BEFORE_RE, OF_PLACE_NOUN_RE, PLACE_NOUNS, type Spot, foldInPlace } from "./place-phrases.js";
import { TIME_WORDS } from "./words.js";

// The places a sentence names: capitalised names after a preposition of place or a place noun, lists of them, venues.

export function placeSpots(index: StoryIndex, i: number, text: string, lang: Lang): Spot[] {
  const out: Spot[] = [];
  const persons = personWords(index);
  // (a name the place noun leads is the place's even when it is a person's: « l'hôpital Jean-Marc X », « le stade X »)
  const add = (name: string, at: number, led = false) => {
    const clean = name.replace(/[’']s$/u, "").trim();
    if (!clean || out.some((s) => at < s.end && at + clean.length > s.at)) return;
    if (!led && clean.split(/\s+/).some((w) => persons.has(w))) return;
    out.push({ text: clean, at, end: at + clean.length });
  };
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|du|des|of|la|le|upon)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu)) {
    const at = m.index ?? 0;
    const name = m[0].replace(/[.]$/, "");
    // « R5.5bn », « F-35 »: a letter before a figure is a currency or a model, not a place
    if (at === 0 || name.length < 2 || /^\d/.test(text.slice(at + m[0].length))) continue;
    const before = foldInPlace(text.slice(Math.max(0, at - 48), at));
    // « à Berlin », « in the Bronx »; « près du village de X », « in the city of X »: a place noun after the preposition
    const noun = NOUN_BEFORE_RE[lang].exec(before);
    // « to Norland, Varia and the Ostmark »: a name coordinated right after a place is one more place of the list
    const last = out.at(-1);
    const listed = last !== undefined && LIST_LINK[lang].test(text.slice(last.end, at));
    const locative = listed || (LOCATIVE_RE[lang].test(before) && (!TIME_WORDS[lang].dative.test(before) || isPlaceName(name))) || OF_PLACE_NOUN_RE[lang].test(before) || noun !== null;
    // a place named by its common noun wherever the phrase stands (« les cuves du terminal pétrolier de X », "in the
    // country's southern X province", "a X court hearing"): the noun and the name together are the place
    // (« parmi les pays du X »: a plural noun names a set of places, none of them where)
    const ofNoun = locative ? null : NAMED_OF[lang].exec(before);
    if (ofNoun && PLURAL_BEFORE[lang].test(before.slice(0, before.length - (ofNoun[1]?.length ?? 0)))) continue;
    const nounAfter = locative || ofNoun ? null : NOUN_AFTER[lang].exec(text.slice(at + name.length));
    // « l'école juive X de Y », « rue X »: French sets the noun first and the name after it, with no « de », wherever the phrase stands
    const lead = locative || ofNoun || nounAfter ? null : NOUN_LEADS[lang].exec(before);
    const leadNoun = lead?.[1] && /^\p{Ll}/u.test(text.slice(at - lead[1].length, at)) && !PLURAL_BEFORE[lang].test(before.slice(0, before.length - lead[1].length)) ? lead[1] : null;
    if (leadNoun && !DAY_PAIRS.has(fold(name.split(/\s+/)[0]!)) && !PLACE_NOUNS[lang].has(fold(name)) && !/^\p{Lu}{2,}$/u.test(name)) {
      add(text.slice(at - leadNoun.length, at) + name, at - leadNoun.length, true);
      continue;
    }
    if ((ofNoun || nounAfter) && !DAY_PAIRS.has(fold(name.split(/\s+/)[0]!)) && !PLACE_NOUNS[lang].has(fold(name)) && !/^\p{Lu}{2,}$/u.test(name)) {
      if (ofNoun?.[1]) add(text.slice(at - ofNoun[1].length, at) + name, at - ofNoun[1].length);
      else if (nounAfter) add(name + nounAfter[0], at);
      continue;
    }
    // a day or month after « in » dates; an acronym is an institution's
    // « dans l'État vénézuélien de X »: the place noun itself is no place's name
    if (!locative || DAY_PAIRS.has(fold(name.split(/\s+/)[0]!)) || PLACE_NOUNS[lang].has(fold(name)) || (/^\p{Lu}{2,}$/u.test(name) && !isPlaceName(name))) continue;
    // « au musée de Lorvik », "at the airport of X": a venue is where, the town only whose it is; the spot holds both
    const venue = VENUE_OF[lang].exec(before);
    if (noun?.[1]) add(text.slice(at - noun[1].length, at) + name, at - noun[1].length);
    else if (venue && OF_PLACE_NOUN_RE[lang].test(before)) add(text.slice(at - venue[0].length, at) + name, at - venue[0].length);
    else add(name, at);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** What stands between a place and the narrower one set after it by a comma (« , au », ", at the"), per language, folded. */
// (« sur la Lenne près de X », "on the Y river near X": the town near which says where on the river)
export const APPOSED: Record<Lang, RegExp> = {
  fr: /^(?:\s*,\s*(?:(?:a|au|aux|dans|en|pres de|pres du|sur)\s+)?|\s+pres d(?:e|u|')\s*)(?:(?:la|le|les|l')\s*)?$/u,
  en: /^(?:\s*,\s*(?:(?:in|at|near|on|inside)\s+)?|\s+near\s+)(?:the\s+)?$/u,
};

/** A place noun and its « de », "of" right before a name (folded, offsets kept), with up to two words between (« terminal pétrolier de »). */
const NAMED_OF: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|\\s)((?:${alt(TIME_WORDS.fr.placeNouns)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:de|du|d['’])\\s*(?:(?:la|le|l['’])\\s*)?)$`, "u"),
  en: new RegExp(`(?:^|\\s)((?:${alt(TIME_WORDS.en.placeNouns)})\\s+of\\s+(?:the\\s+)?)$`, "u"),
};
/** A plural determiner right before a place noun, per language (folded). */
const PLURAL_BEFORE: Record<Lang, RegExp> = { fr: /(?:^|\s)(?:les|des|ces|aux|leurs|ses)\s+$/u, en: /(?:^|\s)(?:these|those|all|many|several)\s+$/u };
/** English sets a place's name before its noun ("X province", "the X holding centre"): the noun right after the name, one word between at most. */
const NOUN_AFTER: Record<Lang, RegExp> = {
  fr: /(?!)/u,
  en: new RegExp(`^(?:\\s+[\\p{Ll}-]+)?\\s+(?:${alt(TIME_WORDS.en.placeNouns)})(?![\\p{L}])`, "u"),
};

/** French names a place after its noun (« l'hôpital X », « la rue X », « la base aérienne X »): the noun, one adjective at most, right before the name; English writes the noun after (NOUN_AFTER). */
const NOUN_LEADS: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|[\\s'’])((?:${alt(TIME_WORDS.fr.placeNouns)})\\s+(?:[\\p{Ll}-]{4,}\\s+)?)$`, "u"),
  en: /(?!)/u,
};

/** Venues (a memorial, an airport, a palace) and their « de », right before a name (folded, offsets kept): the venue is part of the place. */
const VENUES: Record<Lang, readonly string[]> = {
  fr: ["memorial", "palais", "siege", "aeroport", "gare", "hopital", "stade", "musee", "campus", "base", "camp", "usine", "centrale", "prison", "centre", "terminal", "tribunal", "ecole", "eglise", "mosquee", "ambassade", "consulat", "vallee", "riviere", "fleuve", "lac", "pont", "parc"],
  en: ["memorial", "palace", "headquarters", "airport", "station", "hospital", "stadium", "museum", "campus", "base", "camp", "factory", "plant", "prison", "centre", "center", "terminal", "court", "courthouse", "school", "church", "mosque", "embassy", "consulate", "valley", "river", "lake", "bridge", "park", "compound", "neighbourhood"],
};
const VENUE_OF: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${alt(VENUES.fr)})\\s+(?:de|du|des|d['’])\\s*(?:(?:la|le|les|l['’])\\s*)?$`, "u"),
  en: new RegExp(`(?:${alt(VENUES.en)})\\s+of\\s+(?:the\\s+)?$`, "u"),
};

/** What joins the places of a list (« , », « et », "and", "or" and their articles), per language: the whole text between two names. */
const LIST_LINK: Record<Lang, RegExp> = {
  fr: /^(?:\s*,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)(?:(?:la|le|les)\s+|l['’])?$/u,
  en: /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/u,
};

const personMemo = new WeakMap<StoryIndex, ReadonlySet<string>>();
/** The words of people's and institutions' names that are not places: « en compagnie de X » names no place. */
function personWords(index: StoryIndex): ReadonlySet<string> {
  let hit = personMemo.get(index);
  if (!hit) {
    hit = new Set(index.entities.filter((e) => e.kind === "person").flatMap((e) => e.nameWords.filter((w) => /^\p{Lu}/u.test(w) && !isPlaceName(w))));
    personMemo.set(index, hit);
  }
  return hit;
}

/**
 * A locative phrase led by a noun of a part of a territory, where no name is written (« sur le flanc nord
 * du massif », « depuis le sud de la vallée », "across the northern border"): the noun after a
 * determiner, or before « de », "of", with one word after it and one « de X » at most.
 */
const AREA: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.fr.locative)})\\s+(?:(?:(?:la|le|les|l'|sa|son|ses|leur|leurs)\\s*)(?=(?:${alt(TIME_WORDS.fr.areaNouns)})\\b)|(?=(?:${alt(TIME_WORDS.fr.areaNouns)})\\s+(?:de|du|des|d')))((?:${alt(TIME_WORDS.fr.areaNouns)})(?:\\s+(?!de\\b|du\\b|des\\b)[\\p{Ll}-]{3,})?(?:\\s+(?:de|du|des|d')\\s*(?:(?:la|le|les|l')\\s*)?[\\p{L}-]+)?)`, "gu"),
  en: new RegExp(`(?:^|[\\s(])(?:${alt(TIME_WORDS.en.locative)})\\s+(?:the|its|their|his|her)\\s+((?:[\\p{Ll}-]+\\s+)?(?:${alt(TIME_WORDS.en.areaNouns)})(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+)?)\\b`, "gu"),
};

/** The phrases of a sentence that place with a common noun only (AREA), at their positions. */
export function areaSpots(text: string, lang: Lang): Spot[] {
  const folded = foldInPlace(text);
  const out: Spot[] = [];
  for (const m of folded.matchAll(AREA[lang])) {
    const phrase = m[1] ?? "";
    const at = (m.index ?? 0) + m[0].length - phrase.length;
    out.push({ text: text.slice(at, at + phrase.length), at, end: at + phrase.length });
  }
  return out;
}
