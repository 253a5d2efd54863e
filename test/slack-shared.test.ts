import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { openPostgresStore } from "../src/store/postgres.js";
import type { Store } from "../src/store/types.js";
import { loadStory } from "../src/story/load.js";
import { memoryLogger } from "./fakes/slack/echo-handler.js";
import { eventCallbackBody, post, postSigned, signedRequest, slashCommandBody, startFakeSlackApi, startSlackBot, type FakeSlackApi, type SlackBotHarness } from "./fakes/slack/index.js";
import { freshDatabase } from "./support/pg-server.js";

/**
 * Two bot processes behind one Slack URL (a load balancer may send a retry or a replayed request
 * to either), sharing a Postgres database: each event and each signed request is answered once.
 * Two real Slack adapters (Bolt) in this process, each with its own memory, one database.
 */
let stores: Store[] = [];
let api: FakeSlackApi;
let a: SlackBotHarness;
let b: SlackBotHarness;
const settle = () => new Promise((r) => setTimeout(r, 300));

beforeAll(async () => {
  const url = await freshDatabase(inject("pgUrl"));
  stores = [await openPostgresStore({ url, poolSize: 3 }), await openPostgresStore({ url, poolSize: 3 })];
  const story = loadStory();
  api = await startFakeSlackApi();
  const log = memoryLogger();
  const deps = (s: Store) => ({ handler: createBot(createEngine(story)), story, log, shared: s.ephemeral });
  a = await startSlackBot({ deps: deps(stores[0]!), api });
  b = await startSlackBot({ deps: deps(stores[1]!), api });
  await Promise.all([a.adapter.whenConnected(), b.adapter.whenConnected()]);
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await api?.close();
  for (const s of stores) await s.close();
});

describe("Slack on several processes sharing a database", () => {
  it("an event delivered to both instances (Slack's retry landing elsewhere) is answered once", async () => {
    const event = { type: "app_mention", user: "U0ASKER", channel: "C0SHARED", text: "<@U0BOT> who spoke?", ts: "1700000001.000100" };
    const body = eventCallbackBody(event, { eventId: "Ev0SHARED1" });
    // Each delivery is signed afresh, as Slack does for a retry.
    const [r1, r2] = await Promise.all([postSigned(a.url, a.secret, body), postSigned(b.url, b.secret, body, { timestamp: Math.floor(Date.now() / 1000) - 1 })]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    await settle();
    expect(api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0SHARED")).toHaveLength(1);
    // And a later retry to either one changes nothing.
    await postSigned(a.url, a.secret, body, { timestamp: Math.floor(Date.now() / 1000) - 2 });
    await settle();
    expect(api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0SHARED")).toHaveLength(1);
  });

  it("a signed /brief captured and replayed to the other instance is not answered again", async () => {
    const req = signedRequest(a.secret, slashCommandBody({ text: "who", channel_id: "C0REPLAY" }));
    const first = await post(a.url, req.body, req.headers);
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.json)).toMatch(/./);
    const replay = await post(b.url, req.body, req.headers);
    expect(replay.status).toBe(200);
    // Acknowledged with an empty body: no answer in the channel.
    expect(replay.text).toBe("");
    const second = await post(a.url, req.body, req.headers);
    expect(second.text).toBe("");
  });

  it("different events still get their answers on either instance", async () => {
    const mk = (id: string, ch: string) => eventCallbackBody({ type: "app_mention", user: "U0ASKER", channel: ch, text: "<@U0BOT> how many troops?", ts: "1700000002.000100" }, { eventId: id });
    await Promise.all([postSigned(a.url, a.secret, mk("Ev0X1", "C0X1")), postSigned(b.url, b.secret, mk("Ev0X2", "C0X2"))]);
    await settle();
    expect(api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0X1")).toHaveLength(1);
    expect(api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0X2")).toHaveLength(1);
  });
});
