/**
 * A memo keyed by an object that lives for one question (its context, its query): the last few
 * keys and their values, compared by identity, with WeakMap's get / has / set.
 *
 * Why not a WeakMap: V8's young-generation collector (the scavenger) does not free the entries of
 * an old WeakMap whose keys are young and dead; only a full mark-compact does. A module's WeakMap
 * keyed by a question's context kept every question's memo alive through the scavenges, which
 * then copied it and promoted it to the old generation: hundreds of kilobytes per collection,
 * longer young collections and more full ones, which is the engine's latency tail. This memo
 * holds only the last `slots` keys, so a question's values die with the next questions, young.
 * A key pushed out is only a miss: the value is computed again, the same.
 */
export class QuestionMemo<K extends object, V> {
  private readonly keys: (K | undefined)[];
  private readonly values: (V | undefined)[];
  private next = 0;

  constructor(private readonly slots = 4) {
    this.keys = new Array<K | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  get(key: K): V | undefined {
    for (let i = 0; i < this.slots; i++) if (this.keys[i] === key) return this.values[i];
    return undefined;
  }

  has(key: K): boolean {
    for (let i = 0; i < this.slots; i++) if (this.keys[i] === key) return true;
    return false;
  }

  set(key: K, value: V): this {
    for (let i = 0; i < this.slots; i++) {
      if (this.keys[i] === key) {
        this.values[i] = value;
        return this;
      }
    }
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.slots;
    return this;
  }
}
