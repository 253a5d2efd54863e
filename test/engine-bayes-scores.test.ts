import BayesClassifier from "natural/lib/natural/classifiers/bayes_classifier.js";
import { describe, expect, it } from "vitest";
import { bayesScorer } from "../src/engine/bayes-scores.js";
import { INTENT_EXAMPLES } from "../src/engine/intent-examples.js";

/** Observations as the engine builds them: lower-case words (stems or not, the scorer does not care). */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function trainedOn(examples: Record<string, string[]>): BayesClassifier {
  const c = new BayesClassifier();
  for (const [label, list] of Object.entries(examples)) for (const e of list) c.addDocument(words(e), label);
  c.train();
  return c;
}

describe("bayesScorer", () => {
  it("gives natural's getClassifications bit for bit, on the engine's examples and on unseen questions", () => {
    const c = trainedOn(INTENT_EXAMPLES);
    const score = bayesScorer(c);
    const questions = [
      ...Object.values(INTENT_EXAMPLES).flat(),
      "who won the match last night",
      "et le pont, il a été fermé combien de temps",
      "is the harbour open again",
      "ça coûte combien au total",
      "tell me about the mayor of the town",
      "words words words that the classifier never saw",
      "",
      "who who who said said", // repeated words count once, as in the library's vector
      "2024 10 000",
    ];
    for (const q of questions) expect(score(words(q)), q).toEqual(c.getClassifications(words(q)));
  });

  it("keeps the library's order for labels that score alike", () => {
    const c = trainedOn({ first: ["alpha beta"], second: ["alpha beta"], third: ["gamma"] });
    const score = bayesScorer(c);
    for (const q of ["alpha", "alpha beta", "nothing known"]) expect(score(words(q)), q).toEqual(c.getClassifications(words(q)));
    // « first » and « second » tie on « alpha »: first stays first, as in the library
    expect(score(words("alpha")).slice(0, 2).map((r) => r.label)).toEqual(["first", "second"]);
  });

  it("refuses something that is not a trained classifier", () => {
    expect(() => bayesScorer({})).toThrow();
    expect(() => bayesScorer(null)).toThrow();
  });
});
