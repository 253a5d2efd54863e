import { runToResult } from "../lib/child.js";

export interface MemoryResult {
  questions: number;
  seconds: number;
  idleRssMb: number;
  halfRssMb: number;
  halfHeapMb: number;
  endRssMb: number;
  idleHeapMb: number;
  endHeapMb: number;
  conversations: number;
}

/** N questions through the bot in a fresh process; see servers/memory.ts. */
export async function benchMemory(opts: { questions: number; timeoutMs: number }): Promise<MemoryResult> {
  const v = await runToResult("memory.ts", [String(opts.questions)], { timeoutMs: opts.timeoutMs });
  const num = (k: string) => v[k] ?? Number.NaN;
  return {
    questions: num("questions"),
    seconds: num("seconds"),
    idleRssMb: num("idleRssMb"),
    halfRssMb: num("halfRssMb"),
    halfHeapMb: num("halfHeapMb"),
    endRssMb: num("endRssMb"),
    idleHeapMb: num("idleHeapMb"),
    endHeapMb: num("endHeapMb"),
    conversations: num("conversations"),
  };
}
