import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "./fakes/discord/server.js";

/** The fake Discord's own contract, which the adapter, scheduler and benchmark tests rely on. */
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord({ interactionDeadlineMs: 100 });
});
afterAll(async () => fake?.close());

const call = (method: string, path: string, body?: unknown, auth = true) =>
  fetch(`${fake.apiBase}/v10${path}`, {
    method,
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bot ${fake.token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("fake Discord", () => {
  it("rejects REST calls without the bot token (401) but not interaction callbacks", async () => {
    expect((await call("GET", "/gateway/bot", undefined, false)).status).toBe(401);
    expect((await call("GET", "/gateway/bot")).status).toBe(200);
  });

  it("enforces Discord's message limits with 400 / 50035", async () => {
    const long = await call("POST", `/channels/${fake.channelId}/messages`, { content: "x".repeat(2001) });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { code: number }).code).toBe(50035);
    const embed = await call("POST", `/channels/${fake.channelId}/messages`, { embeds: [{ description: "x".repeat(4097) }] });
    expect(embed.status).toBe(400);
    expect((await call("POST", `/channels/${fake.channelId}/messages`, { content: "ok", nonce: "n".repeat(26) })).status).toBe(400);
    expect((await call("POST", `/channels/${fake.channelId}/messages`, {})).status).toBe(400);
  });

  it("answers Unknown interaction (10062) after the deadline, and to a second callback 40060", async () => {
    const late = fake.sendCommand({ name: "ask" });
    await new Promise((r) => setTimeout(r, 150));
    const lateRes = await call("POST", `/interactions/${late.id}/${late.token}/callback`, { type: 4, data: { content: "late" } }, false);
    expect(lateRes.status).toBe(404);
    expect(((await lateRes.json()) as { code: number }).code).toBe(10062);
    const once = fake.sendCommand({ name: "ask" });
    expect((await call("POST", `/interactions/${once.id}/${once.token}/callback`, { type: 4, data: { content: "a" } }, false)).status).toBe(204);
    expect((await call("POST", `/interactions/${once.id}/${once.token}/callback`, { type: 4, data: { content: "b" } }, false)).status).toBe(400);
  });

  it("injects faults once, in order, with Retry-After on 429", async () => {
    fake.failNext({ path: "/messages", status: 429, retryAfter: 1.5, global: true });
    const limited = await call("POST", `/channels/${fake.channelId}/messages`, { content: "x" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1.5");
    expect(limited.headers.get("x-ratelimit-global")).toBe("true");
    expect(await limited.json()).toMatchObject({ retry_after: 1.5, global: true });
    expect((await call("POST", `/channels/${fake.channelId}/messages`, { content: "x" })).status).toBe(200);
  });

  it("creates unknown channels on demand when asked to (benchmarks)", async () => {
    const open = await startFakeDiscord({ acceptAnyChannel: true });
    try {
      const res = await fetch(`${open.apiBase}/v10/channels/123/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bot ${open.token}` },
        body: JSON.stringify({ content: "hi" }),
      });
      expect(res.status).toBe(200);
      expect(open.botMessages("123").map((m) => m.content)).toEqual(["hi"]);
    } finally {
      await open.close();
    }
  });
});
