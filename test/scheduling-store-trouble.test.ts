import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { DeliveryStore } from "../src/store/types.js";
import { harness, subscription } from "./scheduling-doubles.js";

/** The error better-sqlite3 raises when the disk (or the database's page budget) is full. */
function realDiskFullError(): unknown {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (x BLOB)");
  db.pragma("max_page_count = 2");
  try {
    for (;;) db.prepare("INSERT INTO t VALUES (zeroblob(4096))").run();
  } catch (err) {
    return err;
  } finally {
    db.close();
  }
}

const START = "2026-06-01T06:00:00.000Z"; // 08:00 in Paris

describe("scheduler: a database that fills up after the start", () => {
  it("is reported once per condition, not per channel per tick, and deliveries resume when it is fixed", async () => {
    const full = realDiskFullError();
    expect((full as { code?: string }).code).toBe("SQLITE_FULL");
    const channels = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const h = await harness({ start: START, subs: channels.map((c) => subscription(c, { createdAt: START })) });

    // Writes fail while the disk is full; reads still work, as on a real full disk.
    let diskFull = true;
    const deliveries = h.store.deliveries;
    const writes: (keyof DeliveryStore)[] = ["claim", "claimDue", "renew", "markSent", "markFailed", "markSkipped", "prune"];
    for (const name of writes) {
      const original = deliveries[name].bind(deliveries) as (...args: unknown[]) => Promise<unknown>;
      (deliveries as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => (diskFull ? Promise.reject(full) : original(...args));
    }

    // Five ticks of the running scheduler (one a minute).
    h.scheduler.start();
    for (let t = 0; t < 5; t++) {
      await h.scheduler.idle();
      await h.clock.advance(60_000);
    }
    await h.scheduler.idle();
    expect(h.publisher.posts).toHaveLength(0);
    const errors = h.log.lines.filter((l) => l.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toMatch(/database cannot be used: the disk is full: free some space/);
    expect(h.log.lines.filter((l) => /unexpected error|tick failed/.test(l.msg))).toHaveLength(0);

    diskFull = false;
    await h.clock.advance(60_000);
    await h.scheduler.idle();
    await h.scheduler.stop();
    expect(h.publisher.posts).toHaveLength(channels.length);
    const recovered = h.log.lines.filter((l) => /database works again/.test(l.msg));
    expect(recovered).toHaveLength(1);
    // Every tick failed (at the daily prune, then at claiming the due channels), and was counted.
    expect(recovered[0]!.fields?.failedCalls).toBeGreaterThanOrEqual(5);
    // Still one error line in all.
    expect(h.log.lines.filter((l) => l.level === "error")).toHaveLength(1);
  });
});
