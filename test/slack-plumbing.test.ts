import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { echoHandler, memoryLogger } from "./fakes/slack/echo-handler.js";
import {
  blockActionsBody,
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

type Ack = { response_type: string; text: string; blocks: { type: string; text?: { text: string } }[] };

const slash = (text: string, extra: Record<string, string> = {}) => postSigned(bot.url, bot.secret, slashCommandBody({ text, ...extra }));
const ackOf = (r: { json: unknown }) => r.json as Ack;
const sendEvent = (target: SlackBotHarness, event: Record<string, unknown>, eventId?: string) =>
  postSigned(target.url, target.secret, eventCallbackBody(event, eventId ? { eventId } : {}));
let tsSeq = 0;
const nextTs = () => `1700000000.${String(++tsSeq).padStart(6, "0")}`;
/** Lets the bot finish anything a just-acknowledged request started. */

beforeAll(async () => {
  api = await startFakeSlackApi();
  bot = await startSlackBot({ deps: { handler, story: fixtureStory(), log }, api });
  await bot.adapter.whenConnected();
});

afterAll(async () => {
  await bot?.stop();
  await api?.close();
});

beforeEach(() => {
  api.reset();
  handler.seen.length = 0;
  log.lines.length = 0;
});


/**
 * What the adapter hands the handler and how it renders any reply, with a transparent handler
 * that echoes the question and counts turns per conversation (the real engine's answers are
 * covered in slack-http.test.ts).
 */
describe("/brief plumbing", () => {
  it("carries the answer in the ack, visible to the channel by default", async () => {
    const r = await slash("who spoke?", { channel_id: "C0FIRST" });
    expect(r.status).toBe(200);
    const ack = ackOf(r);
    expect(ack.response_type).toBe("in_channel");
    expect(ack.text).toBe("You asked: who spoke? (turn 1)");
    expect(ack.blocks[0]).toMatchObject({ type: "section", text: { text: "You asked: who spoke? (turn 1)" } });
    expect(ack.blocks.at(-1)?.type).toBe("context");
    expect(handler.seen[0]).toEqual({ platform: "slack", text: "who spoke?", user: "U0ASKER", conversationId: "C0FIRST:U0ASKER" });
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
    expect(handler.seen[0]).toMatchObject({ text: "how many troops", lang: "en" });
    await slash("quotes Jan Novak --fr");
    expect(handler.seen[1]).toMatchObject({ text: "qu'a dit Jan Novak", lang: "fr" });
    await slash("quotes");
    expect(handler.seen[2]).toMatchObject({ text: "what did Jan Novak say", lang: "en" });
  });

  it("escapes a question that tries to ping the channel", async () => {
    const r = await slash("<!channel> <@U0BOSS> <https://evil.example|click> what happened?");
    expect(r.text).not.toMatch(/<!channel>|<@U0BOSS>|<https:/);
    expect(ackOf(r).text).toContain("&lt;!channel&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|click&gt;");
  });

  it("shows what does not fit one message behind a More button, sent through response_url when clicked", async () => {
    const r = await slash("long", { response_url: api.responseUrl("long") });
    const ack = ackOf(r);
    expect(ack.blocks).toHaveLength(50);
    const actions = ack.blocks.at(-1) as unknown as { type: string; elements: { action_id: string; value: string; text: { text: string } }[] };
    expect(actions.type).toBe("actions");
    const [button] = actions.elements;
    expect(button?.action_id).toBe("brief_more");
    await postSigned(bot.url, bot.secret, blockActionsBody({ button: button!, response_url: api.responseUrl("long") }));
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


describe("mention and DM plumbing", () => {
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
    expect(handler.seen.map((m) => m.conversationId)).toEqual(["D0DM2", "D0DM2"]);
  });

  it("escapes what a mention tries to inject", async () => {
    await sendEvent(bot, { type: "app_mention", channel: "C0CHANNEL", user: "U0ASKER", text: "<@U0BOT> <!here> &lt;!channel&gt; hi", ts: nextTs() });
    const [call] = await api.waitForCalls("chat.postMessage", 1);
    const sent = JSON.stringify(call?.params);
    expect(sent).not.toMatch(/<!here>|<!channel>|@here|@channel/);
    expect(call?.params.text).toBe("You asked: @\u2060here &lt;!channel&gt; hi (turn 1)");
  });

});

describe("the injected clock", () => {
  it("drives signature freshness and the replay window", async () => {
    let now = Date.now();
    const timed = await startSlackBot({ deps: { handler, story: fixtureStory(), log }, api, adapter: { now: () => now } });
    try {
      const signed = signedRequest(timed.secret, slashCommandBody({ text: "clocked" }), { timestamp: Math.floor(now / 1000) });
      expect(ackOf(await post(timed.url, signed.body, signed.headers)).text).toContain("You asked: clocked");
      now += 4 * 60_000; // still inside Slack's window: a replay, acknowledged and ignored
      const replay = await post(timed.url, signed.body, signed.headers);
      expect(replay.status).toBe(200);
      expect(replay.text).toBe("");
      now += 2 * 60_000; // past it: stale for the receiver's clock, whatever the wall clock says
      expect((await post(timed.url, signed.body, signed.headers)).status).toBe(401);
      expect(handler.seen.filter((m) => m.text === "clocked")).toHaveLength(1);
    } finally {
      await timed.stop();
    }
  });
});
