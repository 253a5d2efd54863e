/**
 * The reader's decision to answer or decline, read from several features of its best candidate
 * sentence instead of one bar on its coverage (issue 11: a calibrated threshold for declining).
 * The features are what the reader already holds for the candidate; the weights come from a
 * logistic regression fitted on the dev questions (scripts/calibrate-reader.mts) and live in
 * reader-gate-weights.ts with their provenance.
 */
import type { Wh } from "./reader.js";
import { READER_GATE } from "./reader-gate-weights.js";

/** What the reader knows of its best candidate when it decides. */
export interface GateFeatures {
  wh: Wh;
  /** Weighted share of the question's words the sentence holds (0..1). */
  coverage: number;
  /** The reader's confidence (coverage with its adjustments). */
  conf: number;
  /** Whether the hand-set bars would answer. */
  bars: boolean;
  /** Question terms found in the sentence, and the question's term count. */
  found: number;
  terms: number;
  /** Share of the question's idf weight the found terms carry (0..1). */
  weightShare: number;
  /** An element of the kind asked (number, date, place, person, cause) was found, and its distance in words to the nearest matched word (20 when none). */
  element: boolean;
  distance: number;
  /** Ranking score of the candidate less the best other sentence's (0 when alone). */
  margin: number;
  /** The candidate is the first-ranked sentence. */
  top: boolean;
  /** The question is in another language than the story. */
  otherLang: boolean;
  followUp: boolean;
  /** The intent read for the question is « said » (a question about a fact often lands there), and whether the classifier guessed it. */
  saidIntent: boolean;
  guessed: boolean;
  /** The question names a person or body of the story. */
  named: boolean;
  /** Question terms the sentence lacks that the story never writes (the question's own wording), and that it writes elsewhere (another sentence may be the one). */
  missAbsent: number;
  missElsewhere: number;
  /** Every one the question names is mentioned in the sentence. */
  namedIn: boolean;
}

/** The feature vector the weights multiply, in a fixed order (FEATURE_NAMES). */
export const FEATURE_NAMES = [
  "bias", "coverage", "conf", "bars", "found", "terms", "weightShare", "element", "distance", "margin", "top",
  "otherLang", "followUp", "saidIntent", "guessed", "named", "missAbsent", "missElsewhere", "namedIn", "wh:who", "wh:element", "wh:yesno", "wh:why",
] as const;

/** The language-neutral kind a decision point is chosen for. */
export type GateKind = "who" | "element" | "free" | "yesno";

export function gateKind(wh: Wh): GateKind {
  if (wh === "who") return "who";
  if (wh === "yesno") return "yesno";
  if (wh === "what" || wh === "how" || wh === "why") return "free";
  return "element";
}

export function featureVector(f: GateFeatures): number[] {
  const k = gateKind(f.wh);
  const b = (x: boolean) => (x ? 1 : 0);
  return [
    1, f.coverage, f.conf, b(f.bars), Math.min(f.found, 6) / 6, Math.min(f.terms, 8) / 8, f.weightShare, b(f.element),
    Math.min(f.distance, 20) / 20, Math.max(-1, Math.min(1, f.margin)), b(f.top), b(f.otherLang), b(f.followUp),
    b(f.saidIntent), b(f.guessed), b(f.named), Math.min(f.missAbsent, 4) / 4, Math.min(f.missElsewhere, 4) / 4, b(f.namedIn), b(k === "who"), b(k === "element"), b(k === "yesno"), b(f.wh === "why"),
  ];
}

export interface GateModel {
  weights: readonly number[];
  /** Per kind, the probability of a right answer at or above which the reader answers. */
  cut: Readonly<Record<GateKind, number>>;
}

export function probability(model: GateModel, f: GateFeatures): number {
  const x = featureVector(f);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The decision: what the bars would answer, unless the model's probability of a right answer falls
 * below its kind's cut. Below the bars it never answers: on the dev questions, the right candidates the
 * bars decline and the confidently wrong ones look alike on every feature measured.
 */
export function vetoGate(model: GateModel): Gate {
  return (f) => f.bars && probability(model, f) >= model.cut[gateKind(f.wh)];
}

/**
 * The decision hook the reader asks. The calibration script sets it to record every candidate and to
 * force an answer or a decline; `resetReaderGate` puts the fitted model back.
 */
export type Gate = (f: GateFeatures) => boolean;
const fitted = vetoGate(READER_GATE);
let gate: Gate = fitted;
export function setReaderGate(g: Gate): void {
  gate = g;
}
export function resetReaderGate(): void {
  gate = fitted;
}
export function readerGate(): Gate {
  return gate;
}
