import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { silentLogger } from "../src/log.js";
import { loadStory } from "../src/story/load.js";
import { post, signedRequest, slashCommandBody, startSlackBot, type SlackBotHarness } from "./fakes/slack/index.js";

/**
 * The short version of the bench's Slack soak: concurrent, individually signed /brief requests
 * against the real adapter and the real engine, every one answered (no errors, no request taken
 * for a replay), and heap flat between two equal rounds.
 */
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const QUESTIONS = ["Qui a parlé ?", "How many troops?", "Qu'a dit Dave Butler ?", "Who is Goulevitch?", "<!channel> @everyone résumé", "Combien de soldats ?"];
let bot: SlackBotHarness;

beforeAll(async () => {
  const story = loadStory();
  bot = await startSlackBot({ deps: { handler: createBot(createEngine(story)), story, log: silentLogger } });
  await bot.adapter.whenConnected();
});
afterAll(async () => {
  await bot?.stop();
});

/** `count` requests, `concurrency` in flight, stopping early after `maxMs`. */
async function round(count: number, concurrency: number, maxMs: number): Promise<{ ok: number; failures: string[] }> {
  let next = 0;
  let ok = 0;
  const failures: string[] = [];
  const deadline = Date.now() + maxMs;
  const worker = async () => {
    while (next < count && Date.now() < deadline) {
      const i = next++;
      const text = QUESTIONS[i % QUESTIONS.length]!;
      const req = signedRequest(bot.secret, slashCommandBody({ text, user_id: `U${i % 40}`, channel_id: `C${i % 7}` }));
      try {
        const r = await post(bot.url, req.body, req.headers);
        const ack = r.json as { text?: string; blocks?: unknown[] } | undefined;
        if (r.status === 200 && ack?.text && ack.blocks?.length) ok++;
        else failures.push(`#${i}: ${r.status} ${r.text.slice(0, 80)}`);
      } catch (err) {
        failures.push(`#${i}: ${(err as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ok, failures };
}

describe("Slack under concurrent signed requests (short soak)", () => {
  it("answers every request, with flat memory between two equal rounds", async () => {
    const first = await round(600, 16, 6_000);
    expect(first.failures).toEqual([]);
    const before = heapMb();
    const second = await round(600, 16, 6_000);
    const after = heapMb();
    expect(second.failures).toEqual([]);
    expect(first.ok + second.ok).toBeGreaterThan(100);
    // A leak of even 10 KB per request would show as several MB here.
    expect(after - before).toBeLessThan(8);
  }, 30_000);
});
