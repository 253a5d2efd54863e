import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../src/adapter/types.js";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import type { Reply } from "../src/engine/reply.js";
import { createSubscriptionCommands } from "../src/scheduling/index.js";
import type { SubscriptionCommands } from "../src/scheduling/types.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { memoryLogger } from "./fakes/slack/echo-handler.js";
import { blockActionsBody, eventCallbackBody, postSigned, slashCommandBody, startFakeSlackApi, startSlackBot, type FakeSlackApi, type SlackBotHarness } from "./fakes/slack/index.js";
import { fixtureStory } from "./fakes/slack/story.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The real answer path on the invented story, recording what the adapter asked and what came back. */
const story = fixtureStory();
const bot = createBot(createEngine(story));
const calls: InboundMessage[] = [];
const replies: Reply[] = [];
let next: ((m: InboundMessage) => Reply) | undefined;
const handler = {
  handle(m: InboundMessage): Reply {
    calls.push(m);
    const r = next ? next(m) : bot.handle(m);
    replies.push(r);
    return r;
  },
};

let api: FakeSlackApi;
let h: SlackBotHarness;
let store: Store;
let subscriptions: SubscriptionCommands;

beforeAll(async () => {
  api = await startFakeSlackApi();
  store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), "briefbot-slack-buttons-")) });
  subscriptions = createSubscriptionCommands({ store: store.subscriptions });
  h = await startSlackBot({ deps: { handler, story, log: memoryLogger(), subscriptions }, api });
  await h.adapter.whenConnected();
});
afterAll(async () => {
  await h?.stop();
  await store?.close();
  await api?.close();
});
beforeEach(() => {
  next = undefined;
});

type Block = { type: string; elements?: { type: string; action_id: string; value: string; text: { text: string } }[] };
const buttonsOf = (blocks: unknown): NonNullable<Block["elements"]> => ((blocks as Block[]) ?? []).filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);

describe("Slack buttons (real Bolt, signed requests, fake Web API)", () => {
  it("a decline's suggestions are buttons; a click asks that question in the same thread and conversation", async () => {
    api.reset();
    await postSigned(h.url, h.secret, eventCallbackBody({ type: "app_mention", channel: "C0NEWS", user: "U0READER", text: "<@U0BOT> how many tanks?", ts: "100.000001" }));
    const [post] = await api.waitForCalls("chat.postMessage", 1);
    const declined = replies.at(-1) as Reply;
    expect(declined.answered).toBe(false);
    const buttons = buttonsOf(post?.params.blocks);
    expect(buttons.map((b) => b.text.text)).toEqual(declined.suggestions.slice(0, 5));
    const conversation = calls.at(-1)?.conversationId;
    expect(conversation).toBe("C0NEWS:100.000001");

    const button = buttons[0]!;
    const r = await postSigned(h.url, h.secret, blockActionsBody({ button, user_id: "U0READER", channel_id: "C0NEWS", message_ts: "100.000009", thread_ts: "100.000001" }));
    expect(r.status).toBe(200);
    const [, answerPost] = await api.waitForCalls("chat.postMessage", 2);
    expect(calls.at(-1)).toEqual({ platform: "slack", text: button.text.text, user: "U0READER", conversationId: conversation });
    const answer = replies.at(-1) as Reply;
    expect(answer.answered).toBe(true);
    expect(answerPost?.params).toMatchObject({ channel: "C0NEWS", thread_ts: "100.000001" });
    expect(String(answerPost?.params.text)).toBe(answer.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  });

  it("a /brief answer's buttons answer through response_url, as visible as the first answer, in the asker's conversation", async () => {
    api.reset();
    const first = await postSigned(h.url, h.secret, slashCommandBody({ text: "-p how many tanks?", channel_id: "C0CMD", user_id: "U0CMD" }));
    const ack = first.json as { response_type: string; blocks: unknown };
    expect(ack.response_type).toBe("ephemeral");
    const [button] = buttonsOf(ack.blocks);
    expect(button).toBeDefined();
    await postSigned(h.url, h.secret, blockActionsBody({ button: button!, user_id: "U0CMD", channel_id: "C0CMD", is_ephemeral: true, response_url: api.responseUrl("click") }));
    const [response] = await api.waitForResponses(1);
    expect(calls.at(-1)).toMatchObject({ text: button!.text.text, conversationId: "C0CMD:U0CMD" });
    expect(response?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(response?.body.text).length).toBeGreaterThan(10);
  });

  it("a long answer posts its first part with More; each click posts the next in the thread, until the end", async () => {
    api.reset();
    const citations = Array.from({ length: 600 }, (_, i) => ({ sentence: 0, text: `Invented sentence number ${i}.` }));
    next = (): Reply => ({ answered: true, lang: "en", intent: "x", text: "A long one.", quotes: [], figures: [], citations: citations.map((c, i) => ({ ...c, sentence: i })), suggestions: [] });
    await postSigned(h.url, h.secret, eventCallbackBody({ type: "app_mention", channel: "C0LONG", user: "U0R", text: "<@U0BOT> everything", ts: "200.000001" }));
    let [post] = await api.waitForCalls("chat.postMessage", 1);
    next = undefined;
    const seen = [JSON.stringify(post?.params.blocks)];
    for (let n = 2; ; n++) {
      const more = buttonsOf(post?.params.blocks).find((b) => b.action_id === "brief_more");
      if (!more) break;
      expect(more.text.text).toBe("More");
      await postSigned(h.url, h.secret, blockActionsBody({ button: more, channel_id: "C0LONG", message_ts: `200.${String(n).padStart(6, "0")}`, thread_ts: "200.000001" }));
      post = (await api.waitForCalls("chat.postMessage", n))[n - 1];
      expect(post?.params.thread_ts).toBe("200.000001");
      seen.push(JSON.stringify(post?.params.blocks));
    }
    expect(seen.length).toBeGreaterThan(1);
    for (const b of seen) expect((JSON.parse(b) as unknown[]).length).toBeLessThanOrEqual(50);
    const all = seen.join("");
    for (let i = 0; i < 600; i++) expect(all).toContain(`Invented sentence number ${i}.`);
  });

  it("publishes the App Home on app_home_opened: what the bot does, the story, the channels' daily briefings", async () => {
    api.reset();
    await subscriptions.subscribe({ platform: "slack", channelId: "C0DAILY", time: "07:30", timezone: "Europe/Paris", lang: "fr", user: "U0ADMIN" });
    await postSigned(h.url, h.secret, eventCallbackBody({ type: "app_home_opened", user: "U0VISITOR", channel: "D0HOME", tab: "home", event_ts: "300.000001" }));
    const [call] = await api.waitForCalls("views.publish", 1);
    expect(call?.params.user_id).toBe("U0VISITOR");
    const view = call?.params.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("I brief you on a news story");
    expect(text).toContain(story.title);
    expect(text).toContain("<#C0DAILY>: every day at 07:30 Europe/Paris, in French");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });
});
