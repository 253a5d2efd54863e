import type { Entity, KeySet, StoryIndex } from "./index.js";
import { keysOf } from "./index.js";
import { exonym, NATIONALITY_KEYS, translate } from "./lexicon.js";
import { keySimilarity, NAME_MATCH, nameKey, nameSimilarity } from "./names.js";
import type { Matcher, Query, Term } from "./query.js";
import { entityFits } from "./qualifiers.js";
import { isTitleWord } from "./answers/roles.js";
import { fold, frKeys, isStopword, words } from "./text.js";
import { chatWords } from "./lexicon-chat.js";

export interface EntityHit {
  entity: Entity;
  score: number;
  /** Where in the question it is named (word position), to prefer the subject. */
  pos: number;
  by: "name" | "description";
}

/** Question words that are never names, however close they look to one. */
const NEVER_NAMES = new Set("what who whom where when which quel quelle qui quoi how combien comment".split(" "));

function termIn(keys: KeySet, t: Term, m: Matcher): boolean {
  // Asked for every word of every description against every word of the question: no array per call.
  return m.has(keys, t);
}

/** Each description as the keys of its words, one KeySet per content word, its head first. */
const wordKeyCache = new WeakMap<Entity, KeySet[][]>();
function descriptionWords(e: Entity, lang: "fr" | "en"): KeySet[][] {
  const hit = wordKeyCache.get(e);
  if (hit) return hit;
  const forms = [e.name, ...e.aliases, ...(e.role ? [e.role] : [])];
  const out = forms
    .map((f) => {
      const ws = words(f).filter((w) => w.length > 1 && !isStopword(fold(w)));
      const head = lang === "en" ? englishHead(f, ws) : 0;
      return (head > 0 ? [ws[head]!, ...ws.slice(0, head), ...ws.slice(head + 1)] : ws).map((w) => keysOf(w));
    })
    .filter((ws) => ws.length >= 2);
  wordKeyCache.set(e, out);
  return out;
}

/** Prepositions that close an English noun phrase's head (« director of X », "ambassador to X"). */
const EN_HEAD_END = new Set("of for to at in on from with".split(" "));
/** Honorifics written after a title (« Regional Transport Commissioner Dr. X »): never its head. */
const HONORIFIC = /^(?:dr|mr|mrs|ms|sir|dame|prof|pr)$/;

/**
 * Where an English description's head stands among its content words `ws`: the last word before
 * its first preposition (« executive director of X », « military spokesperson », « former ambassador
 * to X »), honorifics after it left out. -1 when that word is a capitalised name word, not a title:
 * a name is matched by its name words, and a French description opens with its head.
 */
function englishHead(form: string, ws: string[]): number {
  const raw = words(form);
  const end = raw.findIndex((w, i) => i > 0 && EN_HEAD_END.has(w.toLowerCase()));
  const before = (end >= 0 ? raw.slice(0, end) : raw).filter((w) => w.length > 1 && !isStopword(fold(w)));
  while (before.length > 1 && HONORIFIC.test(fold(before[before.length - 1]!))) before.pop();
  const head = before[before.length - 1];
  if (!head || (/^\p{Lu}/u.test(head) && !isTitleWord(head))) return -1;
  return ws.lastIndexOf(head, before.length - 1);
}

/** The transliteration keys of an entity's name words, titles written into the name left out: the same on every question. */
const nameKeyCache = new WeakMap<Entity, string[]>();
function nameWordKeys(e: Entity): string[] {
  let out = nameKeyCache.get(e);
  if (!out) nameKeyCache.set(e, (out = [...e.nameWords.filter((n) => !isTitleWord(n)), ...(e.capitals ?? [])].map(nameKey)));
  return out;
}

/**
 * Per story: a transliteration key's best similarity to each entity's name words (by the entity's
 * place in index.entities). A question word is compared with every name once per story, not once
 * per question: readers ask about the same few names again and again.
 */
const similarityMemo = new WeakMap<StoryIndex, Map<string, Float64Array>>();
function similarities(index: StoryIndex, key: string): Float64Array {
  let memo = similarityMemo.get(index);
  if (!memo) similarityMemo.set(index, (memo = new Map()));
  const hit = memo.get(key);
  if (hit && hit.length === index.entities.length) return hit;
  const out = new Float64Array(index.entities.length);
  for (let k = 0; k < index.entities.length; k++) {
    let best = 0;
    for (const n of nameWordKeys(index.entities[k]!)) best = Math.max(best, keySimilarity(key, n));
    out[k] = best;
  }
  if (memo.size >= 5_000) memo.clear();
  memo.set(key, out);
  return out;
}

/**
 * A question word's similarity rows (similarities), one per form (the word and its exonyms), or null for
 * a word that is never a name: the same for every question that uses the word, so kept per story
 * (without them, each question made the forms, their keys and an array per word again).
 */
const formMemo = new WeakMap<StoryIndex, Map<string, Float64Array[] | null>>();
function formRows(index: StoryIndex, w: string): Float64Array[] | null {
  let memo = formMemo.get(index);
  if (!memo) formMemo.set(index, (memo = new Map()));
  const hit = memo.get(w);
  if (hit !== undefined && (hit === null || hit.every((row) => row.length === index.entities.length))) return hit;
  const f = fold(w);
  // each form's transliteration key, made once per word rather than once per entity
  const out = w.length < 3 || isStopword(f) || NEVER_NAMES.has(f) ? null : [w, ...exonym(f)].map((form) => similarities(index, nameKey(form)));
  if (memo.size >= 5_000) memo.clear();
  memo.set(w, out);
  return out;
}

/**
 * The story's people and institutions the question names: by a (mis)spelt or transliterated name
 * word, or by a description all of whose words the question uses (« the Belarusian defence
 * ministry », « le porte-parole de l'état-major »), provided the question's nationality words
 * next to it agree with the entity.
 */
export function findEntities(index: StoryIndex, query: Query, m: Matcher): EntityHit[] {
  const hits: EntityHit[] = [];
  // « Moscow » meets « Moscou » through the lexicon, « Bogdanovich » « Bogdanovitch » through the key
  const raw = words(query.raw).map((w) => formRows(index, w));
  const wholes = compoundWholes(query);
  for (let at = 0; at < index.entities.length; at++) {
    const entity = index.entities[at]!;
    let score = 0;
    let pos = Number.POSITIVE_INFINITY;
    let by: EntityHit["by"] = "name";
    // Plain loops, no closure per entity and word: this runs for every entity on every question.
    for (let i = 0; i < raw.length; i++) {
      const forms = raw[i];
      if (!forms) continue;
      let best = 0;
      // a title written into a name (« Economy Minister X ») is matched as a description, not as the name
      for (const f of forms) best = Math.max(best, f[at]!);
      if (best >= NAME_MATCH) {
        score += 2 * best;
        pos = Math.min(pos, i);
      }
    }
    let described = 0;
    for (const desc of descriptionWords(entity, index.story.lang)) {
      // The whole description, or its head word (« ambassade », « porte-parole », « ministre »)
      // with what the question puts around it, provided those words all fit the entity.
      const matched = matchedWords(desc, query, m);
      if (!matched) continue;
      const complete = matched.length === desc.length;
      const run = runAround(query, matched);
      // a part of a hyphenated word the question also gives whole (« porte » of « porte-parole ») fits as the whole does
      const fits = (t: Term): boolean => termIn(entity.keys, t, m) || (wholes.get(t) ?? []).some((w) => termIn(entity.keys, w, m));
      if (run.some((t) => t.keys.some((k) => NATIONALITY_KEYS.has(k)) && !fits(t) && !entityFits(index, entity, t, m))) continue;
      if (!complete && run.some((t) => !fits(t) && (matched.length === 1 || t.keys.some((k) => ROLE_MODIFIER_KEYS.has(k))))) continue;
      const s = 1.5 * matched.length + (complete ? 1 : 0) - (matched.length === 1 ? 0.5 : 0);
      if (s > described) {
        described = s;
        pos = Math.min(pos, ...matched);
      }
    }
    if (score === 0 && described > 0) by = "description";
    score += described;
    if (score > 0) hits.push({ entity, score, pos, by });
  }
  return hits.sort((a, b) => b.score - a.score || a.pos - b.pos);
}

/** The question's terms that are parts of a hyphenated word it also has as one term (« porte », « parole » → « porteparole »). */
function compoundWholes(query: Query): Map<Term, Term[]> {
  const out = new Map<Term, Term[]>();
  if (!query.folded.includes("-")) return out;
  const byWord = new Map(query.terms.map((t) => [t.word, t]));
  for (const c of query.folded.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
    const whole = byWord.get(c[0].replace(/-/g, ""));
    if (!whole) continue;
    for (const part of c[0].split("-")) {
      const t = byWord.get(part);
      if (t) out.set(t, [...(out.get(t) ?? []), whole]);
    }
  }
  return out;
}

/**
 * Where the question uses each word of a description (its position), the words it does not use
 * left out; null when it does not use the first word, the description's head, or none at all.
 */
function matchedWords(desc: KeySet[], query: Query, m: Matcher): number[] | null {
  // asked of every description of every entity on each question, and most find nothing: no array until one word is found
  let matched: number[] | null = null;
  for (let i = 0; i < desc.length; i++) {
    let at = -1;
    for (const s of query.seq) {
      if (termIn(desc[i]!, s.term, m)) {
        at = s.pos;
        break;
      }
    }
    if (at >= 0) (matched ??= []).push(at);
    else if (i === 0) return null;
  }
  return matched;
}

/** The question's content words adjacent to the matched ones (« the German defence minister »). */
function runAround(query: Query, matched: number[]): Term[] {
  const positions = new Set(query.seq.map((s) => s.pos));
  let lo = Math.min(...matched);
  let hi = Math.max(...matched);
  while (positions.has(lo - 1)) lo--;
  while (positions.has(hi + 1)) hi++;
  return query.seq.filter((s) => s.pos >= lo && s.pos <= hi && !ROLE_FILLER.has(s.term.word)).map((s) => s.term);
}

/** Words that change which office a title names (« prime minister », « foreign minister »). */
const ROLE_MODIFIER_KEYS: ReadonlySet<string> = new Set(
  "prime premier deputy adjoint vice former ancien foreign etrangeres affaires interior interieur finance finances economy economie justice health sante education agriculture transport energy energie trade commerce culture environment environnement chief chef general secretary secretaire spokesman porte parole president minister ministre ambassador ambassadeur commander commandant"
    .split(" ")
    .flatMap((w) => [...frKeys(w), ...translate(w)]),
);

/** Words that sit next to a title without qualifying it. */
const ROLE_FILLER = new Set("name nom new nouveau nouvelle current actuel actuelle".split(" "));

/** The entity a question is about: the best scored, the earliest named on a tie. */
export function mainEntity(hits: EntityHit[]): EntityHit | null {
  if (!hits.length) return null;
  const top = hits[0]!.score;
  const close = hits.filter((h) => h.score >= top - 0.5);
  return close.sort((a, b) => a.pos - b.pos)[0] ?? null;
}

const FREE_PRONOUNS = /\b(?:he|she|him|her|his|hers|il|elle|lui|ce dernier|cette derniere|celui-ci|celle-ci)\b/;
const INVERTED = /-t-(?:il|elle)\b|\b\w+-(?:il|elle)\b/;

/** How the question refers back: a free pronoun, only an inverted one (« a-t-il »), or none. */
export function pronounIn(folded: string): "free" | "inverted" | null {
  const withoutInversions = folded.replace(/-t-(?:il|elle|ils|elles)\b/g, " ").replace(/-(?:il|elle|ils|elles)\b/g, " ");
  if (FREE_PRONOUNS.test(withoutInversions)) return "free";
  return INVERTED.test(folded) ? "inverted" : null;
}

export function entityByName(index: StoryIndex, name: string | null): Entity | null {
  if (!name) return null;
  return index.entities.find((e) => e.name === name) ?? null;
}

/** Subject pronouns: who speaks when the question does not name them. */
const ON_AUTHORITY = /\b(?:selon|d'apres|according to)\b/;
/** Auxiliaries after which an English or French question puts its subject (« did X comment »). */
const AUXILIARIES = new Set("did does do has have had will would is was are were can could".split(" "));
const SUBJECT_PRONOUNS = new Set("he she they il elle ils elles".split(" "));
/** Words that may stand before the verb of a question without naming anyone. */
const SLOT_FILLERS = new Set(
  "what whats how did does do has have had was were is are will would and so then exactly really also actually que qu quoi qu est ce a t ont avait avaient et alors comment est donc deja already the le la les l de du des".split(" "),
);

// verbs of speech in a sentence, either language (folded)
const SPEAKS = /\b(?:said|says|told|warned|claimed|denied|accused|stated|according to|dit|declare|affirme|evoque|estime|accuse|denonce|selon|qualifie|rejette|nie|dement|assure|souligne|reproche|condamne)\b/;

/** Whether some sentence has `word` (in any of its forms) with a verb of speech: the story gives its words, unnamed. */
function speaksInStory(index: StoryIndex, word: string): boolean {
  const ks = [...keysOf(word), ...translate(word), ...exonym(word).flatMap((x) => [...keysOf(x)])];
  return index.sentences.some((s) => ks.some((k) => s.keys.has(k)) && SPEAKS.test(fold(index.story.sentences[s.index]?.text ?? "")));
}

/** How far after its cue an account's source is named (« according to the Belarusian ministry »). */
const AUTHORITY_REACH = 4;

/**
 * Whose account « selon X », « according to X », « selon lui » asks: the one named right after the
 * cue, or the focus for a pronoun there. null when neither (the question's main entity stands).
 */
function authority(query: Query, hits: EntityHit[], hasFocus: boolean): Speaker | null {
  const ws = words(query.folded);
  const chat = chatWords(query.lang);
  const cue = sourceCueEnd(ws, chat.sources);
  if (cue < 0) return null;
  const after = hits.filter((h) => h.pos > cue && h.pos <= cue + AUTHORITY_REACH).sort((a, b) => a.pos - b.pos)[0];
  if (after) return hits.length > 1 ? { hit: after, fromFocus: false, unknown: null } : null;
  return SUBJECT_PRONOUNS.has(ws[cue + 1] ?? "") || chat.objectPronouns.includes(ws[cue + 1] ?? "") ? (hasFocus ? { hit: null, fromFocus: true, unknown: null } : null) : null;
}

/** Where the first of the language's source cues (« selon », « d'après », "according to") ends among the words, or -1. */
function sourceCueEnd(ws: readonly string[], sources: readonly string[]): number {
  for (let i = 0; i < ws.length; i++) {
    for (const s of sources) {
      const sw = words(fold(s));
      if (sw.length && sw.every((w, k) => ws[i + k] === w)) return i + sw.length - 1;
    }
  }
  return -1;
}

export interface Speaker {
  /** Who speaks: named before the verb, or the conversation's focus for a subject pronoun. */
  hit: EntityHit | null;
  fromFocus: boolean;
  /** A name in the subject's place that the story never mentions (« did Smith comment on X »). */
  unknown: string | null;
  /** The question names its subject with a word the story uses for no one: those named are only spoken of. */
  topicOnly?: boolean;
}

/**
 * Who a question about someone's words makes speak. News questions put the speaker before the
 * verb (« what did X say about Y », « qu'a-t-elle dit à Y », « did X comment on Y »): someone named
 * only after it is what or whom they speak of. null when the question says nothing more than
 * `mainEntity` does (no verb found, or no one named before it and nothing else in its place).
 */
export function speakerOf(index: StoryIndex, query: Query, m: Matcher, hits: EntityHit[], verbAt: number, hasFocus: boolean): Speaker | null {
  if (verbAt < 0) return null;
  // « selon X », « according to X »: the speaker follows the cue (« why did Russia fire it, according to Putin? » is Putin's account)
  if (ON_AUTHORITY.test(query.folded)) return authority(query, hits, hasFocus);
  const before = hits.filter((h) => h.pos < verbAt);
  if (before.length) return before.length === hits.length ? null : { hit: mainEntity(before), fromFocus: false, unknown: null };
  const ws = words(query.folded);
  const slot = ws.slice(0, verbAt);
  if (slot.some((w) => SUBJECT_PRONOUNS.has(w))) return hasFocus ? { hit: null, fromFocus: true, unknown: null } : null;
  // the word right after the auxiliary, where an English question puts its subject (« what did X say »):
  // a name no one of the story answers to is someone the story does not quote
  const subjectAt = slot.findIndex((w, i) => i > 0 && AUXILIARIES.has(slot[i - 1]!) && !SLOT_FILLERS.has(w) && !isStopword(w) && !NEVER_NAMES.has(w) && !SUBJECT_PRONOUNS.has(w));
  const subject = subjectAt >= 0 ? slot[subjectAt]! : null;
  const stranger = subject && !index.entities.some((x) => x.nameWords.some((n) => nameSimilarity(subject, n) >= NAME_MATCH)) && !hits.some((h) => h.pos === subjectAt) ? subject : null;
  if (stranger && !speaksInStory(index, stranger) && (![...keysOf(stranger)].some((k) => index.df.has(k)) || !hits.length || /^\p{Lu}/u.test(words(query.raw)[subjectAt] ?? "") || hits.every((h) => h.pos > verbAt))) {
    return { hit: null, fromFocus: false, unknown: words(query.raw)[subjectAt] ?? stranger };
  }
  if (!hits.length) return null;
  // « pourquoi Kiev s'inquiète de X »: the subject is a word of the story no entity stands for, and
  // X, named after the verb, is what it speaks of: no one in the story is made to speak
  if (slot.some((w) => w.length > 3 && /^\p{Lu}/u.test(words(query.raw)[slot.indexOf(w)] ?? "") && !SLOT_FILLERS.has(w) && [...keysOf(w)].some((k) => index.df.has(k)))) {
    return { hit: null, fromFocus: false, unknown: null, topicOnly: true };
  }
  return null;
}
