import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeBriefing } from "../src/briefing/compose.js";
import { silentLogger } from "../src/log.js";
import { loadStory } from "../src/story/load.js";
import { createDiscordPublisher, createPublisherRest, footerFor, nonceFor } from "../adapters/discord/publisher.js";
import type { BriefingPublisher } from "../src/scheduling/types.js";
import { startFakeDiscord, type FakeDiscord, type JsonObject } from "./fakes/discord/server.js";
import { realBot } from "./fakes/discord/handler.js";
import { startHarness } from "./fakes/discord/harness.js";

const story = loadStory();
const briefing = composeBriefing(story, { lang: "fr" });
let fake: FakeDiscord;
let publisher: BriefingPublisher;

beforeAll(async () => {
  fake = await startFakeDiscord();
  publisher = createDiscordPublisher({ rest: createPublisherRest({ token: fake.token, apiUrl: fake.apiBase }), log: silentLogger });
});
afterAll(async () => fake?.close());

describe("Discord briefing publisher", () => {
  it("posts the briefing embed with nonce = key and enforce_nonce, pinging nobody", async () => {
    const channel = fake.addChannel();
    const result = await publisher.publish(channel.id, briefing, "sub1:2026-11-24");
    expect(result).toEqual({ ok: true, messageId: channel.messages[0]?.id });
    const post = fake.requests.at(-1);
    expect(post?.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(post?.body).toMatchObject({ nonce: "sub1:2026-11-24", enforce_nonce: true, allowed_mentions: { parse: [] } });
    const embed = (post?.body?.embeds as JsonObject[])[0] as JsonObject;
    expect((embed.footer as JsonObject).text).toBe(footerFor("fr", "sub1:2026-11-24"));
    expect(embed.title).toBeTruthy();
  });

  it("a repeated publish with the same key returns the first message instead of posting twice", async () => {
    const channel = fake.addChannel();
    const a = await publisher.publish(channel.id, briefing, "sub2:2026-11-24");
    const b = await publisher.publish(channel.id, briefing, "sub2:2026-11-24");
    expect(a.ok && b.ok && a.messageId === b.messageId).toBe(true);
    expect(channel.messages).toHaveLength(1);
  });

  it("alreadyPosted finds the key in the channel's recent messages (Discord does not list nonces)", async () => {
    const channel = fake.addChannel();
    const key = "subscription-with-a-long-identifier:2026-11-24:Europe/Paris";
    expect(await publisher.alreadyPosted(channel.id, key)).toBe(false);
    await publisher.publish(channel.id, briefing, key);
    fake.sendMessage({ channelId: channel.id, content: "someone chatting afterwards" });
    expect(await publisher.alreadyPosted(channel.id, key)).toBe(true);
    expect(await publisher.alreadyPosted(channel.id, "other:2026-11-24")).toBe(false);
    const listing = fake.requests.at(-1);
    expect(listing?.method).toBe("GET");
    expect(listing?.query.get("limit")).toBe("50");
    expect(JSON.stringify(listing)).not.toContain('"nonce"');
  });

  it("keeps nonces within Discord's 25 characters, stable per key", () => {
    const long = "x".repeat(80);
    expect(nonceFor(long)).toHaveLength(25);
    expect(nonceFor(long)).toBe(nonceFor(long));
    expect(nonceFor(long)).not.toBe(nonceFor(long + "y"));
    expect(nonceFor("key with spaces")).not.toBe("key with spaces");
  });

  it("maps 429 to a retry with Retry-After", async () => {
    fake.failNext({ path: "/messages", status: 429, retryAfter: 2.5 });
    const r = await publisher.publish(fake.channelId, briefing, "k429");
    expect(r).toMatchObject({ ok: false, permanent: false });
    expect(r.ok || r.retryAfterMs).toBeGreaterThanOrEqual(2500);
  });

  it("maps 5xx to a transient failure, without retrying inside discord.js", async () => {
    const before = fake.requests.length;
    fake.failNext({ path: "/messages", status: 503 });
    const r = await publisher.publish(fake.channelId, briefing, "k503");
    expect(r).toMatchObject({ ok: false, permanent: false, reason: expect.stringContaining("503") });
    expect(fake.requests.length - before).toBe(1);
  });

  it("maps Unknown Channel, Missing Access and Missing Permissions to permanent failures", async () => {
    const gone = await publisher.publish("999999999999999999", briefing, "k1");
    expect(gone).toMatchObject({ ok: false, permanent: true, reason: expect.stringMatching(/^10003 Unknown Channel/) });
    const kicked = fake.addChannel(undefined, "missing-access");
    expect(await publisher.publish(kicked.id, briefing, "k2")).toMatchObject({ ok: false, permanent: true, reason: expect.stringMatching(/^50001 Missing Access/) });
    const muted = fake.addChannel(undefined, "missing-permissions");
    expect(await publisher.publish(muted.id, briefing, "k3")).toMatchObject({ ok: false, permanent: true, reason: expect.stringMatching(/^50013 Missing Permissions/) });
  });

  it("maps network errors to transient failures", async () => {
    const dead = createDiscordPublisher({ rest: createPublisherRest({ token: fake.token, apiUrl: "http://127.0.0.1:9/api" }), log: silentLogger });
    expect(await dead.publish("1", briefing, "k")).toMatchObject({ ok: false, permanent: false, reason: expect.stringMatching(/^network error/) });
  });
});

it("the adapter exposes its publisher, configured from the same environment", async () => {
  const { handler } = realBot(story);
  const h = await startHarness({ handler, story });
  try {
    expect(h.adapter.publisher.platform).toBe("discord");
    const r = await h.adapter.publisher.publish(h.fake.channelId, briefing, "adapter-key");
    expect(r.ok).toBe(true);
    expect(await h.adapter.publisher.alreadyPosted(h.fake.channelId, "adapter-key")).toBe(true);
  } finally {
    await h.close();
  }
});
