/** What main.ts and the benchmark need from daily briefings. */
export { startDailyBriefings, type DailyBriefings, type DailyBriefingsOptions } from "./start.js";
export { createSubscriptionCommands } from "./subscriptions.js";
export { createScheduler, type Scheduler, type TickReport } from "./scheduler.js";
export { SchedulerConfig, schedulerConfigFromEnv } from "./config.js";
export { ManualClock } from "./manual-clock.js";
export { type Clock, type Timer, systemClock, systemTimer } from "./clock.js";
export { openStore, openSqliteStore, storeConfigFromEnv } from "../store/index.js";
export { createDueSubscriptions, drainDue, type DrainResult, type DueSubscriptionsOptions } from "./bench.js";
export { reloadingStory } from "./story-source.js";
