import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/scheduling/manual-clock.js";
import { messageKey } from "../src/scheduling/runs.js";
import { appendDispatch } from "../src/story/grow.js";
import { firstDispatch, secondDispatch } from "./briefing-fixtures.js";
import { harness, subscription, tempDbFile } from "./scheduling-doubles.js";

const HOUR = 3_600_000;

describe("scheduler: local times", () => {
  it("posts each channel once a day at its local time, across zones with odd offsets", async () => {
    const h = await harness({
      config: { tickMs: 5 * 60_000 }, // every run time below is on a 5-minute boundary
      start: "2026-06-01T00:00:00Z",
      subs: [
        subscription("paris", { timezone: "Europe/Paris" }),
        subscription("ny", { timezone: "America/New_York" }),
        subscription("kolkata", { timezone: "Asia/Kolkata" }),
        subscription("chatham", { timezone: "Pacific/Chatham", time: "07:15" }),
      ],
    });
    h.scheduler.start();
    await h.clock.advance(48 * HOUR);
    await h.scheduler.stop();
    const at = (c: string) => h.publisher.postsTo(c).map((p) => p.at);
    expect(at("paris")).toEqual(["2026-06-01T06:00:00.000Z", "2026-06-02T06:00:00.000Z"]);
    expect(at("ny")).toEqual(["2026-06-01T12:00:00.000Z", "2026-06-02T12:00:00.000Z"]);
    expect(at("kolkata")).toEqual(["2026-06-01T02:30:00.000Z", "2026-06-02T02:30:00.000Z"]);
    // 07:15 at +12:45 is 18:30Z the day before: 1 June's run was at 31 May 18:30Z, before the
    // clock starts but within the grace window, so it posts at once.
    expect(at("chatham")).toEqual(["2026-06-01T00:00:00.000Z", "2026-06-01T18:30:00.000Z", "2026-06-02T18:30:00.000Z"]);
  });

  it("posts once on a spring-forward day when the time does not exist (02:30)", async () => {
    const h = await harness({
      config: { tickMs: 5 * 60_000 }, // every run time below is on a 5-minute boundary
      start: "2026-03-28T12:00:00Z",
      subs: [
        subscription("paris", { time: "02:30", timezone: "Europe/Paris", createdAt: "2026-03-28T12:00:00Z" }),
      ],
    });
    h.scheduler.start();
    await h.clock.advance(36 * HOUR);
    await h.scheduler.stop();
    expect(h.publisher.postsTo("paris").map((p) => p.at)).toEqual(["2026-03-29T01:00:00.000Z"]);
  });

  it("posts once at 02:30 in the gap of New York's spring-forward day", async () => {
    const h = await harness({
      config: { tickMs: 5 * 60_000 }, // every run time below is on a 5-minute boundary
      start: "2026-03-07T12:00:00Z",
      subs: [subscription("ny", { time: "02:30", timezone: "America/New_York", createdAt: "2026-03-07T12:00:00Z" })],
    });
    h.scheduler.start();
    await h.clock.advance(48 * HOUR);
    await h.scheduler.stop();
    expect(h.publisher.postsTo("ny").map((p) => p.at)).toEqual(["2026-03-08T07:00:00.000Z", "2026-03-09T06:30:00.000Z"]);
  });

  it("posts once on a fall-back day when the time happens twice (first occurrence)", async () => {
    const h = await harness({
      config: { tickMs: 5 * 60_000 }, // every run time below is on a 5-minute boundary
      start: "2026-10-24T12:00:00Z",
      subs: [subscription("paris", { time: "02:30", timezone: "Europe/Paris", createdAt: "2026-10-24T12:00:00Z" })],
    });
    h.scheduler.start();
    await h.clock.advance(24 * HOUR);
    await h.scheduler.stop();
    expect(h.publisher.postsTo("paris").map((p) => p.at)).toEqual(["2026-10-25T00:30:00.000Z"]);
  });

  it("passes a stable key of at most 25 characters per channel and local day", async () => {
    const h = await harness({ start: "2026-06-01T05:59:00Z", subs: [subscription("paris")] });
    h.scheduler.start();
    await h.clock.advance(2 * 60_000);
    await h.scheduler.stop();
    const [post] = h.publisher.posts;
    expect(post!.key).toBe(messageKey({ platform: "discord", channelId: "paris", localDate: "2026-06-01" }));
    expect(post!.key.length).toBeLessThanOrEqual(25);
    expect(messageKey({ platform: "discord", channelId: "paris", localDate: "2026-06-02" })).not.toBe(post!.key);
  });
});

describe("scheduler: exactly once", () => {
  it("a restarted scheduler on the same database does not post again", async () => {
    const file = tempDbFile();
    const h = await harness({ file, start: "2026-06-01T06:00:00Z", subs: [subscription("c1"), subscription("c2")] });
    await h.scheduler.tick();
    expect(h.publisher.posts).toHaveLength(2);
    await h.scheduler.stop();
    await h.store.close();
    const again = h.spawn({ id: "A-restarted" });
    await h.clock.advance(HOUR);
    expect((await again.scheduler.tick()).started).toBe(0);
    expect(h.publisher.posts).toHaveLength(2);
    // The next day still posts.
    await h.clock.setTime("2026-06-02T06:00:30Z");
    await again.scheduler.tick();
    expect(h.publisher.posts).toHaveLength(4);
  });

  it("two schedulers ticking on one database file post each briefing exactly once", async () => {
    const file = tempDbFile();
    const subs = Array.from({ length: 40 }, (_, i) => subscription(`c${i}`, { time: i % 2 ? "08:00" : "08:01" }));
    const h = await harness({ file, start: "2026-06-01T05:55:00Z", subs, config: { tickMs: 7_000, concurrency: 4 } });
    const other = h.spawn({ id: "B" });
    // Each post takes 3 s, so both find work queued while the other's claims are live.
    h.publisher.latencyMs = 3_000;
    h.scheduler.start();
    other.scheduler.start();
    await h.clock.advance(15 * 60_000);
    await Promise.all([h.scheduler.stop(), other.scheduler.stop()]);
    expect(h.publisher.posts).toHaveLength(40);
    expect(new Set(h.publisher.posts.map((p) => p.channelId)).size).toBe(40);
    const sent = await h.store.deliveries.since("2026-06-01");
    expect(sent.every((d) => d.state === "sent")).toBe(true);
    // Both took part: the claims, not the timing, kept them apart.
    expect(new Set(sent.map((d) => d.claimedBy))).toEqual(new Set(["A", "B"]));
  });

  it("after a crash between claim and record, the next process finds the post and does not repost", async () => {
    const file = tempDbFile();
    const h = await harness({ file, start: "2026-06-01T06:00:00Z", subs: [subscription("c1")], config: { leaseMs: 10 * 60_000 } });
    // Process A posts, then dies before recording: its publish never returns and its clock stops.
    const frozen = new ManualClock("2026-06-01T06:00:00Z");
    const a = h.spawn({ clock: frozen, id: "A-crashing" });
    h.publisher.script("c1", () => ({ ok: true, messageId: "" }));
    const posted = h.publisher.publish.bind(h.publisher);
    let crash = true;
    h.publisher.publish = async (ch, b, key) => {
      const r = await posted(ch, b, key);
      if (crash) {
        crash = false;
        return new Promise(() => undefined); // the process is gone
      }
      return r;
    };
    void a.scheduler.tick();
    await h.clock.advance(1000);
    expect(h.publisher.posts).toHaveLength(1);
    expect((await h.store.deliveries.get({ platform: "discord", channelId: "c1", localDate: "2026-06-01" }))!.state).toBe("claimed");

    const b = h.spawn({ id: "B" });
    await h.clock.advance(5 * 60_000);
    expect((await b.scheduler.tick()).started).toBe(0); // lease still held
    await h.clock.advance(6 * 60_000);
    const report = await b.scheduler.tick();
    expect(report.outcomes.recovered).toBe(1);
    expect(h.publisher.checks).toEqual(["c1"]);
    expect(h.publisher.posts).toHaveLength(1);
    expect((await h.store.deliveries.get({ platform: "discord", channelId: "c1", localDate: "2026-06-01" }))!.state).toBe("sent");
  });

  it("after a crash before the post went out, the next process posts once", async () => {
    const file = tempDbFile();
    const h = await harness({ file, start: "2026-06-01T06:00:00Z", subs: [subscription("c1")] });
    // A claimed, then died before calling the platform.
    await h.store.deliveries.claim({ platform: "discord", channelId: "c1", localDate: "2026-06-01" }, "A-dead", h.clock.now(), new Date("2026-06-01T06:10:00Z"));
    expect((await h.scheduler.tick()).started).toBe(0);
    await h.clock.advance(11 * 60_000);
    const report = await h.scheduler.tick();
    expect(report.outcomes.sent).toBe(1);
    expect(h.publisher.checks).toEqual(["c1"]);
    expect(h.publisher.posts).toHaveLength(1);
    await h.clock.advance(HOUR);
    await h.scheduler.tick();
    expect(h.publisher.posts).toHaveLength(1);
  });
});

describe("scheduler: missed runs", () => {
  it("down for 3 hours: posts on start (within the 6-hour grace)", async () => {
    const h = await harness({ start: "2026-06-01T09:00:00Z", subs: [subscription("c1")] }); // due 06:00Z
    await h.scheduler.tick();
    expect(h.publisher.posts.map((p) => p.at)).toEqual(["2026-06-01T09:00:00.000Z"]);
  });

  it("down for 8 hours: skipped, logged once, and the next day posts as usual", async () => {
    const h = await harness({ start: "2026-06-01T14:00:00Z", subs: [subscription("c1", { createdAt: "2026-06-01T00:00:00Z" })] });
    h.scheduler.start();
    await h.clock.advance(17 * HOUR);
    await h.scheduler.stop();
    const skipped = h.log.lines.filter((l) => l.level === "warn" && /skipped/.test(l.msg));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.fields).toMatchObject({ channel: "discord:c1:2026-06-01", lateMinutes: 480, graceHours: 6 });
    expect((await h.store.deliveries.get({ platform: "discord", channelId: "c1", localDate: "2026-06-01" }))!.state).toBe("skipped");
    expect(h.publisher.posts.map((p) => p.at)).toEqual(["2026-06-02T06:00:00.000Z"]);
  });

  it("honours a configured grace window", async () => {
    const h = await harness({
      start: "2026-06-01T09:00:00Z",
      subs: [subscription("c1", { createdAt: "2026-06-01T00:00:00Z" })],
      config: { graceHours: 2 },
    });
    expect((await h.scheduler.tick()).skipped).toBe(1);
    expect(h.publisher.posts).toHaveLength(0);
  });
});

describe("scheduler: story growth", () => {
  it("the next briefing leads with what is new since the one the channel received", async () => {
    let story = firstDispatch();
    const h = await harness({ start: "2026-06-01T06:00:00Z", subs: [subscription("c1"), subscription("c2")], story: () => story });
    await h.scheduler.tick();
    expect(h.publisher.posts.map((p) => p.briefing.isUpdate)).toEqual([false, false]);
    expect((await h.store.subscriptions.get("discord", "c1"))!.lastDispatch).toBe(0);
    story = appendDispatch(story, secondDispatch());
    await h.clock.setTime("2026-06-02T06:00:00Z");
    await h.scheduler.tick();
    const day2 = h.publisher.posts.slice(2);
    expect(day2.map((p) => p.briefing.isUpdate)).toEqual([true, true]);
    expect(day2[0]!.briefing.lead).toMatch(/^Le Norland a mis fin/);
    expect((await h.store.subscriptions.get("discord", "c1"))!.lastDispatch).toBe(1);
    await h.clock.setTime("2026-06-03T06:00:00Z");
    await h.scheduler.tick();
    expect(h.publisher.posts.slice(4).map((p) => p.briefing.isUpdate)).toEqual([false, false]);
  });
});
