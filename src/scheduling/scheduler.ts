import { setMaxListeners } from "node:events";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { composeBriefing, newestDispatch } from "../briefing/compose.js";
import type { Briefing } from "../briefing/types.js";
import type { Lang } from "../engine/reply.js";
import type { Logger } from "../log.js";
import type { Story } from "../story/schema.js";
import type { Delivery, DeliveryKey, Store, StoredSubscription } from "../store/types.js";
import { type Clock, type Timer, sleep, systemClock, systemTimer } from "./clock.js";
import { SchedulerConfig } from "./config.js";
import { addDays } from "./local-time.js";
import { Pool } from "./pool.js";
import { deliveryId, messageKey, runCache } from "./runs.js";
import type { BriefingPublisher, Platform, PublishResult } from "./types.js";

export interface SchedulerDeps {
  store: Store;
  publishers: readonly BriefingPublisher[];
  /** The story to brief on; a function so a story grown on disk is picked up at the next tick. */
  story: Story | (() => Story);
  log: Logger;
  clock?: Clock;
  timer?: Timer;
  config?: Partial<SchedulerConfig>;
  /** Identifies this process in claims; defaults to host, pid and a random suffix. */
  instanceId?: string;
}

export type Outcome = "sent" | "recovered" | "failed" | "disabled" | "taken" | "stopped";

export interface TickReport {
  /** Deliveries started by this tick. */
  started: number;
  /** Missed runs recorded as skipped by this tick. */
  skipped: number;
  outcomes: Record<Outcome, number>;
}

export interface Scheduler {
  /** Ticks now, then every `tickMs`. */
  start(): void;
  /** One pass: starts owed deliveries; resolves when they have settled. */
  tick(): Promise<TickReport>;
  /** Resolves when no delivery is in flight. */
  idle(): Promise<void>;
  /** Stops ticking, cancels queued deliveries and retries, waits for posts in flight. */
  stop(): Promise<void>;
}

const emptyReport = (): TickReport => ({
  started: 0,
  skipped: 0,
  outcomes: { sent: 0, recovered: 0, failed: 0, disabled: 0, taken: 0, stopped: 0 },
});

type Attempt = PublishResult | { ok: false; permanent: false; reason: string; ambiguous: true };

const MAX_RATE_LIMITED_WAITS = 20;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const cfg = SchedulerConfig.parse(deps.config ?? {});
  const clock = deps.clock ?? systemClock;
  const timer = deps.timer ?? systemTimer;
  const log = deps.log;
  const id = deps.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const publishers = new Map<Platform, BriefingPublisher>(deps.publishers.map((p) => [p.platform, p]));
  const pool = new Pool(cfg.concurrency);
  const inFlight = new Set<string>();
  const graceMs = cfg.graceHours * 3_600_000;
  const abort = new AbortController();
  // Every delivery in flight waits on this one signal; the pool size bounds them.
  setMaxListeners(Math.max(10, cfg.concurrency * 2), abort.signal);
  let tickTimer: unknown = null;
  let stopped = false;

  // 10,000 channels share a handful of (story, lang, since) combinations: compose each once.
  let cachedStory: Story | null = null;
  const cache = new Map<string, Briefing>();
  const currentStory = (): Story => (typeof deps.story === "function" ? deps.story() : deps.story);
  const briefingFor = (story: Story, lang: Lang, since: number | null): Briefing => {
    if (story !== cachedStory) {
      cachedStory = story;
      cache.clear();
    }
    const k = `${lang}:${since ?? ""}`;
    let b = cache.get(k);
    if (!b) {
      b = composeBriefing(story, { lang, sinceDispatch: since });
      cache.set(k, b);
    }
    return b;
  };

  async function tick(): Promise<TickReport> {
    const report = emptyReport();
    for (const o of await Promise.all(await scan(report))) report.outcomes[o]++;
    return report;
  }

  /** Finds owed runs, records the missed ones, and queues the rest. */
  async function scan(report: TickReport): Promise<Promise<Outcome>[]> {
    if (stopped) return [];
    const now = clock.now();
    await pruneDaily(now);
    const subs = (await deps.store.subscriptions.list({ enabledOnly: true })).filter((s) => publishers.has(s.platform));
    // Every zone's yesterday is on or after the UTC date two days back.
    const known = new Map<string, Delivery>();
    for (const d of await deps.store.deliveries.since(addDays(now.toISOString().slice(0, 10), -2))) known.set(deliveryId(d), d);

    const runs = runCache();
    const jobs: Promise<Outcome>[] = [];
    for (const sub of subs) {
      for (const run of runs.owed(sub, now)) {
        const key: DeliveryKey = { platform: sub.platform, channelId: sub.channelId, localDate: run.localDate };
        const did = deliveryId(key);
        const row = known.get(did);
        if (stopped) break;
        if (inFlight.has(did) || !worthClaiming(row, now)) continue;
        const late = now.getTime() - run.at.getTime();
        if (late > graceMs) {
          if (!row && (await deps.store.deliveries.markSkipped(key, `missed by ${Math.round(late / 60_000)} min`, now))) {
            report.skipped++;
            log.warn("daily briefing skipped: run missed beyond the grace window", {
              channel: did,
              scheduledFor: run.at.toISOString(),
              lateMinutes: Math.round(late / 60_000),
              graceHours: cfg.graceHours,
            });
          }
          continue;
        }
        inFlight.add(did);
        report.started++;
        jobs.push(
          new Promise<Outcome>((resolve) => {
            pool.run(async () => {
              try {
                resolve(await deliver(sub, key));
              } catch (err) {
                log.error("daily briefing: unexpected error", { channel: did, err });
                resolve("failed");
              } finally {
                inFlight.delete(did);
              }
            });
          }),
        );
      }
    }
    return jobs;
  }

  let prunedOn = "";
  async function pruneDaily(now: Date): Promise<void> {
    const today = now.toISOString().slice(0, 10);
    if (today === prunedOn) return;
    prunedOn = today;
    const removed = await deps.store.deliveries.prune(addDays(today, -cfg.keepDeliveriesDays));
    if (removed > 0) log.debug("old delivery records deleted", { removed });
  }

  /** Skips rows that are done or held by a live claim (ours or another process's). */
  function worthClaiming(row: Delivery | undefined, now: Date): boolean {
    if (!row) return true;
    // A cool-down, so a platform outage is not hammered every tick (nor the log filled).
    if (row.state === "failed") return now.getTime() - row.updatedAt >= cfg.retryFailedAfterMs;
    if (row.state === "claimed") return (row.leaseUntil ?? 0) < now.getTime();
    return false;
  }

  async function deliver(sub: StoredSubscription, key: DeliveryKey): Promise<Outcome> {
    if (stopped) return "stopped";
    const did = deliveryId(key);
    const publisher = publishers.get(sub.platform)!;
    const mkey = messageKey(key);
    const lease = () => new Date(clock.now().getTime() + cfg.leaseMs);
    const claim = await deps.store.deliveries.claim(key, id, clock.now(), lease());
    if (!claim.claimed) return "taken";

    const story = currentStory();
    const dispatch = newestDispatch(story);
    if (claim.recovered) {
      // An earlier attempt may have posted before dying or failing: ask the platform first.
      const posted = await checkPosted(publisher, key, mkey);
      if (posted === null) {
        await deps.store.deliveries.markFailed(key, "could not check for an earlier post", clock.now());
        return "failed";
      }
      if (posted) {
        await deps.store.deliveries.markSent(key, "(found after recovery)", dispatch, clock.now());
        log.info("daily briefing already posted before an interruption; recorded without reposting", { channel: did });
        return "recovered";
      }
    }

    const briefing = briefingFor(story, sub.lang, sub.lastDispatch);
    let last = "no attempt";
    // Waiting out a rate limit is the platform pacing us, not a failure: it does not use up one of
    // the attempts, up to a bound so a channel that is always limited still ends.
    let rateLimitedWaits = 0;
    for (let attempt = 1; attempt <= cfg.maxAttempts; attempt++) {
      if (stopped) break;
      // The claim has just set a fresh lease; later attempts extend it past their waits.
      if (attempt > 1 && !(await deps.store.deliveries.renew(key, id, lease()))) {
        log.warn("daily briefing: claim lost to another process; leaving it to them", { channel: did });
        return "taken";
      }
      const r = await publishOnce(publisher, key, briefing, mkey);
      if (r.ok) {
        await deps.store.deliveries.markSent(key, r.messageId, dispatch, clock.now());
        log.info("daily briefing posted", { channel: did, messageId: r.messageId, attempt });
        return "sent";
      }
      last = r.reason;
      if (r.permanent) {
        await deps.store.deliveries.markFailed(key, r.reason, clock.now());
        await deps.store.subscriptions.disable(sub.platform, sub.channelId, r.reason, clock.now());
        log.warn("daily briefing subscription disabled: the channel is gone or the bot lost access", {
          channel: did,
          reason: r.reason,
        });
        return "disabled";
      }
      const rateLimited = "retryAfterMs" in r && r.retryAfterMs !== undefined;
      if (rateLimited && rateLimitedWaits < MAX_RATE_LIMITED_WAITS) {
        rateLimitedWaits++;
        attempt--;
      }
      if (attempt === cfg.maxAttempts) break;
      const wait = rateLimited ? r.retryAfterMs! : backoff(attempt);
      if (wait > cfg.maxRetryWaitMs) break;
      log.debug("daily briefing: retrying", { channel: did, attempt, waitMs: wait, reason: r.reason });
      await sleep(timer, wait, abort.signal);
      if (stopped) break;
      if ("ambiguous" in r) {
        // A timed-out or dropped request may still have been posted.
        const posted = await checkPosted(publisher, key, mkey);
        if (posted) {
          await deps.store.deliveries.markSent(key, "(found after retry)", dispatch, clock.now());
          return "recovered";
        }
      }
    }
    await deps.store.deliveries.markFailed(key, stopped ? "stopped" : last, clock.now());
    if (stopped) return "stopped";
    log.warn("daily briefing failed; retried at the next tick while within the grace window", {
      channel: did,
      reason: last,
      attempts: cfg.maxAttempts,
    });
    return "failed";
  }

  const backoff = (attempt: number) => Math.min(cfg.backoffMaxMs, cfg.backoffBaseMs * 2 ** (attempt - 1));

  async function checkPosted(p: BriefingPublisher, key: DeliveryKey, mkey: string): Promise<boolean | null> {
    try {
      return await withTimeout(p.alreadyPosted(key.channelId, mkey));
    } catch (err) {
      log.warn("daily briefing: could not check for an earlier post", { channel: deliveryId(key), err });
      return null;
    }
  }

  async function publishOnce(p: BriefingPublisher, key: DeliveryKey, b: Briefing, mkey: string): Promise<Attempt> {
    try {
      return await withTimeout(p.publish(key.channelId, b, mkey));
    } catch (err) {
      return { ok: false, permanent: false, ambiguous: true, reason: err instanceof Error ? err.message : String(err) };
    }
  }

  function withTimeout<T>(p: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const h = timer.setTimeout(() => reject(new Error(`no answer in ${cfg.publishTimeoutMs} ms`)), cfg.publishTimeoutMs);
      p.then(
        (v) => {
          timer.clearTimeout(h);
          resolve(v);
        },
        (e: unknown) => {
          timer.clearTimeout(h);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  function loop(): void {
    if (stopped) return;
    // The deliveries are not awaited: a slow one must not hold back the next scan (`inFlight`
    // avoids doubles). The scan itself is, so two scans never overlap.
    scan(emptyReport()).then(
      () => undefined,
      (err: unknown) => log.error("daily briefing tick failed", { err }),
    ).finally(() => {
      if (!stopped) tickTimer = timer.setTimeout(loop, cfg.tickMs);
    });
  }

  return {
    start() {
      if (tickTimer !== null || stopped) return;
      log.info("daily briefings started", { instance: id, platforms: [...publishers.keys()], graceHours: cfg.graceHours });
      loop();
    },
    tick,
    idle: () => pool.idle(),
    async stop() {
      stopped = true;
      if (tickTimer !== null) timer.clearTimeout(tickTimer);
      // Queued deliveries see `stopped` and return before claiming; retries wake from their sleep.
      abort.abort();
      await pool.idle();
    },
  };
}
