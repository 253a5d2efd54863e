import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runSchedule } from "../../src/scheduling/plan.js";
import type { DueRequest, Store, StoredSubscription } from "../../src/store/types.js";

/**
 * The behaviour every Store implementation must have, run against each (SQLite, Postgres).
 * `open` gives an empty store; `openSecond` a second connection to the same database (another
 * process's view), used for the cross-connection claims.
 */
export interface ContractTarget {
  open(): Promise<Store>;
  openSecond(first: Store): Promise<Store>;
}

export const sub = (channelId: string, extra: Partial<StoredSubscription> = {}): StoredSubscription => ({
  platform: "discord",
  channelId,
  time: "08:00",
  timezone: "Europe/Paris",
  lang: "fr",
  createdBy: "u1",
  enabled: true,
  createdAt: "2026-03-01T00:00:00.000Z",
  lastDispatch: null,
  disabledReason: null,
  ...extra,
});

const key = { platform: "discord" as const, channelId: "c1", localDate: "2026-03-02" };
const t = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

/** A claimDue request at `now` with the scheduler's own planning (6 h grace, 1 min cool-down). */
const due = (now: Date, over: Partial<DueRequest> = {}): DueRequest => ({
  now,
  limit: 100,
  platforms: ["discord", "slack"],
  claimedBy: "A",
  leaseUntil: new Date(now.getTime() + 10 * 60_000),
  retryFailedBefore: new Date(now.getTime() - 60_000),
  oldestRun: new Date(now.getTime() - 6 * HOUR),
  schedule: runSchedule(6 * HOUR),
  ...over,
});
const ids = (b: { runs: { key: { platform: string; channelId: string; localDate: string } }[] }) =>
  b.runs.map((r) => `${r.key.platform}:${r.key.channelId}:${r.key.localDate}`).sort();

export function storeContract(name: string, target: ContractTarget): void {
  describe(`store contract: ${name}`, () => {
    let s: Store;
    const extra: Store[] = [];
    beforeEach(async () => {
      s = await target.open();
    });
    afterEach(async () => {
      for (const x of extra.splice(0)) await x.close();
      await s.close();
    });

    it("answers a ping and says what it is", async () => {
      await expect(s.ping()).resolves.toBeUndefined();
      expect(s.kind).toBe(name);
    });

    it("keys subscriptions by platform and channel; upsert replaces; disable keeps the row", async () => {
      await s.subscriptions.upsert(sub("c1"));
      await s.subscriptions.upsert(sub("c1", { time: "09:15", lang: "en" }));
      await s.subscriptions.upsert(sub("c1", { platform: "slack" }));
      expect(await s.subscriptions.list()).toHaveLength(2);
      expect(await s.subscriptions.get("discord", "c1")).toMatchObject({ time: "09:15", lang: "en", enabled: true, lastDispatch: null });
      expect(await s.subscriptions.get("discord", "nope")).toBeNull();
      await s.subscriptions.disable("discord", "c1", "Unknown Channel", new Date());
      expect(await s.subscriptions.get("discord", "c1")).toMatchObject({ enabled: false, disabledReason: "Unknown Channel" });
      expect((await s.subscriptions.list({ enabledOnly: true })).map((x) => x.platform)).toEqual(["slack"]);
      expect(await s.subscriptions.list({ platform: "slack", channelId: "c1" })).toHaveLength(1);
      expect(await s.subscriptions.remove("slack", "c1")).toBe(true);
      expect(await s.subscriptions.remove("slack", "c1")).toBe(false);
    });

    it("lists in a stable order (platform, then channel) and round-trips every field", async () => {
      const full = sub("b", { platform: "slack", timezone: "Asia/Kolkata", lang: "en", createdBy: "U1", createdAt: "2026-04-05T06:07:08.009Z", lastDispatch: 3 });
      await s.subscriptions.upsert(sub("z"));
      await s.subscriptions.upsert(full);
      await s.subscriptions.upsert(sub("a"));
      expect((await s.subscriptions.list()).map((x) => `${x.platform}:${x.channelId}`)).toEqual(["discord:a", "discord:z", "slack:b"]);
      expect(await s.subscriptions.get("slack", "b")).toEqual(full);
    });

    it("claims a delivery once; a live lease blocks others; an expired one is taken over as recovered", async () => {
      const now = t("2026-03-02T07:00:00Z");
      const lease = t("2026-03-02T07:10:00Z");
      expect(await s.deliveries.claim(key, "A", now, lease)).toEqual({ claimed: true, recovered: false });
      expect(await s.deliveries.claim(key, "B", t("2026-03-02T07:05:00Z"), lease)).toEqual({ claimed: false, state: "claimed" });
      expect(await s.deliveries.renew(key, "B", lease)).toBe(false);
      expect(await s.deliveries.renew(key, "A", t("2026-03-02T07:10:30Z"))).toBe(true);
      expect(await s.deliveries.claim(key, "B", t("2026-03-02T07:10:10Z"), lease)).toEqual({ claimed: false, state: "claimed" });
      expect(await s.deliveries.claim(key, "B", t("2026-03-02T07:11:00Z"), t("2026-03-02T07:21:00Z"))).toEqual({ claimed: true, recovered: true });
      expect(await s.deliveries.renew(key, "A", lease)).toBe(false); // A lost it
      expect(await s.deliveries.get(key)).toMatchObject({ state: "claimed", claimedBy: "B", attempts: 2, leaseUntil: t("2026-03-02T07:21:00Z").getTime() });
    });

    it("records sent with the message id and the dispatch delivered; sent is final", async () => {
      await s.subscriptions.upsert(sub("c1", { lastDispatch: 4 }));
      const now = t("2026-03-02T07:00:00Z");
      await s.deliveries.claim(key, "A", now, t("2026-03-02T07:10:00Z"));
      await s.deliveries.markSent(key, "m-1", 2, now);
      expect(await s.deliveries.get(key)).toMatchObject({ state: "sent", messageId: "m-1", leaseUntil: null, updatedAt: now.getTime() });
      // The last dispatch never goes backwards.
      expect((await s.subscriptions.get("discord", "c1"))!.lastDispatch).toBe(4);
      await s.deliveries.markSent({ ...key, localDate: "2026-03-03" }, "m-2", 6, now);
      expect((await s.subscriptions.get("discord", "c1"))!.lastDispatch).toBe(6);
      expect(await s.deliveries.claim(key, "B", t("2026-03-03T00:00:00Z"), t("2026-03-03T01:00:00Z"))).toEqual({ claimed: false, state: "sent" });
    });

    it("lets a failed delivery be claimed again, and records a skip only when nothing was tried", async () => {
      const now = t("2026-03-02T07:00:00Z");
      await s.deliveries.claim(key, "A", now, t("2026-03-02T07:10:00Z"));
      await s.deliveries.markFailed(key, "HTTP 503", now);
      expect(await s.deliveries.get(key)).toMatchObject({ state: "failed", reason: "HTTP 503", leaseUntil: null });
      expect(await s.deliveries.markSkipped(key, "late", now)).toBe(false);
      expect(await s.deliveries.claim(key, "B", now, t("2026-03-02T07:10:00Z"))).toEqual({ claimed: true, recovered: true });
      const other = { ...key, localDate: "2026-03-03" };
      expect(await s.deliveries.markSkipped(other, "late", now)).toBe(true);
      expect(await s.deliveries.claim(other, "B", now, now)).toEqual({ claimed: false, state: "skipped" });
      expect((await s.deliveries.since("2026-03-03")).map((d) => d.localDate)).toEqual(["2026-03-03"]);
      expect(await s.deliveries.prune("2026-03-03")).toBe(1);
      expect(await s.deliveries.get(key)).toBeNull();
    });

    it("a second connection sees the first's claims, and concurrent claims give exactly one winner", async () => {
      const b = await target.openSecond(s);
      extra.push(b);
      const now = t("2026-03-02T07:00:00Z");
      const lease = t("2026-03-02T07:10:00Z");
      expect((await s.deliveries.claim(key, "A", now, lease)).claimed).toBe(true);
      expect((await b.deliveries.claim(key, "B", now, lease)).claimed).toBe(false);
      const keys = Array.from({ length: 40 }, (_, i) => ({ ...key, channelId: `race${i}` }));
      const results = await Promise.all(keys.flatMap((k) => [s.deliveries.claim(k, "A", now, lease), b.deliveries.claim(k, "B", now, lease)]));
      expect(results.filter((r) => r.claimed)).toHaveLength(keys.length);
    });

    it("claimDue picks what is due, once, and moves each subscription to its next run", async () => {
      // 08:00 Paris is 06:00Z in June; created the day before.
      const created = "2026-05-31T12:00:00.000Z";
      await s.subscriptions.upsert(sub("p1", { createdAt: created }));
      await s.subscriptions.upsert(sub("p2", { createdAt: created, platform: "slack" }));
      await s.subscriptions.upsert(sub("later", { createdAt: created, time: "09:00" }));
      await s.subscriptions.upsert(sub("off", { createdAt: created, enabled: false }));
      const before = await s.deliveries.claimDue(due(t("2026-06-01T05:59:00Z")));
      expect(before.runs).toEqual([]);
      const at6 = t("2026-06-01T06:00:30Z");
      const b = await s.deliveries.claimDue(due(at6, { leaseUntil: t("2026-06-01T09:00:00Z") }));
      expect(ids(b)).toEqual(["discord:p1:2026-06-01", "slack:p2:2026-06-01"]);
      expect(b.runs.every((r) => !r.recovered && r.at === t("2026-06-01T06:00:00Z").getTime())).toBe(true);
      expect(b.runs.find((r) => r.key.channelId === "p2")!.sub).toMatchObject({ platform: "slack", createdAt: created });
      expect(await s.deliveries.get({ platform: "discord", channelId: "p1", localDate: "2026-06-01" })).toMatchObject({ state: "claimed", claimedBy: "A", attempts: 1 });
      // Claimed: not handed out again, not even to another caller, until the lease runs out.
      expect((await s.deliveries.claimDue(due(at6, { claimedBy: "B" }))).runs).toEqual([]);
      const at7 = await s.deliveries.claimDue(due(t("2026-06-01T07:00:00Z"), { claimedBy: "B" }));
      expect(ids(at7)).toEqual(["discord:later:2026-06-01"]);
      // The next day's run comes round.
      await s.deliveries.markSent({ platform: "discord", channelId: "p1", localDate: "2026-06-01" }, "m1", 0, at6);
      const next = await s.deliveries.claimDue(due(t("2026-06-02T06:00:00Z"), { platforms: ["discord"], leaseUntil: t("2026-06-02T06:10:00Z") }));
      // (B's claim on "later" has expired, but its run is past the grace window: left alone.)
      expect(ids(next)).toEqual(["discord:p1:2026-06-02"]);
    });

    it("claimDue takes over an expired claim and a failed try past its cool-down, as recovered", async () => {
      await s.subscriptions.upsert(sub("dead", { createdAt: "2026-05-31T12:00:00.000Z" }));
      await s.subscriptions.upsert(sub("flaky", { createdAt: "2026-05-31T12:00:00.000Z" }));
      const at6 = t("2026-06-01T06:00:00Z");
      expect(await s.deliveries.claimDue(due(at6, { leaseUntil: t("2026-06-01T06:05:00Z") }))).toMatchObject({ runs: [{}, {}] });
      await s.deliveries.markFailed({ platform: "discord", channelId: "flaky", localDate: "2026-06-01" }, "HTTP 503", t("2026-06-01T06:01:00Z"));
      // Lease live, cool-down not over: nothing.
      expect((await s.deliveries.claimDue(due(t("2026-06-01T06:01:30Z"), { claimedBy: "B" }))).runs).toEqual([]);
      const b = await s.deliveries.claimDue(due(t("2026-06-01T06:06:00Z"), { claimedBy: "B" }));
      expect(ids(b)).toEqual(["discord:dead:2026-06-01", "discord:flaky:2026-06-01"]);
      expect(b.runs.every((r) => r.recovered)).toBe(true);
      expect(await s.deliveries.get({ platform: "discord", channelId: "dead", localDate: "2026-06-01" })).toMatchObject({ claimedBy: "B", attempts: 2 });
      // Past the grace window a failed run is left alone.
      await s.deliveries.markFailed({ platform: "discord", channelId: "flaky", localDate: "2026-06-01" }, "HTTP 503", t("2026-06-01T06:07:00Z"));
      expect((await s.deliveries.claimDue(due(t("2026-06-01T12:30:00Z")))).runs).toEqual([]);
    });

    it("claimDue records a run missed beyond the grace window as skipped, once, and posts the next", async () => {
      await s.subscriptions.upsert(sub("down", { createdAt: "2026-05-01T00:00:00.000Z" }));
      // Down from before 06:00Z on 1 June until 04:00Z on 2 June: 1 June's run is 22 h late.
      const b = await s.deliveries.claimDue(due(t("2026-06-02T04:00:00Z")));
      expect(b.runs).toEqual([]);
      expect(b.skipped.map((k) => k.localDate)).toContain("2026-06-01");
      expect(await s.deliveries.get({ platform: "discord", channelId: "down", localDate: "2026-06-01" })).toMatchObject({ state: "skipped" });
      expect((await s.deliveries.claimDue(due(t("2026-06-02T04:30:00Z")))).skipped).toEqual([]);
      expect(ids(await s.deliveries.claimDue(due(t("2026-06-02T06:00:00Z"))))).toEqual(["discord:down:2026-06-02"]);
    });

    it("claimDue on two connections at once hands each due run to exactly one of them", async () => {
      const b = await target.openSecond(s);
      extra.push(b);
      for (let i = 0; i < 300; i++) await s.subscriptions.upsert(sub(`c${i}`, { createdAt: "2026-05-31T12:00:00.000Z", platform: i % 2 ? "slack" : "discord" }));
      const now = t("2026-06-01T06:00:00Z");
      const got: string[] = [];
      const drain = async (st: Store, who: string) => {
        for (;;) {
          const batch = await st.deliveries.claimDue(due(now, { claimedBy: who, limit: 16 }));
          got.push(...ids(batch));
          if (!batch.more) return;
        }
      };
      await Promise.all([drain(s, "A"), drain(b, "B"), drain(s, "A2"), drain(b, "B2")]);
      expect(got).toHaveLength(300);
      expect(new Set(got).size).toBe(300);
      expect((await s.deliveries.claimDue(due(now, { claimedBy: "C" }))).runs).toEqual([]);
    });

    it("ephemeral keys: first sighting once across connections, values expire", async () => {
      const b = await target.openSecond(s);
      extra.push(b);
      const now = t("2026-06-01T06:00:00Z");
      const later = (ms: number) => new Date(now.getTime() + ms);
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? b : s).ephemeral.firstSeen("slack:event:Ev1", 60_000, now)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await s.ephemeral.firstSeen("slack:event:Ev1", 60_000, later(59_000))).toBe(false);
      expect(await b.ephemeral.firstSeen("slack:event:Ev1", 60_000, later(60_000))).toBe(true);
      await s.ephemeral.set("conv:1", '{"a":1}', 1_000, now);
      expect(await b.ephemeral.get("conv:1", later(999))).toBe('{"a":1}');
      expect(await b.ephemeral.get("conv:1", later(1_000))).toBeNull();
      await b.ephemeral.set("conv:1", '{"a":2}', 1_000, later(2_000));
      expect(await s.ephemeral.get("conv:1", later(2_500))).toBe('{"a":2}');
      expect(await s.ephemeral.prune(later(10 * 60_000))).toBe(2);
    });

    it("ephemeral slots: callers on any connection are spaced evenly, never before now", async () => {
      const b = await target.openSecond(s);
      extra.push(b);
      const now = t("2026-06-01T06:00:00Z");
      const slots = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? b : s).ephemeral.slot("discord:global", 20, now)));
      expect(slots.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => now.getTime() + i * 20));
      // After a quiet spell the next caller goes at once.
      expect(await s.ephemeral.slot("discord:global", 20, new Date(now.getTime() + 5_000))).toBe(now.getTime() + 5_000);
    });

    it("installations: saved per workspace, found by team (any enterprise) or org, replaced on reinstall, removed", async () => {
      const b = await target.openSecond(s);
      extra.push(b);
      const now = t("2026-06-01T06:00:00Z");
      await s.installations.save({ enterpriseId: null, teamId: "T1" }, '{"v":1}', now);
      await s.installations.save({ enterpriseId: "E1", teamId: "T2" }, '{"v":2}', now);
      await s.installations.save({ enterpriseId: "E1", teamId: null }, '{"org":1}', now);
      // Another process sees them; a team is found whether or not the event names its enterprise.
      expect(await b.installations.find({ enterpriseId: null, teamId: "T1" })).toBe('{"v":1}');
      expect(await b.installations.find({ enterpriseId: null, teamId: "T2" })).toBe('{"v":2}');
      expect(await b.installations.find({ enterpriseId: "E1", teamId: "T2" })).toBe('{"v":2}');
      expect(await b.installations.find({ enterpriseId: "E1", teamId: null })).toBe('{"org":1}');
      expect(await b.installations.find({ enterpriseId: null, teamId: "T9" })).toBeNull();
      expect(await b.installations.find({ enterpriseId: null, teamId: null })).toBeNull();
      // A reinstall replaces the row (a new token).
      await b.installations.save({ enterpriseId: null, teamId: "T1" }, '{"v":3}', new Date(now.getTime() + 1000));
      expect(await s.installations.find({ enterpriseId: null, teamId: "T1" })).toBe('{"v":3}');
      expect(await s.installations.remove({ enterpriseId: null, teamId: "T1" })).toBe(true);
      expect(await s.installations.remove({ enterpriseId: null, teamId: "T1" })).toBe(false);
      expect(await b.installations.find({ enterpriseId: null, teamId: "T1" })).toBeNull();
      // Removing the org-wide install leaves the workspace installed on its own.
      expect(await s.installations.remove({ enterpriseId: "E1", teamId: null })).toBe(true);
      expect(await s.installations.find({ enterpriseId: null, teamId: "T2" })).toBe('{"v":2}');
    });

    it("disableWorkspace disables that workspace's subscriptions only, matched as written", async () => {
      const slack = { platform: "slack" as const, createdAt: "2026-05-31T12:00:00.000Z" };
      await s.subscriptions.upsert(sub("T1/C1", slack));
      await s.subscriptions.upsert(sub("T1/C2", slack));
      await s.subscriptions.upsert(sub("T10/C1", slack));
      await s.subscriptions.upsert(sub("T_/C1", slack));
      await s.subscriptions.upsert(sub("T1/C1", { platform: "discord" }));
      expect(await s.subscriptions.disableWorkspace("slack", "T1", "uninstalled")).toBe(2);
      const enabled = (await s.subscriptions.list({ enabledOnly: true })).map((x) => `${x.platform}:${x.channelId}`);
      expect(enabled).toEqual(["discord:T1/C1", "slack:T10/C1", "slack:T_/C1"]);
      expect(await s.subscriptions.get("slack", "T1/C2")).toMatchObject({ enabled: false, disabledReason: "uninstalled" });
      // Already disabled: nothing more to do. A LIKE wildcard in the id matches nothing else.
      expect(await s.subscriptions.disableWorkspace("slack", "T1", "uninstalled")).toBe(0);
      expect(await s.subscriptions.disableWorkspace("slack", "T%", "x")).toBe(0);
      // The due query no longer sees them.
      const batch = await s.deliveries.claimDue(due(t("2026-06-01T06:00:30Z"), { platforms: ["slack"] }));
      expect(batch.runs.map((r) => r.key.channelId).sort()).toEqual(["T10/C1", "T_/C1"]);
    });
  });
}
