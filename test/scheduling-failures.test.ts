import { describe, expect, it } from "vitest";
import type { PublishResult } from "../src/scheduling/types.js";
import { harness, subscription } from "./scheduling-doubles.js";

const secondsAfter = (times: string[], base: string) => times.map((t) => (Date.parse(t) - Date.parse(base)) / 1000);
const START = "2026-06-01T06:00:00.000Z"; // 08:00 in Paris
const day = { platform: "discord" as const, localDate: "2026-06-01" };

describe("scheduler: failures", () => {
  it("429: waits the Retry-After it was given, then posts once", async () => {
    const h = await harness({ start: START, subs: [subscription("c1")] });
    h.publisher.script("c1", (n) => (n === 1 ? { ok: false, permanent: false, retryAfterMs: 7_500, reason: "429" } : { ok: true, messageId: "" }));
    const done = h.scheduler.tick();
    await h.clock.advance(7_499);
    expect(h.publisher.calls).toHaveLength(1);
    await h.clock.advance(1);
    const report = await done;
    expect(report.outcomes.sent).toBe(1);
    expect(secondsAfter(h.publisher.calls.map((c) => c.at), START)).toEqual([0, 7.5]);
    expect(h.publisher.posts).toHaveLength(1);
  });

  it("429s do not use up the attempts: a channel paced eight times in a row still gets its post", async () => {
    const h = await harness({ start: START, subs: [subscription("c1")], config: { maxAttempts: 3 } });
    h.publisher.script("c1", (n) => (n <= 8 ? { ok: false, permanent: false, retryAfterMs: 1_000, reason: "429" } : { ok: true, messageId: "" }));
    const done = h.scheduler.tick();
    await h.clock.advance(20_000);
    expect((await done).outcomes.sent).toBe(1);
    expect(h.publisher.calls).toHaveLength(9);
    expect(h.publisher.posts).toHaveLength(1);
  });

  it("5xx: retries with exponential backoff, then posts", async () => {
    const h = await harness({ start: START, subs: [subscription("c1")], config: { backoffBaseMs: 1_000 } });
    h.publisher.script("c1", (n) => (n <= 3 ? { ok: false, permanent: false, reason: "HTTP 503" } : { ok: true, messageId: "" }));
    const done = h.scheduler.tick();
    await h.clock.advance(60_000);
    expect((await done).outcomes.sent).toBe(1);
    expect(secondsAfter(h.publisher.calls.map((c) => c.at), START)).toEqual([0, 1, 3, 7]);
  });

  it("network errors (thrown) retry, checking first that the dropped request did not post", async () => {
    const h = await harness({ start: START, subs: [subscription("c1")] });
    h.publisher.script("c1", (n) => {
      if (n === 1) throw new Error("ECONNRESET");
      return { ok: true, messageId: "" };
    });
    const done = h.scheduler.tick();
    await h.clock.advance(10_000);
    expect((await done).outcomes.sent).toBe(1);
    expect(h.publisher.checks).toEqual(["c1"]);
    expect(h.publisher.posts).toHaveLength(1);
  });

  it("gives up after the bounded attempts with a log line, and retries at a later tick within grace", async () => {
    const h = await harness({ start: START, subs: [subscription("c1")], config: { maxAttempts: 3, backoffBaseMs: 1_000 } });
    let down = true;
    h.publisher.script("c1", () => (down ? { ok: false, permanent: false, reason: "HTTP 502" } : { ok: true, messageId: "" }));
    const first = h.scheduler.tick();
    await h.clock.advance(10_000);
    expect((await first).outcomes.failed).toBe(1);
    expect(h.publisher.calls).toHaveLength(3);
    expect(await h.store.deliveries.get({ ...day, channelId: "c1" })).toMatchObject({ state: "failed", reason: "HTTP 502" });
    expect(h.log.lines.some((l) => l.level === "warn" && /failed; retried/.test(l.msg))).toBe(true);
    down = false;
    // Not hammered at every tick: tried again a minute after the last try.
    expect((await h.scheduler.tick()).started).toBe(0);
    await h.clock.advance(60_000);
    expect((await h.scheduler.tick()).outcomes.sent).toBe(1);
    expect(h.publisher.posts).toHaveLength(1);
  });

  it("a permanent error disables only that subscription; the others still post", async () => {
    const h = await harness({ start: START, subs: [subscription("gone"), subscription("ok1"), subscription("ok2")] });
    h.publisher.script("gone", () => ({ ok: false, permanent: true, reason: "Unknown Channel" }));
    const report = await h.scheduler.tick();
    expect(report.outcomes).toMatchObject({ sent: 2, disabled: 1 });
    expect(h.publisher.calls.filter((c) => c.channelId === "gone")).toHaveLength(1);
    expect(await h.store.subscriptions.get("discord", "gone")).toMatchObject({ enabled: false, disabledReason: "Unknown Channel" });
    expect(h.log.lines.some((l) => l.level === "warn" && /disabled/.test(l.msg) && l.fields?.channel === "discord:gone:2026-06-01")).toBe(true);
    await h.clock.setTime("2026-06-02T06:00:00Z");
    await h.scheduler.tick();
    expect(h.publisher.calls.filter((c) => c.channelId === "gone")).toHaveLength(1);
    expect(h.publisher.posts.map((p) => p.channelId).sort()).toEqual(["ok1", "ok1", "ok2", "ok2"]);
  });

  it("a slow channel does not delay the others, even with a small pool", async () => {
    const subs = ["slow", ...Array.from({ length: 12 }, (_, i) => `c${i}`)].map((c) => subscription(c));
    const h = await harness({ start: START, subs, config: { concurrency: 3, publishTimeoutMs: 30_000 } });
    let release: (r: PublishResult) => void = () => undefined;
    h.publisher.script("slow", () => new Promise<PublishResult>((r) => (release = r)));
    h.scheduler.start();
    await h.clock.advance(1_000);
    expect(h.publisher.posts.map((p) => p.channelId).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `c${i}`).sort());
    expect(h.publisher.posts.every((p) => p.at === START)).toBe(true);
    release({ ok: true, messageId: "" });
    await h.clock.advance(1_000);
    await h.scheduler.stop();
    expect(h.publisher.postsTo("slow")).toHaveLength(1);
  });

  it("a publish that never answers times out, and a new due channel is still served by the next tick", async () => {
    const h = await harness({
      start: START,
      subs: [subscription("hang"), subscription("later", { time: "08:02" })],
      config: { concurrency: 2, publishTimeoutMs: 20_000, maxAttempts: 2, backoffBaseMs: 1_000 },
    });
    h.publisher.script("hang", () => new Promise<PublishResult>(() => undefined));
    h.scheduler.start();
    // Two attempts of 20 s with 1 s between: given up at 41 s.
    await h.clock.advance(40_000);
    expect((await h.store.deliveries.get({ ...day, channelId: "hang" }))!.state).toBe("claimed");
    await h.clock.advance(2_000);
    expect(await h.store.deliveries.get({ ...day, channelId: "hang" })).toMatchObject({ state: "failed", reason: "no answer in 20000 ms" });
    expect(h.publisher.checks).toContain("hang"); // a timed-out call may have posted: checked before retrying
    await h.clock.advance(3 * 60_000);
    expect(h.publisher.postsTo("later").map((p) => p.at)).toEqual(["2026-06-01T06:02:00.000Z"]);
    await h.scheduler.stop();
  });

  it("stop wakes retries, posts nothing more, and leaves the delivery retryable", async () => {
    const h = await harness({ start: START, subs: [subscription("c1")] });
    h.publisher.script("c1", () => ({ ok: false, permanent: false, retryAfterMs: 60_000, reason: "429" }));
    const done = h.scheduler.tick();
    await h.clock.advance(1_000);
    await h.scheduler.stop();
    expect((await done).outcomes.stopped).toBe(1);
    expect(h.publisher.calls).toHaveLength(1);
    expect((await h.store.deliveries.get({ ...day, channelId: "c1" }))!.state).toBe("failed");
    expect(h.clock.timers).toBe(0);
  });
});
