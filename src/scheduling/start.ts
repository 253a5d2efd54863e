import type { Logger } from "../log.js";
import type { Story } from "../story/schema.js";
import type { Store } from "../store/types.js";
import type { Clock, Timer } from "./clock.js";
import type { SchedulerConfig } from "./config.js";
import { createScheduler, type Scheduler } from "./scheduler.js";
import type { BriefingPublisher } from "./types.js";

export interface DailyBriefingsOptions {
  store: Store;
  /** The started adapters' publishers; undefined entries (adapters without one) are ignored. */
  publishers: readonly (BriefingPublisher | undefined)[];
  story: Story | (() => Story);
  log: Logger;
  clock?: Clock;
  timer?: Timer;
  config?: Partial<SchedulerConfig>;
}

export interface DailyBriefings {
  scheduler: Scheduler;
  stop(): Promise<void>;
}

/**
 * One call for main.ts, after the adapters have started (their publishers exist then). The
 * adapters get `createSubscriptionCommands({ store: store.subscriptions })` before they start.
 */
export function startDailyBriefings(opts: DailyBriefingsOptions): DailyBriefings {
  const publishers = opts.publishers.filter((p): p is BriefingPublisher => p !== undefined);
  const scheduler = createScheduler({
    store: opts.store,
    publishers,
    story: opts.story,
    log: opts.log,
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.timer ? { timer: opts.timer } : {}),
    ...(opts.config ? { config: opts.config } : {}),
  });
  scheduler.start();
  return {
    scheduler,
    stop: () => scheduler.stop(),
  };
}
