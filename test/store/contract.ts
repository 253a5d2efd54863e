import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store, StoredSubscription } from "../../src/store/types.js";

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
  });
}
