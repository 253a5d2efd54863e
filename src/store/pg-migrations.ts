/**
 * Postgres schema migrations, applied in order on open under an advisory lock (several bot
 * processes may start together). Never edit a shipped migration: append a new one.
 * Times are epoch milliseconds in BIGINT, as in the SQLite store.
 */
export const pgMigrations: readonly string[] = [
  `CREATE TABLE subscriptions (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     time TEXT NOT NULL,
     timezone TEXT NOT NULL,
     lang TEXT NOT NULL,
     created_by TEXT NOT NULL,
     enabled BOOLEAN NOT NULL DEFAULT TRUE,
     created_at TEXT NOT NULL,
     last_dispatch INTEGER,
     disabled_reason TEXT,
     -- The next run to act on; 0 means "not planned yet" (due at once, planned by the scheduler).
     next_run_at BIGINT NOT NULL DEFAULT 0,
     next_local_date TEXT,
     PRIMARY KEY (platform, channel_id)
   );
   -- What a tick reads: only the enabled subscriptions that are due, oldest first.
   CREATE INDEX subscriptions_due ON subscriptions (next_run_at) WHERE enabled;
   CREATE TABLE deliveries (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     local_date TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed', 'skipped')),
     claimed_by TEXT,
     lease_until BIGINT,
     message_id TEXT,
     attempts INTEGER NOT NULL DEFAULT 0,
     reason TEXT,
     updated_at BIGINT NOT NULL,
     run_at BIGINT,
     PRIMARY KEY (platform, channel_id, local_date)
   );
   CREATE INDEX deliveries_by_date ON deliveries (local_date);
   -- Takeovers (expired claims, failed tries) are looked for among open rows only.
   CREATE INDEX deliveries_open ON deliveries (state, local_date) WHERE state IN ('claimed', 'failed');`,
  // Slack event ids and signatures already handled, follow-up memory: shared, each with an expiry.
  `CREATE TABLE ephemeral (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at BIGINT NOT NULL);
   CREATE INDEX ephemeral_expiry ON ephemeral (expires_at);`,
  // Slack installations (OAuth distribution): one per workspace, or per org for an org-wide
  // install (team_id ''). The installation (bot token included) is JSON, read back through a schema.
  `CREATE TABLE slack_installations (
     enterprise_id TEXT NOT NULL DEFAULT '',
     team_id TEXT NOT NULL DEFAULT '',
     installation TEXT NOT NULL,
     installed_at BIGINT NOT NULL,
     PRIMARY KEY (enterprise_id, team_id)
   );
   CREATE INDEX slack_installations_team ON slack_installations (team_id);`,
];
