import { performance } from "node:perf_hooks";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import type { Story } from "../story/schema.js";
import type { Store } from "../store/types.js";
import type { SchedulerConfig } from "./config.js";
import { localDateOf, wallClockAt } from "./local-time.js";
import { ManualClock } from "./manual-clock.js";
import { createScheduler, type TickReport } from "./scheduler.js";
import type { BriefingPublisher, Platform } from "./types.js";

/** Zones with different offsets; each subscription's local time is set so all fall due at once. */
const BENCH_ZONES = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "UTC"];

export interface DueSubscriptionsOptions {
  count: number;
  /** The instant they all fall due (seconds ignored). */
  at: Date;
  /** Round-robin over these platforms. */
  platforms: readonly Platform[];
  /** The channel id for subscription i (must exist on the fake platform). */
  channelId: (i: number, platform: Platform) => string;
  lang?: "fr" | "en";
}

/** Creates `count` subscriptions, spread over zones, all due at `at`. For benchmarks and load tests. */
export async function createDueSubscriptions(store: Store, o: DueSubscriptionsOptions): Promise<void> {
  // Made a minute before they fall due: today's run is owed, no earlier one is.
  const createdAt = new Date(o.at.getTime() - 60_000).toISOString();
  for (let i = 0; i < o.count; i++) {
    const platform = o.platforms[i % o.platforms.length]!;
    const timezone = BENCH_ZONES[i % BENCH_ZONES.length]!;
    const w = wallClockAt(o.at, timezone);
    const time = `${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
    await store.subscriptions.upsert({
      platform,
      channelId: o.channelId(i, platform),
      time,
      timezone,
      lang: o.lang ?? (i % 2 ? "en" : "fr"),
      createdBy: "bench",
      enabled: true,
      createdAt,
      lastDispatch: null,
      disabledReason: null,
    });
  }
}

export interface DrainResult {
  report: TickReport;
  /** Deliveries recorded `sent` in the store for the due local dates. */
  sentInStore: number;
  drainMs: number;
  rssMb: number;
  heapUsedMb: number;
}

/** Ticks once at `at` (a manual clock) and waits until every due delivery has settled. */
export async function drainDue(o: {
  store: Store;
  publishers: readonly BriefingPublisher[];
  story: Story;
  at: Date;
  config?: Partial<SchedulerConfig>;
  log?: Logger;
}): Promise<DrainResult> {
  const clock = new ManualClock(o.at);
  const scheduler = createScheduler({
    store: o.store,
    publishers: o.publishers,
    story: o.story,
    log: o.log ?? silentLogger,
    clock,
    // Real timers: retries (429, 5xx) and publish timeouts against a real fake server take real time.
    config: { concurrency: 64, ...o.config },
  });
  const t0 = performance.now();
  const report = await scheduler.tick();
  const drainMs = performance.now() - t0;
  await scheduler.stop();
  const earliest = BENCH_ZONES.map((z) => localDateOf(o.at, z)).sort()[0]!;
  const sentInStore = (await o.store.deliveries.since(earliest)).filter((d) => d.state === "sent").length;
  const mem = process.memoryUsage();
  return { report, sentInStore, drainMs, rssMb: mem.rss / 2 ** 20, heapUsedMb: mem.heapUsed / 2 ** 20 };
}
