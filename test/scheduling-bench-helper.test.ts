import { describe, expect, it } from "vitest";
import { createDueSubscriptions, drainDue } from "../src/scheduling/bench.js";
import { ManualClock } from "../src/scheduling/manual-clock.js";
import { openSqliteStore } from "../src/store/index.js";
import { firstDispatch } from "./briefing-fixtures.js";
import { FakePublisher } from "./scheduling-doubles.js";

describe("benchmark helpers", () => {
  it("creates N subscriptions due in the same minute across zones and drains them once each", async () => {
    const at = new Date("2026-06-01T06:00:00Z");
    const store = openSqliteStore({ file: ":memory:" });
    const clock = new ManualClock(at);
    const discord = new FakePublisher("discord", clock);
    const slack = new FakePublisher("slack", clock);
    await createDueSubscriptions(store, { count: 600, at, platforms: ["discord", "slack"], channelId: (i) => `ch${i}` });
    expect(new Set((await store.subscriptions.list()).map((s) => s.timezone)).size).toBe(5);
    const r = await drainDue({ store, publishers: [discord, slack], story: firstDispatch(), at });
    expect(r.report.outcomes.sent).toBe(600);
    expect(r.sentInStore).toBe(600);
    expect(discord.posts.length + slack.posts.length).toBe(600);
    expect(new Set([...discord.posts, ...slack.posts].map((p) => p.key)).size).toBe(600);
    // Draining again finds nothing to do.
    const again = await drainDue({ store, publishers: [discord, slack], story: firstDispatch(), at });
    expect(again.report.started).toBe(0);
  });
});
