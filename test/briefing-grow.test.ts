import { describe, expect, it } from "vitest";
import { appendDispatch } from "../src/story/grow.js";
import { Story } from "../src/story/schema.js";
import { firstDispatch, secondDispatch } from "./briefing-fixtures.js";

describe("appendDispatch", () => {
  const one = firstDispatch();
  const two = secondDispatch();
  const grown = appendDispatch(one, two);

  it("appends sentences re-indexed, tagged with the new dispatch", () => {
    expect(Story.safeParse(grown).success).toBe(true);
    expect(grown.sentences).toHaveLength(one.sentences.length + two.sentences.length);
    grown.sentences.forEach((s, i) => expect(s.index).toBe(i));
    expect(grown.sentences.slice(6).every((s) => s.dispatch === 1)).toBe(true);
    expect(grown.dispatches.at(-1)).toMatchObject({ index: 1, firstSentence: 6, sentenceCount: 3 });
  });

  it("merges a speaker known by an alias and re-points quotes and figures", () => {
    expect(grown.speakers.filter((s) => s.name === "Ilse Varga")).toHaveLength(1);
    expect(grown.speakers.some((s) => s.name === "Varga")).toBe(false);
    const varga = grown.speakers.find((s) => s.name === "Ilse Varga")!;
    expect(varga.aliases).toContain("Mme Varga");
    expect(varga.mentions).toEqual([2, 3, 7]);
    const q = grown.quotes.find((x) => x.text === "Nos objectifs sont atteints")!;
    expect(q).toMatchObject({ speaker: "Ilse Varga", sentence: 7 });
    expect(grown.sentences[q.sentence]!.text).toContain(q.text);
    const f = grown.figures.find((x) => x.text === "Environ 5 000 soldats")!;
    expect(grown.sentences[f.sentence]!.text).toContain(f.text);
  });

  it("promotes someone first only named, now quoted, to speaker, keeping the known role", () => {
    expect(grown.people.some((p) => p.name === "Jan Moor")).toBe(false);
    const moor = grown.speakers.filter((s) => s.name === "Jan Moor");
    expect(moor).toHaveLength(1);
    expect(moor[0]!.role).toBe("président du Norland");
  });

  it("is idempotent for the same dispatch, and keeps growing with a third", () => {
    expect(appendDispatch(grown, two)).toBe(grown);
    const third = { ...two, dispatches: [{ ...two.dispatches[0]!, sha256: "f".repeat(64) }] };
    const g3 = appendDispatch(grown, third);
    expect(g3.dispatches.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(g3.sentences.at(-1)!.dispatch).toBe(2);
    expect(g3.quotes.every((q) => g3.sentences[q.sentence]!.text.includes(q.text))).toBe(true);
  });
});
