import type { Ctx } from "../../context.js";
import type { Term } from "../../query.js";
import type { Entity, IndexedFigure, IndexedUnstated, KeySet, StoryIndex } from "../../index.js";
import { keysOf, idf } from "../../index.js";
import { entityByName } from "../../entities.js";
import { fold, words } from "../../text.js";
import { foldKeepLength } from "../../../story/tokens.js";
import { nationalityIn, nationalityTerms } from "../../qualifiers.js";
import { CLAUSE_EDGE, NOT_OWNER, COUNTRY_NAME_WORDS, NEUTRAL_WORDS, SOURCE_WORDS } from "../../figure-words/index.js";
import { abbreviationKeys, askedPlace } from "../../figure-fit.js";
import { NEUTRAL as ASKING_NUMBER } from "../../agreement.js";

export interface Candidate {
  score: number;
  figure?: IndexedFigure;
  unstated?: IndexedUnstated;
}

// « according to X », « X says »: the question asks X's own figure; otherwise X is what the figure is about
export const CLAIM_CUE = /\b(?:according to|selon|d'apres|says?|said|claims?|claimed|estimates?|estimated|reports?|reported|dit|disent|affirme\w*|estime\w*|avance\w*|revendique\w*|assure\w*)\b/;

export function entityBonus(ctx: Ctx, claimant: string | null, by: string | null, sentence: number): number {
  const e = ctx.entity;
  if (!e || !ctx.named) return 0;
  if (claimant === e.name) return CLAIM_CUE.test(ctx.query.folded) ? 3 : 1;
  if (by && e.nameWords.some((n) => fold(by).includes(fold(n)))) return 3;
  if (by && [e.name, ...e.aliases].some((a) => fold(by).includes(fold(a)))) return 3;
  return e.mentions.includes(sentence) ? 1 : 0;
}

/** The question's words after « according to », « selon »: who it wants the figure from. */
export function sourceTerms(ctx: Ctx): Term[] {
  const m = SOURCE_WORDS.exec(ctx.query.folded);
  if (!m || !/^(?:according to|selon|d'apres)$/.test(m[0])) return [];
  const after = new Set(ctx.query.folded.slice(m.index + m[0].length).match(/[\p{L}\p{N}'-]+/gu) ?? []);
  return ctx.query.terms.filter((t) => after.has(t.word));
}

/** Whether a figure's claimant is the one the question names after « according to ». */
export function claimedBySource(ctx: Ctx, claimedBy: string, source: Term[]): boolean {
  const e = entityByName(ctx.index, claimedBy);
  const keys = e ? e.keys : keysOf(claimedBy);
  return ctx.m.found(keys, source).length > 0;
}

/** Proper names the question puts on the count (« in the Corbières »), that the story uses: where or whose the number is. */
export function namedPlaces(ctx: Ctx): Term[] {
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
export function requiredNames(ctx: Ctx): Term[] {
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
export function namesFit(ctx: Ctx, f: IndexedFigure, names: Term[]): boolean {
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
export function namedByNoun(ctx: Ctx, name: Term, sentence: number): boolean {
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
export function ownerFits(ctx: Ctx, f: IndexedFigure, candidates: IndexedFigure[]): boolean {
  const e = ctx.entity;
  if (!e || !ctx.named || !e.nameWords.some((n) => ctx.query.words.includes(fold(n)))) return true;
  if (!candidates.some((g) => g !== f && g.figure.sentence === f.figure.sentence && g.figure.category === f.figure.category)) return true;
  const owner = ownerOf(ctx.index, f);
  return owner?.party == null || ownedBy(owner, e);
}

export function aboutFits(ctx: Ctx, f: IndexedFigure): boolean {
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
export function ownerOf(index: StoryIndex, f: IndexedFigure): Owner | null {
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
export function partyPart(index: StoryIndex, f: IndexedFigure): boolean {
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
export function placeNamed(ctx: Ctx, keys: ReadonlySet<string>, t: Term): boolean {
  if (nationalityIn(keys, t, ctx.m)) return true;
  const stems = t.keys.filter((k) => k.length >= 5);
  for (const k of keys) if (stems.some((st) => k.startsWith(st))) return true;
  return false;
}
