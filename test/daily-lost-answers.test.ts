import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBoltLogger } from "../adapters/slack/bolt-logger.js";
import { createSlackPublisher, publisherClient } from "../adapters/slack/publisher.js";
import { createDiscordPublisher, createPublisherRest } from "../adapters/discord/publisher.js";
import { composeBriefing } from "../src/briefing/compose.js";
import { silentLogger } from "../src/log.js";
import type { Clock } from "../src/scheduling/clock.js";
import { messageKey } from "../src/scheduling/runs.js";
import { createScheduler } from "../src/scheduling/scheduler.js";
import type { BriefingPublisher, Platform } from "../src/scheduling/types.js";
import { openSqliteStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { realBot } from "./fakes/discord/handler.js";
import { startFakeDiscord, type FakeDiscord } from "./fakes/discord/server.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fakes/slack/index.js";
import { captureLog, subscription, tempDbFile } from "./scheduling-doubles.js";

/**
 * A daily post whose answer is lost — the platform stored the message, then the connection
 * dropped, the answer took longer than the client waits, or a 5xx came back — must still give
 * exactly one post per channel per day. Real Web API / discord.js REST clients against the
 * fakes, a real SQLite file, real timers; the scheduler's clock runs from 08:00:30 UTC.
 */

const { story } = realBot();
const DAY = "2026-06-01";
const START = Date.parse(`${DAY}T08:00:30Z`);
const CLIENT_TIMEOUT_MS = 1_000;

/** Real time, shifted to the morning of DAY: leases, cool-downs and retries all run. */
function shiftedClock(): Clock {
  const t0 = Date.now();
  return { now: () => new Date(START + (Date.now() - t0)) };
}

async function deliverAll(store: Store, publisher: BriefingPublisher, platform: Platform, channels: string[]) {
  for (const c of channels) await store.subscriptions.upsert(subscription(c, { platform, time: "08:00", timezone: "UTC", lang: "en" }));
  const log = captureLog();
  const scheduler = createScheduler({
    store,
    publishers: [publisher],
    story,
    log,
    clock: shiftedClock(),
    config: { tickMs: 100, backoffBaseMs: 150, retryFailedAfterMs: 300, publishTimeoutMs: 5_000, maxAttempts: 4 },
    instanceId: `${platform}-test`,
  });
  scheduler.start();
  const states = async () => Promise.all(channels.map(async (c) => (await store.deliveries.get({ platform, channelId: c, localDate: DAY }))?.state));
  const deadline = Date.now() + 20_000;
  while (!(await states()).every((s) => s === "sent") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // Hung answers may still arrive, and a blind retry would post after them: wait them out.
  await new Promise((r) => setTimeout(r, 3_000));
  await scheduler.stop();
  return { log, states: await states() };
}

describe("Slack: a lost answer to chat.postMessage", () => {
  let api: FakeSlackApi;
  let store: Store;
  beforeAll(async () => {
    api = await startFakeSlackApi();
    store = openSqliteStore({ file: tempDbFile() });
  });
  afterAll(async () => {
    await store?.close();
    await api?.close();
  });

  it("dropped, hung past the client's time-out, or answered 5xx after storing: one post per channel", async () => {
    const channels = Array.from({ length: 8 }, (_, i) => `C0LOST${i}`);
    // Eight posts go out at once; the first six answers are lost, in three ways.
    api.loseAnswerNext("chat.postMessage", { lose: "drop" }, 2);
    api.loseAnswerNext("chat.postMessage", { lose: "hang", ms: 2_500 }, 2);
    api.loseAnswerNext("chat.postMessage", { lose: "status", status: 503 }, 2);
    // And one look at the history is itself lost: no second post until a look succeeds.
    api.loseAnswerNext("conversations.history", { lose: "drop" }, 1);
    const publisher = createSlackPublisher({
      client: publisherClient("xoxb-test-token", api.url, toBoltLogger(silentLogger), CLIENT_TIMEOUT_MS),
      log: silentLogger,
    });

    const { states, log } = await deliverAll(store, publisher, "slack", channels);

    expect(states).toEqual(channels.map(() => "sent"));
    for (const c of channels) {
      const posts = api.messages(c);
      expect(posts, c).toHaveLength(1);
      expect(posts[0]!.metadata?.event_payload).toEqual({ key: messageKey({ platform: "slack", channelId: c, localDate: DAY }) });
    }
    // The six posts whose answer was lost (and any a busy machine made time out) were found by
    // looking, not posted again: eight channels, eight posts.
    expect(api.callsTo("chat.postMessage")).toHaveLength(8);
    expect(log.lines.filter((l) => /found in the channel after an unanswered attempt|already posted before an interruption/.test(l.msg)).length).toBeGreaterThanOrEqual(6);
  }, 40_000);
});

describe("Discord: a lost answer to a channel message POST", () => {
  let fake: FakeDiscord;
  let store: Store;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    store = openSqliteStore({ file: tempDbFile() });
  });
  afterAll(async () => {
    await store?.close();
    await fake?.close();
  });

  const publisher = () =>
    createDiscordPublisher({ rest: createPublisherRest({ token: fake.token, apiUrl: fake.apiBase, timeoutMs: CLIENT_TIMEOUT_MS }), log: silentLogger });

  it("dropped, hung past the client's time-out, or answered 5xx after storing: one post per channel", async () => {
    const channels = Array.from({ length: 6 }, () => fake.addChannel().id);
    fake.loseAnswerNext({ method: "POST", path: /^\/channels\/\d+\/messages$/, lose: "drop", times: 2 });
    fake.loseAnswerNext({ method: "POST", path: /^\/channels\/\d+\/messages$/, lose: "hang", ms: 2_500, times: 1 });
    fake.loseAnswerNext({ method: "POST", path: /^\/channels\/\d+\/messages$/, lose: "status", status: 502, times: 2 });

    const { states } = await deliverAll(store, publisher(), "discord", channels);

    expect(states).toEqual(channels.map(() => "sent"));
    for (const c of channels) expect(fake.botMessages(c), c).toHaveLength(1);
  }, 40_000);

  it("enforce_nonce on its own: posting again after a lost answer returns the stored message", async () => {
    const channel = fake.addChannel().id;
    const p = publisher();
    const briefing = composeBriefing(story, { lang: "fr" });
    fake.loseAnswerNext({ method: "POST", path: `/channels/${channel}/messages`, lose: "drop" });
    const first = await p.publish(channel, briefing, "nonce-key-1");
    expect(first).toMatchObject({ ok: false, maybePosted: true });
    const again = await p.publish(channel, briefing, "nonce-key-1");
    expect(again.ok).toBe(true);
    expect(fake.botMessages(channel)).toHaveLength(1);
    expect(again.ok && again.messageId).toBe(fake.botMessages(channel)[0]!.id);
  });
});
