import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { echoHandler, memoryLogger } from "./fakes/slack/echo-handler.js";
import { eventCallbackBody, postSigned, slashCommandBody, startFakeSlackApi, startSlackBot, type SlackBotHarness } from "./fakes/slack/index.js";
import { fixtureStory } from "./fakes/slack/story.js";

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
