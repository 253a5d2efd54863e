import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { migrations } from "./migrations.js";
import { toDelivery, toState, toSubscription, type DeliveryRow, type SubscriptionRow } from "./rows.js";
import type {
  ClaimedRun,
  ClaimResult,
  DueBatch,
  DueRequest,
  DueSubscription,
  DeliveryKey,
  DeliveryStore,
  EphemeralStore,
  InstallationStore,
  Store,
  SubscriptionStore,
} from "./types.js";

export interface SqliteStoreOptions {
  /** A database file (its folder is created) or ":memory:". */
  file: string;
  /** How long a write waits for another process's lock before failing, ms. */
  busyTimeoutMs?: number;
}

/** Opens (creating and migrating) a SQLite store. Several processes may open the same file. */
export function openSqliteStore(opts: SqliteStoreOptions): Store {
  if (opts.file !== ":memory:") mkdirSync(dirname(opts.file), { recursive: true });
  const db = new Database(opts.file);
  // WAL lets readers run beside the one writer; busy_timeout makes a second process wait, not fail.
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
  if (opts.file !== ":memory:") db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  migrate(db);
  const ping = db.prepare("SELECT 1");
  return {
    kind: "sqlite",
    subscriptions: subscriptionStore(db),
    deliveries: deliveryStore(db),
    ephemeral: ephemeralStore(db),
    installations: installationStore(db),
    // better-sqlite3 is synchronous and fast enough on a local file; the async interface is for
    // networked databases. Each call still runs to completion before the promise settles.
    ping: async () => void ping.get(),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  // IMMEDIATE: two processes starting together must not both apply the same migration.
  db.transaction(() => {
    const row = db.prepare("SELECT MAX(version) AS v FROM schema_version").get() as { v: number | null };
    const current = row.v ?? 0;
    for (let v = current; v < migrations.length; v++) {
      db.exec(migrations[v]!);
      db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(v + 1);
    }
    // A write, even of nothing new: SQLite opens a read-only file read-only without a word, and
    // the first delivery would be the one to find out. Here the start finds out.
    db.prepare("UPDATE schema_version SET version = version WHERE version = ?").run(migrations.length);
  }).immediate();
}

function ephemeralStore(db: Database.Database): EphemeralStore {
  // Inserted, or revived when the old sighting has expired; a live one changes nothing.
  const seen = db.prepare(
    `INSERT INTO ephemeral (key, value, expires_at) VALUES (?, '', ?)
     ON CONFLICT (key) DO UPDATE SET value = '', expires_at = excluded.expires_at WHERE ephemeral.expires_at <= ?`,
  );
  const get = db.prepare("SELECT value FROM ephemeral WHERE key = ? AND expires_at > ?");
  const set = db.prepare(
    "INSERT INTO ephemeral (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
  );
  const prune = db.prepare("DELETE FROM ephemeral WHERE expires_at <= ?");
  const slot = db.prepare(
    `INSERT INTO ephemeral (key, value, expires_at) VALUES (@key, CAST(@now AS TEXT), @now + 60000)
     ON CONFLICT (key) DO UPDATE SET
       value = CAST(MAX(CAST(ephemeral.value AS INTEGER) + @interval, @now) AS TEXT),
       expires_at = MAX(CAST(ephemeral.value AS INTEGER) + @interval, @now) + 60000
     RETURNING value`,
  );
  return {
    slot: async (key, intervalMs, now) => Number((slot.get({ key, interval: intervalMs, now: now.getTime() }) as { value: string }).value),
    firstSeen: async (key, ttlMs, now) => seen.run(key, now.getTime() + ttlMs, now.getTime()).changes === 1,
    get: async (key, now) => (get.get(key, now.getTime()) as { value: string } | undefined)?.value ?? null,
    set: async (key, value, ttlMs, now) => void set.run(key, value, now.getTime() + ttlMs),
    prune: async (now) => prune.run(now.getTime()).changes,
  };
}

function installationStore(db: Database.Database): InstallationStore {
  const save = db.prepare(
    `INSERT INTO slack_installations (enterprise_id, team_id, installation, installed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (enterprise_id, team_id) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at`,
  );
  // A team id is unique across Slack: a workspace is found by it alone, whatever enterprise came with the event.
  const byTeam = db.prepare("SELECT installation FROM slack_installations WHERE team_id = ? ORDER BY installed_at DESC LIMIT 1");
  const byOrg = db.prepare("SELECT installation FROM slack_installations WHERE enterprise_id = ? AND team_id = ''");
  const removeTeam = db.prepare("DELETE FROM slack_installations WHERE team_id = ?");
  const removeOrg = db.prepare("DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ''");
  return {
    save: async (k, data, now) => void save.run(k.enterpriseId ?? "", k.teamId ?? "", data, now.getTime()),
    async find(k) {
      const row = (k.teamId ? byTeam.get(k.teamId) : k.enterpriseId ? byOrg.get(k.enterpriseId) : undefined) as { installation: string } | undefined;
      return row?.installation ?? null;
    },
    async remove(k) {
      const r = k.teamId ? removeTeam.run(k.teamId) : k.enterpriseId ? removeOrg.run(k.enterpriseId) : { changes: 0 };
      return r.changes > 0;
    },
  };
}

function subscriptionStore(db: Database.Database): SubscriptionStore {
  const upsert = db.prepare(
    `INSERT INTO subscriptions (platform, channel_id, time, timezone, lang, created_by, enabled, created_at, last_dispatch, disabled_reason)
     VALUES (@platform, @channelId, @time, @timezone, @lang, @createdBy, @enabled, @createdAt, @lastDispatch, @disabledReason)
     ON CONFLICT (platform, channel_id) DO UPDATE SET
       time = excluded.time, timezone = excluded.timezone, lang = excluded.lang, created_by = excluded.created_by,
       enabled = excluded.enabled, created_at = excluded.created_at, last_dispatch = excluded.last_dispatch,
       disabled_reason = excluded.disabled_reason, next_run_at = 0, next_local_date = NULL`,
  );
  const get = db.prepare("SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?");
  const remove = db.prepare("DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?");
  const disable = db.prepare(
    "UPDATE subscriptions SET enabled = 0, disabled_reason = ? WHERE platform = ? AND channel_id = ?",
  );
  // substr, not LIKE: a workspace id is matched as written, with no wildcard in it.
  const disableWorkspace = db.prepare(
    "UPDATE subscriptions SET enabled = 0, disabled_reason = ? WHERE platform = ? AND enabled = 1 AND substr(channel_id, 1, ?) = ?",
  );
  const list = db.prepare(
    `SELECT * FROM subscriptions
     WHERE (@platform IS NULL OR platform = @platform) AND (@channelId IS NULL OR channel_id = @channelId)
       AND (@enabledOnly = 0 OR enabled = 1)
     ORDER BY platform, channel_id`,
  );
  return {
    async upsert(sub) {
      upsert.run({ ...sub, enabled: sub.enabled ? 1 : 0 });
    },
    async get(platform, channelId) {
      const row = get.get(platform, channelId) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : null;
    },
    async remove(platform, channelId) {
      return remove.run(platform, channelId).changes > 0;
    },
    async list(filter = {}) {
      const rows = list.all({
        platform: filter.platform ?? null,
        channelId: filter.channelId ?? null,
        enabledOnly: filter.enabledOnly ? 1 : 0,
      }) as SubscriptionRow[];
      return rows.map(toSubscription);
    },
    async disable(platform, channelId, reason, _at) {
      disable.run(reason, platform, channelId);
    },
    async disableWorkspace(platform, workspaceId, reason) {
      const prefix = `${workspaceId}/`;
      return disableWorkspace.run(reason, platform, prefix.length, prefix).changes;
    },
  };
}

function deliveryStore(db: Database.Database): DeliveryStore {
  const where = "platform = @platform AND channel_id = @channelId AND local_date = @localDate";
  const insertClaim = db.prepare(
    `INSERT INTO deliveries (platform, channel_id, local_date, state, claimed_by, lease_until, attempts, updated_at)
     VALUES (@platform, @channelId, @localDate, 'claimed', @claimedBy, @leaseUntil, 1, @now)
     ON CONFLICT DO NOTHING`,
  );
  // Takeover: an expired claim (its holder crashed or stalled) or a failed try still worth retrying.
  const takeover = db.prepare(
    `UPDATE deliveries SET state = 'claimed', claimed_by = @claimedBy, lease_until = @leaseUntil,
       attempts = attempts + 1, updated_at = @now
     WHERE ${where} AND ((state = 'claimed' AND lease_until < @now) OR state = 'failed')`,
  );
  const get = db.prepare(`SELECT * FROM deliveries WHERE ${where}`);
  const renew = db.prepare(
    `UPDATE deliveries SET lease_until = @leaseUntil WHERE ${where} AND state = 'claimed' AND claimed_by = @claimedBy`,
  );
  const sent = db.prepare(
    `UPDATE deliveries SET state = 'sent', message_id = @messageId, lease_until = NULL, reason = NULL, updated_at = @now WHERE ${where}`,
  );
  const lastDispatch = db.prepare(
    `UPDATE subscriptions SET last_dispatch = MAX(COALESCE(last_dispatch, -1), @dispatch)
     WHERE platform = @platform AND channel_id = @channelId`,
  );
  const failed = db.prepare(
    `UPDATE deliveries SET state = 'failed', reason = @reason, lease_until = NULL, updated_at = @now
     WHERE ${where} AND state = 'claimed'`,
  );
  const skipped = db.prepare(
    `INSERT INTO deliveries (platform, channel_id, local_date, state, reason, attempts, updated_at)
     VALUES (@platform, @channelId, @localDate, 'skipped', @reason, 0, @now)
     ON CONFLICT DO NOTHING`,
  );
  const since = db.prepare("SELECT * FROM deliveries WHERE local_date >= ?");
  const inPlatforms = "platform IN (SELECT value FROM json_each(@platforms))";
  // Takeovers first: claims whose holder died, failed tries past their cool-down.
  const recoverable = db.prepare(
    `SELECT s.*, d.local_date AS d_local_date, d.run_at AS d_run_at FROM deliveries d
     JOIN subscriptions s ON s.platform = d.platform AND s.channel_id = d.channel_id
     WHERE s.enabled = 1 AND d.${inPlatforms} AND d.state IN ('claimed', 'failed')
       AND ((d.state = 'claimed' AND d.lease_until < @now) OR (d.state = 'failed' AND d.updated_at <= @failedBefore))
       AND (d.run_at IS NULL OR d.run_at >= @oldestRun)
     ORDER BY d.local_date LIMIT @limit`,
  );
  const due = db.prepare(
    `SELECT * FROM subscriptions INDEXED BY subscriptions_due
     WHERE enabled = 1 AND next_run_at <= @now AND ${inPlatforms}
     ORDER BY next_run_at LIMIT @limit`,
  );
  const insertRunClaim = db.prepare(
    `INSERT INTO deliveries (platform, channel_id, local_date, state, claimed_by, lease_until, attempts, updated_at, run_at)
     VALUES (@platform, @channelId, @localDate, 'claimed', @claimedBy, @leaseUntil, 1, @now, @runAt)
     ON CONFLICT DO NOTHING`,
  );
  const insertRunSkipped = db.prepare(
    `INSERT INTO deliveries (platform, channel_id, local_date, state, reason, attempts, updated_at, run_at)
     VALUES (@platform, @channelId, @localDate, 'skipped', @reason, 0, @now, @runAt)
     ON CONFLICT DO NOTHING`,
  );
  const advance = db.prepare(
    `UPDATE subscriptions SET next_run_at = @at, next_local_date = @localDate WHERE platform = @platform AND channel_id = @channelId`,
  );
  const prune = db.prepare("DELETE FROM deliveries WHERE local_date < ?");

  const keyParams = (k: DeliveryKey) => ({ platform: k.platform, channelId: k.channelId, localDate: k.localDate });

  // One IMMEDIATE transaction: the check and the write cannot interleave with another process's.
  const claimTx = db.transaction((k: DeliveryKey, claimedBy: string, now: number, leaseUntil: number): ClaimResult => {
    const p = { ...keyParams(k), claimedBy, now, leaseUntil };
    if (insertClaim.run(p).changes === 1) return { claimed: true, recovered: false };
    if (takeover.run(p).changes === 1) return { claimed: true, recovered: true };
    const row = get.get(keyParams(k)) as DeliveryRow | undefined;
    return { claimed: false, state: row ? toState(row.state) : "claimed" };
  });
  const sentTx = db.transaction((k: DeliveryKey, messageId: string, dispatch: number, now: number) => {
    sent.run({ ...keyParams(k), messageId, now });
    lastDispatch.run({ platform: k.platform, channelId: k.channelId, dispatch });
  });

  const claimDueTx = db.transaction((req: DueRequest): DueBatch => {
    const now = req.now.getTime();
    const platforms = JSON.stringify(req.platforms);
    const common = { claimedBy: req.claimedBy, leaseUntil: req.leaseUntil.getTime(), now };
    const runs: ClaimedRun[] = [];
    const skipped: DueBatch["skipped"] = [];
    const stale = recoverable.all({
      platforms,
      now,
      failedBefore: req.retryFailedBefore.getTime(),
      oldestRun: req.oldestRun.getTime(),
      limit: req.limit,
    }) as (SubscriptionRow & { d_local_date: string; d_run_at: number | null })[];
    for (const row of stale) {
      const sub = toSubscription(row);
      const at = row.d_run_at ?? req.schedule.runAt(sub, row.d_local_date);
      if (at < req.oldestRun.getTime()) continue;
      const key = { platform: sub.platform, channelId: sub.channelId, localDate: row.d_local_date };
      if (takeover.run({ ...keyParams(key), ...common }).changes === 1) runs.push({ sub, key, at, recovered: true });
    }
    const room = req.limit - runs.length;
    const picked = room > 0 ? (due.all({ platforms, now, limit: room }) as SubscriptionRow[]) : [];
    let dueAgain = false;
    for (const row of picked) {
      const sub: DueSubscription = {
        ...toSubscription(row),
        nextRun: row.next_local_date ? { localDate: row.next_local_date, at: row.next_run_at ?? 0 } : null,
      };
      const plan = req.schedule.plan(sub, req.now);
      const who = { platform: sub.platform, channelId: sub.channelId };
      if (plan.deliver) {
        const key = { ...who, localDate: plan.deliver.localDate };
        if (insertRunClaim.run({ ...keyParams(key), ...common, runAt: plan.deliver.at }).changes === 1) {
          runs.push({ sub, key, at: plan.deliver.at, recovered: false });
        }
      }
      if (plan.skip) {
        const key = { ...who, localDate: plan.skip.localDate };
        if (insertRunSkipped.run({ ...keyParams(key), now, reason: plan.skip.reason, runAt: plan.skip.at }).changes === 1) {
          skipped.push({ ...key, at: plan.skip.at, reason: plan.skip.reason });
        }
      }
      advance.run({ ...who, at: plan.next.at, localDate: plan.next.localDate });
      dueAgain ||= plan.next.at <= now;
    }
    // "more" only when this call made progress, so a caller looping on it always ends.
    return { runs, skipped, more: (stale.length >= req.limit && runs.length > 0) || (room > 0 && picked.length >= room) || dueAgain };
  });

  return {
    claimDue: async (req) => claimDueTx.immediate(req),
    claim: async (k, claimedBy, now, leaseUntil) => claimTx.immediate(k, claimedBy, now.getTime(), leaseUntil.getTime()),
    renew: async (k, claimedBy, leaseUntil) =>
      renew.run({ ...keyParams(k), claimedBy, leaseUntil: leaseUntil.getTime() }).changes === 1,
    markSent: async (k, messageId, dispatch, now) => sentTx.immediate(k, messageId, dispatch, now.getTime()),
    markFailed: async (k, reason, now) => void failed.run({ ...keyParams(k), reason, now: now.getTime() }),
    markSkipped: async (k, reason, now) => skipped.run({ ...keyParams(k), reason, now: now.getTime() }).changes === 1,
    get: async (k) => {
      const row = get.get(keyParams(k)) as DeliveryRow | undefined;
      return row ? toDelivery(row) : null;
    },
    since: async (localDate) => (since.all(localDate) as DeliveryRow[]).map(toDelivery),
    prune: async (beforeLocalDate) => prune.run(beforeLocalDate).changes,
  };
}
