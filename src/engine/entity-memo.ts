import type { Entity, StoryIndex } from "./index.js";

/**
 * What a story says of one entity, read once per story and entity: answerers that scan the story for
 * an entity (its nationality, a description after it) are asked again by every follow-up.
 */
export function oncePerEntity<T>(find: (index: StoryIndex, e: Entity) => T): (index: StoryIndex, e: Entity) => T {
  const memo = new WeakMap<StoryIndex, Map<string, T>>();
  return (index, e) => {
    let m = memo.get(index);
    if (!m) memo.set(index, (m = new Map()));
    if (m.has(e.name)) return m.get(e.name) as T;
    const found = find(index, e);
    m.set(e.name, found);
    return found;
  };
}
