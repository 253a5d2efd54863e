import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { openPostgresStore } from "../src/store/postgres.js";
import type { Store } from "../src/store/types.js";
import { loadStory } from "../src/story/load.js";
import { memoryLogger } from "./fakes/slack/echo-handler.js";
import { blockActionsBody, postSigned, slashCommandBody, startFakeSlackApi, startSlackBot, type FakeSlackApi, type SlackBotHarness } from "./fakes/slack/index.js";
import { freshDatabase } from "./support/pg-server.js";
import { sharedHandler } from "./support/shared-handler.js";

/**
 * Two bot processes behind one Slack URL sharing a Postgres database (two real Slack adapters on
 * Bolt, each with its own memory): a /brief follow-up, a suggestion button and a "More" click
 * that reach the other process than the answer before them still know the conversation and
 * still find the rest of the answer.
 */
const story = loadStory();
const engine = createEngine(story);
let stores: Store[] = [];
let api: FakeSlackApi;
let a: SlackBotHarness;
let b: SlackBotHarness;

/** A quoted person of the shipped story: « what did he say? » is about them. */
const person = () => {
  const p = story.speakers.find((s) => s.kind === "person" && story.quotes.some((q) => q.speaker === s.name));
  if (!p) throw new Error("no quoted person in the shipped story");
  return p.name;
};

beforeAll(async () => {
  const url = await freshDatabase(inject("pgUrl"));
  stores = [await openPostgresStore({ url, poolSize: 3 }), await openPostgresStore({ url, poolSize: 3 })];
  api = await startFakeSlackApi();
  const log = memoryLogger();
  a = await startSlackBot({ deps: { handler: sharedHandler(engine, stores[0]!, 600), story, log, shared: stores[0]!.ephemeral }, api });
  b = await startSlackBot({ deps: { handler: sharedHandler(engine, stores[1]!, 600), story, log, shared: stores[1]!.ephemeral }, api });
}, 60_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await api?.close();
  for (const s of stores) await s.close();
});

type Ack = { text: string; blocks: unknown };
type Block = { type: string; elements?: { type: string; action_id: string; value: string; text: { text: string } }[] };
const buttonsOf = (blocks: unknown) => ((blocks as Block[]) ?? []).filter((x) => x.type === "actions").flatMap((x) => x.elements ?? []);
const brief = async (h: SlackBotHarness, text: string, user: string, channel = "C0FOLLOW") =>
  (await postSigned(h.url, h.secret, slashCommandBody({ text, user_id: user, channel_id: channel }))).json as Ack;

describe("slash commands and buttons on several processes sharing a database", () => {
  it("a /brief follow-up answered by the other process knows what the asker was asking about", async () => {
    // The reference: one process answering both; and what a process that lost the thread answers.
    const single = createBot(engine);
    const conv = { platform: "slack" as const, user: "U0REF", conversationId: "C0REF:U0REF" };
    single.handle({ ...conv, text: `who is ${person()}?` });
    const expected = single.handle({ ...conv, text: "what did he say?" }).text;
    const amnesic = createBot(engine).handle({ ...conv, text: "what did he say?" }).text;
    expect(expected).not.toBe(amnesic);

    await brief(a, `who is ${person()}?`, "U0ONE");
    const followUp = await brief(b, "what did he say?", "U0ONE");
    expect(followUp.text.slice(0, 60)).toBe(expected.slice(0, 60));
    // Another asker in the same channel has their own conversation.
    expect((await brief(b, "what did he say?", "U0OTHER")).text.slice(0, 60)).toBe(amnesic.slice(0, 60));
  });

  it("a button clicked on the other process asks in the same conversation", async () => {
    await brief(a, `who is ${person()}?`, "U0BTN", "C0BTN");
    const decline = await brief(a, "how many tanks?", "U0BTN", "C0BTN");
    const shown = buttonsOf(decline.blocks)[0];
    expect(shown).toBeDefined();
    // A follow-up question on a button of that answer (same conversation, as the bot wrote it).
    const value = JSON.parse(shown!.value) as { c: string; v: string };
    expect(value.c).toBe("C0BTN:U0BTN");
    const button = { ...shown!, value: JSON.stringify({ ...value, q: "what did he say?" }), text: { text: "what did he say?" } };
    const single = createBot(engine);
    const conv = { platform: "slack" as const, user: "U0BTN", conversationId: "C0BTN:U0BTN" };
    single.handle({ ...conv, text: `who is ${person()}?` });
    single.handle({ ...conv, text: "how many tanks?" });
    const expected = single.handle({ ...conv, text: "what did he say?" }).text;
    expect(expected).not.toBe(createBot(engine).handle({ ...conv, text: "what did he say?" }).text);
    await postSigned(b.url, b.secret, blockActionsBody({ button, user_id: "U0BTN", channel_id: "C0BTN", response_url: api.responseUrl("btn") }));
    const [response] = (await api.waitForResponses(1)).filter((r) => r.id === "btn");
    expect(String(response?.body.text).slice(0, 60)).toBe(expected.slice(0, 60));
  });

  it("More clicked on the other process gives the next part, once", async () => {
    const first = await brief(a, "everything", "U0LONG", "C0LONG");
    const more = buttonsOf(first.blocks).find((x) => x.action_id === "brief_more");
    expect(more).toBeDefined();
    expect(JSON.stringify(first.blocks)).toContain("Invented sentence number 0 for U0LONG.");
    await postSigned(b.url, b.secret, blockActionsBody({ button: more!, user_id: "U0LONG", channel_id: "C0LONG", response_url: api.responseUrl("more-b") }));
    const next = (await api.waitForResponses(2)).find((r) => r.id === "more-b");
    expect(JSON.stringify(next?.body.blocks)).toMatch(/Invented sentence number [1-9]\d* for U0LONG\./);
    expect(String(next?.body.text)).not.toMatch(/no longer available/);
    // The same button clicked again (on the first process): already taken.
    await postSigned(a.url, a.secret, blockActionsBody({ button: more!, user_id: "U0LONG", channel_id: "C0LONG", response_url: api.responseUrl("more-a") }));
    const again = (await api.waitForResponses(3)).find((r) => r.id === "more-a");
    expect(String(again?.body.text)).toMatch(/no longer available/);
  });
});
