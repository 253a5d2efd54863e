import pg from "pg";
import { pgMigrations } from "./pg-migrations.js";
import { toDelivery, toState, toSubscription, type DeliveryRow, type SubscriptionRow } from "./rows.js";
import type {
  ClaimedRun,
  DueBatch,
  DueRequest,
  DueSubscription,
  DeliveryKey,
  DeliveryStore,
  EphemeralStore,
  InstallationStore,
  Store,
  StoredSubscription,
  SubscriptionStore,
} from "./types.js";

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database (DATABASE_URL). */
  url: string;
  /** Connections in this process's pool. */
  poolSize?: number;
  /** Gives up on a connection attempt after this long, ms. */
  connectTimeoutMs?: number;
}

/** BIGINT (epoch ms) comes back as a string by default; these values fit a double exactly. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

/** An arbitrary constant: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 4_220_131;

/** Opens a pool on DATABASE_URL and migrates the schema. Any number of processes may share it. */
export async function openPostgresStore(opts: PostgresStoreOptions): Promise<Store & { pool: pg.Pool }> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    types,
  });
  // An idle client losing its connection (server restart) must not crash the process; the pool
  // replaces it on the next query.
  pool.on("error", () => undefined);
  try {
    await tx(pool, async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await c.query("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      const r = await c.query<{ v: number | null }>("SELECT MAX(version) AS v FROM schema_version");
      for (let v = r.rows[0]?.v ?? 0; v < pgMigrations.length; v++) {
        await c.query(pgMigrations[v]!);
        await c.query("INSERT INTO schema_version (version) VALUES ($1)", [v + 1]);
      }
    });
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  return {
    kind: "postgres",
    pool,
    subscriptions: subscriptionStore(pool),
    deliveries: deliveryStore(pool),
    ephemeral: ephemeralStore(pool),
    installations: installationStore(pool),
    ping: async () => void (await pool.query("SELECT 1")),
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}

/** Runs `fn` in a transaction on one pooled connection. */
export async function tx<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const out = await fn(c);
    await c.query("COMMIT");
    return out;
  } catch (err) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}

function subscriptionStore(pool: pg.Pool): SubscriptionStore {
  return {
    async upsert(s) {
      await pool.query(
        `INSERT INTO subscriptions (platform, channel_id, time, timezone, lang, created_by, enabled, created_at, last_dispatch, disabled_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (platform, channel_id) DO UPDATE SET
           time = excluded.time, timezone = excluded.timezone, lang = excluded.lang, created_by = excluded.created_by,
           enabled = excluded.enabled, created_at = excluded.created_at, last_dispatch = excluded.last_dispatch,
           disabled_reason = excluded.disabled_reason, next_run_at = 0, next_local_date = NULL`,
        [s.platform, s.channelId, s.time, s.timezone, s.lang, s.createdBy, s.enabled, s.createdAt, s.lastDispatch, s.disabledReason],
      );
    },
    async get(platform, channelId) {
      const r = await pool.query<SubscriptionRow>("SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2", [platform, channelId]);
      return r.rows[0] ? toSubscription(r.rows[0]) : null;
    },
    async remove(platform, channelId) {
      const r = await pool.query("DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2", [platform, channelId]);
      return (r.rowCount ?? 0) > 0;
    },
    async list(filter = {}) {
      const r = await pool.query<SubscriptionRow>(
        `SELECT * FROM subscriptions
         WHERE ($1::text IS NULL OR platform = $1) AND ($2::text IS NULL OR channel_id = $2) AND (NOT $3 OR enabled)
         ORDER BY platform, channel_id`,
        [filter.platform ?? null, filter.channelId ?? null, filter.enabledOnly ?? false],
      );
      return r.rows.map(toSubscription);
    },
    async disable(platform, channelId, reason) {
      await pool.query("UPDATE subscriptions SET enabled = FALSE, disabled_reason = $1 WHERE platform = $2 AND channel_id = $3", [reason, platform, channelId]);
    },
    async disableWorkspace(platform, workspaceId, reason) {
      // substr, not LIKE: a workspace id is matched as written, with no wildcard in it.
      const prefix = `${workspaceId}/`;
      const r = await pool.query(
        "UPDATE subscriptions SET enabled = FALSE, disabled_reason = $1 WHERE platform = $2 AND enabled AND substr(channel_id, 1, $3) = $4",
        [reason, platform, prefix.length, prefix],
      );
      return r.rowCount ?? 0;
    },
  };
}

function installationStore(pool: pg.Pool): InstallationStore {
  return {
    async save(k, data, now) {
      await pool.query(
        `INSERT INTO slack_installations (enterprise_id, team_id, installation, installed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (enterprise_id, team_id) DO UPDATE SET installation = excluded.installation, installed_at = excluded.installed_at`,
        [k.enterpriseId ?? "", k.teamId ?? "", data, now.getTime()],
      );
    },
    async find(k) {
      // A team id is unique across Slack: a workspace is found by it alone, whatever enterprise came with the event.
      const r = k.teamId
        ? await pool.query<{ installation: string }>("SELECT installation FROM slack_installations WHERE team_id = $1 ORDER BY installed_at DESC LIMIT 1", [k.teamId])
        : k.enterpriseId
          ? await pool.query<{ installation: string }>("SELECT installation FROM slack_installations WHERE enterprise_id = $1 AND team_id = ''", [k.enterpriseId])
          : null;
      return r?.rows[0]?.installation ?? null;
    },
    async remove(k) {
      const r = k.teamId
        ? await pool.query("DELETE FROM slack_installations WHERE team_id = $1", [k.teamId])
        : k.enterpriseId
          ? await pool.query("DELETE FROM slack_installations WHERE enterprise_id = $1 AND team_id = ''", [k.enterpriseId])
          : null;
      return (r?.rowCount ?? 0) > 0;
    },
  };
}

function ephemeralStore(pool: pg.Pool): EphemeralStore {
  return {
    async firstSeen(key, ttlMs, now) {
      // Two processes inserting the same key: one inserts, the other waits for it and then finds
      // a live entry, so exactly one of them is told "first".
      const r = await pool.query(
        `INSERT INTO ephemeral (key, value, expires_at) VALUES ($1, '', $2)
         ON CONFLICT (key) DO UPDATE SET value = '', expires_at = excluded.expires_at WHERE ephemeral.expires_at <= $3`,
        [key, now.getTime() + ttlMs, now.getTime()],
      );
      return r.rowCount === 1;
    },
    async slot(key, intervalMs, now) {
      // One row per key, updated in place: concurrent callers queue on its lock and each gets
      // the next slot.
      const r = await pool.query<{ value: string }>(
        `INSERT INTO ephemeral (key, value, expires_at) VALUES ($1, $2::bigint::text, $2::bigint + 60000)
         ON CONFLICT (key) DO UPDATE SET
           value = GREATEST(ephemeral.value::bigint + $3::bigint, $2::bigint)::text,
           expires_at = GREATEST(ephemeral.value::bigint + $3::bigint, $2::bigint) + 60000
         RETURNING value`,
        [key, now.getTime(), intervalMs],
      );
      return Number(r.rows[0]!.value);
    },
    async get(key, now) {
      const r = await pool.query<{ value: string }>("SELECT value FROM ephemeral WHERE key = $1 AND expires_at > $2", [key, now.getTime()]);
      return r.rows[0]?.value ?? null;
    },
    async set(key, value, ttlMs, now) {
      await pool.query(
        "INSERT INTO ephemeral (key, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
        [key, value, now.getTime() + ttlMs],
      );
    },
    async prune(now) {
      const r = await pool.query("DELETE FROM ephemeral WHERE expires_at <= $1", [now.getTime()]);
      return r.rowCount ?? 0;
    },
  };
}

const KEY = "platform = $1 AND channel_id = $2 AND local_date = $3";
const keyArgs = (k: DeliveryKey) => [k.platform, k.channelId, k.localDate];

function deliveryStore(pool: pg.Pool): DeliveryStore {
  return {
    async claim(k, claimedBy, now, leaseUntil) {
      const args = [...keyArgs(k), claimedBy, leaseUntil.getTime(), now.getTime()];
      // Each statement is atomic on its own: a concurrent insert of the same key waits for the
      // other to commit and then does nothing; a takeover re-checks its condition on the row it locks.
      const ins = await pool.query(
        `INSERT INTO deliveries (platform, channel_id, local_date, state, claimed_by, lease_until, attempts, updated_at)
         VALUES ($1, $2, $3, 'claimed', $4, $5, 1, $6) ON CONFLICT DO NOTHING`,
        args,
      );
      if (ins.rowCount === 1) return { claimed: true, recovered: false };
      const up = await pool.query(
        `UPDATE deliveries SET state = 'claimed', claimed_by = $4, lease_until = $5, attempts = attempts + 1, updated_at = $6
         WHERE ${KEY} AND ((state = 'claimed' AND lease_until < $6) OR state = 'failed')`,
        args,
      );
      if (up.rowCount === 1) return { claimed: true, recovered: true };
      const row = await pool.query<{ state: string }>(`SELECT state FROM deliveries WHERE ${KEY}`, keyArgs(k));
      return { claimed: false, state: row.rows[0] ? toState(row.rows[0].state) : "claimed" };
    },
    async renew(k, claimedBy, leaseUntil) {
      const r = await pool.query(`UPDATE deliveries SET lease_until = $5 WHERE ${KEY} AND state = 'claimed' AND claimed_by = $4`, [
        ...keyArgs(k),
        claimedBy,
        leaseUntil.getTime(),
      ]);
      return r.rowCount === 1;
    },
    async markSent(k, messageId, dispatch, now) {
      // One statement, so the delivery and the subscription's last dispatch change together.
      await pool.query(
        `WITH d AS (
           UPDATE deliveries SET state = 'sent', message_id = $4, lease_until = NULL, reason = NULL, updated_at = $5 WHERE ${KEY}
         )
         UPDATE subscriptions SET last_dispatch = GREATEST(COALESCE(last_dispatch, -1), $6) WHERE platform = $1 AND channel_id = $2`,
        [...keyArgs(k), messageId, now.getTime(), dispatch],
      );
    },
    async markFailed(k, reason, now) {
      await pool.query(`UPDATE deliveries SET state = 'failed', reason = $4, lease_until = NULL, updated_at = $5 WHERE ${KEY} AND state = 'claimed'`, [
        ...keyArgs(k),
        reason,
        now.getTime(),
      ]);
    },
    async markSkipped(k, reason, now) {
      const r = await pool.query(
        `INSERT INTO deliveries (platform, channel_id, local_date, state, reason, attempts, updated_at)
         VALUES ($1, $2, $3, 'skipped', $4, 0, $5) ON CONFLICT DO NOTHING`,
        [...keyArgs(k), reason, now.getTime()],
      );
      return r.rowCount === 1;
    },
    async get(k) {
      const r = await pool.query<DeliveryRow>(`SELECT * FROM deliveries WHERE ${KEY}`, keyArgs(k));
      return r.rows[0] ? toDelivery(r.rows[0]) : null;
    },
    async since(localDate) {
      const r = await pool.query<DeliveryRow>("SELECT * FROM deliveries WHERE local_date >= $1 ORDER BY local_date, platform, channel_id", [localDate]);
      return r.rows.map(toDelivery);
    },
    async prune(beforeLocalDate) {
      const r = await pool.query("DELETE FROM deliveries WHERE local_date < $1", [beforeLocalDate]);
      return r.rowCount ?? 0;
    },
    claimDue: (req) => tx(pool, (c) => claimDue(c, req)),
  };
}

type StaleRow = SubscriptionRow & { d_local_date: string; d_run_at: number | null };

/** See DeliveryStore.claimDue. Rows another process has locked are skipped, never waited for. */
async function claimDue(c: pg.PoolClient, req: DueRequest): Promise<DueBatch> {
  const now = req.now.getTime();
  const leaseUntil = req.leaseUntil.getTime();
  const platforms = [...req.platforms];
  const runs: ClaimedRun[] = [];
  const skipped: DueBatch["skipped"] = [];

  const stale = await c.query<StaleRow>(
    `SELECT s.*, d.local_date AS d_local_date, d.run_at AS d_run_at FROM deliveries d
     JOIN subscriptions s ON s.platform = d.platform AND s.channel_id = d.channel_id
     WHERE s.enabled AND d.platform = ANY($1) AND d.state IN ('claimed', 'failed')
       AND ((d.state = 'claimed' AND d.lease_until < $2) OR (d.state = 'failed' AND d.updated_at <= $3))
       AND (d.run_at IS NULL OR d.run_at >= $4)
     ORDER BY d.local_date LIMIT $5
     FOR UPDATE OF d SKIP LOCKED`,
    [platforms, now, req.retryFailedBefore.getTime(), req.oldestRun.getTime(), req.limit],
  );
  const taken: ClaimedRun[] = [];
  for (const row of stale.rows) {
    const sub = toSubscription(row);
    const at = row.d_run_at ?? req.schedule.runAt(sub, row.d_local_date);
    if (at < req.oldestRun.getTime()) continue;
    taken.push({ sub, key: { platform: sub.platform, channelId: sub.channelId, localDate: row.d_local_date }, at, recovered: true });
  }
  if (taken.length) {
    // The rows are locked by this transaction: the conditions above still hold.
    await c.query(
      `UPDATE deliveries d SET state = 'claimed', claimed_by = $4, lease_until = $5, attempts = d.attempts + 1, updated_at = $6
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(p, c, l)
       WHERE d.platform = u.p AND d.channel_id = u.c AND d.local_date = u.l`,
      [taken.map((r) => r.key.platform), taken.map((r) => r.key.channelId), taken.map((r) => r.key.localDate), req.claimedBy, leaseUntil, now],
    );
    runs.push(...taken);
  }

  const room = req.limit - runs.length;
  let picked = 0;
  let dueAgain = false;
  if (room > 0) {
    const due = await c.query<SubscriptionRow>(
      `SELECT * FROM subscriptions WHERE enabled AND next_run_at <= $1 AND platform = ANY($2)
       ORDER BY next_run_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [now, platforms, room],
    );
    picked = due.rows.length;
    const claims: { sub: StoredSubscription; key: DeliveryKey; at: number }[] = [];
    const skips: (DeliveryKey & { at: number; reason: string })[] = [];
    const next: { p: string; c: string; at: number; d: string }[] = [];
    for (const row of due.rows) {
      const sub: DueSubscription = {
        ...toSubscription(row),
        nextRun: row.next_local_date ? { localDate: row.next_local_date, at: row.next_run_at ?? 0 } : null,
      };
      const plan = req.schedule.plan(sub, req.now);
      const who = { platform: sub.platform, channelId: sub.channelId };
      if (plan.deliver) claims.push({ sub, key: { ...who, localDate: plan.deliver.localDate }, at: plan.deliver.at });
      if (plan.skip) skips.push({ ...who, localDate: plan.skip.localDate, at: plan.skip.at, reason: plan.skip.reason });
      next.push({ p: sub.platform, c: sub.channelId, at: plan.next.at, d: plan.next.localDate });
      dueAgain ||= plan.next.at <= now;
    }
    if (claims.length) {
      const ins = await c.query<{ platform: string; channel_id: string; local_date: string }>(
        `INSERT INTO deliveries (platform, channel_id, local_date, state, claimed_by, lease_until, attempts, updated_at, run_at)
         SELECT p, c, l, 'claimed', $5, $6, 1, $7, a FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(p, c, l, a)
         ON CONFLICT DO NOTHING RETURNING platform, channel_id, local_date`,
        [claims.map((x) => x.key.platform), claims.map((x) => x.key.channelId), claims.map((x) => x.key.localDate), claims.map((x) => x.at), req.claimedBy, leaseUntil, now],
      );
      const inserted = new Set(ins.rows.map((r) => `${r.platform}:${r.channel_id}:${r.local_date}`));
      for (const x of claims) {
        if (inserted.has(`${x.key.platform}:${x.key.channelId}:${x.key.localDate}`)) runs.push({ ...x, recovered: false });
      }
    }
    if (skips.length) {
      const ins = await c.query<{ platform: string; channel_id: string; local_date: string }>(
        `INSERT INTO deliveries (platform, channel_id, local_date, state, reason, attempts, updated_at, run_at)
         SELECT p, c, l, 'skipped', r, 0, $6, a FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[]) AS u(p, c, l, a, r)
         ON CONFLICT DO NOTHING RETURNING platform, channel_id, local_date`,
        [skips.map((x) => x.platform), skips.map((x) => x.channelId), skips.map((x) => x.localDate), skips.map((x) => x.at), skips.map((x) => x.reason), now],
      );
      const inserted = new Set(ins.rows.map((r) => `${r.platform}:${r.channel_id}:${r.local_date}`));
      for (const x of skips) if (inserted.has(`${x.platform}:${x.channelId}:${x.localDate}`)) skipped.push(x);
    }
    if (next.length) {
      await c.query(
        `UPDATE subscriptions s SET next_run_at = u.a, next_local_date = u.d
         FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) AS u(p, c, a, d)
         WHERE s.platform = u.p AND s.channel_id = u.c`,
        [next.map((x) => x.p), next.map((x) => x.c), next.map((x) => x.at), next.map((x) => x.d)],
      );
    }
  }
  return { runs, skipped, more: (stale.rows.length >= req.limit && taken.length > 0) || (room > 0 && picked >= room) || dueAgain };
}
