import { z } from "zod";

export const SchedulerConfig = z.object({
  /** A run missed by more than this (bot down) is skipped, and logged, rather than posted late. */
  graceHours: z.number().positive().default(6),
  /** How often due subscriptions are looked for. */
  tickMs: z.number().int().positive().default(20_000),
  /** A claim older than this is presumed abandoned (its process died) and may be taken over. */
  leaseMs: z.number().int().positive().default(10 * 60_000),
  /** Deliveries in flight at once. */
  concurrency: z.number().int().positive().default(16),
  /** Publish attempts per delivery per tick (5xx, network, 429) before it is marked failed. */
  maxAttempts: z.number().int().positive().default(5),
  backoffBaseMs: z.number().int().nonnegative().default(1_000),
  backoffMaxMs: z.number().int().nonnegative().default(60_000),
  /** A Retry-After longer than this ends the attempt; the next tick tries again. */
  maxRetryWaitMs: z.number().int().nonnegative().default(5 * 60_000),
  /** A failed delivery is tried again at the first tick this long after its last try (within grace). */
  retryFailedAfterMs: z.number().int().nonnegative().default(60_000),
  /** A publish call taking longer counts as a network error (then checked with alreadyPosted). */
  publishTimeoutMs: z.number().int().positive().default(30_000),
  /** Delivery records older than this are deleted (once a day); they are an audit trail only. */
  keepDeliveriesDays: z.number().int().min(3).default(30),
});
export type SchedulerConfig = z.infer<typeof SchedulerConfig>;

const EnvNumber = z.coerce.number().positive().optional();

/** BRIEFING_GRACE_HOURS, BRIEFING_TICK_SECONDS, BRIEFING_CONCURRENCY, BRIEFING_LEASE_SECONDS. */
export function schedulerConfigFromEnv(env: NodeJS.ProcessEnv): SchedulerConfig {
  const num = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return undefined;
    const parsed = EnvNumber.safeParse(raw);
    if (!parsed.success) throw new Error(`${name} must be a positive number, got "${raw}"`);
    return parsed.data;
  };
  const seconds = (name: string) => {
    const s = num(name);
    return s === undefined ? undefined : Math.round(s * 1000);
  };
  return SchedulerConfig.parse({
    graceHours: num("BRIEFING_GRACE_HOURS"),
    tickMs: seconds("BRIEFING_TICK_SECONDS"),
    concurrency: num("BRIEFING_CONCURRENCY"),
    leaseMs: seconds("BRIEFING_LEASE_SECONDS"),
  });
}
