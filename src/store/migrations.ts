/**
 * Schema migrations, applied in order on open. Never edit a shipped migration: append a new one,
 * so a database made by an older version upgrades in place.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE subscriptions (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     time TEXT NOT NULL,
     timezone TEXT NOT NULL,
     lang TEXT NOT NULL,
     created_by TEXT NOT NULL,
     enabled INTEGER NOT NULL DEFAULT 1,
     created_at TEXT NOT NULL,
     last_dispatch INTEGER,
     disabled_reason TEXT,
     PRIMARY KEY (platform, channel_id)
   );
   CREATE TABLE deliveries (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     local_date TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed', 'skipped')),
     claimed_by TEXT,
     lease_until INTEGER,
     message_id TEXT,
     attempts INTEGER NOT NULL DEFAULT 0,
     reason TEXT,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (platform, channel_id, local_date)
   );
   CREATE INDEX deliveries_by_date ON deliveries (local_date);`,
  // Each subscription's next run, so a tick reads what is due from an index instead of every
  // subscription and two days of deliveries. 0 means "not planned yet": due at once, planned by
  // the scheduler. run_at: when a delivery was scheduled, for the grace window on takeover.
  `ALTER TABLE subscriptions ADD COLUMN next_run_at INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE subscriptions ADD COLUMN next_local_date TEXT;
   CREATE INDEX subscriptions_due ON subscriptions (next_run_at) WHERE enabled = 1;
   ALTER TABLE deliveries ADD COLUMN run_at INTEGER;
   CREATE INDEX deliveries_open ON deliveries (state, local_date) WHERE state IN ('claimed', 'failed');`,
  `CREATE TABLE ephemeral (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL);
   CREATE INDEX ephemeral_expiry ON ephemeral (expires_at);`,
  // Slack installations (OAuth distribution): one per workspace, or per org for an org-wide
  // install (team_id ''). The installation (bot token included) is JSON, read back through a schema.
  `CREATE TABLE slack_installations (
     enterprise_id TEXT NOT NULL DEFAULT '',
     team_id TEXT NOT NULL DEFAULT '',
     installation TEXT NOT NULL,
     installed_at INTEGER NOT NULL,
     PRIMARY KEY (enterprise_id, team_id)
   );
   CREATE INDEX slack_installations_team ON slack_installations (team_id);`,
];
