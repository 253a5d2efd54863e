import { describe, expect, inject, it } from "vitest";
import { openPostgresStore } from "../src/store/postgres.js";
import { freshDatabase } from "./support/pg-server.js";
import { storeContract } from "./store/contract.js";

const urls = new WeakMap<object, string>();

storeContract("postgres", {
  async open() {
    const url = await freshDatabase(inject("pgUrl"));
    const s = await openPostgresStore({ url, poolSize: 4 });
    urls.set(s, url);
    return s;
  },
  async openSecond(first) {
    return openPostgresStore({ url: urls.get(first)!, poolSize: 4 });
  },
});

describe("Postgres store: due runs come from the index", () => {
  it("the due query reads subscriptions_due, not the whole table, with thousands of subscriptions", async () => {
    const url = await freshDatabase(inject("pgUrl"));
    const s = await openPostgresStore({ url, poolSize: 2 });
    try {
      // 5,000 subscriptions planned for later, 3 due: the planner must use the partial index.
      await s.pool.query(
        `INSERT INTO subscriptions (platform, channel_id, time, timezone, lang, created_by, created_at, next_run_at, next_local_date)
         SELECT 'discord', 'c' || i, '08:00', 'UTC', 'fr', 'u', '2026-01-01T00:00:00Z', CASE WHEN i <= 3 THEN 1000 ELSE 9000000000000 END, '2026-06-01'
         FROM generate_series(1, 5000) AS i`,
      );
      await s.pool.query("ANALYZE subscriptions");
      const plan = await s.pool.query<{ "QUERY PLAN": string }>(
        `EXPLAIN SELECT * FROM subscriptions WHERE enabled AND next_run_at <= $1 AND platform = ANY($2)
         ORDER BY next_run_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [2000, ["discord", "slack"], 16],
      );
      const text = plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(text).toMatch(/Index Scan using subscriptions_due/);
      expect(text).not.toMatch(/Seq Scan/);
    } finally {
      await s.close();
    }
  });
});
