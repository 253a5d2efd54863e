import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { echoHandler, memoryLogger } from "./fakes/slack/echo-handler.js";
import { eventCallbackBody, postSigned, slashCommandBody, startFakeSlackApi, startSlackBot, type SlackBotHarness } from "./fakes/slack/index.js";
import { fixtureStory } from "./fakes/slack/story.js";
import { loadSlackConfig } from "../adapters/slack/config.js";
import { SlackCredentialError } from "../adapters/slack/credentials.js";
import { ConfigError } from "../src/config/errors.js";
import type { UserError } from "../src/errors.js";

/** A port on 127.0.0.1 that nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let bot: SlackBotHarness | undefined;

afterEach(async () => {
  process.off("unhandledRejection", onUnhandled);
  await bot?.stop();
  bot = undefined;
});

describe("Slack start-up without the Web API", () => {
  it("serves slash commands while Slack is unreachable, logging and retrying auth.test", async () => {
    process.on("unhandledRejection", onUnhandled);
    const log = memoryLogger();
    bot = await startSlackBot({
      deps: { handler: echoHandler(), story: fixtureStory(), log },
      env: { SLACK_API_URL: `http://127.0.0.1:${await closedPort()}/api/` },
      adapter: { identityRetry: { initialDelayMs: 20, maxDelayMs: 40 } },
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.adapter.connected).toBe(false);
    const r = await postSigned(bot.url, bot.secret, slashCommandBody({ text: "who spoke?" }));
    expect(r.status).toBe(200);
    expect((r.json as { text: string }).text).toBe("You asked: who spoke? (turn 1)");
    const failures = log.lines.filter((l) => l.includes("auth.test failed; still serving, will retry"));
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(unhandled).toEqual([]);
  });

  it("recovers once Slack answers: learns its id and answers mentions", async () => {
    const api = await startFakeSlackApi({ botUserId: "U0LATE" });
    api.dropNext("auth.test", 2);
    api.httpErrorNext("auth.test", 503, 1);
    const log = memoryLogger();
    bot = await startSlackBot({
      deps: { handler: echoHandler(), story: fixtureStory(), log },
      api,
      adapter: { identityRetry: { initialDelayMs: 20, maxDelayMs: 40 } },
    });
    await bot.adapter.whenConnected();
    expect(bot.adapter.connected).toBe(true);
    expect(api.callsTo("auth.test")).toHaveLength(4);
    await postSigned(bot.url, bot.secret, eventCallbackBody({ type: "app_mention", channel: "C1", user: "U1", text: "hi <@U0LATE> who?", ts: "1.000001" }));
    const [call] = await api.waitForCalls("chat.postMessage", 1);
    expect(call?.params.text).toBe("You asked: hi who? (turn 1)");
    await bot.stop();
    bot = undefined;
    await api.close();
  });
});

describe("Slack start-up with a refused credential", () => {
  it.each(["invalid_auth", "not_authed", "account_inactive", "token_revoked"])("%s stops the start with SLACK_BOT_TOKEN and where to get it, without retrying", async (code) => {
    const api = await startFakeSlackApi();
    api.errorNext("auth.test", code, 5);
    const log = memoryLogger();
    try {
      const err = await startSlackBot({ deps: { handler: echoHandler(), story: fixtureStory(), log }, api, adapter: { identityRetry: { initialDelayMs: 20, maxDelayMs: 40 } } }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SlackCredentialError);
      expect((err as Error).message).toMatch(new RegExp(`^Slack rejected SLACK_BOT_TOKEN \\(${code}\\): set a valid one from api\\.slack\\.com/apps → .*OAuth & Permissions`));
      expect((err as UserError).exitCode).toBe(78);
      await new Promise((r) => setTimeout(r, 150));
      expect(api.callsTo("auth.test")).toHaveLength(1);
      // The caller reports it, once: the adapter itself logs nothing about it.
      expect(log.lines.filter((l) => l.includes(code))).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it("a token refused once Slack is reachable again is reported through deps.fatal; each unreachable attempt is one log line", async () => {
    const api = await startFakeSlackApi();
    api.dropNext("auth.test", 2);
    api.errorNext("auth.test", "token_revoked", 1);
    const log = memoryLogger();
    const fatal: Error[] = [];
    bot = await startSlackBot({
      deps: { handler: echoHandler(), story: fixtureStory(), log, fatal: (e) => fatal.push(e) },
      api,
      adapter: { identityRetry: { initialDelayMs: 20, maxDelayMs: 40 } },
    });
    await api.waitForCalls("auth.test", 3);
    await new Promise((r) => setTimeout(r, 50));
    expect(fatal.map((e) => e.message)).toEqual([expect.stringMatching(/^Slack rejected SLACK_BOT_TOKEN \(token_revoked\)/)]);
    // Two network failures, two lines: no second line from the Web API client for the same failure.
    expect(log.lines.filter((l) => /auth\.test|http request failed/.test(l))).toHaveLength(2);
    await api.close();
  });

  it("a token that is not a bot token (no xoxb-) is refused before any call, naming the variable", () => {
    for (const token of ["xoxp-1-user-token", "my-bot-token", "xapp-1-A0"]) {
      let err: unknown;
      try {
        loadSlackConfig({ SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: "s" });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/SLACK_BOT_TOKEN must be a bot token starting with xoxb- \(api\.slack\.com\/apps/);
      expect((err as Error).message).not.toContain("\n");
      expect((err as Error).message).not.toContain(token);
    }
  });
});
