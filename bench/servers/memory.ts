import { QUESTIONS } from "../questions.js";
import { send } from "./ipc.js";
import { createBot } from "../../src/bot.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadStory } from "../../src/story/load.js";

/**
 * Resident memory of the bot idle and after N questions (argv[2]) through createBot, each from its
 * own conversation so the conversation LRU fills to its cap and then evicts: memory should rise
 * to the cap and stay there. Reports after a full GC (the process runs with --expose-gc).
 */
const n = Number(process.argv[2] ?? "100000");
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const settled = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 };
};

const bot = createBot(createEngine(loadStory()));
// One pass so the idle figure includes compiled code, as a bot that has answered once.
for (const q of QUESTIONS) bot.handle({ platform: "shell", text: q.q, user: "warm", conversationId: "warm", lang: q.lang });
const idle = settled();
const t0 = performance.now();
let half = idle;
for (let i = 0; i < n; i++) {
  const q = QUESTIONS[i % QUESTIONS.length]!;
  bot.handle({ platform: "slack", text: q.q, user: `U${i}`, conversationId: `C${i % 50_000}:U${i}`, lang: q.lang });
  if (i === Math.floor(n / 2)) half = settled();
}
const ms = performance.now() - t0;
const end = settled();
send({
  type: "result",
  values: {
    questions: n,
    seconds: ms / 1000,
    idleRssMb: idle.rss,
    idleHeapMb: idle.heap,
    halfRssMb: half.rss,
    halfHeapMb: half.heap,
    endRssMb: end.rss,
    endHeapMb: end.heap,
    conversations: bot.conversations.size,
  },
});
process.disconnect?.();
