import { z } from "zod";

/**
 * natural's BayesClassifier, scored without its dense vectors. `getClassifications` turns every
 * question into a 0/1 vector over the whole training vocabulary (an `indexOf` per vocabulary word)
 * and then walks that vector once per intent: most of the cost of a question the rules leave to
 * the classifier. Here the vocabulary's positions and each intent's log-probabilities are read
 * once from the trained classifier, and a question only visits the positions of its own words.
 *
 * The arithmetic is the library's, term for term and in the same order (positions from last to
 * first, the same logs, the same product and sort), so the scores are bit for bit the same;
 * test/engine-bayes-scores.test.ts checks this against `getClassifications`.
 */

/** The trained state natural (8.1.1) and its apparatus classifier keep; checked, since it is not their API. */
const Trained = z.object({
  features: z.record(z.string(), z.unknown()),
  classifier: z.object({
    classFeatures: z.record(z.string(), z.record(z.string(), z.number())),
    classTotals: z.record(z.string(), z.number()),
    totalExamples: z.number(),
    smoothing: z.number(),
  }),
});
type Trained = z.infer<typeof Trained>;

export interface Classification {
  label: string;
  value: number;
}

export type Scorer = (observation: readonly string[]) => Classification[];

/** A scorer for a classifier that is trained and will not be trained again. */
export function bayesScorer(classifier: unknown): Scorer {
  Trained.parse(classifier);
  // Read from the object itself: key order is the library's vector order and its label order.
  const trained = classifier as Trained;
  const position = new Map<string, number>();
  for (const feature in trained.features) position.set(feature, position.size);
  const { classFeatures, classTotals, totalExamples, smoothing } = trained.classifier;
  const labels: { label: string; prior: number; logs: Float64Array }[] = [];
  for (const label in classFeatures) {
    const counts = classFeatures[label]!;
    const total = classTotals[label]!;
    const logs = new Float64Array(position.size);
    for (let i = 0; i < logs.length; i++) logs[i] = Math.log((counts[i] || smoothing) / total);
    labels.push({ label, prior: total / totalExamples, logs });
  }
  return (observation) => {
    const seen = new Set<number>();
    for (const word of observation) {
      const at = position.get(word);
      if (at !== undefined) seen.add(at);
    }
    const at = [...seen].sort((a, b) => b - a);
    const out = labels.map(({ label, prior, logs }) => {
      let prob = 0;
      for (const i of at) prob += logs[i]!;
      return { label, value: prior * Math.exp(prob) };
    });
    return out.sort((x, y) => y.value - x.value);
  };
}
