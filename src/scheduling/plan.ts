import type { DueSubscription, NextRun, RunPlan, StoredSubscription } from "../store/types.js";
import { addDays, localDateOf } from "./local-time.js";
import { runAt } from "./runs.js";

/**
 * What is owed for a subscription the store picked as due, and where its next run moves to.
 * The store keeps each subscription's next run (indexed), so a tick reads only what is due; this
 * is the time-zone arithmetic it cannot do in SQL (DST gaps and repeats, see localToUtc).
 */
export function runSchedule(graceMs: number): {
  plan(sub: DueSubscription, now: Date): RunPlan;
  runAt(sub: StoredSubscription, localDate: string): number;
} {
  const at = (sub: StoredSubscription, localDate: string): NextRun => ({ localDate, at: runAt(sub, localDate).getTime() });
  /** The first run at or after `from` (epoch ms); starts a day early for zones behind UTC. */
  const firstFrom = (sub: StoredSubscription, from: number): NextRun => {
    let d = addDays(localDateOf(new Date(from), sub.timezone), -1);
    for (let i = 0; i < 4; i++, d = addDays(d, 1)) {
      const r = at(sub, d);
      if (r.at >= from) return r;
    }
    return at(sub, d);
  };
  return {
    runAt: (sub, localDate) => at(sub, localDate).at,
    plan(sub, now) {
      const t = now.getTime();
      // Not planned yet (new, changed or re-enabled): the earliest run still owed, as a scan of
      // yesterday's and today's local dates would find it, never one from before it existed.
      const yesterday = addDays(localDateOf(now, sub.timezone), -1);
      const created = Date.parse(sub.createdAt);
      const current = sub.nextRun ?? firstFrom(sub, Math.max(Number.isFinite(created) ? created : -Infinity, at(sub, yesterday).at));
      if (current.at > t) return { next: current };
      const late = t - current.at;
      if (late > graceMs) {
        // Missed beyond the grace window (the bot was down): record it once, and move on to the
        // first run not yet past the window, which may itself be owed now.
        return { skip: { ...current, reason: `missed by ${Math.round(late / 60_000)} min` }, next: firstFrom(sub, Math.max(t - graceMs, current.at + 1)) };
      }
      return { deliver: current, next: at(sub, addDays(current.localDate, 1)) };
    },
  };
}
