import { describe, expect, it } from "vitest";
import { QuestionMemo } from "../src/engine/question-memo.js";

/**
 * The per-question memo (src/engine/question-memo.ts): a WeakMap's get / has / set over the last
 * few keys, compared by identity, so a question's memo dies young with its context.
 */
describe("QuestionMemo", () => {
  it("finds a value by the very key it was set under, not by an equal one", () => {
    const memo = new QuestionMemo<{ q: string }, number>();
    const a = { q: "who called?" };
    memo.set(a, 1);
    expect(memo.get(a)).toBe(1);
    expect(memo.has(a)).toBe(true);
    expect(memo.get({ q: "who called?" })).toBeUndefined();
    expect(memo.has({ q: "who called?" })).toBe(false);
  });

  it("overwrites the value of a key set again", () => {
    const memo = new QuestionMemo<object, string>();
    const a = {};
    memo.set(a, "first").set(a, "second");
    expect(memo.get(a)).toBe("second");
  });

  it("keeps the last `slots` keys and forgets the oldest beyond them (a miss, never another key's value)", () => {
    const memo = new QuestionMemo<object, number>(3);
    const keys = [{}, {}, {}, {}];
    keys.forEach((k, i) => memo.set(k, i));
    expect(memo.has(keys[0]!)).toBe(false);
    expect(memo.get(keys[0]!)).toBeUndefined();
    expect(keys.slice(1).map((k) => memo.get(k))).toEqual([1, 2, 3]);
  });
});
