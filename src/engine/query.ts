import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import type { Lang } from "./reply.js";
import { idf, type KeySet, type StoryIndex } from "./index.js";
import { dictionaryGeneration } from "./dictionary.js";
import { englishWordsFor, phrasesIn, translate } from "./lexicon.js";
import { englishFor, englishKeys, frenchFor } from "./lexicon-news.js";
import { enStem, fold, frKeys, isStopword, words } from "./text.js";
import { bases, dictionaryKeys } from "./bilingual.js";
import { standardWord } from "./registers.js";
import { irregularBase } from "./lexicon-irregular.js";
import { placeAcross } from "./places-across.js";
import { cognatesOf } from "./lexicon-cognates.js";

/** One content word of a question, with every key it may appear under in a French story. */
export interface Term {
  word: string;
  keys: string[];
  /** An English word the lexicon does not know: matched to close French cognates too. */
  fuzzy?: boolean;
  /** Keys that come from the general dictionary alone: weaker evidence than the project's lexicons. */
  dictionary?: string[];
}

export interface Query {
  raw: string;
  folded: string;
  lang: Lang;
  /** Folded words, stop words included (intent rules read them). */
  words: string[];
  terms: Term[];
  /** Numbers written in the question (« 8,000 », « 8 000 »). */
  numbers: number[];
  /** Text between quotation marks, when the question quotes someone. */
  fragment: string | null;
  /** Content words in question order (phrase translations placed where the phrase starts). */
  seq: { pos: number; term: Term }[];
  /** Terms that stand for one another: an English phrase's own words, or all of its French translation. */
  alternatives: Map<Term, { own: Term[]; translation: Term[] }>;
}

const EN_MARKERS = new Set(
  "the what who whom whose which when where why how many much did does do is are was were say said says tell about of and in on at to by from with will would can could should has have had there they it this that his her he she its any many give me".split(" "),
);
const FR_MARKERS = new Set(
  "le la les qui que quoi qu quel quelle quels quelles combien comment pourquoi quand ou est sont ont dit de des du et en au aux sur selon pour avec un une il elle ils elles ce cette ces son sa ses leur y t donne moi".split(" "),
);

/** French or English, from function words; accents tip a tie towards French. */
export function detectLang(text: string, fallback: Lang = "en"): Lang {
  // asked of the same question text by the bot, the chat reading and the engine in turn: the last answer is kept
  if (text === lastLang.text && fallback === lastLang.fallback) return lastLang.lang;
  const lang = detectLangNow(text, fallback);
  lastLang = { text, fallback, lang };
  return lang;
}
let lastLang: { text: string; fallback: Lang; lang: Lang } = { text: "\u0000", fallback: "en", lang: "en" };

function detectLangNow(text: string, fallback: Lang): Lang {
  const ws = words(text.toLowerCase());
  let en = 0;
  let fr = 0;
  for (const w of ws) {
    if (EN_MARKERS.has(w)) en++;
    if (FR_MARKERS.has(w)) fr++;
  }
  if (/[éèêàùçœ«»]|\bqu['’]/i.test(text)) fr += 1.5;
  if (/['’]s\b/.test(text)) en += 1;
  // French typography spaces the question mark; English does not
  if (en === fr) return /\s[?!]\s*$/.test(text) ? "fr" : en + fr > 0 || /^[\x00-\x7f]*$/.test(text) ? "en" : fallback;
  return en > fr ? "en" : "fr";
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const SCALE: Record<string, number> = { mille: 1000, thousand: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9 };

const SCALE_ENTRIES = Object.entries(SCALE);
/** A cheap test run first: a text with none of the scale words has no « deux millions » to read (most questions). */
const SCALE_WORD = new RegExp(Object.keys(SCALE).join("|"));
const DIGIT = /\d/;

export function numbersIn(text: string): number[] {
  const out: number[] = [];
  // digit groups separated by spaces (any kind), commas or dots of thousands
  if (DIGIT.test(text)) for (const m of text.matchAll(/\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g)) {
    const raw = m[0];
    const grouped = /^\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+$/.test(raw);
    const value = grouped ? Number(raw.replace(/[^\d]/g, "")) : Number(raw.replace(",", "."));
    if (!Number.isFinite(value)) continue;
    const rest = fold(text.slice((m.index ?? 0) + raw.length, (m.index ?? 0) + raw.length + 12)).trim();
    const scale = SCALE_ENTRIES.find(([w]) => rest.startsWith(w));
    // « the 30k »: a thousand written as a letter right after the digits (not « 30m », which may be metres)
    const letter = text[(m.index ?? 0) + raw.length];
    const thousand = (letter === "k" || letter === "K") && !/\p{L}/u.test(text[(m.index ?? 0) + raw.length + 1] ?? "");
    out.push(scale ? value * scale[1] : thousand ? value * 1e3 : value);
  }
  const folded = fold(text);
  if (!SCALE_WORD.test(folded)) return out;
  const ws = words(folded);
  for (let i = 0; i < ws.length; i++) {
    // own entries only (« constructor » is no number word)
    const n = Object.hasOwn(NUMBER_WORDS, ws[i] ?? "") ? NUMBER_WORDS[ws[i]!] : undefined;
    const s = Object.hasOwn(SCALE, ws[i + 1] ?? "") ? SCALE[ws[i + 1]!] : undefined;
    if (n !== undefined && s !== undefined) out.push(n * s);
  }
  return out;
}

// Linear: each alternative consumes one character, bounded length. An apostrophe between two
// letters (« l'armée ») stays inside a single-quoted fragment.
const QUOTED = /[«“"]\s*([^«»“”"]{2,300}?)\s*[»”"]|(?:^|[\s(])['‘]((?:[^'‘’]|(?<=\p{L})['’](?=\p{L})){3,300}?)['’](?=[\s?.!,)]|$)/u;

// A word's keys depend only on the word and the two languages (the lexicons are fixed at load):
// worked out once, not on every question that uses the word. Forgotten when other dictionaries
// are installed: the keys of a word the lexicons do not know come from them.
const termMemo = new Map<string, { keys: string[]; fuzzy: boolean; dictionary: string[] }>();
let termGeneration = -1;

function termKeys(w: string, lang: Lang, storyLang: Lang, french: boolean): { keys: string[]; fuzzy: boolean; dictionary: string[] } {
  if (termGeneration !== dictionaryGeneration()) {
    termGeneration = dictionaryGeneration();
    termMemo.clear();
  }
  const id = `${lang}${storyLang}${french ? "f" : "-"}${matchTuning.cognates ? "" : "!"}${w}`;
  const hit = termMemo.get(id);
  if (hit) return hit;
  // a chat word (« ppl », « matos ») is looked up as the standard word it stands for
  const b = french ? w : standardWord(w, lang);
  // an English word the lexicon knows is looked up only through it: « minister » must not
  // meet « ministère » through their shared spelling
  // a folded French word is looked up under the base forms its ending allows too: a question's « critiquée », « allée »
  // lose the accent the stemmer reads (« critiquee » is no « critiqué »), the table lists the base forms
  const fromNews = french ? [] : lang === "en" ? frenchFor(b) : firstFound(bases(b, "fr"), englishFor);
  const known = lang === "en" && storyLang === "fr" ? [...translate(b), ...fromNews.flatMap((x) => frKeys(x.replace(/-/g, "")))] : [];
  const keys = new Set<string>(known.length ? known : [...frKeys(b), ...translate(b)]);
  if (b !== w) for (const k of frKeys(w)) keys.add(k);
  if (lang === "en" && !known.length) keys.add(enStem(b));
  // a word the project's lexicons do not know, through the general dictionary into the story's language
  const dictionary = !french && lang !== storyLang && !known.length && !fromNews.length ? dictionaryKeys(b, lang).filter((k) => !keys.has(k)) : [];
  for (const k of dictionary) keys.add(k);
  // across languages through the news lexicon, and within one through it as a pivot (« morts » ~ « décès »)
  if (storyLang === "en" && lang === "fr") for (const e of fromNews) for (const k of englishKeys(e)) keys.add(k);
  // and through the defence and diplomacy vocabulary read the other way (« mardi » ~ « Tuesday », « Syrie » ~ « Syria »)
  const reverse = storyLang === "en" && lang === "fr" && !french ? firstFound(bases(b, "fr"), englishWordsFor) : [];
  for (const e of reverse) for (const k of englishKeys(e)) keys.add(k);
  // a word no lexicon knows, under the forms the regular correspondences of the two languages give (« militaire » ~ military)
  if (!french && lang !== storyLang && !known.length && !fromNews.length && !reverse.length && !translate(b).length && matchTuning.cognates)
    for (const c of cognatesOf(b, lang)) for (const k of storyLang === "fr" ? frKeys(c) : englishKeys(c)) keys.add(k);
  // a capital or a country as the story's language writes it (« London » ~ « Londres »)
  if (!french && lang !== storyLang) for (const p of placeAcross(b, lang)) for (const k of storyLang === "fr" ? frKeys(p) : englishKeys(p)) keys.add(k);
  if (storyLang === "en" && lang === "en") for (const e of frenchFor(b).flatMap(englishFor)) keys.add(enStem(e));
  if (storyLang === "fr" && lang === "fr") for (const f of fromNews.flatMap(frenchFor)) for (const k of frKeys(f.replace(/-/g, ""))) keys.add(k);
  // an irregular form is looked up under its base form too (« led » under « lead »: the lexicons and the dictionary list base forms)
  const base = irregularBase(b, french ? "fr" : lang);
  if (base && base !== b) {
    const more = termKeys(base, lang, storyLang, french);
    for (const k of more.keys) keys.add(k);
    for (const k of more.dictionary) if (!dictionary.includes(k)) dictionary.push(k);
  }
  const out = { keys: Object.freeze([...keys]) as string[], fuzzy: lang === "en" && !french && !known.length && !translate(b).length && !fromNews.length, dictionary: Object.freeze(dictionary) as string[] };
  if (termMemo.size >= 20_000) termMemo.clear();
  termMemo.set(id, out);
  return out;
}

/** What `look` finds for the first of `forms` it knows. */
function firstFound(forms: readonly string[], look: (w: string) => string[]): string[] {
  for (const f of forms) {
    const hit = look(f);
    if (hit.length) return hit;
  }
  return [];
}

export function analyse(question: string, index: StoryIndex, forced?: Lang): Query {
  const lang = forced ?? detectLang(question, index.story.lang);
  const folded = fold(question);
  const m = QUOTED.exec(question);
  const fragment = m ? (m[1] ?? m[2] ?? "").trim() || null : null;
  const folds = words(folded);
  const placed: { pos: number; word: string; french?: boolean }[] = folds.map((word, pos) => ({ pos, word }));
  // translations of English phrases are French words already: taken as they are, never fuzzily
  const phrases = phrasesIn(folded);
  for (const p of phrases) for (const word of p.words) placed.push({ pos: p.pos, word, french: true });
  // a hyphenated word the lexicons know whole (« porte-parole »): looked up whole too, as a story's compounds are keyed
  for (const c of folded.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
    const joined = c[0].replace(/-/g, "");
    if (englishFor(joined).length || frenchFor(joined).length || translate(joined).length || englishWordsFor(joined).length || placeAcross(joined, lang).length) placed.push({ pos: words(folded.slice(0, c.index)).length, word: joined });
  }
  const usAt = question.includes("US") ? words(question).findIndex((w) => w === "US") : -1;
  if (usAt >= 0) placed.push({ pos: usAt, word: "americain", french: true });
  const terms: Term[] = [];
  const seq: { pos: number; term: Term }[] = [];
  const byWord = new Map<string, Term>();
  for (const { pos, word: w, french } of placed) {
    if (w.length < 2 || isStopword(w)) continue;
    let term = byWord.get(w);
    if (!term) {
      const { keys, fuzzy, dictionary } = termKeys(w, lang, index.story.lang, french === true);
      // a fresh Term per question: terms are compared by identity within one question's reading
      term = { word: w, keys, fuzzy, ...(dictionary.length ? { dictionary } : {}) };
      byWord.set(w, term);
      terms.push(term);
    }
    seq.push({ pos, term });
  }
  // « take part » is one thing asked: its words and its translations are found as one
  const alternatives = new Map<Term, { own: Term[]; translation: Term[] }>();
  for (const p of phrases) {
    const within = [...new Set(seq.filter((s) => s.pos >= p.pos && s.pos < p.pos + p.len).map((s) => s.term))];
    const translation = within.filter((t) => p.words.includes(t.word));
    const own = within.filter((t) => !translation.includes(t));
    for (const t of within) if (!alternatives.has(t)) alternatives.set(t, { own, translation });
  }
  return { raw: question, folded, lang, words: folds, terms, numbers: numbersIn(question), fragment, seq, alternatives };
}

const expansions = new WeakMap<StoryIndex, Map<string, string[]>>();

/**
 * The story keys a question key stands for: itself, words sharing a long stem with it, and close
 * cognates (« necessary » ~ « nécessaire », « operational » ~ « opérationnel »). Remembered per
 * story, since the vocabulary does not change.
 */
export function expandKey(index: StoryIndex, key: string, fuzzy = false): string[] {
  let memo = expansions.get(index);
  if (!memo) {
    memo = new Map();
    expansions.set(index, memo);
  }
  const id = fuzzy ? `~${key}` : key;
  const hit = memo.get(id);
  if (hit) return hit;
  const out: string[] = [];
  for (const v of index.vocabulary) {
    if (v === key) out.push(v);
    else if (key.length >= 5 && v.length >= 5 && (v.startsWith(key) || key.startsWith(v))) out.push(v);
    else if (fuzzy && key.length >= 6 && v.length >= 6 && v.slice(0, 4) === key.slice(0, 4) && jaroWinkler(v, key) >= 0.92) out.push(v);
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(id, out);
  return out;
}

/**
 * Switches of the matching, for measuring what each is worth. `misspellings`: a question word found nowhere meets a story word one or
 * two edits away. `cognates`: a word no lexicon knows is looked up across languages under its regular cognates (lexicon-cognates.ts).
 */
export const matchTuning = { misspellings: true, cognates: true };

/** Optimal string alignment distance (edits and adjacent transpositions), giving up above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      low = Math.min(low, v);
    }
    if (low > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Story words a misspelt question word may stand for (« goverment », « ministre » for « minsitre »):
 * same first letter, one edit for a word of 6 to 8 letters, two from 9. Short words are left
 * alone: one edit turns too many of them into another word.
 */
export function nearKeys(index: StoryIndex, word: string): string[] {
  if (word.length < 6 || /\d/.test(word)) return [];
  const max = word.length >= 9 ? 2 : 1;
  const out: string[] = [];
  for (const v of index.vocabulary) {
    if (v[0] !== word[0] || Math.abs(v.length - word.length) > max || v.length < 5) continue;
    if (editDistance(v, word, max) <= max) out.push(v);
  }
  return out;
}

const termExpansions = new WeakMap<StoryIndex, Map<string, { keys: ReadonlySet<string>; weight: number }>>();

/** Every story key a term may appear under, and its weight: the same for every question that uses the word, so kept per story. */
function expandTerm(index: StoryIndex, t: Term): { keys: ReadonlySet<string>; weight: number } {
  // the keys of a word the lexicons read (termKeys) are one frozen array per word: found by identity, without
  // joining the keys into the string key below for every term of every question
  const frozen = Object.isFrozen(t.keys);
  let byArray = frozen ? expansionsByKeys.get(index) : undefined;
  if (frozen && !byArray) expansionsByKeys.set(index, (byArray = new WeakMap()));
  const known = byArray?.get(t.keys);
  if (known && known.word === t.word && known.fuzzy === (t.fuzzy === true) && known.dictionary === (t.dictionary?.length ?? 0) && known.misspellings === matchTuning.misspellings) return known.out;
  let memo = termExpansions.get(index);
  if (!memo) termExpansions.set(index, (memo = new Map()));
  const id = `${t.fuzzy === true ? "~" : ""}${matchTuning.misspellings ? "" : "!"}${t.word}\u0002${t.keys.join("\u0001")}\u0002${t.dictionary?.length ?? 0}`;
  let hit = memo.get(id);
  if (!hit) {
    hit = expandTermNow(index, t);
    if (memo.size > 50_000) memo.clear();
    memo.set(id, hit);
  }
  byArray?.set(t.keys, { word: t.word, fuzzy: t.fuzzy === true, dictionary: t.dictionary?.length ?? 0, misspellings: matchTuning.misspellings, out: hit });
  return hit;
}

const expansionsByKeys = new WeakMap<StoryIndex, WeakMap<readonly string[], { word: string; fuzzy: boolean; dictionary: number; misspellings: boolean; out: { keys: ReadonlySet<string>; weight: number } }>>();

function expandTermNow(index: StoryIndex, t: Term): { keys: ReadonlySet<string>; weight: number } {
  // the weight is the rarest key's the term has without the general dictionary: a dictionary
  // sense met elsewhere in the story must not make the word's absence from a sentence cheaper
  const firm = t.dictionary?.length ? t.keys.filter((k) => !t.dictionary!.includes(k)) : t.keys;
  let weighed = firm.flatMap((k) => expandKey(index, k, t.fuzzy === true));
  // a misspelling is looked for only when the word is one of its own keys: an English word the
  // lexicon translates is looked up through its translation alone, on a French story
  if (!weighed.length && matchTuning.misspellings && t.keys.includes(t.word)) weighed = nearKeys(index, t.word);
  const expanded = firm.length === t.keys.length ? weighed : [...weighed, ...t.dictionary!.flatMap((k) => expandKey(index, k, false))];
  return { keys: new Set([...expanded, ...t.keys]) as ReadonlySet<string>, weight: weighed.length ? Math.max(...weighed.map((k) => idf(index, k))) : idf(index, "\u0000") };
}

export interface Matcher {
  /** Weight of the question's terms found in `keys` (IDF of the rarest matching key, per term). */
  score(keys: KeySet, terms?: Term[]): number;
  /** Which terms are found in `keys`. */
  found(keys: KeySet, terms?: Term[]): Term[];
  /** Whether one term is found in `keys`: what `score(keys, [term]) > 0` tells (every weight is positive), without an array per call. */
  has(keys: KeySet, term: Term): boolean;
  /** Whether `term` is found in `keys` through the project's own keys, not the general dictionary's alone. */
  firm(keys: KeySet, term: Term): boolean;
  weight(term: Term): number;
}

export function matcher(index: StoryIndex, query: Query): Matcher {
  // every key a term may appear under in the story, and its weight, computed once per question
  // (one map of the expansions expandTerm keeps per story, not two maps filled per question)
  const expanded = new Map<Term, { keys: ReadonlySet<string>; weight: number }>();
  for (const t of query.terms) expanded.set(t, expandTerm(index, t));
  // the keys a term has without the dictionary's, for the terms that have some
  const firmOf = new Map<Term, Set<string>>();
  for (const t of query.terms) {
    if (!t.dictionary?.length) continue;
    const own = t.keys.filter((k) => !t.dictionary!.includes(k));
    firmOf.set(t, new Set([...own.flatMap((k) => expandKey(index, k, t.fuzzy === true)), ...own]));
  }
  const weight = (t: Term) => expanded.get(t)?.weight ?? idf(index, "\u0000");
  const hits = (keys: KeySet, t: Term) => {
    const mine = expanded.get(t)?.keys ?? new Set(t.keys);
    // the smaller set is walked, the larger looked up (no pair array: this runs for every term against every sentence)
    if (mine.size <= keys.size) {
      for (const k of mine) if (keys.has(k)) return true;
    } else {
      for (const k of keys) if (mine.has(k)) return true;
    }
    return false;
  };
  return {
    weight,
    found: (keys, terms = query.terms) => terms.filter((t) => hits(keys, t)),
    has: hits,
    firm: (keys, t) => {
      const own = firmOf.get(t);
      if (!own) return hits(keys, t);
      for (const k of own) if (keys.has(k)) return true;
      return false;
    },
    score: (keys, terms = query.terms) => {
      let s = 0;
      for (const t of terms) if (hits(keys, t)) s += weight(t);
      return s;
    },
  };
}
