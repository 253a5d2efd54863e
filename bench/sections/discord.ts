import { performance } from "node:perf_hooks";
import { QUESTIONS } from "../questions.js";
import { quantile } from "../lib/stats.js";
import { createBot } from "../../src/bot.js";
import { createEngine } from "../../src/engine/engine.js";
import type { Story } from "../../src/story/schema.js";
import { startHarness, type Harness } from "../../test/fakes/discord/harness.js";
import type { FakeUser } from "../../test/fakes/discord/types.js";

export interface RoundTrips {
  kind: "mention → reply" | "slash → callback";
  count: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

export interface DiscordResult {
  concurrency: number;
  rows: RoundTrips[];
}

/**
 * Round trips through the fake Discord and the real adapter (real discord.js client over the
 * fake gateway and REST): the fake injects a MESSAGE_CREATE mentioning the bot or an
 * INTERACTION_CREATE for /ask, and the clock stops when the bot's reply or interaction callback
 * reaches the fake's REST. Batches of `concurrency` in flight; the fake's request log is cleared
 * between batches so waiting stays cheap. Fake, client and engine share this one thread.
 */
export async function benchDiscord(story: Story, opts: { maxMs: number; maxCount: number; concurrency: number }): Promise<DiscordResult> {
  // As many channels as requests in flight: discord.js sends one channel's messages one after the
  // other (one rate-limit bucket per channel), which would measure the queue, not the bot.
  const channelIds = Array.from({ length: opts.concurrency }, (_, k) => String(1_200_000_000_000_000_000n + BigInt(k)));
  const h = await startHarness({ handler: createBot(createEngine(story)), story, env: { DISCORD_RATE_LIMIT: "off" }, fake: { channelIds } });
  try {
    const users = Array.from({ length: 50 }, () => h.fake.user());
    const mention = (i: number) => roundTrip(h, users, i, "mention");
    const slash = (i: number) => roundTrip(h, users, i, "slash");
    await batches(h, mention, { maxMs: 500, maxCount: 100, concurrency: opts.concurrency });
    await batches(h, slash, { maxMs: 500, maxCount: 100, concurrency: opts.concurrency });
    return {
      concurrency: opts.concurrency,
      rows: [
        { kind: "mention → reply", ...(await batches(h, mention, opts)) },
        { kind: "slash → callback", ...(await batches(h, slash, opts)) },
      ],
    };
  } finally {
    await h.close();
  }
}

async function roundTrip(h: Harness, users: FakeUser[], i: number, kind: "mention" | "slash"): Promise<number> {
  const q = QUESTIONS[i % QUESTIONS.length]!.q;
  const author = users[i % users.length]!;
  const t0 = performance.now();
  if (kind === "mention") {
    const m = h.fake.sendMessage({ content: `<@${h.fake.botUser.id}> ${q}`, mentionBot: true, author, channelId: channelOf(h, i) });
    await h.fake.waitForReply(m.id, 10_000);
  } else {
    const it = h.fake.sendCommand({ name: "ask", user: author, channelId: channelOf(h, i), options: [{ name: "question", type: 3, value: q }] });
    await h.fake.waitForCallback(it, 10_000);
  }
  return performance.now() - t0;
}

function channelOf(h: Harness, i: number): string {
  const ids = [...h.fake.channels.keys()];
  return ids[i % ids.length] ?? h.fake.channelId;
}

async function batches(
  h: Harness,
  one: (i: number) => Promise<number>,
  opts: { maxMs: number; maxCount: number; concurrency: number },
): Promise<Omit<RoundTrips, "kind">> {
  const samples: number[] = [];
  let failures = 0;
  const start = performance.now();
  let i = 0;
  while (i < opts.maxCount && performance.now() - start < opts.maxMs) {
    const n = Math.min(opts.concurrency, opts.maxCount - i);
    const settled = await Promise.allSettled(Array.from({ length: n }, (_, k) => one(i + k)));
    for (const s of settled) s.status === "fulfilled" ? samples.push(s.value) : failures++;
    i += n;
    h.fake.requests.length = 0;
    for (const c of h.fake.channels.values()) c.messages.length = 0;
    h.fake.interactions.clear();
  }
  const wall = performance.now() - start;
  samples.sort((a, b) => a - b);
  return { count: samples.length, perSecond: (samples.length / wall) * 1000, p50Ms: quantile(samples, 0.5), p99Ms: quantile(samples, 0.99), failures };
}
