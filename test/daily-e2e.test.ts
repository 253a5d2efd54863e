import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BRIEFING_EVENT_TYPE } from "../adapters/slack/publisher.js";
import { composeBriefing } from "../src/briefing/compose.js";
import { ManualClock } from "../src/scheduling/manual-clock.js";
import { messageKey } from "../src/scheduling/runs.js";
import { createScheduler, type Scheduler } from "../src/scheduling/scheduler.js";
import { createSubscriptionCommands } from "../src/scheduling/subscriptions.js";
import type { BriefingPublisher } from "../src/scheduling/types.js";
import { openSqliteStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { realBot } from "./fakes/discord/handler.js";
import { startHarness, type Harness } from "./fakes/discord/harness.js";
import type { CommandOption, JsonObject } from "./fakes/discord/server.js";
import { memoryLogger } from "./fakes/slack/echo-handler.js";
import { postSigned, slashCommandBody, startSlackBot, type SlackBotHarness } from "./fakes/slack/index.js";
import { captureLog, tempDbFile } from "./scheduling-doubles.js";

/**
 * End to end: a channel subscribes through the real adapter (real discord.js / Bolt against the
 * fake platforms on 127.0.0.1), the scheduler runs on a real SQLite file with a manual clock,
 * and the briefing arrives in the channel once.
 */

const { story, handler } = realBot();
const START = "2026-06-01T05:00:00Z"; // 07:00 in Paris
const MANAGE = String(PermissionFlagsBits.ManageChannels | PermissionFlagsBits.SendMessages);
const str = (name: string, value: string): CommandOption => ({ name, type: 3, value });

let file: string;
let store: Store;
let clock: ManualClock;
let discord: Harness;
let slack: SlackBotHarness;
const log = captureLog();

beforeAll(async () => {
  file = tempDbFile();
  store = openSqliteStore({ file });
  clock = new ManualClock(START);
  const subscriptions = createSubscriptionCommands({ store: store.subscriptions, clock });
  discord = await startHarness({ handler, story, subscriptions });
  slack = await startSlackBot({ deps: { handler, story, log: memoryLogger(), subscriptions } });
  await slack.adapter.whenConnected();
});

afterAll(async () => {
  await discord?.close();
  await slack?.stop();
  await store?.close();
});

function scheduler(publishers: BriefingPublisher[], id: string, s: Store = store): Scheduler {
  return createScheduler({ store: s, publishers, story, log, clock, timer: clock, instanceId: id, config: { tickMs: 30_000 } });
}

/** Advances the manual clock in steps, letting real network round trips finish between them. */
async function runUntil(s: Scheduler, iso: string, stepMs = 30_000) {
  const end = Date.parse(iso);
  while (clock.now().getTime() < end) {
    await clock.advance(Math.min(stepMs, end - clock.now().getTime()));
    await s.idle();
  }
}

describe("daily briefing, end to end", () => {
  it("Discord: /subscribe, then the briefing arrives at 08:00 Paris time, once", async () => {
    const channel = discord.fake.channelId;
    const i = discord.fake.sendCommand({
      name: "subscribe",
      permissions: MANAGE,
      options: [str("time", "08:00"), str("timezone", "Europe/Paris"), str("language", "fr")],
    });
    const cb = await discord.fake.waitForCallback(i);
    const next = Date.parse("2026-06-01T06:00:00Z") / 1000;
    expect(String((cb.data as JsonObject).content)).toContain(`<t:${next}:F>`);
    expect(await store.subscriptions.get("discord", channel)).toMatchObject({ time: "08:00", timezone: "Europe/Paris", lang: "fr", enabled: true });

    const s = scheduler([discord.adapter.publisher], "discord-1");
    s.start();
    await runUntil(s, "2026-06-01T05:59:00Z");
    expect(discord.fake.botMessages(channel)).toHaveLength(0);
    await runUntil(s, "2026-06-01T09:00:00Z");
    await s.stop();
    const posted = discord.fake.botMessages(channel);
    expect(posted).toHaveLength(1);
    const key = messageKey({ platform: "discord", channelId: channel, localDate: "2026-06-01" });
    expect(posted[0]!.nonce).toBe(key);
    expect(JSON.stringify(posted[0]!.embeds)).toContain(key);
    expect(await store.deliveries.get({ platform: "discord", channelId: channel, localDate: "2026-06-01" })).toMatchObject({
      state: "sent",
      messageId: posted[0]!.id,
    });

    // A restarted bot (new scheduler, new connection to the file) does not post it again.
    const restartedStore = openSqliteStore({ file });
    const again = scheduler([discord.adapter.publisher], "discord-2", restartedStore);
    again.start();
    await runUntil(again, "2026-06-01T10:00:00Z", 10 * 60_000);
    await again.stop();
    await restartedStore.close();
    expect(discord.fake.botMessages(channel)).toHaveLength(1);
  });

  it("Slack: /brief subscribe, then the briefing arrives at 09:30 Kolkata time, once", async () => {
    const r = await postSigned(slack.url, slack.secret, slashCommandBody({ text: "subscribe 09:30 Asia/Kolkata en", channel_id: "C0DAILY", user_id: "U0ASKER" }));
    expect(r.status).toBe(200);
    expect(await store.subscriptions.get("slack", "C0DAILY")).toMatchObject({ time: "09:30", timezone: "Asia/Kolkata", lang: "en" });

    const s = scheduler([slack.adapter.publisher], "slack-1");
    s.start();
    // 09:30 in Kolkata on 2 June is 04:00Z; the clock is at 10:00Z on 1 June.
    await runUntil(s, "2026-06-02T03:59:00Z", 10 * 60_000);
    expect(slack.api.messages("C0DAILY")).toHaveLength(0);
    await runUntil(s, "2026-06-02T06:00:00Z");
    await s.stop();
    const posted = slack.api.messages("C0DAILY");
    expect(posted).toHaveLength(1);
    const key = messageKey({ platform: "slack", channelId: "C0DAILY", localDate: "2026-06-02" });
    expect(posted[0]!.metadata).toEqual({ event_type: BRIEFING_EVENT_TYPE, event_payload: { key } });
    expect(await store.deliveries.get({ platform: "slack", channelId: "C0DAILY", localDate: "2026-06-02" })).toMatchObject({ state: "sent" });
  });

  it("Slack: after a crash between post and record, the message in the channel's history prevents a second post", async () => {
    const r = await postSigned(slack.url, slack.secret, slashCommandBody({ text: "subscribe 09:30 Asia/Kolkata en", channel_id: "C0CRASH", user_id: "U0ASKER" }));
    expect(r.status).toBe(200);
    // Another process claimed 3 June's delivery, posted, and died before recording it.
    const day = { platform: "slack" as const, channelId: "C0CRASH", localDate: "2026-06-03" };
    await clock.setTime("2026-06-03T04:00:00Z");
    await store.deliveries.claim(day, "dead-process", clock.now(), new Date(clock.now().getTime() + 10 * 60_000));
    slack.api.addMessage("C0CRASH", { text: "briefing", metadata: { event_type: BRIEFING_EVENT_TYPE, event_payload: { key: messageKey(day) } } });

    const s = scheduler([slack.adapter.publisher], "slack-2");
    s.start();
    await runUntil(s, "2026-06-03T05:00:00Z");
    await s.stop();
    expect(slack.api.messages("C0CRASH")).toHaveLength(1);
    expect(await store.deliveries.get(day)).toMatchObject({ state: "sent" });
    expect(log.lines.some((l) => /already posted before an interruption/.test(l.msg) && l.fields?.channel === "slack:C0CRASH:2026-06-03")).toBe(true);
  });

  it("Discord: after a crash between post and record, the earlier message is found and not posted again", async () => {
    const channel = discord.fake.addChannel().id;
    const i = discord.fake.sendCommand({
      name: "subscribe",
      channelId: channel,
      permissions: MANAGE,
      options: [str("time", "07:45"), str("timezone", "America/New_York"), str("language", "en")],
    });
    await discord.fake.waitForCallback(i);
    // 07:45 in New York on 4 June is 11:45Z. Another process claimed, posted, and died.
    await clock.setTime("2026-06-04T11:45:00Z");
    const day = { platform: "discord" as const, channelId: channel, localDate: "2026-06-04" };
    await store.deliveries.claim(day, "dead-process", clock.now(), new Date(clock.now().getTime() + 10 * 60_000));
    const first = await discord.adapter.publisher.publish(channel, composeBriefing(story, { lang: "en" }), messageKey(day));
    expect(first.ok).toBe(true);
    discord.fake.sendMessage({ channelId: channel, content: "morning all" });

    const s = scheduler([discord.adapter.publisher], "discord-3");
    s.start();
    await runUntil(s, "2026-06-04T12:30:00Z");
    await s.stop();
    expect(discord.fake.botMessages(channel)).toHaveLength(1);
    expect(await store.deliveries.get(day)).toMatchObject({ state: "sent" });
    // Found by looking (not saved by Discord's nonce check): no second POST was even sent.
    const posts = discord.fake.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/channels/${channel}/messages`));
    expect(posts).toHaveLength(1);
    expect(log.lines.some((l) => /already posted before an interruption/.test(l.msg) && l.fields?.channel === `discord:${channel}:2026-06-04`)).toBe(true);
  });

  it("a deleted Discord channel and a Slack channel the bot left disable their subscriptions; the others still post", async () => {
    const gone = discord.fake.addChannel().id;
    const kept = discord.fake.addChannel().id;
    for (const channelId of [gone, kept]) {
      await discord.fake.waitForCallback(
        discord.fake.sendCommand({ name: "subscribe", channelId, permissions: MANAGE, options: [str("time", "08:00"), str("timezone", "UTC"), str("language", "en")] }),
      );
    }
    for (const channel_id of ["C0LEFT", "C0STAYS"]) {
      await postSigned(slack.url, slack.secret, slashCommandBody({ text: "subscribe 08:00 UTC fr", channel_id, user_id: "U0ASKER" }));
    }
    discord.fake.removeChannel(gone);
    slack.api.setChannelError("C0LEFT", "not_in_channel");

    const s = scheduler([discord.adapter.publisher, slack.adapter.publisher], "both");
    s.start();
    await runUntil(s, "2026-06-05T08:30:00Z", 10 * 60_000);
    await s.stop();
    expect(await store.subscriptions.get("discord", gone)).toMatchObject({ enabled: false });
    expect((await store.subscriptions.get("discord", gone))!.disabledReason).toMatch(/Unknown Channel/);
    expect(await store.subscriptions.get("slack", "C0LEFT")).toMatchObject({ enabled: false, disabledReason: "not_in_channel" });
    expect(discord.fake.botMessages(kept)).toHaveLength(1);
    expect(slack.api.messages("C0STAYS")).toHaveLength(1);
    expect(log.lines.filter((l) => /subscription disabled/.test(l.msg)).map((l) => l.fields?.channel)).toEqual(
      expect.arrayContaining([`discord:${gone}:2026-06-05`, "slack:C0LEFT:2026-06-05"]),
    );
  });
});
