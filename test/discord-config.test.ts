import { describe, expect, it } from "vitest";
import { DiscordConfigError, loadDiscordConfig, parseRateLimit, requireAppConfig } from "../adapters/discord/config.js";
import { createDiscordAdapter } from "../adapters/discord/index.js";
import { inviteUrl } from "../adapters/discord/invite.js";
import { UserRateLimiter } from "../adapters/discord/ratelimit.js";
import { silentLogger } from "../src/log.js";
import { realBot } from "./fakes/discord/handler.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB";

describe("Discord configuration", () => {
  it("is absent (null) without DISCORD_TOKEN, so npm start skips Discord", () => {
    expect(loadDiscordConfig({})).toBeNull();
    expect(loadDiscordConfig({ DISCORD_TOKEN: "  ", DISCORD_APP_ID: "1" })).toBeNull();
    const { story, handler } = realBot();
    expect(createDiscordAdapter({}, { handler, story, log: silentLogger })).toBeNull();
  });

  it("parses and normalises the values", () => {
    const c = loadDiscordConfig({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APP_ID: "123456789012345678", DISCORD_API_URL: "http://127.0.0.1:9/api/v10/", DISCORD_RATE_LIMIT: "3/1m" });
    expect(c).toEqual({ token: TOKEN, appId: "123456789012345678", guildId: null, apiUrl: "http://127.0.0.1:9/api", rateLimit: { capacity: 3, perMs: 60_000 }, shards: "auto" });
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN })?.apiUrl).toBe("https://discord.com/api");
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN })?.rateLimit).toEqual({ capacity: 30, perMs: 60_000 });
  });

  it("reports every malformed value at once, saying where to find it, without echoing the token", () => {
    let err: unknown;
    try {
      loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: "my-app", DISCORD_GUILD_ID: "guild", DISCORD_API_URL: "discord.com", DISCORD_RATE_LIMIT: "lots" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DiscordConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/DISCORD_APP_ID must be a numeric Discord ID \(Developer Portal/);
    expect(msg).toMatch(/DISCORD_GUILD_ID must be a numeric Discord ID/);
    expect(msg).toMatch(/DISCORD_API_URL must be an http\(s\) URL/);
    expect(msg).toMatch(/DISCORD_RATE_LIMIT "lots" is malformed/);
    expect(msg).not.toContain(TOKEN);
    const { story, handler } = realBot();
    expect(() => createDiscordAdapter({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: "x" }, { handler, story, log: silentLogger })).toThrow(DiscordConfigError);
  });

  it("requires the application ID (and the token) for the register and invite scripts", () => {
    expect(() => requireAppConfig({}, true)).toThrow(/DISCORD_TOKEN is missing[\s\S]*DISCORD_APP_ID is missing/);
    expect(requireAppConfig({ DISCORD_APP_ID: "42" }, false).appId).toBe("42");
  });

  it("reads rate limits", () => {
    expect(parseRateLimit("5/10s")).toEqual({ capacity: 5, perMs: 10_000 });
    expect(parseRateLimit("20/m")).toEqual({ capacity: 20, perMs: 60_000 });
    expect(parseRateLimit("off")).toBeNull();
    expect(() => parseRateLimit("5 per second")).toThrow();
  });

  it("builds the invite URL with both scopes and the permissions as an integer", () => {
    const url = new URL(inviteUrl("42"));
    expect(url.origin + url.pathname).toBe("https://discord.com/oauth2/authorize");
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    // ViewChannel 1<<10, SendMessages 1<<11, EmbedLinks 1<<14, ReadMessageHistory 1<<16, SendMessagesInThreads 1<<38
    expect(url.searchParams.get("permissions")).toBe(String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 38n)));
  });
});

describe("per-user token bucket", () => {
  it("allows a burst, refuses politely once, then refills with time", () => {
    let now = 0;
    const limiter = new UserRateLimiter({ capacity: 2, perMs: 10_000 }, () => now);
    expect(limiter.take("u").ok).toBe(true);
    expect(limiter.take("u").ok).toBe(true);
    expect(limiter.take("u")).toEqual({ ok: false, retryInMs: 5000, first: true });
    expect(limiter.take("u")).toMatchObject({ ok: false, first: false });
    expect(limiter.take("other").ok).toBe(true);
    now = 5000;
    expect(limiter.take("u").ok).toBe(true);
    expect(limiter.take("u")).toMatchObject({ ok: false, first: true });
    now = 100_000;
    expect(limiter.take("u").ok).toBe(true);
    expect(limiter.take("u").ok).toBe(true);
  });

  it("never limits when disabled", () => {
    const limiter = new UserRateLimiter(null, () => 0);
    for (let i = 0; i < 100; i++) expect(limiter.take("u").ok).toBe(true);
  });
});
