import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { echoHandler, memoryLogger } from "./fakes/slack/echo-handler.js";
import { startFakeSlackApi, startSlackBot, type FakeSlackApi, type SlackBotHarness } from "./fakes/slack/index.js";
import { fixtureStory } from "./fakes/slack/story.js";

let api: FakeSlackApi;
let bot: SlackBotHarness;

beforeAll(async () => {
  api = await startFakeSlackApi({ socketMode: true });
  bot = await startSlackBot({
    deps: { handler: echoHandler(), story: fixtureStory(), log: memoryLogger() },
    api,
    // Socket Mode needs no signing secret and opens no port.
    env: { SLACK_APP_TOKEN: "xapp-1-test", SLACK_SIGNING_SECRET: "" },
  });
  await api.socket.connected();
});

afterAll(async () => {
  await bot?.stop();
  await api?.close();
});

describe("Slack in Socket Mode", () => {
  it("connects with the app token and opens no HTTP port", () => {
    expect(bot.adapter.port).toBeUndefined();
    expect(api.callsTo("apps.connections.open")[0]?.token).toBe("xapp-1-test");
  });

  it("answers /brief in the envelope's ack", async () => {
    const ack = await api.socket.deliver("slash_commands", {
      command: "/brief",
      text: "who spoke?",
      user_id: "U0ASKER",
      channel_id: "C0SOCK",
      team_id: "T0FAKE",
      response_url: api.responseUrl("sock"),
      trigger_id: "t",
      api_app_id: "A0APP",
    });
    expect(ack).toMatchObject({ response_type: "in_channel", text: "You asked: who spoke? (turn 1)" });
  });

  it("answers a mention in its thread", async () => {
    await api.socket.deliver("events_api", {
      type: "event_callback",
      team_id: "T0FAKE",
      api_app_id: "A0APP",
      event_id: "Ev0SOCK",
      event: { type: "app_mention", channel: "C0SOCK", user: "U0ASKER", text: "<@U0BOT> who spoke?", ts: "1700000000.000100" },
    });
    const [call] = await api.waitForCalls("chat.postMessage", 1);
    expect(call?.params).toMatchObject({ channel: "C0SOCK", thread_ts: "1700000000.000100", text: "You asked: who spoke? (turn 1)" });
  });
});
