import { createHash } from "node:crypto";
import type { DeliveryKey } from "../store/types.js";
import { addDays, localDateOf, localToUtc } from "./local-time.js";
import type { Subscription } from "./types.js";

/** When a subscription runs on a local date (DST-safe, see localToUtc). */
export function runAt(sub: Pick<Subscription, "time" | "timezone">, localDate: string): Date {
  return localToUtc(localDate, sub.time, sub.timezone);
}

/** The first run at or after `from`. */
export function nextRun(sub: Pick<Subscription, "time" | "timezone">, from: Date): Date {
  let date = addDays(localDateOf(from, sub.timezone), -1);
  for (let i = 0; i < 4; i++, date = addDays(date, 1)) {
    const at = runAt(sub, date);
    if (at.getTime() >= from.getTime()) return at;
  }
  // Unreachable for real zones (a run every local day); kept total for the type checker.
  return runAt(sub, addDays(localDateOf(from, sub.timezone), 1));
}

/**
 * Runs that may be owed at `now`: yesterday's and today's local dates (a run at 23:30 missed by
 * a restart at 00:30 is yesterday's), those already due and not before the subscription existed.
 */
export function owedRuns(sub: Subscription & { createdAt?: string }, now: Date): { localDate: string; at: Date }[] {
  return runCache().owed(sub, now);
}

/**
 * The key attached to the posted message, to recognise it after a crash. Hashed because Discord
 * nonces are at most 25 characters; the same delivery always gives the same key.
 */
export function messageKey(k: DeliveryKey): string {
  const h = createHash("sha256").update(`${k.platform}:${k.channelId}:${k.localDate}`).digest("hex");
  return `bb${h.slice(0, 23)}`;
}

export const deliveryId = (k: DeliveryKey): string => `${k.platform}:${k.channelId}:${k.localDate}`;

/**
 * owedRuns with the zone arithmetic shared across subscriptions for one scan: thousands of
 * channels use a few zones and times, and Intl formatting dominates otherwise.
 */
export function runCache(): {
  owed(sub: Subscription & { createdAt?: string }, now: Date): { localDate: string; at: Date }[];
} {
  const today = new Map<string, string>();
  const at = new Map<string, Date>();
  return {
    owed(sub, now) {
      let d = today.get(sub.timezone);
      if (d === undefined) today.set(sub.timezone, (d = localDateOf(now, sub.timezone)));
      const since = sub.createdAt ? Date.parse(sub.createdAt) : -Infinity;
      const out: { localDate: string; at: Date }[] = [];
      for (const localDate of [addDays(d, -1), d]) {
        const k = `${sub.timezone}|${sub.time}|${localDate}`;
        let t = at.get(k);
        if (t === undefined) at.set(k, (t = runAt(sub, localDate)));
        if (t.getTime() <= now.getTime() && t.getTime() >= since) out.push({ localDate, at: t });
      }
      return out;
    },
  };
}
