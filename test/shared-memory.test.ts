import { afterAll, describe, expect, inject, it } from "vitest";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { withSharedMemory } from "../src/shared-memory.js";
import { openPostgresStore } from "../src/store/postgres.js";
import type { Store } from "../src/store/types.js";
import { loadStory } from "../src/story/load.js";
import { freshDatabase } from "./support/pg-server.js";

const story = loadStory();
const engine = createEngine(story);
const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

/** A quoted person of the shipped story: the follow-up « what did they say? » is about them. */
const person = () => {
  const p = story.speakers.find((s) => s.kind === "person" && story.quotes.some((q) => q.speaker === s.name));
  if (!p) throw new Error("no quoted person in the shipped story");
  return p.name;
};

describe("follow-up memory shared by processes", () => {
  it("a follow-up answered by another process knows what the conversation was about, until it expires", async () => {
    const url = await freshDatabase(inject("pgUrl"));
    stores.push(await openPostgresStore({ url, poolSize: 2 }), await openPostgresStore({ url, poolSize: 2 }));
    let clock = new Date("2026-06-01T06:00:00Z");
    const now = () => clock;
    const a = withSharedMemory(createBot(engine), stores[0]!.ephemeral, { now, ttlMs: 60_000 });
    const b = withSharedMemory(createBot(engine), stores[1]!.ephemeral, { now, ttlMs: 60_000 });
    const q1 = { platform: "slack" as const, text: `who is ${person()}?`, user: "U1", conversationId: "C1:171.1" };
    const q2 = { ...q1, text: "what did he say?" };
    // One process answering both: the reference. A fresh conversation: what a lost memory gives.
    const single = createBot(engine);
    single.handle(q1);
    const expected = single.handle(q2).text;
    const amnesic = createBot(engine).handle(q2).text;
    expect(expected).not.toBe(amnesic);

    await a.handleShared!(q1);
    expect((await b.handleShared!(q2)).text).toBe(expected);
    // Past the expiry, the conversation starts afresh on a process that has not seen it.
    await a.handleShared!({ ...q1, conversationId: "C1:171.2" });
    clock = new Date(clock.getTime() + 61_000);
    const c = withSharedMemory(createBot(engine), stores[1]!.ephemeral, { now });
    expect((await c.handleShared!({ ...q2, conversationId: "C1:171.2" })).text).toBe(amnesic);
  });
});
