/**
 * What the scheduler and the subscription commands need from storage, and the types it stores.
 * Every call is asynchronous so that a networked database (Postgres) can implement it without
 * blocking the event loop; SQLite implements it for one machine.
 */

export type Platform = "discord" | "slack";

/** The languages a briefing can be written in (the engine's `Lang`). */
export type SubscriptionLang = "fr" | "en";

export interface Subscription {
  platform: Platform;
  channelId: string;
  /** Local wall-clock time, "HH:MM". */
  time: string;
  /** IANA time zone name, e.g. "Europe/Paris". */
  timezone: string;
  lang: SubscriptionLang;
  createdBy: string;
  enabled: boolean;
  /** Why it was disabled (channel gone, access lost), for `/subscriptions` to show. */
  disabledReason?: string | null;
}

export interface SubscriptionStore {
  /** Inserts or replaces the channel's subscription (one per platform and channel). */
  upsert(sub: StoredSubscription): Promise<void>;
  get(platform: Platform, channelId: string): Promise<StoredSubscription | null>;
  /** true when a subscription was removed. */
  remove(platform: Platform, channelId: string): Promise<boolean>;
  list(filter?: { platform?: Platform; channelId?: string; enabledOnly?: boolean }): Promise<StoredSubscription[]>;
  /** Permanent failures (channel gone, access lost) disable a subscription rather than delete it. */
  disable(platform: Platform, channelId: string, reason: string, at: Date): Promise<void>;
  /**
   * Disables every enabled subscription of one workspace: those whose channel id is scoped
   * `WORKSPACE/CHANNEL` (see `scopedChannelId`), as Slack's are when the bot serves several
   * workspaces. Returns how many were disabled.
   */
  disableWorkspace(platform: Platform, workspaceId: string, reason: string): Promise<number>;
}

/**
 * A channel id that carries its workspace, for platforms where the bot serves several (Slack
 * installed through OAuth): `T012AB/C345CD`. The workspace is part of the subscription's key and
 * of its deliveries', and says which workspace's token posts there.
 */
export function scopedChannelId(workspaceId: string, channelId: string): string {
  return `${workspaceId}/${channelId}`;
}

/** The workspace and channel of a scoped channel id; workspace null for a plain one. */
export function splitChannelId(channelId: string): { workspaceId: string | null; channelId: string } {
  const slash = channelId.indexOf("/");
  return slash < 0 ? { workspaceId: null, channelId } : { workspaceId: channelId.slice(0, slash), channelId: channelId.slice(slash + 1) };
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
  claim(key: DeliveryKey, claimedBy: string, now: Date, leaseUntil: Date): Promise<ClaimResult>;
  /** Extends our lease before a long retry; false when the claim is no longer ours. */
  renew(key: DeliveryKey, claimedBy: string, leaseUntil: Date): Promise<boolean>;
  /** Records the post, and the dispatch it covered as the subscription's last, in one transaction. */
  markSent(key: DeliveryKey, messageId: string, dispatch: number, now: Date): Promise<void>;
  markFailed(key: DeliveryKey, reason: string, now: Date): Promise<void>;
  /** Records a missed run (outside the grace window); false when a row already existed. */
  markSkipped(key: DeliveryKey, reason: string, now: Date): Promise<boolean>;
  get(key: DeliveryKey): Promise<Delivery | null>;
  /** Deliveries for local dates ≥ `localDate`. */
  since(localDate: string): Promise<Delivery[]>;
  /** Forgets deliveries for local dates before `localDate` (they only guard the last day or two). */
  prune(beforeLocalDate: string): Promise<number>;
  /**
   * Claims, in one transaction, up to `limit` runs owed now: first deliveries to take over (an
   * expired claim, a failed try past its cool-down), then subscriptions whose next run is due,
   * picked from an index on that time (Postgres: `FOR UPDATE SKIP LOCKED`, so processes draining
   * together never wait on each other's rows). Each picked subscription's next run is advanced by
   * `schedule.plan`. A run is returned at most once, to one caller, until its lease expires.
   */
  claimDue(req: DueRequest): Promise<DueBatch>;
}

/** A subscription's next run: its local date and when it falls, epoch ms. */
export interface NextRun {
  localDate: string;
  at: number;
}

/** What is owed for a subscription picked as due: computed by the scheduler (time zones). */
export interface RunPlan {
  /** The run to claim and post now. */
  deliver?: NextRun;
  /** A run missed beyond the grace window, recorded as skipped. */
  skip?: NextRun & { reason: string };
  /** The subscription's next run after this one. */
  next: NextRun;
}

export interface DueSubscription extends StoredSubscription {
  /** null when the run has not been planned yet (new or changed subscription). */
  nextRun: NextRun | null;
}

export interface DueRequest {
  now: Date;
  limit: number;
  platforms: readonly Platform[];
  claimedBy: string;
  leaseUntil: Date;
  /** A failed delivery is tried again only if its last try was at or before this. */
  retryFailedBefore: Date;
  /** Runs scheduled before this (now − grace) are not taken over. */
  oldestRun: Date;
  schedule: {
    plan(sub: DueSubscription, now: Date): RunPlan;
    /** When the subscription's run on a local date falls, epoch ms. */
    runAt(sub: StoredSubscription, localDate: string): number;
  };
}

export interface ClaimedRun {
  sub: StoredSubscription;
  key: DeliveryKey;
  /** When the run was scheduled, epoch ms. */
  at: number;
  /** An earlier attempt may have posted (expired lease or failed try): check first. */
  recovered: boolean;
}

export interface DueBatch {
  runs: ClaimedRun[];
  /** Missed runs recorded as skipped by this call. */
  skipped: (DeliveryKey & { at: number; reason: string })[];
  /** true when the limit was reached: more may be due. */
  more: boolean;
}

/**
 * Short-lived keys and values every process of the bot sees: Slack event ids and request
 * signatures already handled, follow-up memory of conversations. Each entry expires.
 */
export interface EphemeralStore {
  /** true the first time `key` is seen (or after its previous sighting expired), for one caller only. */
  firstSeen(key: string, ttlMs: number, now: Date): Promise<boolean>;
  get(key: string, now: Date): Promise<string | null>;
  set(key: string, value: string, ttlMs: number, now: Date): Promise<void>;
  /**
   * A shared pacer: returns the time (epoch ms) at which the caller may go, at least
   * `intervalMs` after the previous caller's on the same key and not before `now`. Atomic across
   * processes, so callers everywhere are spaced evenly: a rate limit shared by all of them.
   */
  slot(key: string, intervalMs: number, now: Date): Promise<number>;
  /** Deletes expired entries; returns how many. */
  prune(now: Date): Promise<number>;
}

/**
 * Where a Slack installation (OAuth distribution) is: an org-wide install by its enterprise id
 * (team null), a workspace by its team id (and its enterprise id when it belongs to one).
 */
export interface InstallationKey {
  enterpriseId: string | null;
  teamId: string | null;
}

/**
 * The apps installed through OAuth, one row per workspace (or org-wide install), holding what
 * the platform returned (the bot token among it) as JSON the adapter reads back through its own
 * schema. Kept in the same database as everything else, so every process finds every workspace.
 */
export interface InstallationStore {
  /** Inserts or replaces (a reinstall brings a new token). */
  save(key: InstallationKey, data: string, now: Date): Promise<void>;
  /** A workspace is found by its team id; an org-wide install (team null) by its enterprise id. */
  find(key: InstallationKey): Promise<string | null>;
  /** true when an installation was removed. */
  remove(key: InstallationKey): Promise<boolean>;
}

export interface Store {
  /** "sqlite" or "postgres", for logs and /healthz. */
  readonly kind: string;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  ephemeral: EphemeralStore;
  installations: InstallationStore;
  /** Resolves when the database answers a trivial query (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
