import type { Story } from "../src/story/schema.js";

/**
 * The peer the engine is measured against: plain BM25 sentence retrieval (Robertson–Spärck Jones,
 * k1 = 1.2, b = 0.75) over the story's sentences, answering with the best sentence. It knows no
 * intents, names or figures; it shows what a question costs when all one does is rank sentences.
 * Tokens are lower-cased, accent-folded words of two letters or more.
 */
export interface Bm25Answer {
  sentence: number;
  text: string;
  score: number;
}

export class Bm25 {
  private readonly docs: Map<string, number>[] = [];
  private readonly lengths: number[] = [];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(
    private readonly sentences: readonly string[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    for (const s of sentences) {
      const tf = new Map<string, number>();
      const toks = tokenize(s);
      for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.docs.push(tf);
      this.lengths.push(toks.length);
    }
    this.avgLength = this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, this.lengths.length);
  }

  static fromStory(story: Story): Bm25 {
    return new Bm25(story.sentences.map((s) => s.text));
  }

  /** The best-scoring sentence, or null when no question word occurs in the story. */
  ask(question: string): Bm25Answer | null {
    const n = this.docs.length;
    const terms = [...new Set(tokenize(question))];
    let best: Bm25Answer | null = null;
    for (let d = 0; d < n; d++) {
      const tf = this.docs[d]!;
      const norm = this.k1 * (1 - this.b + (this.b * this.lengths[d]!) / (this.avgLength || 1));
      let score = 0;
      for (const t of terms) {
        const f = tf.get(t);
        if (!f) continue;
        const df = this.df.get(t) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * f * (this.k1 + 1)) / (f + norm);
      }
      if (score > 0 && (!best || score > best.score)) best = { sentence: d, text: this.sentences[d]!, score };
    }
    return best;
  }
}

export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/\p{L}{2,}|\p{N}+/gu) ?? []
  );
}
