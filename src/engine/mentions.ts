import type { Entity, StoryIndex } from "./index.js";
import { fold } from "./text.js";
import { isTitleWord } from "./answers/roles.js";

export interface Placed {
  entity: Entity;
  /** Character offset of the first mention in the folded sentence. */
  at: number;
}

function wordAt(hay: string, needle: string): number {
  let from = 0;
  while (from <= hay.length) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return -1;
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    if ((!before || !/[a-z0-9]/.test(before)) && (!after || !/[a-z0-9]/.test(after))) return i;
    from = i + 1;
  }
  return -1;
}

const placedMemo = new WeakMap<StoryIndex, Map<string, Placed[]>>();

/**
 * The entities a sentence names (by a name word or a full alias), in order of appearance.
 * Remembered per story index (callers pass the story's own sentences, asked about on every call
 * question); bounded for any other text. A fresh array each time, so callers may rearrange it.
 */
export function entitiesIn(index: StoryIndex, text: string, persons = false): Placed[] {
  let memo = placedMemo.get(index);
  if (!memo) placedMemo.set(index, (memo = new Map()));
  const id = persons ? `p\u0000${text}` : text;
  let placed = memo.get(id);
  if (!placed) {
    placed = placeEntities(index, text, persons);
    if (memo.size >= 5_000) memo.clear();
    memo.set(id, placed);
  }
  return placed.slice();
}

function placeEntities(index: StoryIndex, text: string, persons: boolean): Placed[] {
  const f = fold(text);
  const out: Placed[] = [];
  for (const e of index.entities) {
    if (persons && e.kind !== "person") continue;
    let best = -1;
    const forms = [...e.nameWords, e.name, ...e.aliases.filter((a) => /\p{Lu}/u.test(a) && a.length >= 5)];
    for (const form of forms) {
      const at = wordAt(f, fold(form));
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    if (best >= 0) out.push({ entity: e, at: best });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The name to show for an entity: its name, with a proper-name alias that adds something (« Kiev »). */
export function displayName(e: Entity): string {
  const extra = e.nameWords.filter((w) => !fold(e.name).includes(fold(w)) && !isTitleWord(w));
  return extra.length ? `${e.name} (${extra.slice(0, 2).join(", ")})` : e.name;
}

const nameWordMemo = new WeakMap<StoryIndex, Map<string, boolean>>();

/**
 * Whether the story writes a (folded) word only inside a name: capitalised every time, never where
 * a sentence or a quotation begins (« Last Call Studios », « the Last Call Studios catalogue »). False for a
 * word the story never uses.
 */
export function onlyInNames(index: StoryIndex, folded: string): boolean {
  let memo = nameWordMemo.get(index);
  if (!memo) nameWordMemo.set(index, (memo = new Map()));
  const hit = memo.get(folded);
  if (hit !== undefined) return hit;
  let seen = 0;
  let named = true;
  for (const s of index.story.sentences) {
    for (const m of s.text.matchAll(/[\p{L}'’-]+/gu)) {
      if (fold(m[0]) !== folded) continue;
      seen++;
      const before = s.text.slice(0, m.index).trimEnd();
      const opening = before === "" || /[.!?:«“"(]$/u.test(before);
      if (!/^\p{Lu}/u.test(m[0]) || opening) named = false;
    }
    if (!named) break;
  }
  const out = named && seen > 0;
  memo.set(folded, out);
  return out;
}
