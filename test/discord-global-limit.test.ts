import { afterAll, describe, expect, inject, it } from "vitest";
import { sharedGlobalLimit } from "../adapters/discord/global-limit.js";
import { createDiscordPublisher, createPublisherRest } from "../adapters/discord/publisher.js";
import { composeBriefing } from "../src/briefing/compose.js";
import { silentLogger } from "../src/log.js";
import { openPostgresStore } from "../src/store/postgres.js";
import type { Store } from "../src/store/types.js";
import { loadStory } from "../src/story/load.js";
import { startFakeDiscord, type FakeDiscord } from "./fakes/discord/server.js";
import { freshDatabase } from "./support/pg-server.js";

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of closers.reverse()) await c();
});

describe("Discord's global limit shared by the bot's processes", () => {
  it("two processes' REST clients on one database are paced at 50 requests a second in all, not 50 each", async () => {
    const fake: FakeDiscord = await startFakeDiscord({ acceptAnyChannel: true, echoBotMessages: false });
    closers.push(() => fake.close());
    const url = await freshDatabase(inject("pgUrl"));
    const stores: Store[] = [await openPostgresStore({ url, poolSize: 4 }), await openPostgresStore({ url, poolSize: 4 })];
    for (const s of stores) closers.push(() => s.close());
    const briefing = composeBriefing(loadStory(), { lang: "en" });
    // Two "processes": each its own REST client (discord.js allows each 50/s) and its own connection.
    const publishers = stores.map((s) =>
      createDiscordPublisher({ rest: createPublisherRest({ token: fake.token, apiUrl: fake.apiBase, limit: process.env.NOLIMIT ? { acquire: async () => undefined } : sharedGlobalLimit(s.ephemeral) }), log: silentLogger }),
    );
    const jobs: Promise<unknown>[] = [];
    for (let i = 0; i < 160; i++) {
      const channel = String(1_400_000_000_000_000_000n + BigInt(i));
      // As the scheduler does: a local "wait for the limit" comes back as retryAfterMs.
      jobs.push(
        (async () => {
          for (;;) {
            const r = await publishers[i % 2]!.publish(channel, briefing, `bbkey${i}`);
            if (r.ok || r.retryAfterMs === undefined) return r;
            await new Promise((w) => setTimeout(w, r.retryAfterMs));
          }
        })(),
      );
    }
    const results = (await Promise.all(jobs)) as { ok: boolean }[];
    expect(results.filter((r) => !r.ok).slice(0, 2)).toEqual([]);
    // Together they are paced at Discord's 50 a second: 160 posts cannot all land in less than
    // about 3 s (each process alone would be allowed 50/s, so 100/s without sharing: 1.6 s).
    // Measured at the fake from the first to the last post: load on the machine can only stretch it.
    const posts = fake.requests.filter((r) => r.method === "POST").map((r) => r.at);
    expect(posts).toHaveLength(160);
    expect(Math.max(...posts) - Math.min(...posts)).toBeGreaterThanOrEqual(159 * (1000 / 50) * 0.95);
  }, 30_000);
});
