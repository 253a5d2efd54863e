/**
 * The rows both stores read back, and their mapping to the store's types: the two schemas keep
 * the same column names, so SQLite and Postgres differ only in how a boolean comes back.
 */
import type { Delivery, DeliveryState, Platform, StoredSubscription } from "./types.js";

export interface SubscriptionRow {
  platform: string;
  channel_id: string;
  time: string;
  timezone: string;
  lang: string;
  created_by: string;
  /** Postgres BOOLEAN; SQLite INTEGER 0/1. */
  enabled: boolean | number;
  created_at: string;
  last_dispatch: number | null;
  disabled_reason: string | null;
  next_run_at?: number;
  next_local_date?: string | null;
}

export interface DeliveryRow {
  platform: string;
  channel_id: string;
  local_date: string;
  state: string;
  claimed_by: string | null;
  lease_until: number | null;
  message_id: string | null;
  attempts: number;
  reason: string | null;
  updated_at: number;
}

const toPlatform = (p: string): Platform => (p === "slack" ? "slack" : "discord");
const STATES: readonly DeliveryState[] = ["claimed", "sent", "failed", "skipped"];
export const toState = (s: string): DeliveryState => STATES.find((x) => x === s) ?? "failed";

export function toSubscription(r: SubscriptionRow): StoredSubscription {
  return {
    platform: toPlatform(r.platform),
    channelId: r.channel_id,
    time: r.time,
    timezone: r.timezone,
    lang: r.lang === "en" ? "en" : "fr",
    createdBy: r.created_by,
    enabled: r.enabled === true || r.enabled === 1,
    createdAt: r.created_at,
    lastDispatch: r.last_dispatch,
    disabledReason: r.disabled_reason,
  };
}

export function toDelivery(r: DeliveryRow): Delivery {
  return {
    platform: toPlatform(r.platform),
    channelId: r.channel_id,
    localDate: r.local_date,
    state: toState(r.state),
    claimedBy: r.claimed_by,
    leaseUntil: r.lease_until,
    messageId: r.message_id,
    attempts: r.attempts,
    reason: r.reason,
    updatedAt: r.updated_at,
  };
}
