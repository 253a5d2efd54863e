import { Bm25 } from "../bm25.js";
import { QUESTIONS } from "../questions.js";
import { quantile, sampleLoop, summarise, timeLoop, type LatencySummary, type LoopSamples } from "../lib/stats.js";
import { loadDictionaries } from "../../src/dictionary-load.js";
import { createEngine } from "../../src/engine/engine.js";
import { emptyConversation, type ConversationState } from "../../src/engine/reply.js";
import type { Story } from "../../src/story/schema.js";

export interface EngineResult {
  questions: number;
  /** Whether the FreeDict dictionaries were installed, as the bot (src/main.ts) and the CLI install them. */
  dictionaries: boolean;
  engine: LatencySummary;
  /** The engine's CPU time per question (process.cpuUsage), which waiting for a core does not count. */
  engineCpu: { p50Ms: number; p99Ms: number };
  /** The question whose median time is the highest: what the p99 mostly is, since each question is 1/N of the samples. */
  slowest: { question: string; p50Ms: number; cpuP50Ms: number };
  bm25: LatencySummary;
  /** Engine answers per second over BM25's: how much the engine's understanding costs. */
  throughputRatio: number;
  answeredShare: number;
}

/**
 * Both answer the same questions in the same order, on this one thread (one core), after a
 * warm-up, alternating engine and BM25 rounds so machine noise falls on both alike. The engine
 * runs as the bot runs it, with the dictionaries installed when the machine has them.
 * Percentiles are over every sample of both rounds together, at least 5,000 per round whatever
 * the load, so the p99 is the 1 % slowest of at least 10,000 questions.
 */
export function benchEngine(story: Story, opts: { maxMs: number }): EngineResult {
  const dict = loadDictionaries();
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
  // Warm-up by count, not time alone: on a loaded machine 300 ms is a few hundred questions, and
  // the JIT is still compiling (on other threads, which the CPU figures would count) when timing starts.
  sampleLoop(ask, { maxMs: 300, minCount: 100 * QUESTIONS.length, maxCount: 1_000_000 });
  timeLoop(retrieve, { maxMs: 300, maxCount: 20_000 });

  const half = opts.maxMs / 4;
  // each engine round starts a pass of the list afresh (i from 0), so every question keeps its place after its predecessor
  const rounds = { maxMs: half, minCount: 5_000, maxCount: 1_000_000, cpu: true };
  const e1 = sampleLoop(ask, rounds);
  const b1 = timeLoop(retrieve, { maxMs: half, maxCount: 10_000_000 });
  const e2 = sampleLoop(ask, rounds);
  const b2 = timeLoop(retrieve, { maxMs: half, maxCount: 10_000_000 });
  const eng = summarise(e1, e2);
  const peer = mergeRates(b1, b2);
  const cpu = [...e1.cpu, ...e2.cpu].sort((a, b) => a - b);
  return {
    questions: QUESTIONS.length,
    dictionaries: dict.frEn && dict.enFr,
    engine: eng,
    engineCpu: { p50Ms: quantile(cpu, 0.5), p99Ms: quantile(cpu, 0.99) },
    slowest: slowestQuestion(e1, e2),
    bm25: peer,
    throughputRatio: eng.perSecond / peer.perSecond,
    answeredShare: answered / QUESTIONS.length,
  };
}

function slowestQuestion(...loops: LoopSamples[]): EngineResult["slowest"] {
  const wall: number[][] = QUESTIONS.map(() => []);
  const cpu: number[][] = QUESTIONS.map(() => []);
  for (const l of loops) {
    l.at.forEach((i, k) => {
      wall[i % QUESTIONS.length]!.push(l.wall[k]!);
      cpu[i % QUESTIONS.length]!.push(l.cpu[k]!);
    });
  }
  const med = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);
  let best = 0;
  for (let i = 1; i < QUESTIONS.length; i++) if (med(wall[i]!) > med(wall[best]!)) best = i;
  return { question: QUESTIONS[best]!.q, p50Ms: med(wall[best]!), cpuP50Ms: med(cpu[best]!) };
}

/** BM25's two rounds: its calls take about a microsecond, too short to keep each sample; counts add, percentiles are averaged. */
function mergeRates(a: LatencySummary, b: LatencySummary): LatencySummary {
  return { count: a.count + b.count, p50Ms: (a.p50Ms + b.p50Ms) / 2, p99Ms: (a.p99Ms + b.p99Ms) / 2, perSecond: (a.perSecond + b.perSecond) / 2 };
}
