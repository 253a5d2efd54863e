import { describe, expect, it } from "vitest";
import { SchedulerConfig, schedulerConfigFromEnv } from "../src/scheduling/config.js";
import { StoreConfig, storeConfigFromEnv } from "../src/store/index.js";
import { harness, subscription } from "./scheduling-doubles.js";

describe("daily briefing configuration", () => {
  it("has defaults: 6 h grace, ./data", async () => {
    expect(SchedulerConfig.parse({})).toMatchObject({ graceHours: 6, leaseMs: 600_000, concurrency: 16 });
    expect(schedulerConfigFromEnv({})).toEqual(SchedulerConfig.parse({}));
    expect(storeConfigFromEnv({}).dataDir).toBe("./data");
    expect(StoreConfig.parse({}).dataDir).toBe("./data");
  });

  it("reads the environment, and names the variable it cannot read", async () => {
    const c = schedulerConfigFromEnv({ BRIEFING_GRACE_HOURS: "2.5", BRIEFING_TICK_SECONDS: "5", BRIEFING_CONCURRENCY: "64", BRIEFING_LEASE_SECONDS: "120" });
    expect(c).toMatchObject({ graceHours: 2.5, tickMs: 5_000, concurrency: 64, leaseMs: 120_000 });
    expect(storeConfigFromEnv({ DATA_DIR: "/var/lib/briefbot" }).dataDir).toBe("/var/lib/briefbot");
    expect(() => schedulerConfigFromEnv({ BRIEFING_GRACE_HOURS: "six" })).toThrow(/BRIEFING_GRACE_HOURS/);
    expect(() => schedulerConfigFromEnv({ BRIEFING_CONCURRENCY: "0" })).toThrow(/BRIEFING_CONCURRENCY/);
  });

  it("deletes delivery records past the retention, once a day", async () => {
    const h = await harness({ start: "2026-06-01T06:00:00Z", subs: [subscription("c1", { createdAt: "2026-06-01T00:00:00Z" })], config: { keepDeliveriesDays: 3 } });
    for (const localDate of ["2026-05-20", "2026-05-28", "2026-05-29"]) {
      await h.store.deliveries.markSkipped({ platform: "discord", channelId: "c1", localDate }, "old", new Date());
    }
    await h.scheduler.tick();
    expect((await h.store.deliveries.since("2000-01-01")).map((d) => d.localDate)).toEqual(["2026-05-29", "2026-06-01"]);
  });
});
