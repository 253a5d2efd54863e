/** Declines that stand: an answerer that declines for a reason the general reader must not second-guess marks its draft. */
import type { Draft } from "../compose.js";

/** Declines that stand: the general reader is not tried after them (it would date another event). */
const settled = new WeakSet<Draft>();
export function settle(d: Draft): Draft {
  settled.add(d);
  return d;
}
/** Whether a decline is one the reader must not second-guess. */
export function isSettled(d: Draft): boolean {
  return settled.has(d);
}
