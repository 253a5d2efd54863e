import type { Ctx } from "../context.js";
import { keysOf, type KeySet, type StoryIndex } from "../index.js";
import { nationalityIn } from "../qualifiers.js";
import { exonym } from "../lexicon.js";
import { chatWords } from "../lexicon-chat.js";
import { keySimilarity, NAME_MATCH, nameKey } from "../names.js";
import { fold, isStopword, tokens, words } from "../text.js";
import { CALENDAR } from "../../story/lang/calendar.js";
import { allNameWords } from "../../story/lang/names.js";
import { QuestionMemo } from "../question-memo.js";

/*
 * Names a question asks about that the story never writes. « Did X also speak to Y? », « is
 * country Z sending soldiers? » on a story with no Y, no Z: every sentence the reader could cite
 * speaks of something else, and pasting one is a confident wrong answer. A name here is what a
 * writer marks as one — a capitalised word inside the question, an acronym — looked for in the
 * story under every form the question's other words are (its stems, its translation through the
 * lexicons, a transliteration, a misspelling one edit away).
 */

/** Calendar words are capitalised in English and are no names; checked by the date readers instead. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (["fr", "en"] as const).flatMap((l) => [...CALENDAR[l].months, ...CALENDAR[l].weekdays, ...CALENDAR[l].monthAbbreviations]),
);

/** Titles, ranks and role nouns of either language (« Governor », « Mayor », « Ministre »): the name is the words after them. */
const TITLE_WORDS: ReadonlySet<string> = allNameWords((w) => [...w.titles.map(([t]) => t.replace(/\.$/, "")), ...w.titleHeads, ...w.roleNouns]);

/** Words typed in capitals that are chat, not acronyms (« OK », « PLS »); folded. */
// Read from each language's chat table: a question may be typed in either.
const CHAT_CAPITALS: ReadonlySet<string> = new Set([...chatWords("fr").interjections, ...chatWords("en").interjections]);

/** The story's words and their name keys, read once per story. */
interface StoryWords {
  /** Folded words of every sentence and entity name, each once. */
  words: ReadonlySet<string>;
  /** The same words in order, for a look-up by prefix in logarithmic time (a question never walks the story's vocabulary). */
  sorted: readonly string[];
  /** Transliteration keys (names.ts) of those words, by first letter: « Poutine » is « putin ». */
  keys: ReadonlyMap<string, readonly string[]>;
  /** Initials of the runs of words that open on a capital (function words skipped): « Rassemblement national » → « rn ». */
  initials: ReadonlySet<string>;
}

const storyWordsMemo = new WeakMap<StoryIndex, StoryWords>();

function storyWords(index: StoryIndex): StoryWords {
  const hit = storyWordsMemo.get(index);
  if (hit) return hit;
  const words = new Set<string>();
  for (const s of index.story.sentences) for (const w of tokens(s.text)) words.add(w);
  for (const e of index.entities) for (const n of [e.name, ...e.aliases]) for (const w of tokens(n)) words.add(w);
  // the dateline names the place the story is filed from (« (Vilnius) »), the headline what it is about
  for (const t of [index.story.dateline?.text ?? "", index.story.title ?? ""]) for (const w of tokens(t)) words.add(w);
  const keys = new Map<string, string[]>();
  for (const w of words) {
    const k = nameKey(w);
    if (k.length < 2) continue;
    let list = keys.get(k[0]!);
    if (!list) keys.set(k[0]!, (list = []));
    list.push(k);
  }
  const initials = new Set<string>();
  for (const s of index.story.sentences) {
    const ws = (s.text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !isStopword(fold(w)));
    ws.forEach((w, i) => {
      if (!/^\p{Lu}/u.test(w)) return;
      let acc = "";
      for (let j = i; j < Math.min(ws.length, i + 6); j++) {
        acc += fold(ws[j]!)[0] ?? "";
        if (acc.length >= 2) initials.add(acc);
      }
    });
  }
  const out = { words, sorted: [...words].sort(), keys, initials };
  storyWordsMemo.set(index, out);
  return out;
}

/** Whether a sorted list holds a word that starts with `prefix`. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

/** Whether the story writes a word of the question, under any of the forms it may take there. */
function written(ctx: Ctx, word: string): boolean {
  const f = fold(word);
  const sw = storyWords(ctx.index);
  if (sw.words.has(f) || exonym(f).some((x) => sw.words.has(x))) return true;
  // a stem the story shares (« Ukrainian » ~ « Ukraine », « Européens » ~ « européenne »)
  if (f.length >= 5 && hasPrefix(sw.sorted, f.slice(0, Math.max(5, f.length - 3)))) return true;
  // a transliteration or a misspelling of a name (« Tchaikovsky » ~ « Tchaïkovski »)
  const k = nameKey(f);
  // (a key more than twice as long as another is never that alike — at most 0.9 less a little: computed for the others only)
  if (k.length >= 4) for (const n of sw.keys.get(k[0]!) ?? []) if (n.length <= 2 * k.length && k.length <= 2 * n.length && keySimilarity(k, n) >= NAME_MATCH) return true;
  // a place written with one more letter before it in the other language (« Yerevan », « Erevan »)
  if (k.length >= 5) for (const n of sw.keys.get(k[1]!) ?? []) if (n.length >= 5 && k.length - n.length === 1 && k.endsWith(n)) return true;
  // through the question's own term: its translations and stems in the story's language
  // (a term is found in some sentence exactly when it is found in the union of their keys: one look-up, not a walk over the story)
  const term = ctx.query.terms.find((t) => t.word === f);
  if (term) {
    const { sentenceKeys, entityKeys, datelineKeys } = storyKeys(ctx.index);
    if (ctx.m.has(sentenceKeys, term) || ctx.m.has(entityKeys, term)) return true;
    // a nationality is there in its country, its capital, its dateline (« Lithuanian » in a story filed from « Vilnius »)
    if (nationalityIn(sentenceKeys, term, ctx.m) || nationalityIn(datelineKeys, term, ctx.m)) return true;
    // a word of a phrase the lexicon translates whole (« United States », « Etats-Unis »)
    const alt = ctx.query.alternatives.get(term);
    if (alt) for (const t of [...alt.own, ...alt.translation]) if (t !== term && ctx.m.has(sentenceKeys, t)) return true;
  }
  return false;
}

/** The keys of all the story's sentences, of all its entities and of its dateline, each as one set: read once per story. */
interface StoryKeys {
  sentenceKeys: KeySet;
  entityKeys: KeySet;
  datelineKeys: KeySet;
}

const storyKeysMemo = new WeakMap<StoryIndex, StoryKeys>();

function storyKeys(index: StoryIndex): StoryKeys {
  let out = storyKeysMemo.get(index);
  if (out) return out;
  const sentenceKeys: KeySet = new Set();
  for (const s of index.sentences) for (const k of s.keys) sentenceKeys.add(k);
  const entityKeys: KeySet = new Set();
  for (const e of index.entities) for (const k of e.keys) entityKeys.add(k);
  storyKeysMemo.set(index, (out = { sentenceKeys, entityKeys, datelineKeys: keysOf(index.story.dateline?.text ?? "") }));
  return out;
}

/**
 * The question's names the story never writes, as the reader typed them (adjacent names as one:
 * « Ferrand Institute »); empty when it names none or every one is there. A capitalised word that
 * opens the question or a sentence of it is no name, nor a title (« Governor »), nor anything in a
 * question typed in capitals or in title case.
 */
export function unmentionedNames(ctx: Ctx): string[] {
  // asked by the engine before any intent and by the reader again: read once per question
  let out = namesMemo.get(ctx.query);
  if (!out) namesMemo.set(ctx.query, (out = readNames(ctx)));
  return out;
}

const namesMemo = new QuestionMemo<Ctx["query"], string[]>();

function readNames(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const run of nameRuns(ctx)) {
    if (run.some((w) => written(ctx, w))) continue;
    const name = run.join(" ");
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The names a question writes, each a run of adjacent capitalised words or an acronym, as the reader
 * typed them (« Ferrand Institute »); see unmentionedNames for what is no name. With `compounds`, a
 * hyphenated place of the other language (« Royaume-Uni ») is one run too: what the question
 * presupposes, looked for where an answer stands (guards.ts), not in the story's vocabulary.
 */
export function nameRuns(ctx: Ctx, compounds = false): string[][] {
  const key = compounds ? runsMemoAll : runsMemo;
  let out = key.get(ctx.query);
  if (!out) key.set(ctx.query, (out = readRuns(ctx, compounds)));
  return out;
}

const runsMemo = new QuestionMemo<Ctx["query"], string[][]>();
const runsMemoAll = new QuestionMemo<Ctx["query"], string[][]>();

function readRuns(ctx: Ctx, compounds: boolean): string[][] {
  const raw = ctx.query.raw;
  // a name or an acronym has a capital after the question's first letter: most questions have none
  if (!/.\p{Lu}/su.test(raw)) return [];
  const found: { word: string; at: number }[] = [];
  // the words of the question and where each starts: a word is a maximal run of letters and digits, so the
  // first place it occurs after the previous word's end is its own (no match object per word)
  let end = 0;
  for (const word of words(raw)) {
    const at = raw.indexOf(word, end);
    found.push({ word, at });
    end = at + word.length;
  }
  // « What Is The Deal On Monday »: capitals that mark nothing, a function word inside the question among them
  const inner = found.slice(1);
  if (inner.some((x) => /^\p{Lu}\p{Ll}/u.test(x.word) && isStopword(fold(x.word))) && inner.filter((x) => /^\p{Lu}/u.test(x.word)).length > 0.6 * inner.length) return [];
  // « WHO SAID IT »: a question typed in capitals has no acronyms to tell apart
  const letters = raw.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, "").length > 0.6 * letters.length) return [];
  const other = ctx.query.lang !== ctx.index.story.lang;
  // runs of adjacent names (« Ferrand Institute »): one thing, absent only when none of its words is written
  const runs: { words: string[]; end: number }[] = [];
  for (const { word, at } of found) {
    const f = fold(word);
    if (word.length < 2 || isStopword(f) || CALENDAR_WORDS.has(f) || CHAT_CAPITALS.has(f) || TITLE_WORDS.has(f) || /\d/.test(word)) continue;
    const acronym = /^\p{Lu}{2,6}$/u.test(word);
    if (!acronym && !/^\p{Lu}\p{Ll}/u.test(word)) continue;
    // an acronym is the initials of its language's words (« NATO », « OTAN »): looked for only in a story of the question's
    // language, and as the initials of words the story spells out (« Rassemblement national » for « RN »)
    if (acronym && (other || storyWords(ctx.index).initials.has(f))) continue;
    // a part of a compound place name in the other language (« Etats-Unis », « Royaume-Uni ») is translated whole or not at all
    if (!compounds && other && (/^[-‐]/u.test(raw.slice(at + word.length)) || /[-‐]$/u.test(raw.slice(0, at)))) continue;
    // the first word of the question, or of one of its sentences, is capitalised as such
    const before = raw.slice(0, at).replace(/[\s«»"“”'‘’()[\]*_~`>-]+$/u, "");
    if (!acronym && (before === "" || /[.?!:;…]$/u.test(before))) continue;
    const last = runs[runs.length - 1];
    if (last && /^[\s-]+$/u.test(raw.slice(last.end, at))) {
      last.words.push(word);
      last.end = at + word.length;
    } else runs.push({ words: [word], end: at + word.length });
  }
  return runs.map((r) => r.words);
}
