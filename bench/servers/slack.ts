import { performance } from "node:perf_hooks";
import { App, LogLevel } from "@slack/bolt";
import { createBot } from "../../src/bot.js";
import { createEngine } from "../../src/engine/engine.js";
import { silentLogger } from "../../src/log.js";
import { loadStory } from "../../src/story/load.js";
import { startFakeSlackApi } from "../../test/fakes/slack/api.js";
import { startSlackBot } from "../../test/fakes/slack/bot.js";
import { echoHandler } from "../../test/fakes/slack/echo-handler.js";
import { send, serveParent } from "./ipc.js";

/**
 * A Slack server for the load generator, in its own process so the generator does not share its
 * thread. Modes: "project" (the real adapter, real bot and engine on the default story), "echo"
 * (the real adapter with a handler that only echoes: the adapter's own cost), "bare" (a Bolt app
 * on Bolt's own receiver whose /brief listener only acks). All on 127.0.0.1, Web API at a fake.
 */
export const SECRET = "bench-signing-secret";

const mode = process.argv[2];
let handled = 0;

if (mode === "bare") {
  const api = await startFakeSlackApi({ record: false });
  const app = new App({
    signingSecret: SECRET,
    token: "xoxb-bench",
    botId: "B0BENCH",
    botUserId: "U0BENCH",
    logger: { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} },
    clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0 } },
  });
  app.command("/brief", async ({ ack }) => {
    handled++;
    await ack();
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as { address(): unknown };
  const port = (server.address() as { port: number }).port;
  report(port);
  serveParent(() => ({ handled }), async () => {
    await app.stop();
    await api.close();
  });
} else if (mode === "project" || mode === "echo") {
  const api = await startFakeSlackApi({ record: false });
  const story = loadStory();
  const inner = mode === "project" ? createBot(createEngine(story)) : echoHandler();
  const handler = {
    handle: (m: Parameters<typeof inner.handle>[0]) => {
      handled++;
      if (mode === "echo") (inner as ReturnType<typeof echoHandler>).seen.length = 0;
      return inner.handle(m);
    },
  };
  const bot = await startSlackBot({ deps: { handler, story, log: silentLogger }, api, secret: SECRET });
  await bot.adapter.whenConnected();
  report(bot.adapter.port ?? 0);
  serveParent(() => ({ handled }), async () => {
    await bot.stop();
    await api.close();
  });
} else {
  console.error(`usage: slack.ts project|echo|bare (got ${mode})`);
  process.exit(2);
}

function report(port: number): void {
  const mem = process.memoryUsage();
  send({ type: "ready", port, readyMs: performance.now(), rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20 });
}
