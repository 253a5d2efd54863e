import { platformAdapters } from "../adapters/registry.js";
import { shellFromDeps } from "../adapters/shell/index.js";
import type { Adapter, AdapterDeps } from "./adapter/types.js";
import { createBot } from "./bot.js";
import { createEngine } from "./engine/engine.js";
import { loadDotEnv } from "./config/dotenv.js";
import { UserError, oneLine } from "./errors.js";
import { createLogger, loggerOptionsFromEnv } from "./log.js";
import {
  createSubscriptionCommands,
  openStore,
  reloadingStory,
  schedulerConfigFromEnv,
  startDailyBriefings,
  storeConfigFromEnv,
  type DailyBriefings,
} from "./scheduling/index.js";
import type { SubscriptionCommands } from "./scheduling/types.js";
import type { Store } from "./store/types.js";
import { DEFAULT_STORY, loadStory, resolveStoryPath } from "./story/load.js";

/** `npm start`: every platform whose credentials are set, or the shell when none is. */
async function main(): Promise<number> {
  // .env first: every setting below may come from it (the environment wins over the file).
  loadDotEnv();
  const log = createLogger(loggerOptionsFromEnv(process.env));
  const running: Adapter[] = [];
  let daily: DailyBriefings | null = null;
  let store: Promise<Store> | null = null;

  // Signals are handled from the first moment: a stop during start-up still closes what started.
  let stopping = false;
  const closeAll = async () => {
    await daily?.stop();
    await Promise.allSettled(running.map((a) => a.stop()));
    await (await store?.catch(() => null))?.close();
  };
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    await closeAll();
  };
  process.once("SIGINT", () => void stopAll("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void stopAll("SIGTERM").then(() => process.exit(0)));

  const storyPath = resolveStoryPath(process.env.BRIEF_STORY || DEFAULT_STORY);
  const story = loadStory(storyPath);
  const handler = createBot(createEngine(story));

  // The subscription database is opened only when a platform adapter first needs it, so the
  // shell alone never creates DATA_DIR.
  const openedStore = () => (store ??= openStore(storeConfigFromEnv(process.env)));
  let commands: Promise<SubscriptionCommands> | null = null;
  const opened = () => (commands ??= openedStore().then((s) => createSubscriptionCommands({ store: s.subscriptions })));
  const subscriptions: SubscriptionCommands = {
    subscribe: async (req) => (await opened()).subscribe(req),
    unsubscribe: async (p, c) => (await opened()).unsubscribe(p, c),
    list: async (p, c) => (await opened()).list(p, c),
  };
  // A credential refused after the start (revoked while running, or once Slack was reachable):
  // the same one line as a refusal at start, everything closed, the same exit code.
  const fatal = (err: Error) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`briefbot: ${oneLine(err)}\n`);
    void closeAll().finally(() => process.exit(err instanceof UserError ? err.exitCode : 1));
  };
  const deps: AdapterDeps = { handler, story, log, subscriptions, fatal };
  // A shared database (DATABASE_URL): opened before any adapter, since what the processes share
  // (Slack events already handled) is needed from the first request.
  const storeConfig = storeConfigFromEnv(process.env);
  if (storeConfig.databaseUrl) {
    const shared = await openedStore();
    deps.shared = shared.ephemeral;
    log.info("store: shared database", { kind: shared.kind });
  }

  // Platform adapters (adapters/registry.ts): each factory returns null when its credentials
  // are not in the environment, and is then skipped.
  try {
    for (const entry of platformAdapters) {
      const factory = await entry.factory();
      const adapter = factory(process.env, deps);
      if (!adapter || stopping) continue;
      await adapter.start();
      running.push(adapter);
      log.info("adapter started", { adapter: adapter.name });
    }
  } catch (err) {
    // One adapter refused to start (a rejected token): the ones already running stop too, so
    // the process exits instead of serving half configured.
    stopping = true;
    await closeAll();
    throw err;
  }

  if (running.length) {
    daily = startDailyBriefings({
      store: await openedStore(),
      publishers: running.map((a) => a.publisher),
      story: reloadingStory(storyPath, loadStory, log, story),
      log,
      config: schedulerConfigFromEnv(process.env),
    });
    return new Promise<number>(() => {});
  }

  // No platform configured: the shell, with its prompt only on a terminal.
  const shell = shellFromDeps(deps, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
  running.push(shell);
  await shell.start();
  await shell.done;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // One line, no stack trace: what to fix (a variable, a file), or what went wrong.
    process.stderr.write(`briefbot: ${oneLine(err)}\n`);
    // exit() rather than exitCode: a client that started (a socket, a timer) must not keep the process up.
    process.exit(err instanceof UserError ? err.exitCode : 1);
  },
);
