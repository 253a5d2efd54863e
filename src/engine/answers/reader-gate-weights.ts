// Written by scripts/calibrate-reader.mts --write; do not edit by hand.
// Provenance: 2026-11-30, sets real-dev, questions, b9, b10, b11, b13, dev: 563 questions with a reader candidate of 1627, 54 articles.
// The gate vetoes the bars' answer below the cut; leave-one-article-out CV: bars right 262 wrong 134 cw 1 (right−2×wrong -6) → model right 264 wrong 130 cw 1 (4).
import type { GateModel } from "./reader-gate.js";

export const READER_GATE: GateModel = {
  weights: [-1.2927, 0.1787, -0.1406, 1.1551, 1.7332, -0.0192, -0.7513, 0.3466, -0.2531, 0.7966, 0.2258, 0.0294, 0.0886, 0.3741, 0.1959, -0.1591, -0.4532, -1.2321, 0.0541, -0.3544, 0.4153, 0.1525, -0.2977],
  cut: { who: 0, element: 0.4, free: 0, yesno: 0.46 },
};
