import type { Ctx } from "../context.js";
import type { KeySet, StoryIndex } from "../index.js";
import { keysOf } from "../index.js";
import { LOCATIVE, NOT_PLACES, WORLD } from "../figure-words/index.js";
import { nationalityTerms } from "../qualifiers.js";
import type { Term } from "../query.js";
import { fold, words } from "../text.js";
import { QuestionMemo } from "../question-memo.js";
import { abbreviatesCountry } from "./countries.js";

/*
 * Where a count holds. « How many died in Ruritania's capital » is not answered by the national
 * toll, nor « worldwide » by one country's: a figure whose own sentence names another place (a
 * place the story marks, a country, the whole world) and not the one asked counts elsewhere.
 */

interface StoryPlaces {
  /** Keys of every place the story marks. */
  all: KeySet;
  /** Per sentence: whether it names a place, a country or the whole world. */
  names: Map<number, boolean>;
  /** Per sentence: whether it speaks of the whole world. */
  world: Map<number, boolean>;
  /** Sentences that put something in a named place (« in the capital Zenda ») the story's place list may lack, with the first such name. */
  located: Map<number, string>;
}
const placesMemo = new WeakMap<StoryIndex, StoryPlaces>();

function storyPlaces(index: StoryIndex): StoryPlaces {
  const hit = placesMemo.get(index);
  if (hit) return hit;
  // a person's name after « à » (« a écrit à Jean Dupont ») is no place, whatever the place list says
  // (the name itself: a person's aliases may hold a description, « Port City Mayor Ann Vale »)
  const personal = new Set(index.entities.filter((e) => e.kind === "person").flatMap((e) => words(e.name).filter((w) => /^\p{Lu}/u.test(w)).map(fold)));
  const all: KeySet = new Set();
  const marked = index.story.places.filter((p) => !words(p.text).some((w) => personal.has(fold(w))));
  for (const p of marked) for (const k of keysOf(p.text)) all.add(k);
  const located = new Map<number, string>();
  for (const s of index.story.sentences) {
    for (const m of s.text.matchAll(LOCATIVE)) {
      const name = words(m[1] ?? "").filter((w) => !NOT_PLACES.has(fold(w)) && !personal.has(fold(w)));
      if (!name.length) continue;
      if (!located.has(s.index)) located.set(s.index, name.join(" "));
      for (const k of keysOf(name.join(" "))) all.add(k);
    }
  }
  for (const p of marked) if (!located.has(p.sentence)) located.set(p.sentence, p.text);
  const out: StoryPlaces = { all, names: new Map(), world: new Map(), located };
  placesMemo.set(index, out);
  return out;
}

function sentenceWorld(index: StoryIndex, i: number): boolean {
  const p = storyPlaces(index);
  let w = p.world.get(i);
  if (w === undefined) p.world.set(i, (w = WORLD.test(fold(index.story.sentences[i]?.text ?? ""))));
  return w;
}

/** Whether sentence `i` names a place of its own: one the story marks or puts after « in », « à », the whole world. */
function namesPlace(index: StoryIndex, i: number): boolean {
  const p = storyPlaces(index);
  const hit = p.names.get(i);
  if (hit !== undefined) return hit;
  const text = index.story.sentences[i]?.text ?? "";
  const named =
    p.located.has(i) ||
    sentenceWorld(index, i) ||
    // « Portugal as a whole »: a country as the subject (a nationality adjective, « Palestinian tallies », says whose, not where)
    abbreviatesCountry(text);
  p.names.set(i, named);
  return named;
}

export interface AskedPlace {
  /** The question's words naming places the story marks (« à Londres »), nationalities aside (they agree on their own). */
  places: Term[];
  /** The question asks over the whole world. */
  world: boolean;
}
const askedPlaceMemo = new QuestionMemo<object, AskedPlace>();

export function askedPlace(ctx: Ctx): AskedPlace {
  const hit = askedPlaceMemo.get(ctx);
  if (hit) return hit;
  const { all } = storyPlaces(ctx.index);
  const nat = nationalityTerms(ctx.query);
  // a word of the name of the entity asked about says whose count it is (« the Ossel Island fund »), unless that entity is itself a place;
  // a word of its role (« the New York mayor ») still says where
  const isPlace = (name: string) => ctx.index.story.places.some((p) => fold(p.text) === fold(name));
  const own = ctx.entity && ctx.named && ![ctx.entity.name, ...ctx.entity.aliases].some(isPlace) ? new Set(words(ctx.entity.name).map(fold)) : null;
  const places = ctx.query.terms.filter((t) => !nat.includes(t) && ctx.m.has(all, t) && !own?.has(t.word));
  const out = { places, world: WORLD.test(ctx.query.folded) };
  askedPlaceMemo.set(ctx, out);
  return out;
}

/** The place a figure's sentence names (« Zenda », « globally »), to say where a figure that does not fit holds. */
export function placeOf(index: StoryIndex, sentence: number): string | null {
  const named = storyPlaces(index).located.get(sentence);
  if (named) return named;
  if (!sentenceWorld(index, sentence)) return null;
  const text = index.story.sentences[sentence]?.text ?? "";
  const m = WORLD.exec(fold(text));
  return m ? text.slice(m.index, m.index + m[0].length).replace(/^[^\p{L}]+/u, "").toLowerCase() : null;
}

/**
 * Whether a figure holds where the question asks: when its own sentence names a place, that place
 * must be the one asked; a sentence that names none holds for whatever place the text before it
 * set, and is no evidence either way. Asked over the
 * world, its own sentence says so or names no place.
 */
export function placeFits(ctx: Ctx, sentence: number): boolean {
  const asked = askedPlace(ctx);
  if (asked.world) return sentenceWorld(ctx.index, sentence) || !namesPlace(ctx.index, sentence);
  if (!asked.places.length) return true;
  // a sentence that names no place holds where the story has set the scene for it: the dateline, the lead, its
  // paragraph so far; a place named only elsewhere in the story is not where this count holds
  // (a place the reader names, as names are written: a common word the story happens to mark is no scene of its own)
  if (!namesPlace(ctx.index, sentence)) {
    const named = asked.places.filter((t) => words(ctx.query.raw).some((w) => fold(w) === t.word && /^\p{Lu}/u.test(w)));
    return ctx.m.found(sceneKeys(ctx.index, sentence), named).length === named.length;
  }
  const own = ctx.index.sentences[sentence]?.keys ?? new Set<string>();
  return ctx.m.found(own, asked.places).length === asked.places.length;
}

const sceneMemo = new WeakMap<StoryIndex, Map<number, KeySet>>();

/** The keys of where a sentence's story stands: the dateline, the headline and lead, the sentence before and its paragraph's earlier sentences. */
function sceneKeys(index: StoryIndex, i: number): KeySet {
  let memo = sceneMemo.get(index);
  if (!memo) sceneMemo.set(index, (memo = new Map()));
  const hit = memo.get(i);
  if (hit) return hit;
  const keys = new Set<string>(index.sentences[i]?.keys ?? []);
  const add = (j: number) => {
    for (const k of index.sentences[j]?.keys ?? []) keys.add(k);
  };
  for (const k of keysOf(index.story.dateline?.place ?? "")) keys.add(k);
  add(0);
  add(1);
  add(i - 1);
  const paragraph = index.story.sentences[i]?.paragraph;
  for (let j = i - 2; j >= 0 && index.story.sentences[j]?.paragraph === paragraph; j--) add(j);
  memo.set(i, keys);
  return keys;
}

/** Whether the figure's own stretch puts it on a condition (« a $3m fee if the deal fails »): it answers a question that asks on that condition. */
