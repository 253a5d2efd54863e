import { afterAll, describe, expect, inject, it } from "vitest";
import type { AddressInfo } from "node:net";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { createHealth, serveHealth } from "../src/health.js";
import { openPostgresStore } from "../src/store/postgres.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Adapter } from "../src/adapter/types.js";
import type { Store } from "../src/store/types.js";
import { loadStory } from "../src/story/load.js";
import { startHarness } from "./fakes/discord/harness.js";
import { memoryLogger } from "./fakes/slack/echo-handler.js";
import { startSlackBot } from "./fakes/slack/index.js";
import { freshDatabase } from "./support/pg-server.js";

const story = loadStory();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of closers.reverse()) await c();
});

const get = async (url: string) => {
  const r = await fetch(url);
  return { status: r.status, body: (await r.json()) as { ok: boolean; store: string; adapters: Record<string, boolean> } };
};

describe("GET /healthz", () => {
  it("on the Slack port: the store answers and Slack is connected (200); a store that is down gives 503", async () => {
    const url = await freshDatabase(inject("pgUrl"));
    let store: Promise<Store> = openPostgresStore({ url, poolSize: 2 });
    const running: Adapter[] = [];
    const health = createHealth({ store: () => store, adapters: () => running });
    const bot = await startSlackBot({ deps: { handler: createBot(createEngine(story)), story, log: memoryLogger(), health } });
    closers.push(() => bot.stop());
    running.push(bot.adapter);
    await bot.adapter.whenConnected();
    const base = bot.url.replace("/slack/events", "");
    expect(await get(`${base}/healthz`)).toEqual({ status: 200, body: { ok: true, store: "ok", adapters: { slack: true } } });
    await (await store).close();
    expect(await get(`${base}/healthz`)).toEqual({ status: 503, body: { ok: false, store: "down", adapters: { slack: true } } });
    store = Promise.resolve(openSqliteStore({ file: ":memory:" }));
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });

  it("on HEALTH_PORT for a Discord-only process: 200 while the gateway is ready, 503 once it is not", async () => {
    const h = await startHarness({ handler: createBot(createEngine(story)), story });
    const running: Adapter[] = [h.adapter];
    const store = Promise.resolve(openSqliteStore({ file: ":memory:" }));
    const server = await serveHealth(createHealth({ store: () => store, adapters: () => running }), 0, "127.0.0.1");
    closers.push(() => new Promise((r) => server.close(() => r())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await get(`${base}/healthz`)).toEqual({ status: 200, body: { ok: true, store: "ok", adapters: { discord: true } } });
    await h.close();
    expect(await get(`${base}/healthz`)).toMatchObject({ status: 503, body: { ok: false, adapters: { discord: false } } });
    expect((await fetch(`${base}/other`)).status).toBe(404);
  });
});
