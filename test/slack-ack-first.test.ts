import { afterEach, describe, expect, it } from "vitest";
import type { SubscriptionCommands } from "../src/scheduling/types.js";
import { echoHandler, memoryLogger } from "./fakes/slack/echo-handler.js";
import { postSigned, slashCommandBody, startSlackBot, type SlackBotHarness } from "./fakes/slack/index.js";
import { fixtureStory } from "./fakes/slack/story.js";

/**
 * /brief acks first, empty, and answers through response_url when the answer cannot ride on the
 * ack in time: the request waited behind others (here: any wait at all), or a store call is
 * still running when Slack's 3 seconds are nearly up.
 */
let bot: SlackBotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe("/brief when the answer cannot ride on the ack", () => {
  it("a request that waited behind others is acked at once, and answered through response_url", async () => {
    bot = await startSlackBot({ deps: { handler: echoHandler(), story: fixtureStory(), log: memoryLogger() }, adapter: { ackFirstAfterMs: 0 } });
    const r = await postSigned(bot.url, bot.secret, slashCommandBody({ text: "who spoke?", response_url: bot.api.responseUrl("late") }));
    expect(r.status).toBe(200);
    expect(r.text).toBe("");
    const [answer] = await bot.api.waitForResponses(1);
    expect(answer).toMatchObject({ id: "late", body: { response_type: "in_channel", replace_original: false, text: "You asked: who spoke? (turn 1)" } });
  });

  it("a store call still running near the deadline: acked empty within Slack's 3 s, answered after", async () => {
    const slowList: SubscriptionCommands = {
      subscribe: async () => ({ ok: false, error: "unused" }),
      unsubscribe: async () => false,
      list: () => new Promise((resolve) => setTimeout(() => resolve([]), 3_000)),
    };
    bot = await startSlackBot({ deps: { handler: echoHandler(), story: fixtureStory(), log: memoryLogger(), subscriptions: slowList } });
    const t0 = Date.now();
    const r = await postSigned(bot.url, bot.secret, slashCommandBody({ text: "subscriptions", response_url: bot.api.responseUrl("slow") }));
    const ackMs = Date.now() - t0;
    expect(r.status).toBe(200);
    expect(r.text).toBe("");
    expect(ackMs).toBeLessThan(3_000);
    const [answer] = await bot.api.waitForResponses(1, 10_000);
    expect(answer).toMatchObject({ id: "slow", body: { response_type: "ephemeral", text: expect.stringContaining("no daily briefing") } });
  }, 20_000);
});
