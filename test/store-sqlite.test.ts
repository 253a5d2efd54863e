import Database from "better-sqlite3";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore, openStore } from "../src/store/index.js";
import type { StoredSubscription } from "../src/store/types.js";

const tmp = () => mkdtempSync(join(tmpdir(), "briefbot-store-"));

const sub = (channelId: string, extra: Partial<StoredSubscription> = {}): StoredSubscription => ({
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

describe("SQLite store", () => {
  it("creates DATA_DIR, migrates once, and uses WAL with a busy timeout", () => {
    const dir = join(tmp(), "nested", "data");
    const s1 = openStore({ dataDir: dir });
    s1.subscriptions.upsert(sub("c1"));
    s1.close();
    expect(existsSync(join(dir, "briefbot.sqlite"))).toBe(true);
    const s2 = openStore({ dataDir: dir }); // migrations must not run twice
    expect(s2.subscriptions.list()).toHaveLength(1);
    s2.close();
    const raw = new Database(join(dir, "briefbot.sqlite"));
    expect(raw.prepare("SELECT version FROM schema_version").all()).toEqual([{ version: 1 }]);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
  });

  it("keys subscriptions by platform and channel; upsert replaces; disable keeps the row", () => {
    const s = openSqliteStore({ file: ":memory:" });
    s.subscriptions.upsert(sub("c1"));
    s.subscriptions.upsert(sub("c1", { time: "09:15", lang: "en" }));
    s.subscriptions.upsert(sub("c1", { platform: "slack" }));
    expect(s.subscriptions.list()).toHaveLength(2);
    expect(s.subscriptions.get("discord", "c1")).toMatchObject({ time: "09:15", lang: "en", enabled: true });
    s.subscriptions.disable("discord", "c1", "Unknown Channel", new Date());
    expect(s.subscriptions.get("discord", "c1")).toMatchObject({ enabled: false, disabledReason: "Unknown Channel" });
    expect(s.subscriptions.list({ enabledOnly: true }).map((x) => x.platform)).toEqual(["slack"]);
    expect(s.subscriptions.list({ platform: "slack", channelId: "c1" })).toHaveLength(1);
    expect(s.subscriptions.remove("slack", "c1")).toBe(true);
    expect(s.subscriptions.remove("slack", "c1")).toBe(false);
  });

  it("claims a delivery once; a live lease blocks others; an expired one is taken over as recovered", () => {
    const s = openSqliteStore({ file: ":memory:" });
    const now = t("2026-03-02T07:00:00Z");
    const lease = t("2026-03-02T07:10:00Z");
    expect(s.deliveries.claim(key, "A", now, lease)).toEqual({ claimed: true, recovered: false });
    expect(s.deliveries.claim(key, "B", t("2026-03-02T07:05:00Z"), lease)).toEqual({ claimed: false, state: "claimed" });
    expect(s.deliveries.renew(key, "B", lease)).toBe(false);
    expect(s.deliveries.claim(key, "B", t("2026-03-02T07:11:00Z"), t("2026-03-02T07:21:00Z"))).toEqual({ claimed: true, recovered: true });
    expect(s.deliveries.renew(key, "A", lease)).toBe(false); // A lost it
    expect(s.deliveries.get(key)).toMatchObject({ state: "claimed", claimedBy: "B", attempts: 2 });
  });

  it("records sent with the message id and the dispatch delivered; sent is final", () => {
    const s = openSqliteStore({ file: ":memory:" });
    s.subscriptions.upsert(sub("c1"));
    const now = t("2026-03-02T07:00:00Z");
    s.deliveries.claim(key, "A", now, t("2026-03-02T07:10:00Z"));
    s.deliveries.markSent(key, "m-1", 2, now);
    expect(s.deliveries.get(key)).toMatchObject({ state: "sent", messageId: "m-1", leaseUntil: null });
    expect(s.subscriptions.get("discord", "c1")!.lastDispatch).toBe(2);
    expect(s.deliveries.claim(key, "B", t("2026-03-03T00:00:00Z"), t("2026-03-03T01:00:00Z"))).toEqual({ claimed: false, state: "sent" });
  });

  it("lets a failed delivery be claimed again, and records a skip only when nothing was tried", () => {
    const s = openSqliteStore({ file: ":memory:" });
    const now = t("2026-03-02T07:00:00Z");
    s.deliveries.claim(key, "A", now, t("2026-03-02T07:10:00Z"));
    s.deliveries.markFailed(key, "HTTP 503", now);
    expect(s.deliveries.get(key)).toMatchObject({ state: "failed", reason: "HTTP 503" });
    expect(s.deliveries.markSkipped(key, "late", now)).toBe(false);
    expect(s.deliveries.claim(key, "B", now, t("2026-03-02T07:10:00Z"))).toEqual({ claimed: true, recovered: true });
    const other = { ...key, localDate: "2026-03-03" };
    expect(s.deliveries.markSkipped(other, "late", now)).toBe(true);
    expect(s.deliveries.claim(other, "B", now, now)).toEqual({ claimed: false, state: "skipped" });
    expect(s.deliveries.since("2026-03-03").map((d) => d.localDate)).toEqual(["2026-03-03"]);
  });

  it("two connections on one file see each other's claims", () => {
    const file = join(tmp(), "db.sqlite");
    const a = openSqliteStore({ file });
    const b = openSqliteStore({ file });
    const now = t("2026-03-02T07:00:00Z");
    expect(a.deliveries.claim(key, "A", now, t("2026-03-02T07:10:00Z")).claimed).toBe(true);
    expect(b.deliveries.claim(key, "B", now, t("2026-03-02T07:10:00Z")).claimed).toBe(false);
    a.close();
    b.close();
  });
});
