// The words a description of someone is headed by (« ministre », "general"), besides their name.
import type { Entity } from "../../index.js";
import { fold } from "../../text.js";

/** The description heads someone answers to besides their name (« général », « ministre »). */
export function descriptionHeads(e: Entity): string[] {
  const names = new Set(e.nameWords.map(fold));
  const heads = new Set<string>();
  for (const a of [...e.aliases, ...(e.role ? [e.role] : [])]) {
    const head = a.split(/\s+/).find((w) => !names.has(fold(w)) && /^\p{Ll}/u.test(w) && w.length > 3);
    if (head) heads.add(fold(head));
  }
  return [...heads];
}
