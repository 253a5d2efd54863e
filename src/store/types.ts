import type { Platform, Subscription } from "../scheduling/types.js";

/**
 * What the scheduler and the subscription commands need from storage. SQLite implements it for
 * one machine; a shared database can implement it when several bot processes run on several hosts.
 */
export interface SubscriptionStore {
  /** Inserts or replaces the channel's subscription (one per platform and channel). */
  upsert(sub: StoredSubscription): void;
  get(platform: Platform, channelId: string): StoredSubscription | null;
  /** true when a subscription was removed. */
  remove(platform: Platform, channelId: string): boolean;
  list(filter?: { platform?: Platform; channelId?: string; enabledOnly?: boolean }): StoredSubscription[];
  /** Permanent failures (channel gone, access lost) disable a subscription rather than delete it. */
  disable(platform: Platform, channelId: string, reason: string, at: Date): void;
}

export interface StoredSubscription extends Subscription {
  /** When it was made or last changed: runs scheduled before it are not owed. */
  createdAt: string;
  /** The story's newest dispatch index in the last briefing sent, null before the first. */
  lastDispatch: number | null;
  disabledReason: string | null;
}

export interface DeliveryKey {
  platform: Platform;
  channelId: string;
  /** The subscription's local date, "YYYY-MM-DD". */
  localDate: string;
}

export type DeliveryState = "claimed" | "sent" | "failed" | "skipped";

export interface Delivery extends DeliveryKey {
  state: DeliveryState;
  /** Who holds or last held the claim: "host:pid:random". */
  claimedBy: string | null;
  /** Epoch ms; a claim whose lease has passed may be taken over. */
  leaseUntil: number | null;
  messageId: string | null;
  attempts: number;
  reason: string | null;
  updatedAt: number;
}

export type ClaimResult =
  /** `recovered`: an earlier attempt may have posted (expired lease or failed try): check first. */
  | { claimed: true; recovered: boolean }
  | { claimed: false; state: DeliveryState };

export interface DeliveryStore {
  /**
   * Atomically claims a delivery: a new row, a `claimed` row whose lease has expired, or a
   * `failed` row (retried while in the grace window). Anything else is someone else's or done.
   */
  claim(key: DeliveryKey, claimedBy: string, now: Date, leaseUntil: Date): ClaimResult;
  /** Extends our lease before a long retry; false when the claim is no longer ours. */
  renew(key: DeliveryKey, claimedBy: string, leaseUntil: Date): boolean;
  /** Records the post, and the dispatch it covered as the subscription's last, in one transaction. */
  markSent(key: DeliveryKey, messageId: string, dispatch: number, now: Date): void;
  markFailed(key: DeliveryKey, reason: string, now: Date): void;
  /** Records a missed run (outside the grace window); false when a row already existed. */
  markSkipped(key: DeliveryKey, reason: string, now: Date): boolean;
  get(key: DeliveryKey): Delivery | null;
  /** Deliveries for local dates ≥ `localDate`: the scheduler reads them once per tick. */
  since(localDate: string): Delivery[];
  /** Forgets deliveries for local dates before `localDate` (they only guard the last day or two). */
  prune(beforeLocalDate: string): number;
}

export interface Store {
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  close(): void;
}
