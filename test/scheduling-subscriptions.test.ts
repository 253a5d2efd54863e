import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/scheduling/manual-clock.js";
import { createSubscriptionCommands } from "../src/scheduling/subscriptions.js";
import type { SubscribeRequest } from "../src/scheduling/types.js";
import { openSqliteStore } from "../src/store/index.js";

const req = (over: Partial<SubscribeRequest> = {}): SubscribeRequest => ({
  platform: "discord",
  channelId: "c1",
  time: "08:00",
  timezone: "Europe/Paris",
  lang: "fr",
  user: "u1",
  ...over,
});

function setup() {
  const store = openSqliteStore({ file: ":memory:" });
  const clock = new ManualClock("2026-06-01T07:00:00Z"); // 09:00 in Paris
  return { store, clock, cmds: createSubscriptionCommands({ store: store.subscriptions, clock }) };
}

describe("subscription commands", () => {
  it("subscribes and computes the next run (tomorrow when today's time has passed)", async () => {
    const { cmds } = setup();
    const r = await cmds.subscribe(req());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.subscription).toMatchObject({ time: "08:00", timezone: "Europe/Paris", lang: "fr", enabled: true });
    expect(r.nextRun.toISOString()).toBe("2026-06-02T06:00:00.000Z");
    const later = await cmds.subscribe(req({ time: "9:30", timezone: "asia/kolkata", lang: "EN" }));
    expect(later.ok && later.subscription).toMatchObject({ time: "09:30", timezone: "Asia/Kolkata", lang: "en" });
    expect(later.ok && later.nextRun.toISOString()).toBe("2026-06-02T04:00:00.000Z");
  });

  it("rejects bad times with the expected format", async () => {
    const { cmds } = setup();
    for (const time of ["24:00", "08:60", "8", "08:00pm", ""]) {
      const r = await cmds.subscribe(req({ time }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/HH:MM/);
    }
    expect((await cmds.subscribe(req({ time: "23:59" }))).ok).toBe(true);
    expect((await cmds.subscribe(req({ time: "00:00" }))).ok).toBe(true);
  });

  it("rejects an unknown zone with an example, in the language asked for", async () => {
    const { cmds } = setup();
    const fr = await cmds.subscribe(req({ timezone: "Europe/Pariss" }));
    expect(!fr.ok && fr.error).toMatch(/Fuseau horaire inconnu.*« Europe\/Paris »/);
    const en = await cmds.subscribe(req({ timezone: "GMT+2 please", lang: "en" }));
    expect(!en.ok && en.error).toMatch(/Unknown time zone.*"Europe\/Paris"/);
    const lang = await cmds.subscribe(req({ lang: "de" }));
    expect(!lang.ok && lang.error).toMatch(/fr.*en/);
  });

  it("lists per platform and channel, replaces on re-subscribe, and unsubscribes", async () => {
    const { cmds } = setup();
    await cmds.subscribe(req());
    await cmds.subscribe(req({ time: "07:00" }));
    await cmds.subscribe(req({ channelId: "c2" }));
    await cmds.subscribe(req({ platform: "slack", channelId: "C9" }));
    expect((await cmds.list("discord")).map((s) => [s.channelId, s.time])).toEqual([
      ["c1", "07:00"],
      ["c2", "08:00"],
    ]);
    expect(await cmds.list("discord", "c2")).toHaveLength(1);
    expect(await cmds.unsubscribe("discord", "c1")).toBe(true);
    expect(await cmds.unsubscribe("discord", "c1")).toBe(false);
    expect(await cmds.list("slack")).toHaveLength(1);
  });

  it("re-enables a disabled channel and keeps what it already read", async () => {
    const { cmds, store } = setup();
    await cmds.subscribe(req());
    await store.subscriptions.disable("discord", "c1", "Missing Access", new Date());
    await store.subscriptions.upsert({ ...(await store.subscriptions.get("discord", "c1"))!, lastDispatch: 1 });
    expect((await cmds.list("discord"))[0]).toMatchObject({ enabled: false, disabledReason: "Missing Access" });
    await cmds.subscribe(req());
    expect(await store.subscriptions.get("discord", "c1")).toMatchObject({ enabled: true, lastDispatch: 1, disabledReason: null });
  });
});
