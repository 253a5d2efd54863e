import type { Approx } from "../schema.js";
import type { Token } from "./tokens.js";

/**
 * Round-number nouns: « une trentaine » is about 30; a plural is at least two of them, so « des
 * milliers », « thousands » and « plusieurs milliers » are all a vague 2 000.
 */
const ROUND = new Map<string, { base: number; plural: boolean }>([
  ["dizaine", { base: 10, plural: false }], ["dizaines", { base: 10, plural: true }],
  ["douzaine", { base: 12, plural: false }], ["douzaines", { base: 12, plural: true }],
  ["quinzaine", { base: 15, plural: false }], ["vingtaine", { base: 20, plural: false }],
  ["trentaine", { base: 30, plural: false }], ["quarantaine", { base: 40, plural: false }],
  ["cinquantaine", { base: 50, plural: false }], ["soixantaine", { base: 60, plural: false }],
  ["centaine", { base: 100, plural: false }], ["centaines", { base: 100, plural: true }],
  ["millier", { base: 1000, plural: false }], ["milliers", { base: 1000, plural: true }],
  ["millions", { base: 1e6, plural: true }], ["milliards", { base: 1e9, plural: true }],
  ["dozen", { base: 12, plural: false }], ["dozens", { base: 12, plural: true }],
  ["hundreds", { base: 100, plural: true }], ["thousands", { base: 1000, plural: true }],
  ["tens", { base: 10, plural: true }], ["billions", { base: 1e9, plural: true }],
]);

/** After « several », « a few », English keeps the scale word singular: « several hundred troops ». */
const EN_SCALE = new Map([["hundred", 100], ["thousand", 1000], ["million", 1e6]]);

/** Plural scale nouns that multiply a round number: « des dizaines de milliers ». */
const MULTIPLIERS = new Map([["milliers", 1000], ["millions", 1e6], ["milliards", 1e9], ["thousands", 1000]]);

/** Determiners that make a round number about (singular) or vague (plural, several = 2x). */
const SINGULAR_DET = new Set(["un", "une", "a"]);
const SEVERAL_DET = new Set(["plusieurs", "quelques", "several"]);

export interface RoundNumber {
  value: number;
  approx: Approx;
  /** Token index of the first and last token of the phrase. */
  first: number;
  last: number;
}

/** « une trentaine », « plusieurs milliers », « des dizaines de milliers », « tens of thousands »… at token k. */
export function readRound(toks: readonly Token[], k: number): RoundNumber | null {
  const t = toks[k];
  if (!t || t.kind !== "word") return null;
  let j = k;
  let det: "one" | "several" | "some" | "none" = "none";
  if (SINGULAR_DET.has(t.norm)) det = "one";
  else if (SEVERAL_DET.has(t.norm)) det = "several";
  else if (t.norm === "des") det = "some";
  else if (t.norm === "few" && toks[k - 1]?.norm === "a") det = "several";
  if (det !== "none") j++;
  const noun = toks[j];
  if (!noun) return null;
  const round = ROUND.get(noun.norm);
  const enScale = det === "several" ? EN_SCALE.get(noun.norm) : undefined;
  if (!round && enScale === undefined) return null;
  if (round) {
    if (det === "one" && round.plural) return null;
    if (det !== "one" && !round.plural) return null;
    // A bare plural needs « of »/« de » after it to be a count (« thousands of troops »), and « tens » only counts thousands.
    if (det === "none" && noun.norm !== "dozens" && noun.norm !== "hundreds" && noun.norm !== "thousands" && noun.norm !== "tens") return null;
  }
  const base = round?.base ?? enScale ?? 0;
  const plural = round?.plural ?? false;
  let value = det === "several" || (plural && det !== "one") ? 2 * base : base;
  let last = j;
  const of = toks[j + 1];
  const mult = toks[j + 2];
  if (of && mult && (of.norm === "de" || of.norm === "of")) {
    const m = MULTIPLIERS.get(mult.norm);
    if (m !== undefined && base < m) {
      value = (det === "one" ? base : 2 * base) * m;
      last = j + 2;
    }
  }
  if (noun.norm === "tens" && last === j) return null;
  const first = det === "none" ? j : t.norm === "few" ? k - 1 : k;
  return { value, approx: det === "one" ? "about" : "vague", first, last };
}
