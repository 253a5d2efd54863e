import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { InboundMessage, MessageHandler } from "../src/adapter/types.js";
import { createBot } from "../src/bot.js";
import { composeBriefing } from "../src/briefing/compose.js";
import { createEngine, type Engine } from "../src/engine/engine.js";
import { createSubscriptionCommands } from "../src/scheduling/subscriptions.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { loadStory } from "../src/story/load.js";
import type { Story } from "../src/story/schema.js";
import { safeText } from "../adapters/slack/render/escape.js";
import { memoryLogger } from "./fakes/slack/echo-handler.js";
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

/**
 * The whole answer path: signed Slack requests → the real Bolt app → the real bot and engine on
 * the shipped story → Block Kit in the ack or chat.postMessage. Expected answers are derived from
 * the story and from a separate engine instance, never written out here.
 */
let story: Story;
let engine: Engine;
let api: FakeSlackApi;
let bot: SlackBotHarness;
let restricted: SlackBotHarness;
const seen: InboundMessage[] = [];
const log = memoryLogger();

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
type Ack = { response_type: string; text: string; blocks: Block[] };

const slash = (text: string, extra: Record<string, string> = {}) => postSigned(bot.url, bot.secret, slashCommandBody({ text, ...extra }));
const ackOf = (r: { json: unknown }) => r.json as Ack;
const sendEvent = (event: Record<string, unknown>, eventId?: string) => postSigned(bot.url, bot.secret, eventCallbackBody(event, eventId ? { eventId } : {}));
/** What a fresh conversation with the same engine answers, as the adapter would render its text. */
const freshAnswer = (text: string, lang?: "fr" | "en") =>
  safeText(createBot(engine).handle({ platform: "slack", text, user: "U0REF", conversationId: "ref", ...(lang ? { lang } : {}) }).text);
let tsSeq = 0;
const nextTs = () => `1700000000.${String(++tsSeq).padStart(6, "0")}`;
const settle = () => new Promise((r) => setTimeout(r, 150));

/** A quoted person of the story, with one of their quotes: the subject of the follow-up tests. */
function quotedPerson(): { name: string; quote: string } {
  const person = story.speakers.find((s) => s.kind === "person" && story.quotes.some((q) => q.speaker === s.name));
  const quote = story.quotes.find((q) => q.speaker === person?.name);
  if (!person || !quote) throw new Error("the shipped story has no quoted person");
  return { name: person.name, quote: quote.text };
}

beforeAll(async () => {
  story = loadStory();
  engine = createEngine(story);
  const real = createBot(engine);
  // Records what the adapter passed in, then answers for real.
  const handler: MessageHandler = { handle: (m) => (seen.push(m), real.handle(m)) };
  api = await startFakeSlackApi();
  const subscriptions = createSubscriptionCommands({ store: openSqliteStore({ file: ":memory:" }).subscriptions });
  bot = await startSlackBot({ deps: { handler, story, log, subscriptions }, api });
  restricted = await startSlackBot({ deps: { handler, story, log, subscriptions }, api, env: { SLACK_SUBSCRIBE_USERS: "U0ADMIN,U0OTHER" } });
  await bot.adapter.whenConnected();
});

afterAll(async () => {
  await bot?.stop();
  await restricted?.stop();
  await api?.close();
});

beforeEach(() => {
  api.reset();
  seen.length = 0;
  log.lines.length = 0;
});

describe("signed requests", () => {
  it("answers url_verification with the challenge", async () => {
    const r = await postSigned(bot.url, bot.secret, JSON.stringify({ type: "url_verification", challenge: "ch4llenge", token: "t" }));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ challenge: "ch4llenge" });
  });

  it("answers Slack's unsigned ssl_check without handling it", async () => {
    const r = await post(bot.url, "ssl_check=1&token=t", { "content-type": "application/x-www-form-urlencoded" });
    expect(r.status).toBe(200);
    expect(seen).toHaveLength(0);
  });

  it("refuses a bad signature, a stale or far-future timestamp and an unsigned request with 401", async () => {
    const body = slashCommandBody({ text: "who spoke?" });
    const now = Math.floor(Date.now() / 1000);
    expect((await postSigned(bot.url, "wrong-secret", body)).status).toBe(401);
    expect((await postSigned(bot.url, bot.secret, body, { timestamp: now - 6 * 60 })).status).toBe(401);
    expect((await postSigned(bot.url, bot.secret, body, { timestamp: now + 10 * 60 })).status).toBe(401);
    expect((await post(bot.url, body, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(401);
    expect(seen).toHaveLength(0);
  });

  it("answers a replayed request once", async () => {
    const signed = signedRequest(bot.secret, slashCommandBody({ text: "who spoke?" }));
    const first = await post(bot.url, signed.body, signed.headers);
    const replay = await post(bot.url, signed.body, signed.headers);
    expect(ackOf(first).text).toBe(freshAnswer("who spoke?"));
    expect(replay.status).toBe(200);
    expect(replay.text).toBe("");
    expect(seen).toHaveLength(1);
    expect(log.lines.some((l) => l.includes("replayed request ignored"))).toBe(true);
  });

  it("answers an event Slack delivers twice (same event_id, signed anew) once", async () => {
    const event = { type: "message", channel_type: "im", channel: "D0TWICE", user: "U0ASKER", text: "who spoke?", ts: nextTs() };
    await sendEvent(event, "Ev0SAME");
    await sendEvent(event, "Ev0SAME");
    await api.waitForCalls("chat.postMessage", 1);
    await settle();
    expect(api.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("/brief on the shipped story", () => {
  it("answers a question in the ack, to the channel, citing the story's sentences", async () => {
    const r = await slash("who spoke?", { channel_id: "C0ASK" });
    expect(r.status).toBe(200);
    const ack = ackOf(r);
    expect(ack.response_type).toBe("in_channel");
    expect(ack.text).toBe(freshAnswer("who spoke?"));
    expect(ack.blocks[0]).toMatchObject({ type: "section", text: { text: ack.text } });
    const cited = ack.blocks.filter((b) => b.type === "context").flatMap((b) => b.elements ?? []);
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(story.sentences.some((s) => c.text.endsWith(safeText(s.text)))).toBe(true);
    expect(seen[0]).toEqual({ platform: "slack", text: "who spoke?", user: "U0ASKER", conversationId: "C0ASK:U0ASKER" });
    expect(api.calls).toHaveLength(0);
  });

  it("follows up per asker: « what did he say? » is about the asker's last subject", async () => {
    const { name, quote } = quotedPerson();
    await slash(`who is ${name}?`, { user_id: "U0FIRST", channel_id: "C0FOLLOW" });
    const followUp = ackOf(await slash("what did he say?", { user_id: "U0FIRST", channel_id: "C0FOLLOW" }));
    expect(followUp.text).toContain(safeText(quote).slice(0, 40));
    const stranger = ackOf(await slash("what did he say?", { user_id: "U0SECOND", channel_id: "C0FOLLOW" }));
    expect(stranger.text).not.toContain(safeText(quote).slice(0, 40));
  });

  it("answers privately with -p; keywords ask the engine's own questions", async () => {
    const troops = ackOf(await slash("-p troops"));
    expect(troops.response_type).toBe("ephemeral");
    expect(troops.text).toBe(freshAnswer("how many troops", "en"));
    const who = ackOf(await slash("qui"));
    expect(who.text).toBe(freshAnswer("qui a parlé", "fr"));
  });

  it("gives what each quoted speaker said for /brief quotes", async () => {
    const all = JSON.stringify(ackOf(await slash("quotes")).blocks);
    for (const speaker of new Set(story.quotes.map((q) => q.speaker))) expect(all).toContain(safeText(speaker));
    const { name, quote } = quotedPerson();
    expect(JSON.stringify(ackOf(await slash(`quotes ${name}`)).blocks)).toContain(safeText(quote).slice(0, 40));
  });

  it("gives the composed briefing for /brief, in the story's language or the one asked", async () => {
    for (const [text, lang] of [["", story.lang], ["en", "en"]] as const) {
      const ack = ackOf(await slash(text));
      const b = composeBriefing(story, { lang });
      expect(ack.response_type).toBe("in_channel");
      expect(ack.blocks[0]?.text?.text).toBe(`*${safeText(b.title)}*`);
      expect(JSON.stringify(ack.blocks)).toContain(JSON.stringify(safeText(b.lead)).slice(1, -1));
    }
  });

  it("shows help and usage errors to the asker alone", async () => {
    const help = ackOf(await slash("help"));
    expect(help.response_type).toBe("ephemeral");
    expect(JSON.stringify(help.blocks)).toContain("/brief subscribe");
    const bad = ackOf(await slash("subscribe 99:00 Europe/Paris"));
    expect(bad.response_type).toBe("ephemeral");
    expect(bad.text).toContain("HH:MM");
  });

  it("never echoes a broadcast or a mention back", async () => {
    const r = await slash("<!channel> <@U0BOSS> who spoke?");
    expect(r.status).toBe(200);
    expect(r.text).not.toMatch(/<!channel>|<@U0BOSS>|@channel/);
  });
});

describe("/brief subscriptions", () => {
  it("subscribes, lists and unsubscribes a channel", async () => {
    const sub = ackOf(await slash("subscribe 08:00 Europe/Paris fr", { channel_id: "C0SUBS" }));
    expect(sub.response_type).toBe("in_channel");
    // A mention that does not ping: the asker's name as text, never <@U…> nor the raw id.
    expect(sub.text).toMatch(/^@asker set a daily briefing .*08:00 Europe\/Paris, in French/);
    expect(JSON.stringify(sub)).not.toMatch(/<@|U0ASKER/);
    const list = ackOf(await slash("subscriptions", { channel_id: "C0SUBS" }));
    expect(list.response_type).toBe("ephemeral");
    expect(list.text).toContain("08:00 Europe/Paris");
    expect(ackOf(await slash("unsubscribe", { channel_id: "C0SUBS" })).text).toMatch(/^@asker stopped/);
    const hostile = ackOf(await slash("subscribe 09:00 Europe/Paris", { channel_id: "C0SUBS2", user_name: "<!channel>@here" }));
    expect(hostile.text).not.toMatch(/<!channel>|@here\b/);
    expect(ackOf(await slash("subscriptions", { channel_id: "C0SUBS" })).text).toContain("no daily briefing");
  });

  it("relays the service's refusal of an unknown time zone", async () => {
    const ack = ackOf(await slash("subscribe 08:00 Mars/Olympus fr", { channel_id: "C0SUBS" }));
    expect(ack.response_type).toBe("ephemeral");
    // A French error goes on in French; an English one in English.
    expect(ack.text).toMatch(/^Fuseau horaire inconnu.*Exemple : `\/brief subscribe 08:00 Europe\/Paris fr`$/);
    const en = ackOf(await slash("subscribe 08:00 Mars/Olympus en", { channel_id: "C0SUBS" }));
    expect(en.text).toMatch(/^Unknown time zone.*Example: `\/brief subscribe 08:00 Europe\/Paris fr`$/);
  });

  it("lets only SLACK_SUBSCRIBE_USERS subscribe when the list is set", async () => {
    const as = (user: string, text: string) =>
      postSigned(restricted.url, restricted.secret, slashCommandBody({ text, user_id: user, channel_id: "C0ADMIN" })).then(ackOf);
    expect((await as("U0ASKER", "subscribe 09:00 Europe/Paris en")).text).toContain("SLACK_SUBSCRIBE_USERS");
    expect((await as("U0ASKER", "unsubscribe")).text).toContain("SLACK_SUBSCRIBE_USERS");
    expect((await as("U0ADMIN", "subscribe 09:00 Europe/Paris en")).response_type).toBe("in_channel");
    expect((await as("U0ASKER", "subscriptions")).text).toContain("09:00 Europe/Paris, in English");
    expect((await as("U0OTHER", "unsubscribe")).text).toContain("stopped");
  });
});

describe("mentions and DMs on the shipped story", () => {
  it("answers a mention in its thread; follow-ups stay in their thread", async () => {
    const { name, quote } = quotedPerson();
    const root = nextTs();
    await sendEvent({ type: "app_mention", channel: "C0THREAD", user: "U0ASKER", text: `<@U0BOT> who is ${name}?`, ts: root });
    const [first] = await api.waitForCalls("chat.postMessage", 1);
    expect(first?.params).toMatchObject({ channel: "C0THREAD", thread_ts: root, text: freshAnswer(`who is ${name}?`) });
    expect(first?.token).toBe("xoxb-test-token");

    await sendEvent({ type: "app_mention", channel: "C0THREAD", user: "U0ASKER", text: "<@U0BOT> what did he say?", ts: nextTs(), thread_ts: root });
    const [, inThread] = await api.waitForCalls("chat.postMessage", 2);
    expect(inThread?.params.thread_ts).toBe(root);
    expect(String(inThread?.params.text)).toContain(safeText(quote).slice(0, 40));

    const otherRoot = nextTs();
    await sendEvent({ type: "app_mention", channel: "C0THREAD", user: "U0ASKER", text: "<@U0BOT> what did he say?", ts: otherRoot });
    const [, , elsewhere] = await api.waitForCalls("chat.postMessage", 3);
    expect(elsewhere?.params.thread_ts).toBe(otherRoot);
    expect(String(elsewhere?.params.text)).not.toContain(safeText(quote).slice(0, 40));
  });

  it("answers a DM in the DM, with follow-ups", async () => {
    const { name, quote } = quotedPerson();
    await sendEvent({ type: "message", channel_type: "im", channel: "D0DM", user: "U0ASKER", text: `who is ${name}?`, ts: nextTs() });
    await api.waitForCalls("chat.postMessage", 1);
    await sendEvent({ type: "message", channel_type: "im", channel: "D0DM", user: "U0ASKER", text: "what did he say?", ts: nextTs() });
    const [first, second] = await api.waitForCalls("chat.postMessage", 2);
    expect(first?.params).toMatchObject({ channel: "D0DM", text: freshAnswer(`who is ${name}?`) });
    expect(first?.params.thread_ts).toBeUndefined();
    expect(String(second?.params.text)).toContain(safeText(quote).slice(0, 40));
  });

  it("ignores bot messages, its own messages, edits and channel messages", async () => {
    const base = { type: "message", channel: "D0QUIET", text: "who spoke?" };
    await sendEvent({ ...base, channel_type: "im", user: "U0OTHERBOT", bot_id: "B0OTHER", ts: nextTs() });
    await sendEvent({ ...base, channel_type: "im", subtype: "bot_message", bot_id: "B0BOT", ts: nextTs() });
    await sendEvent({ ...base, channel_type: "im", user: "U0BOT", ts: nextTs() });
    await sendEvent({ ...base, channel_type: "im", subtype: "message_changed", hidden: true, ts: nextTs(), message: { text: "x" } });
    await sendEvent({ ...base, channel_type: "channel", channel: "C0CHAT", user: "U0ASKER", ts: nextTs() });
    await sendEvent({ type: "app_mention", channel: "C0CHAT", bot_id: "B0OTHER", user: "U0OTHERBOT", text: "<@U0BOT> hi", ts: nextTs() });
    await sendEvent({ type: "reaction_added", user: "U0ASKER", reaction: "eyes", item: { type: "message", channel: "C0CHAT", ts: "1.0" }, event_ts: nextTs() });
    await sendEvent({ ...base, channel_type: "im", user: "U0ASKER", text: "how many troops?", ts: nextTs() });
    await api.waitForCalls("chat.postMessage", 1);
    await settle();
    expect(api.callsTo("chat.postMessage").map((c) => c.params.text)).toEqual([freshAnswer("how many troops?")]);
  });

  it("retries a reply that got 429, after Retry-After", async () => {
    api.rateLimitNext("chat.postMessage", 1);
    await sendEvent({ type: "message", channel_type: "im", channel: "D0RATE", user: "U0ASKER", text: "who spoke?", ts: nextTs() });
    const calls = await api.waitForCalls("chat.postMessage", 2, 8000);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(api.messages("D0RATE").map((m) => m.text)).toEqual([freshAnswer("who spoke?")]);
  });
});
