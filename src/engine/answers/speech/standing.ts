import type { Draft } from "../../compose.js";

/** Declines about someone's words that stand: the general reader is not tried after them. */
const stands = new WeakSet<Draft>();
export function standing(d: Draft): Draft {
  stands.add(d);
  return d;
}
/** Whether a reply about someone's words is a decline the general reader must not second-guess. */
export function isStandingDecline(d: Draft): boolean {
  return stands.has(d);
}
