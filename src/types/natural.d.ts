// natural's package root pulls in database drivers and dotenv (which writes to stdout), so the
// project imports single submodules; they ship no typings of their own.
declare module "natural/lib/natural/stemmers/porter_stemmer_fr.js" {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  function jaroWinkler(a: string, b: string, dt?: number, ignoreCase?: boolean): number;
  export default jaroWinkler;
}
declare module "natural/lib/natural/classifiers/bayes_classifier.js" {
  class BayesClassifier {
    constructor(stemmer?: { stem(word: string): string }, smoothing?: number);
    addDocument(text: string | string[], label: string): void;
    train(): void;
    classify(text: string | string[]): string;
    getClassifications(text: string | string[]): { label: string; value: number }[];
  }
  export default BayesClassifier;
}
declare module "natural/lib/natural/util/stopwords.js" {
  export const words: string[];
}
declare module "natural/lib/natural/util/stopwords_fr.js" {
  export const words: string[];
}
