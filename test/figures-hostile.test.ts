import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FigureMatch, extractFigures, extractUnstated, parseNumberAt } from "../src/story/figures/index.js";

/** Figures are in reading order, inside the sentence, never overlapping, each the slice it claims. */
function wellFormed(sentence: string, figs: readonly FigureMatch[]): void {
  let prev = 0;
  const bad: FigureMatch[] = [];
  for (const f of figs) {
    const ok =
      f.start >= prev && f.end > f.start && sentence.slice(f.start, f.end) === f.text && Number.isFinite(f.value) &&
      (f.valueMax === undefined || f.valueMax > f.value);
    if (!ok) bad.push(f);
    prev = f.end;
  }
  expect(bad).toEqual([]);
}

describe("long and hostile input", () => {
  it("200 000 single digits split by no-break spaces: one figure each, none a troop count", () => {
    const s = Array.from({ length: 200_000 }, (_, i) => String((i % 9) + 1)).join("\u00a0");
    const figs = extractFigures(s);
    expect(figs).toHaveLength(200_000);
    expect(figs.some((f) => f.category === "troops")).toBe(false);
    expect(figs[1]).toMatchObject({ value: 2, start: 2, end: 3 });
  });

  it("a run of thousands groups too long to be a quantity is skipped whole", () => {
    const s = `123${"\u00a0456".repeat(250_000)} soldats`;
    expect(extractFigures(s)).toEqual([]);
    expect(parseNumberAt(s, 0)).toBeNull();
  });

  it("a million digits in one run is no figure", () => {
    expect(extractFigures("9".repeat(1_000_000))).toEqual([]);
  });

  it("« « « », lone surrogates and mixed spaces give nothing and do not throw", () => {
    expect(extractFigures("« ".repeat(300_000))).toEqual([]);
    expect(extractFigures("\ud800 \udfff\u202f\u2009".repeat(200_000))).toEqual([]);
    expect(extractUnstated("« \ud800 ".repeat(200_000))).toEqual([]);
  });

  it("repeated qualifiers keep only the last one before the number", () => {
    const s = `${"plus de ".repeat(100_000)}3 000 soldats`;
    const figs = extractFigures(s);
    expect(figs).toHaveLength(1);
    expect(figs[0]).toMatchObject({ value: 3000, approx: "more_than", text: "plus de 3 000 soldats" });
  });

  it("a long chain of hyphenated number words is read without blowing up", () => {
    const s = `${"quatre-vingt-".repeat(60_000)}dix`;
    expect(extractFigures(s)).toEqual([]);
  });

  it("repeated negations find the one statement at the end", () => {
    const s = `Le ministère ${"n'a pas ".repeat(100_000)}précisé le nombre de soldats.`;
    const u = extractUnstated(s);
    expect(u).toHaveLength(1);
    expect(u[0]?.what).toBe("le nombre de soldats");
  });

  it("nested « précision sur la précision sur … » does not recurse without bound", () => {
    const s = `Il n'a donné aucune précision sur ${"la précision sur ".repeat(100_000)}le nombre de soldats.`;
    expect(() => extractUnstated(s)).not.toThrow();
  });

  it("long chains of day ranges and glued ranges stay linear and well formed", () => {
    const days = `${"les 1 et 2 et 3 et ".repeat(15_000)}mars`;
    wellFormed(days, extractFigures(days));
    const glued = "1-2-3-4-5-".repeat(15_000);
    wellFormed(glued, extractFigures(glued));
  });

  it("repeated range openers and adjectives stay bounded", () => {
    const figs = extractFigures("entre 1 et ".repeat(50_000));
    wellFormed("entre 1 et ".repeat(50_000), figs);
    const adj = `5 soldats ${"russes et ".repeat(100_000)}`;
    const one = extractFigures(adj);
    expect(one[0]?.counted?.split(" ").length).toBeLessThanOrEqual(13);
  });
});

const pieces = [
  "0", "1", "12", "123", "2014", "1er", " ", "\u00a0", "\u2009", "\u202f", ".", ",", "-", "'", "’", "«", "»", "%", "€", "$",
  "\ud800", "\udc00", "é", "de", "d'", "plus de", "près de", "entre", "et", "à", "une trentaine", "plusieurs", "milliers",
  "million", "soldats", "hommes", "chars", "ans", "âgé", "mars", "le", "les deux", "S-500", "G7", "n'a pas précisé",
  "le nombre de", "sans préciser", "quatre-vingt", "dix", "mille", "Ni", "ni", "(", ")", ":", "/",
];

describe("any mixture of number-ish pieces", () => {
  it("never throws and every figure is well formed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const s = parts.join("") + noise;
        wellFormed(s, extractFigures(s));
        for (const u of extractUnstated(s)) {
          expect(s.includes(u.text)).toBe(true);
          expect(u.text.includes(u.what)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("with spaces between pieces, too", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const s = parts.join(" ");
        wellFormed(s, extractFigures(s));
        expect(() => extractUnstated(s)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
