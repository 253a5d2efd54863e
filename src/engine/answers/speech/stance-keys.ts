// The match keys of a reported position, made once per position.
import { keysOf } from "../../index.js";
import { type Stance } from "../stance.js";

const stanceKeyMemo = new WeakMap<Stance, ReturnType<typeof keysOf>>();

/** The keys of a position's verb and words, made once per position (positions are kept per story). */
export function stanceKeys(st: Stance, en: boolean): ReturnType<typeof keysOf> {
  let k = stanceKeyMemo.get(st);
  if (!k) stanceKeyMemo.set(st, (k = keysOf(`${st.verb} ${st.clause}`, false, en)));
  return k;
}

/** The keys of a position's verb alone (« a dénoncé »), kept with the stance. */
const stanceVerbMemo = new WeakMap<Stance, ReturnType<typeof keysOf>>();
export function stanceVerbKeys(st: Stance, en: boolean): ReturnType<typeof keysOf> {
  let k = stanceVerbMemo.get(st);
  if (!k) stanceVerbMemo.set(st, (k = keysOf(st.verb, false, en)));
  return k;
}
