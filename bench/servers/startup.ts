import { performance } from "node:perf_hooks";
import { send, serveParent } from "./ipc.js";

/**
 * Starts one adapter the way `npm start` would and reports when it can answer: "shell" (story
 * loaded, engine indexed, first answer given), "discord" (logged in to the fake Discord given in
 * DISCORD_*), "slack" (HTTP receiver listening and auth.test done against the fake Web API in
 * SLACK_API_URL). Imports are inside the timing: they are most of a start-up.
 */
const which = process.argv[2];
const { loadStory } = await import("../../src/story/load.js");
const { createEngine } = await import("../../src/engine/engine.js");
const { createBot } = await import("../../src/bot.js");
const { silentLogger } = await import("../../src/log.js");
const story = loadStory();
const handler = createBot(createEngine(story));
let stop: () => Promise<void> = async () => {};
let port = 0;

if (which === "shell") {
  handler.handle({ platform: "shell", text: "Qui a parlé ?", user: "local", conversationId: "shell" });
} else if (which === "discord") {
  const { createDiscordAdapter } = await import("../../adapters/discord/index.js");
  const adapter = createDiscordAdapter(process.env, { handler, story, log: silentLogger }, { waitGuildTimeout: 1000 });
  if (!adapter) throw new Error("startup: DISCORD_TOKEN is not set");
  await adapter.start();
  stop = () => adapter.stop();
} else if (which === "slack") {
  const { createSlackAdapter } = await import("../../adapters/slack/index.js");
  const adapter = createSlackAdapter(process.env, { handler, story, log: silentLogger });
  if (!adapter) throw new Error("startup: SLACK_BOT_TOKEN is not set");
  await adapter.start();
  await (adapter as import("../../adapters/slack/index.js").SlackAdapter).whenConnected();
  port = (adapter as import("../../adapters/slack/index.js").SlackAdapter).port ?? 0;
  stop = () => adapter.stop();
} else {
  console.error(`usage: startup.ts shell|discord|slack (got ${which})`);
  process.exit(2);
}

const mem = process.memoryUsage();
send({ type: "ready", port, readyMs: performance.now(), rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20 });
serveParent(undefined, stop);
