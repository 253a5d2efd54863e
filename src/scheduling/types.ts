import type { Briefing } from "../briefing/types.js";
import type { Platform, Subscription } from "../store/types.js";

// The store owns the types it stores; they are re-exported here for the adapters.
export type { Platform, Subscription } from "../store/types.js";

export interface SubscribeRequest {
  platform: Platform;
  channelId: string;
  /** Raw user input, validated by the service (HH:MM, IANA zone, fr|en). */
  time: string;
  timezone: string;
  lang: string;
  user: string;
}

export type SubscribeResult =
  | { ok: true; subscription: Subscription; nextRun: Date }
  | { ok: false; error: string };

/** What the adapters' /subscribe, /unsubscribe, /subscriptions commands call. */
export interface SubscriptionCommands {
  subscribe(req: SubscribeRequest): Promise<SubscribeResult>;
  /** true when a subscription was removed. */
  unsubscribe(platform: Platform, channelId: string): Promise<boolean>;
  list(platform: Platform, channelId?: string): Promise<Subscription[]>;
  /**
   * Stops a workspace's daily briefings (the app was uninstalled there): its subscriptions, kept
   * under `WORKSPACE/CHANNEL`, are disabled with `reason`. Returns how many.
   */
  disableWorkspace?(platform: Platform, workspaceId: string, reason: string): Promise<number>;
}

export type PublishResult =
  | { ok: true; messageId: string }
  /**
   * permanent: the channel is gone or the bot lost access; the subscription gets disabled.
   * maybePosted: the outcome is unknown (time-out, dropped connection, server error after the
   * request was sent): the message may be in the channel, so the scheduler looks before posting again.
   */
  | { ok: false; permanent: boolean; retryAfterMs?: number; reason: string; maybePosted?: boolean };

/** Each platform adapter provides one; the scheduler posts through it. */
export interface BriefingPublisher {
  readonly platform: Platform;
  /**
   * Posts a briefing. `key` is unique per subscription and local day; the publisher attaches it
   * to the message (Discord `nonce` with `enforce_nonce`, Slack message `metadata`) so that a
   * delivery interrupted by a crash can be recognised.
   */
  publish(channelId: string, briefing: Briefing, key: string): Promise<PublishResult>;
  /** Whether a message carrying `key` is already in the channel (checked before re-posting after a crash). */
  alreadyPosted(channelId: string, key: string): Promise<boolean>;
}
