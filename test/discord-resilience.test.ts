import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/engine/reply.js";
import { renderReply } from "../adapters/discord/render/reply.js";
import { realBot } from "./fakes/discord/handler.js";
import { startHarness, type Harness } from "./fakes/discord/harness.js";

const { story, handler } = realBot();
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ handler, story, env: { DISCORD_RATE_LIMIT: "off" } });
});
afterAll(async () => h?.close());
const mention = (text: string) => `<@${h.fake.botUser.id}> ${text}`;

describe("Discord resilience (real discord.js client)", () => {
  it("a 429 from REST is waited out by discord.js's own queue and the reply still arrives", async () => {
    h.fake.failNext({ method: "POST", path: "/messages", status: 429, retryAfter: 0.3 });
    const m = h.fake.sendMessage({ content: mention("who spoke?"), mentionBot: true });
    const reply = await h.fake.waitForReply(m.id);
    const attempts = h.fake.requests.filter((r) => r.method === "POST" && r.path === reply.path && r.seq <= reply.seq && r.status === 429);
    const limited = attempts.at(-1);
    expect(limited?.body?.message_reference).toEqual(reply.body?.message_reference);
    // It waited Retry-After (300 ms) before trying again, not hammering the API.
    expect(reply.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(280);
    expect(reply.body?.content).toBe(renderReply(handler.replies.at(-1) as Reply)[0]);
  });

  it("a 429 on an interaction callback is retried too", async () => {
    h.fake.failNext({ method: "POST", path: "/callback", status: 429, retryAfter: 0.2 });
    const i = h.fake.sendCommand({ name: "ask", options: [{ name: "question", type: 3, value: "how many troops?" }] });
    const cb = await h.fake.waitForCallback(i);
    expect(cb.type).toBe(4);
    expect(h.fake.requests.filter((r) => r.path.endsWith(`${i.token}/callback`)).map((r) => r.status)).toEqual([429, 204]);
  });

  it("after a gateway disconnect it resumes the session and keeps answering", async () => {
    const identifies = h.fake.gateway.identifies.length;
    const session = h.fake.waitForSession();
    h.fake.disconnect(4000);
    expect(await session).toBe("resume");
    expect(h.fake.gateway.identifies.length).toBe(identifies);
    const m = h.fake.sendMessage({ content: mention("who spoke?"), mentionBot: true });
    expect((await h.fake.waitForReply(m.id)).status).toBe(200);
  });

  it("a message sent while it was disconnected is replayed on resume and answered", async () => {
    h.fake.disconnect(4000);
    const m = h.fake.sendMessage({ content: mention("how many troops?"), mentionBot: true });
    const session = h.fake.waitForSession();
    expect(await session).toBe("resume");
    expect((await h.fake.waitForReply(m.id)).status).toBe(200);
  });

  it("when the session cannot be resumed it identifies again and keeps answering", async () => {
    const identifies = h.fake.gateway.identifies.length;
    const session = h.fake.waitForSession(8000);
    h.fake.disconnect(4000, { invalidate: true });
    expect(await session).toBe("identify");
    expect(h.fake.gateway.identifies.length).toBe(identifies + 1);
    const i = h.fake.sendCommand({ name: "ask", options: [{ name: "question", type: 3, value: "who spoke?" }] });
    expect((await h.fake.waitForCallback(i)).type).toBe(4);
  });
});
