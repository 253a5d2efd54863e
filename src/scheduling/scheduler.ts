import { setMaxListeners } from "node:events";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { composeBriefing, newestDispatch } from "../briefing/compose.js";
import type { Briefing } from "../briefing/types.js";
import type { Lang } from "../engine/reply.js";
import type { Logger } from "../log.js";
import type { Story } from "../story/schema.js";
import type { DeliveryKey, Store, StoredSubscription } from "../store/types.js";
import { type Clock, type Timer, sleep, systemClock, systemTimer } from "./clock.js";
import { SchedulerConfig } from "./config.js";
import { addDays } from "./local-time.js";
import { Pool } from "./pool.js";
import { isStoreError, storeTrouble } from "./store-trouble.js";
import { createLogGate } from "../log-gate.js";
import { runSchedule } from "./plan.js";
import { deliveryId, messageKey } from "./runs.js";
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

const MAX_RATE_LIMITED_WAITS = 20;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const cfg = SchedulerConfig.parse(deps.config ?? {});
  const clock = deps.clock ?? systemClock;
  const timer = deps.timer ?? systemTimer;
  const log = deps.log;
  const id = deps.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const publishers = new Map<Platform, BriefingPublisher>(deps.publishers.map((p) => [p.platform, p]));
  const pool = new Pool(cfg.concurrency);
  // Failures repeated per channel and per tick are one condition: logged once, not thousands of times.
  const trouble = storeTrouble(log);
  const unexpected = createLogGate(log, { intervalMs: 10 * 60_000 });
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

  const schedule = runSchedule(graceMs);

  /**
   * Claims owed runs from the store in batches the pool can start at once (a claim's lease runs
   * from the moment it is taken), records the missed ones, and queues the rest; returns when no
   * more are due. Several processes doing this together each get different runs.
   */
  async function scan(report: TickReport): Promise<Promise<Outcome>[]> {
    if (stopped) return [];
    await pruneDaily(clock.now());
    const jobs: Promise<Outcome>[] = [];
    const platforms = [...publishers.keys()];
    for (;;) {
      // Wait for half the pool to be free, so that claims come in batches, not one by one.
      await pool.room(Math.ceil(cfg.concurrency / 2));
      if (stopped) break;
      const now = clock.now();
      const batch = await deps.store.deliveries.claimDue({
        now,
        limit: Math.max(1, cfg.concurrency - pool.size),
        platforms,
        claimedBy: id,
        leaseUntil: new Date(now.getTime() + cfg.leaseMs),
        retryFailedBefore: new Date(now.getTime() - cfg.retryFailedAfterMs),
        oldestRun: new Date(now.getTime() - graceMs),
        schedule,
      });
      // Claiming is a write: if it went through, a database condition reported earlier is over.
      trouble.ok();
      for (const k of batch.skipped) {
        report.skipped++;
        log.warn("daily briefing skipped: run missed beyond the grace window", {
          channel: deliveryId(k),
          scheduledFor: new Date(k.at).toISOString(),
          lateMinutes: Math.round((now.getTime() - k.at) / 60_000),
          graceHours: cfg.graceHours,
        });
      }
      for (const run of batch.runs) {
        const did = deliveryId(run.key);
        // Our own claim taken over again (its lease ran out while it was still retrying here):
        // the attempt in flight goes on and records it.
        if (inFlight.has(did)) continue;
        inFlight.add(did);
        report.started++;
        jobs.push(
          new Promise<Outcome>((resolve) => {
            pool.run(async () => {
              try {
                resolve(await deliver(run.sub, run.key, run.recovered));
              } catch (err) {
                if (isStoreError(err)) trouble.failed(err, "delivery");
                else unexpected.error(`delivery:${err instanceof Error ? err.message : String(err)}`, "daily briefing: unexpected error", { channel: did, err });
                resolve("failed");
              } finally {
                inFlight.delete(did);
              }
            });
          }),
        );
      }
      if (!batch.more) break;
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

  /** Posts a run this process has claimed; `recovered`: an earlier attempt may have posted. */
  async function deliver(sub: StoredSubscription, key: DeliveryKey, recovered: boolean): Promise<Outcome> {
    const did = deliveryId(key);
    const lease = () => new Date(clock.now().getTime() + cfg.leaseMs);
    if (stopped) {
      // Hand the claim back at once rather than leave it to its lease.
      await deps.store.deliveries.markFailed(key, "stopped", clock.now());
      return "stopped";
    }
    const publisher = publishers.get(sub.platform)!;
    const mkey = messageKey(key);
    const claim = { recovered };

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
      const rateLimited = r.retryAfterMs !== undefined;
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
      if (r.maybePosted) {
        // A timed-out, dropped or server-failed request may still have been posted: look first,
        // and never post again without having looked.
        const posted = await checkPosted(publisher, key, mkey);
        if (posted === null) {
          await deps.store.deliveries.markFailed(key, `could not check whether "${r.reason}" posted`, clock.now());
          return "failed";
        }
        if (posted) {
          await deps.store.deliveries.markSent(key, "(found after retry)", dispatch, clock.now());
          log.info("daily briefing found in the channel after an unanswered attempt; not posted again", { channel: did, reason: r.reason });
          return "recovered";
        }
      }
    }
    // A last attempt whose outcome is unknown stays "failed": the next claim is a recovery, which looks first.
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

  async function publishOnce(p: BriefingPublisher, key: DeliveryKey, b: Briefing, mkey: string): Promise<PublishResult> {
    try {
      return await withTimeout(p.publish(key.channelId, b, mkey));
    } catch (err) {
      // Thrown or timed out: nothing says whether the platform stored the message.
      return { ok: false, permanent: false, maybePosted: true, reason: err instanceof Error ? err.message : String(err) };
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

  let scanning = false;
  function loop(): void {
    if (stopped) return;
    // The deliveries are not awaited: a slow one must not hold back the next tick. A scan still
    // claiming (a long drain) is not doubled by the next tick.
    if (!scanning) {
      scanning = true;
      scan(emptyReport())
        .catch((err: unknown) => {
          if (isStoreError(err)) trouble.failed(err, "tick");
          else unexpected.error(`tick:${err instanceof Error ? err.message : String(err)}`, "daily briefing tick failed", { err });
        })
        .finally(() => {
          scanning = false;
        });
    }
    tickTimer = timer.setTimeout(loop, cfg.tickMs);
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
      unexpected.flush();
    },
  };
}
