import { Bm25 } from "../bm25.js";
import { QUESTIONS } from "../questions.js";
import { timeLoop, type LatencySummary } from "../lib/stats.js";
import { createEngine } from "../../src/engine/engine.js";
import { emptyConversation, type ConversationState } from "../../src/engine/reply.js";
import type { Story } from "../../src/story/schema.js";

export interface EngineResult {
  questions: number;
  engine: LatencySummary;
  bm25: LatencySummary;
  /** Engine answers per second over BM25's: how much the engine's understanding costs. */
  throughputRatio: number;
  answeredShare: number;
}

/**
 * Both answer the same questions in the same order, on this one thread (one core), after a
 * warm-up, alternating engine and BM25 rounds so machine noise falls on both alike.
 */
export function benchEngine(story: Story, opts: { maxMs: number }): EngineResult {
  const engine = createEngine(story);
  const bm25 = Bm25.fromStory(story);
  let state: ConversationState = emptyConversation();
  const ask = (i: number) => {
    const { q, lang } = QUESTIONS[i % QUESTIONS.length]!;
    // A fresh conversation per pass through the list, so follow-ups refer to the previous question.
    if (i % QUESTIONS.length === 0) state = emptyConversation();
    const r = engine.ask(q, state, { lang });
    state = r.state;
  };
  const retrieve = (i: number) => {
    bm25.ask(QUESTIONS[i % QUESTIONS.length]!.q);
  };
  // One untimed pass for the share of questions the engine answers (the rest it declines).
  let answered = 0;
  let st = emptyConversation();
  for (const { q, lang } of QUESTIONS) {
    const r = engine.ask(q, st, { lang });
    st = r.state;
    if (r.reply.answered) answered++;
  }
  timeLoop(ask, { maxMs: 300, maxCount: 2_000 });
  timeLoop(retrieve, { maxMs: 300, maxCount: 20_000 });

  const half = opts.maxMs / 4;
  const e1 = timeLoop(ask, { maxMs: half, maxCount: 1_000_000 });
  const b1 = timeLoop(retrieve, { maxMs: half, maxCount: 10_000_000 });
  const e2 = timeLoop(ask, { maxMs: half, maxCount: 1_000_000 });
  const b2 = timeLoop(retrieve, { maxMs: half, maxCount: 10_000_000 });
  const eng = merge(e1, e2);
  const peer = merge(b1, b2);
  return {
    questions: QUESTIONS.length,
    engine: eng,
    bm25: peer,
    throughputRatio: eng.perSecond / peer.perSecond,
    answeredShare: answered / QUESTIONS.length,
  };
}

/** Two rounds of the same loop: counts add, rates and percentiles are averaged. */
function merge(a: LatencySummary, b: LatencySummary): LatencySummary {
  return { count: a.count + b.count, p50Ms: (a.p50Ms + b.p50Ms) / 2, p99Ms: (a.p99Ms + b.p99Ms) / 2, perSecond: (a.perSecond + b.perSecond) / 2 };
}
