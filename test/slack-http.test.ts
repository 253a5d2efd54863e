import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSubscriptionCommands } from "../src/scheduling/subscriptions.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { echoHandler, memoryLogger } from "./fakes/slack/echo-handler.js";
import {
  eventCallbackBody,
  post,
  postSigned,
  signedRequest,
  slashCommandBody,
  startFakeSlackApi,
  startSlackBot,
  type FakeSlackApi,
  type SlackBotHarness,
} from "./fakes/slack/index.js";
import { fixtureStory } from "./fakes/slack/story.js";

const handler = echoHandler();
const log = memoryLogger();
let api: FakeSlackApi;
let bot: SlackBotHarness;
let asAdmin: SlackBotHarness;

type Ack = { response_type: string; text: string; blocks: { type: string; text?: { text: string } }[] };

const slash = (text: string, extra: Record<string, string> = {}) => postSigned(bot.url, bot.secret, slashCommandBody({ text, ...extra }));
const ackOf = (r: { json: unknown }) => r.json as Ack;
const sendEvent = (target: SlackBotHarness, event: Record<string, unknown>, eventId?: string) =>
  postSigned(target.url, target.secret, eventCallbackBody(event, eventId ? { eventId } : {}));
let tsSeq = 0;
const nextTs = () => `1700000000.${String(++tsSeq).padStart(6, "0")}`;
/** Lets the bot finish anything a just-acknowledged request started. */
const settle = () => new Promise((r) => setTimeout(r, 150));

beforeAll(async () => {
  api = await startFakeSlackApi();
  const store = openSqliteStore({ file: ":memory:" });
  const deps = { handler, story: fixtureStory(), log, subscriptions: createSubscriptionCommands({ store: store.subscriptions }) };
  bot = await startSlackBot({ deps, api });
  asAdmin = await startSlackBot({ deps, api, env: { SLACK_SUBSCRIBE_USERS: "U0ADMIN,U0OTHER" } });
  await bot.adapter.whenConnected();
  await asAdmin.adapter.whenConnected();
});

afterAll(async () => {
  await bot?.stop();
  await asAdmin?.stop();
  await api?.close();
});

beforeEach(() => {
  api.reset();
  handler.seen.length = 0;
  log.lines.length = 0;
});

describe("Slack over HTTP: requests and signatures", () => {
  it("answers url_verification with the challenge", async () => {
    const r = await postSigned(bot.url, bot.secret, JSON.stringify({ type: "url_verification", challenge: "ch4llenge", token: "t" }));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ challenge: "ch4llenge" });
  });

  it("refuses a bad signature and a stale timestamp with 401, before any handling", async () => {
    const body = slashCommandBody({ text: "who spoke?" });
    expect((await postSigned(bot.url, "wrong-secret", body)).status).toBe(401);
    expect((await postSigned(bot.url, bot.secret, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect((await postSigned(bot.url, bot.secret, body, { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 })).status).toBe(401);
    expect((await post(bot.url, body, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(401);
    expect(handler.seen).toHaveLength(0);
  });

  it("answers a replayed request once", async () => {
    const signed = signedRequest(bot.secret, slashCommandBody({ text: "who spoke?" }));
    const first = await post(bot.url, signed.body, signed.headers);
    const replay = await post(bot.url, signed.body, signed.headers);
    expect(ackOf(first).text).toContain("You asked: who spoke?");
    expect(replay.status).toBe(200);
    expect(replay.text).toBe("");
    expect(handler.seen).toHaveLength(1);
    expect(log.lines.some((l) => l.includes("replayed request ignored"))).toBe(true);
  });

  it("answers an event Slack delivers twice (same event_id, new signature) once", async () => {
    const event = { type: "message", channel_type: "im", channel: "D0DM", user: "U0ASKER", text: "who spoke?", ts: nextTs() };
    await sendEvent(bot, event, "Ev0SAME");
    await sendEvent(bot, event, "Ev0SAME");
    await api.waitForCalls("chat.postMessage", 1);
    await settle();
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("/brief", () => {
  it("carries the answer in the ack, visible to the channel by default", async () => {
    const r = await slash("who spoke?", { channel_id: "C0FIRST" });
    expect(r.status).toBe(200);
    const ack = ackOf(r);
    expect(ack.response_type).toBe("in_channel");
    expect(ack.text).toBe("You asked: who spoke? (turn 1)");
    expect(ack.blocks[0]).toMatchObject({ type: "section", text: { text: "You asked: who spoke? (turn 1)" } });
    expect(ack.blocks.at(-1)?.type).toBe("context");
    expect(handler.seen[0]).toEqual({ platform: "slack", text: "who spoke?", user: "U0ASKER", conversationId: "slack:C0FIRST:U0ASKER" });
    expect(api.calls).toHaveLength(0);
  });

  it("keeps follow-ups per asker and channel", async () => {
    await slash("about whom?", { user_id: "U0FOLLOW" });
    const second = await slash("and then?", { user_id: "U0FOLLOW" });
    const other = await slash("and then?", { user_id: "U0FOLLOW", channel_id: "C0OTHER" });
    expect(ackOf(second).text).toContain("(turn 2)");
    expect(ackOf(other).text).toContain("(turn 1)");
  });

  it("answers privately with -p, and turns keywords into questions", async () => {
    const r = await slash("-p troops");
    expect(ackOf(r).response_type).toBe("ephemeral");
    expect(handler.seen[0]).toMatchObject({ text: "How many troops?", lang: "en" });
    await slash("quotes Jan Novak --fr");
    expect(handler.seen[1]).toMatchObject({ text: "Qu'a dit Jan Novak ?", lang: "fr" });
  });

  it("gives a briefing on the story with no text, in the story's language unless asked", async () => {
    const fr = ackOf(await slash(""));
    expect(fr.response_type).toBe("in_channel");
    expect(JSON.stringify(fr.blocks)).toContain("Ce qui a été dit");
    expect(JSON.stringify(fr.blocks)).toContain("« Ces exercices sont purement défensifs »");
    const en = ackOf(await slash("en"));
    expect(JSON.stringify(en.blocks)).toContain("What was said");
    expect(handler.seen).toHaveLength(0);
  });

  it("shows help and usage errors to the asker alone", async () => {
    const help = ackOf(await slash("help"));
    expect(help.response_type).toBe("ephemeral");
    expect(JSON.stringify(help.blocks)).toContain("/brief subscribe");
    const bad = ackOf(await slash("subscribe 99:00 Europe/Paris"));
    expect(bad.response_type).toBe("ephemeral");
    expect(bad.text).toContain("HH:MM");
  });

  it("escapes a question that tries to ping the channel", async () => {
    const r = await slash("<!channel> <@U0BOSS> <https://evil.example|click> what happened?");
    expect(r.text).not.toMatch(/<!channel>|<@U0BOSS>|<https:/);
    expect(ackOf(r).text).toContain("&lt;!channel&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|click&gt;");
  });

  it("sends what does not fit one message on through response_url", async () => {
    const r = await slash("long", { response_url: api.responseUrl("long") });
    const ack = ackOf(r);
    expect(ack.blocks).toHaveLength(50);
    const [more] = await api.waitForResponses(1);
    expect(more?.id).toBe("long");
    expect(more?.body).toMatchObject({ response_type: "in_channel", replace_original: false });
    const contextCount = [ack, more?.body as Ack].flatMap((m) => m.blocks).filter((b) => b.type === "context").length;
    expect(contextCount).toBe(70); // 700 citations, 10 a context block
  });

  it("apologises privately when answering fails", async () => {
    const ack = ackOf(await slash("boom"));
    expect(ack.response_type).toBe("ephemeral");
    expect(ack.text).toMatch(/something went wrong/);
    expect(log.lines.some((l) => l.startsWith("error slack: /brief failed"))).toBe(true);
  });
});

describe("/brief subscriptions", () => {
  it("subscribes, lists and unsubscribes a channel", async () => {
    const sub = ackOf(await slash("subscribe 08:00 Europe/Paris fr", { channel_id: "C0SUBS" }));
    expect(sub.response_type).toBe("in_channel");
    expect(sub.text).toMatch(/<@U0ASKER> set a daily briefing .*08:00 Europe\/Paris, in French/);
    const list = ackOf(await slash("subscriptions", { channel_id: "C0SUBS" }));
    expect(list.response_type).toBe("ephemeral");
    expect(list.text).toContain("08:00 Europe/Paris");
    expect(ackOf(await slash("unsubscribe", { channel_id: "C0SUBS" })).text).toContain("stopped");
    expect(ackOf(await slash("subscriptions", { channel_id: "C0SUBS" })).text).toContain("no daily briefing");
  });

  it("relays the service's refusal of an unknown time zone", async () => {
    const ack = ackOf(await slash("subscribe 08:00 Mars/Olympus fr", { channel_id: "C0SUBS" }));
    expect(ack.response_type).toBe("ephemeral");
    expect(ack.text).toContain("Example: `/brief subscribe 08:00 Europe/Paris fr`");
  });

  it("lets only SLACK_SUBSCRIBE_USERS subscribe when the list is set", async () => {
    const body = (user: string) => slashCommandBody({ text: "subscribe 09:00 Europe/Paris en", user_id: user, channel_id: "C0ADMIN" });
    const refused = ackOf(await postSigned(asAdmin.url, asAdmin.secret, body("U0ASKER")));
    expect(refused.text).toContain("SLACK_SUBSCRIBE_USERS");
    const allowed = ackOf(await postSigned(asAdmin.url, asAdmin.secret, body("U0ADMIN")));
    expect(allowed.response_type).toBe("in_channel");
    expect(ackOf(await postSigned(asAdmin.url, asAdmin.secret, slashCommandBody({ text: "unsubscribe", user_id: "U0ADMIN", channel_id: "C0ADMIN" }))).text).toContain("stopped");
  });
});

describe("mentions and DMs", () => {
  it("answers a mention in its thread, with follow-ups per thread", async () => {
    const root = nextTs();
    await sendEvent(bot, { type: "app_mention", channel: "C0CHANNEL", user: "U0ASKER", text: "<@U0BOT> who spoke?", ts: root });
    const [first] = await api.waitForCalls("chat.postMessage", 1);
    expect(first?.params).toMatchObject({ channel: "C0CHANNEL", thread_ts: root, text: "You asked: who spoke? (turn 1)" });
    expect(first?.token).toBe("xoxb-test-token");
    expect(first?.params.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ type: "section" })]));

    await sendEvent(bot, { type: "app_mention", channel: "C0CHANNEL", user: "U0ASKER", text: "<@U0BOT> and him?", ts: nextTs(), thread_ts: root });
    await sendEvent(bot, { type: "app_mention", channel: "C0CHANNEL", user: "U0ASKER", text: "<@U0BOT> and him?", ts: nextTs() });
    const calls = await api.waitForCalls("chat.postMessage", 3);
    const texts = calls.map((c) => c.params.text);
    expect(texts).toContain("You asked: and him? (turn 2)");
    expect(texts).toContain("You asked: and him? (turn 1)");
  });

  it("answers a DM in the DM, follow-ups per DM", async () => {
    await sendEvent(bot, { type: "message", channel_type: "im", channel: "D0DM2", user: "U0ASKER", text: "who spoke?", ts: nextTs() });
    await api.waitForCalls("chat.postMessage", 1);
    await sendEvent(bot, { type: "message", channel_type: "im", channel: "D0DM2", user: "U0ASKER", text: "and then?", ts: nextTs() });
    const calls = await api.waitForCalls("chat.postMessage", 2);
    expect(calls[0]?.params).toMatchObject({ channel: "D0DM2", text: "You asked: who spoke? (turn 1)" });
    expect(calls[0]?.params.thread_ts).toBeUndefined();
    expect(calls[1]?.params.text).toBe("You asked: and then? (turn 2)");
    expect(handler.seen.map((m) => m.conversationId)).toEqual(["slack:D0DM2", "slack:D0DM2"]);
  });

  it("ignores bot messages, its own messages, edits and channel messages", async () => {
    const base = { type: "message", channel: "D0DM3", text: "who spoke?" };
    await sendEvent(bot, { ...base, channel_type: "im", user: "U0OTHERBOT", bot_id: "B0OTHER", ts: nextTs() });
    await sendEvent(bot, { ...base, channel_type: "im", subtype: "bot_message", bot_id: "B0BOT", ts: nextTs() });
    await sendEvent(bot, { ...base, channel_type: "im", user: "U0BOT", ts: nextTs() });
    await sendEvent(bot, { ...base, channel_type: "im", subtype: "message_changed", hidden: true, ts: nextTs(), message: { text: "x" } });
    await sendEvent(bot, { ...base, channel_type: "channel", channel: "C0CHANNEL", user: "U0ASKER", ts: nextTs() });
    await sendEvent(bot, { type: "app_mention", channel: "C0CHANNEL", bot_id: "B0OTHER", user: "U0OTHERBOT", text: "<@U0BOT> hi", ts: nextTs() });
    await sendEvent(bot, { ...base, channel_type: "im", user: "U0ASKER", text: "the real one", ts: nextTs() });
    await api.waitForCalls("chat.postMessage", 1);
    await settle();
    expect(api.callsTo("chat.postMessage").map((c) => c.params.text)).toEqual(["You asked: the real one (turn 1)"]);
  });

  it("escapes what a mention tries to inject", async () => {
    await sendEvent(bot, { type: "app_mention", channel: "C0CHANNEL", user: "U0ASKER", text: "<@U0BOT> <!here> &lt;!channel&gt; hi", ts: nextTs() });
    const [call] = await api.waitForCalls("chat.postMessage", 1);
    const sent = JSON.stringify(call?.params);
    expect(sent).not.toMatch(/<!here>|<!channel>|@here|@channel/);
    expect(call?.params.text).toBe("You asked: @\u2060here &lt;!channel&gt; hi (turn 1)");
  });

  it("retries a reply that got 429, after Retry-After", async () => {
    api.rateLimitNext("chat.postMessage", 1);
    await sendEvent(bot, { type: "message", channel_type: "im", channel: "D0RATE", user: "U0ASKER", text: "who spoke?", ts: nextTs() });
    const calls = await api.waitForCalls("chat.postMessage", 2, 8000);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(api.messages("D0RATE").map((m) => m.text)).toEqual(["You asked: who spoke? (turn 1)"]);
  });
});
