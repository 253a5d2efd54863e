import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseBriefCommand } from "../adapters/slack/command-text.js";
import { loadSlackConfig } from "../adapters/slack/config.js";
import { mentionQuestion, slackToPlain } from "../adapters/slack/inbound-text.js";
import { createReplayGuard } from "../adapters/slack/replay.js";

const cmd = (text: string) => {
  const r = parseBriefCommand(text);
  if (!r.ok) throw new Error(r.error);
  return r.command;
};

describe("/brief text", () => {
  it("reads the subcommands", () => {
    expect(cmd("")).toEqual({ action: { kind: "briefing" }, private: false, lang: null });
    expect(cmd("en")).toEqual({ action: { kind: "briefing" }, private: false, lang: "en" });
    expect(cmd("WHO").action).toEqual({ kind: "who" });
    expect(cmd("troops").action).toEqual({ kind: "troops" });
    expect(cmd("help").action).toEqual({ kind: "help" });
    expect(cmd("quotes").action).toEqual({ kind: "quotes", person: null });
    expect(cmd("quotes Jan Novak").action).toEqual({ kind: "quotes", person: "Jan Novak" });
    expect(cmd("unsubscribe").action).toEqual({ kind: "unsubscribe" });
    expect(cmd("subscriptions").action).toEqual({ kind: "subscriptions" });
    expect(cmd("subscribe 08:00 Europe/Paris fr").action).toEqual({ kind: "subscribe", time: "08:00", timezone: "Europe/Paris", lang: "fr" });
    expect(cmd("subscribe 7:30 America/Argentina/Buenos_Aires").action).toEqual({
      kind: "subscribe",
      time: "7:30",
      timezone: "America/Argentina/Buenos_Aires",
      lang: null,
    });
  });

  it("treats anything else, including sentences starting with a keyword, as a question", () => {
    expect(cmd("who is the spokesman?").action).toEqual({ kind: "ask", question: "who is the spokesman?" });
    expect(cmd("  how   many troops?  ").action).toEqual({ kind: "ask", question: "how many troops?" });
  });

  it("reads -p and language flags anywhere; French keywords answer in French", () => {
    expect(cmd("-p who")).toEqual({ action: { kind: "who" }, private: true, lang: null });
    expect(cmd("who said it? --private --fr")).toEqual({ action: { kind: "ask", question: "who said it?" }, private: true, lang: "fr" });
    expect(cmd("troupes")).toEqual({ action: { kind: "troops" }, private: false, lang: "fr" });
    expect(cmd("--en qui")).toMatchObject({ lang: "en" });
  });

  it("explains malformed subscriptions", () => {
    expect(parseBriefCommand("subscribe 25:00 Europe/Paris")).toEqual({ ok: false, error: "the time must be HH:MM, e.g. 08:00" });
    expect(parseBriefCommand("subscribe 08:00 Europe/Paris de")).toEqual({ ok: false, error: "the language must be fr or en" });
    expect(parseBriefCommand("subscribe 08:00")).toMatchObject({ ok: false, error: expect.stringContaining("usage") });
    expect(parseBriefCommand("subscribe 08:00 <!channel>")).toMatchObject({ ok: false, error: expect.stringContaining("IANA") });
  });
});

describe("inbound Slack text", () => {
  it("turns Slack markup back into what was typed", () => {
    expect(slackToPlain("&lt;b&gt; &amp; <@U1|ann> in <#C1|general> see <https://x.org|x.org> <!here>")).toBe("<b> & @ann in #general see x.org @here");
  });

  it("removes the bot's own mention, or a leading one while its id is unknown", () => {
    expect(mentionQuestion("<@U0BOT> who spoke?", "U0BOT")).toBe("who spoke?");
    expect(mentionQuestion("hey <@U0BOT|briefbot>, who spoke?", "U0BOT")).toBe("hey , who spoke?");
    expect(mentionQuestion("<@U0BOT> who spoke?", undefined)).toBe("who spoke?");
    expect(mentionQuestion("<@U0BOT>", "U0BOT")).toBe("");
  });
});

describe("Slack configuration", () => {
  it("is off without a bot token", () => {
    expect(loadSlackConfig({})).toBeNull();
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: "  ", PORT: "not a port" })).toBeNull();
  });

  it("reads HTTP mode with defaults", () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "http://127.0.0.1:9/api", SLACK_SUBSCRIBE_USERS: "U1, U2" })).toEqual({
      botToken: "xoxb-1",
      signingSecret: "s",
      appToken: undefined,
      port: 3000,
      apiUrl: "http://127.0.0.1:9/api/",
      subscribeUsers: ["U1", "U2"],
    });
  });

  it("explains what is wrong", () => {
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET is required in HTTP mode/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", PORT: "http" })).toThrow(/PORT must be a port number/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-2" })).toThrow(/SLACK_APP_TOKEN must be an app-level token/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "slack.com" })).toThrow(/SLACK_API_URL/);
  });

  it("needs no signing secret in Socket Mode", () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" })).toMatchObject({ appToken: "xapp-1", signingSecret: undefined });
  });
});

describe("replay guard", () => {
  const sig = (n: number) => `v0=${createHmac("sha256", "secret").update(String(n)).digest("hex")}`;

  it("accepts a signature once within its window, and frees it after", () => {
    let now = 1_000_000_000_000;
    const guard = createReplayGuard({ now: () => now });
    const ts = now / 1000;
    expect(guard.firstSeen(sig(1), ts)).toBe(true);
    expect(guard.firstSeen(sig(1), ts)).toBe(false);
    expect(guard.firstSeen(sig(2), ts)).toBe(true);
    now += 4 * 60_000;
    expect(guard.firstSeen(sig(1), ts)).toBe(false);
    now += 2 * 60_000; // past the window: the signature check refuses the old timestamp anyway
    expect(guard.firstSeen(sig(3), now / 1000)).toBe(true);
    expect(guard.size).toBe(1);
  });

  it("holds memory proportional to the rate times the window, not to the total", () => {
    let now = 2_000_000_000_000;
    const guard = createReplayGuard({ now: () => now });
    for (let i = 0; i < 20 * 60 * 100; i++) {
      now += 10; // 100 requests a second for 20 minutes
      guard.firstSeen(sig(i), Math.floor(now / 1000));
    }
    expect(guard.size).toBeLessThanOrEqual(100 * (5 * 60 + 2 * 10));
    expect(guard.size).toBeGreaterThanOrEqual(100 * 5 * 60);
  });

  it("answers an event id once across redeliveries, for longer than the signature window", () => {
    let now = 3_000_000_000_000;
    const guard = createReplayGuard({ now: () => now });
    expect(guard.firstDelivery("Ev1")).toBe(true);
    now += 6 * 60_000; // Slack's last retry comes about 5 minutes after the first try
    expect(guard.firstDelivery("Ev1")).toBe(false);
    now += 10 * 60_000;
    expect(guard.firstDelivery("Ev2")).toBe(true);
    expect(guard.size).toBe(1);
  });
});
