import { platformAdapters } from "../adapters/registry.js";
import { shellFromDeps } from "../adapters/shell/index.js";
import type { Adapter, AdapterDeps } from "./adapter/types.js";
import { createBot } from "./bot.js";
import { createEngine } from "./engine/engine.js";
import { loadDotEnv } from "./config/dotenv.js";
import { UserError, oneLine } from "./errors.js";
import { createHealth, serveHealth } from "./health.js";
import { withSharedMemory } from "./shared-memory.js";
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
import { defaultStory, loadStory, resolveStoryPath } from "./story/load.js";
import { loadDictionaries } from "./dictionary-load.js";

/** HEALTH_PORT: a port for GET /healthz alone; unset, none (Slack's PORT serves it too). */
function healthPortFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.HEALTH_PORT?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`HEALTH_PORT must be a port number, got "${raw}"`);
  return n;
}

/** `npm start`: every platform whose credentials are set, or the shell when none is. */
async function main(): Promise<number> {
  // .env first: every setting below may come from it (the environment wins over the file).
  loadDotEnv();
  const log = createLogger(loggerOptionsFromEnv(process.env));
  const running: Adapter[] = [];
  let daily: DailyBriefings | null = null;
  let store: Store | null = null;

  // Signals are handled from the first moment: a stop during start-up still closes what started.
  let stopping = false;
  const closeAll = async () => {
    await daily?.stop();
    await Promise.allSettled(running.map((a) => a.stop()));
    await store?.close();
  };
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    await closeAll();
  };
  process.once("SIGINT", () => void stopAll("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void stopAll("SIGTERM").then(() => process.exit(0)));

  const storyPath = resolveStoryPath(process.env.BRIEF_STORY || defaultStory());
  const story = loadStory(storyPath);
  // the installed bilingual dictionaries, when there are (README « Languages »); never required
  const dict = loadDictionaries();
  log.debug("dictionaries", { frEn: dict.frEn, enFr: dict.enFr });
  const handler = createBot(createEngine(story));

  // A credential refused after the start (revoked while running, or once Slack was reachable):
  // the same one line as a refusal at start, everything closed, the same exit code.
  const fatal = (err: Error) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`briefbot: ${oneLine(err)}\n`);
    void closeAll().finally(() => process.exit(err instanceof UserError ? err.exitCode : 1));
  };
  // GET /healthz: on the Slack port when Slack serves HTTP, and on HEALTH_PORT when set (a
  // Discord-only process serves nothing else).
  const health = createHealth({ store: () => (store ? Promise.resolve(store) : null), adapters: () => running });

  // Platform adapters (adapters/registry.ts), those whose credentials are set. The shell alone
  // never opens the store (nor creates DATA_DIR).
  const platforms = platformAdapters.filter((entry) => entry.configured(process.env));
  if (platforms.length) {
    const schedulerConfig = schedulerConfigFromEnv(process.env);
    const storeConfig = storeConfigFromEnv(process.env);
    // The store is opened and migrated before any adapter is built or listens: a database that
    // cannot be used stops the start (one line naming the file and what to do) instead of
    // leaving a bot that answers questions but fails every subscription and never posts.
    const opened = await openStore(storeConfig);
    store = opened;
    const subscriptions = createSubscriptionCommands({ store: opened.subscriptions });
    // installations: Slack's OAuth installs (one per workspace), in the same database.
    const deps: AdapterDeps = { handler, story, log, subscriptions, fatal, health, installations: opened.installations };
    if (storeConfig.databaseUrl) {
      // Shared by several processes: Slack events already handled are settled there.
      deps.shared = opened.ephemeral;
      // Follow-ups (mentions, DMs) may reach another process than the question before them.
      deps.handler = withSharedMemory(handler, opened.ephemeral, { log });
      log.info("store: shared database", { kind: opened.kind });
    }

    try {
      for (const entry of platforms) {
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

    const healthPort = healthPortFromEnv(process.env);
    if (healthPort !== undefined) {
      const server = await serveHealth(health, healthPort);
      server.unref();
      log.info("health: listening", { port: healthPort, path: "/healthz" });
    }
    daily = startDailyBriefings({
      store: opened,
      publishers: running.map((a) => a.publisher),
      story: reloadingStory(storyPath, loadStory, log, story),
      log,
      config: schedulerConfig,
    });
    return new Promise<number>(() => {});
  }

  // No platform configured: the shell, with its prompt only on a terminal.
  const shell = shellFromDeps({ handler, story, log }, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
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
