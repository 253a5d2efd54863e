import type { Engine } from "./engine.js";
import { emptyConversation } from "./reply.js";

export interface BenchResult {
  questions: number;
  rounds: number;
  totalMs: number;
  /** Mean time per question, in milliseconds. */
  meanMs: number;
  /** Slowest single question seen, in milliseconds. */
  maxMs: number;
}

/**
 * Times `engine.ask` over `questions`, `rounds` times each, after one warm-up round. Returns the
 * figures for a benchmark script to report; it asserts nothing itself.
 */
export function benchAsk(engine: Engine, questions: readonly string[], rounds = 100, now: () => number = () => performance.now()): BenchResult {
  const state = emptyConversation();
  for (const q of questions) engine.ask(q, state);
  let maxMs = 0;
  const start = now();
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = now();
      engine.ask(q, state);
      maxMs = Math.max(maxMs, now() - t);
    }
  }
  const totalMs = now() - start;
  const n = questions.length * rounds;
  return { questions: questions.length, rounds, totalMs, meanMs: n ? totalMs / n : 0, maxMs };
}
