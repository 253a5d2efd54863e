import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { settledMemory } from "../lib/stats.js";
import { createDueSubscriptions, drainDue } from "../../src/scheduling/bench.js";
import type { Platform } from "../../src/scheduling/types.js";
import { silentLogger } from "../../src/log.js";
import type { Story } from "../../src/story/schema.js";
import { openSqliteStore } from "../../src/store/index.js";
import { createSlackPublisher, publisherClient } from "../../adapters/slack/publisher.js";
import { startHarness } from "../../test/fakes/discord/harness.js";
import { startFakeSlackApi } from "../../test/fakes/slack/api.js";
import { echoHandler } from "../../test/fakes/slack/echo-handler.js";

export interface BriefingsResult {
  subscriptions: number;
  drainMs: number;
  perSecond: number;
  sent: number;
  failed: number;
  /** Messages the fakes received beyond one per subscribed channel. Must be 0. */
  duplicates: number;
  /** Subscribed channels that received nothing. */
  missing: number;
  /** Why deliveries failed or were left claimed, as the store recorded it (platform state: reason → count). */
  failureReasons: Record<string, number>;
  rssBeforeMb: number;
  rssAfterMb: number;
  heapAfterMb: number;
}

/**
 * N subscriptions (half Discord, half Slack, over five time zones) all due in the same minute, in
 * a SQLite file store, drained by one scheduler tick through the real publishers to the fakes;
 * then every channel on both fakes is counted.
 */
export async function benchBriefings(story: Story, opts: { count: number }): Promise<BriefingsResult> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-bench-"));
  const store = openSqliteStore({ file: join(dir, "bench.sqlite") });
  const discord = await startHarness({
    handler: echoHandler(),
    story,
    fake: { acceptAnyChannel: true, echoBotMessages: false },
  });
  const slackApi = await startFakeSlackApi();
  try {
    const slack = createSlackPublisher({ client: publisherClient("xoxb-bench", slackApi.url), log: silentLogger });
    const at = new Date("2026-06-01T06:00:00Z");
    const channelOf = (i: number, p: Platform) => (p === "discord" ? String(1_300_000_000_000_000_000n + BigInt(i)) : `C${i.toString(36).toUpperCase().padStart(8, "0")}`);
    await createDueSubscriptions(store, { count: opts.count, at, platforms: ["discord", "slack"], channelId: channelOf });
    const before = settledMemory();
    const r = await drainDue({ store, publishers: [discord.adapter.publisher, slack], story, at });
    const after = settledMemory();

    const failureReasons: Record<string, number> = {};
    for (const d of await store.deliveries.since("2026-05-31")) {
      // "skipped" rows are the day before's runs, owed by subscriptions created a day earlier and
      // rightly skipped as past the grace window; what matters is what is not sent for today.
      if (d.state === "failed" || d.state === "claimed") failureReasons[`${d.platform} ${d.state}: ${d.reason ?? "?"}`] = (failureReasons[`${d.platform} ${d.state}: ${d.reason ?? "?"}`] ?? 0) + 1;
    }
    let duplicates = 0;
    let missing = 0;
    for (const sub of await store.subscriptions.list()) {
      const got = sub.platform === "discord" ? (discord.fake.channels.get(sub.channelId)?.messages.length ?? 0) : slackApi.messages(sub.channelId).length;
      if (got === 0) missing++;
      else duplicates += got - 1;
    }
    return {
      subscriptions: opts.count,
      drainMs: r.drainMs,
      perSecond: (r.sentInStore / r.drainMs) * 1000,
      sent: r.sentInStore,
      failed: r.report.outcomes.failed,
      duplicates,
      missing,
      failureReasons,
      rssBeforeMb: before.rssMb,
      rssAfterMb: after.rssMb,
      heapAfterMb: after.heapMb,
    };
  } finally {
    await discord.close();
    await slackApi.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
