import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { composeBriefing } from "../src/briefing/compose.js";
import { silentLogger } from "../src/log.js";
import type { BriefingPublisher } from "../src/scheduling/types.js";
import { toBoltLogger } from "../adapters/slack/bolt-logger.js";
import { BRIEFING_EVENT_TYPE, createSlackPublisher, publisherClient } from "../adapters/slack/publisher.js";
import { echoHandler } from "./fakes/slack/echo-handler.js";
import { startFakeSlackApi, startSlackBot, type FakeSlackApi } from "./fakes/slack/index.js";
import { fixtureStory } from "./fakes/slack/story.js";

const story = fixtureStory();
const quiet = toBoltLogger(silentLogger);
const briefing = composeBriefing(story, { lang: "fr" });
let api: FakeSlackApi;
let publisher: BriefingPublisher;

beforeAll(async () => {
  api = await startFakeSlackApi();
  publisher = createSlackPublisher({ client: publisherClient("xoxb-test-token", api.url, quiet), log: silentLogger });
});
afterAll(() => api.close());
beforeEach(() => api.reset());

describe("Slack briefing publisher", () => {
  it("posts the briefing as blocks with the delivery key in message metadata", async () => {
    const result = await publisher.publish("C0DAILY", briefing, "sub-1:2026-11-24");
    const [call] = api.callsTo("chat.postMessage");
    expect(result).toEqual({ ok: true, messageId: api.messages("C0DAILY")[0]?.ts });
    expect(call?.token).toBe("xoxb-test-token");
    expect(call?.params.metadata).toEqual({ event_type: BRIEFING_EVENT_TYPE, event_payload: { key: "sub-1:2026-11-24" } });
    expect(JSON.stringify(call?.params.blocks)).toContain("« Ces exercices sont purement défensifs »");
    expect(String(call?.params.text)).toContain(briefing.title);
  });

  it("finds a key already posted in the channel's recent history, and only that key", async () => {
    await publisher.publish("C0DAILY", briefing, "sub-1:2026-11-24");
    expect(await publisher.alreadyPosted("C0DAILY", "sub-1:2026-11-24")).toBe(true);
    expect(await publisher.alreadyPosted("C0DAILY", "sub-1:2026-11-25")).toBe(false);
    expect(await publisher.alreadyPosted("C0ELSEWHERE", "sub-1:2026-11-24")).toBe(false);
    const history = api.callsTo("conversations.history")[0];
    expect(history?.params).toMatchObject({ channel: "C0DAILY", include_all_metadata: "true" });
    expect(Number(history?.params.oldest)).toBeGreaterThan(Date.now() / 1000 - 49 * 3600);
  });

  it("pages through a busy channel's history", async () => {
    const busy = createSlackPublisher({ client: publisherClient("xoxb-test-token", api.url, quiet), log: silentLogger });
    await busy.publish("C0BUSY", briefing, "the-key");
    for (let i = 0; i < 205; i++) api.addMessage("C0BUSY", { text: `chatter ${i}` });
    expect(await busy.alreadyPosted("C0BUSY", "the-key")).toBe(true);
    expect(api.callsTo("conversations.history").length).toBe(2);
  });

  it("reports a 429 with its Retry-After, without retrying itself", async () => {
    api.rateLimitNext("chat.postMessage", 7);
    expect(await publisher.publish("C0DAILY", briefing, "k")).toEqual({ ok: false, permanent: false, retryAfterMs: 7000, reason: "ratelimited" });
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("reports 5xx and network failures as transient and maybe posted, once", async () => {
    api.httpErrorNext("chat.postMessage", 503);
    expect(await publisher.publish("C0DAILY", briefing, "k")).toEqual({ ok: false, permanent: false, maybePosted: true, reason: "http_503" });
    api.dropNext("chat.postMessage");
    expect(await publisher.publish("C0DAILY", briefing, "k")).toEqual({ ok: false, permanent: false, maybePosted: true, reason: "network_error" });
    expect(api.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it("a post whose answer does not come in time is reported as a maybe-posted time-out", async () => {
    const impatient = createSlackPublisher({ client: publisherClient("xoxb-test-token", api.url, quiet, 200), log: silentLogger });
    api.loseAnswerNext("chat.postMessage", { lose: "hang", ms: 1_000 });
    expect(await impatient.publish("C0SLOW", briefing, "k")).toEqual({ ok: false, permanent: false, maybePosted: true, reason: "timeout" });
    expect(api.messages("C0SLOW")).toHaveLength(1);
    expect(await impatient.alreadyPosted("C0SLOW", "k")).toBe(true);
  });

  it("without the history scope, says which scope is missing and what follows", async () => {
    api.queue("conversations.history", { body: { ok: false, error: "missing_scope", needed: "channels:history", provided: "chat:write" } }, 1);
    await expect(publisher.alreadyPosted("C0DAILY", "k")).rejects.toThrow(/lacks the channels:history scope .*not retried/);
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived", "account_inactive"])("reports %s as permanent", async (error) => {
    api.setChannelError("C0GONE", error);
    expect(await publisher.publish("C0GONE", briefing, "k")).toEqual({ ok: false, permanent: true, reason: error });
  });

  it("keeps other Slack errors transient (a bad token is not the channel's fault)", async () => {
    api.errorNext("chat.postMessage", "invalid_auth");
    expect(await publisher.publish("C0DAILY", briefing, "k")).toEqual({ ok: false, permanent: false, reason: "invalid_auth" });
    api.errorNext("chat.postMessage", "internal_error");
    expect(await publisher.publish("C0DAILY", briefing, "k")).toEqual({ ok: false, permanent: false, maybePosted: true, reason: "internal_error" });
  });

  it("refuses to guess when the history cannot be read", async () => {
    api.errorNext("conversations.history", "not_in_channel");
    await expect(publisher.alreadyPosted("C0DAILY", "k")).rejects.toThrow(/not_in_channel/);
  });

  it("is what the adapter exposes as its publisher", async () => {
    const bot = await startSlackBot({ deps: { handler: echoHandler(), story, log: silentLogger }, api });
    try {
      expect(bot.adapter.publisher.platform).toBe("slack");
      const r = await bot.adapter.publisher.publish("C0VIA", briefing, "via-adapter");
      expect(r.ok).toBe(true);
      expect(await bot.adapter.publisher.alreadyPosted("C0VIA", "via-adapter")).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});
