import { platformAdapters } from "../adapters/registry.js";
import { shellFromDeps } from "../adapters/shell/index.js";
import type { Adapter, AdapterDeps } from "./adapter/types.js";
import { createBot } from "./bot.js";
import { createEngine } from "./engine/engine.js";
import { createLogger } from "./log.js";
import { loadStory } from "./story/load.js";

/** `npm start`: every platform whose credentials are set, or the shell when none is. */
async function main(): Promise<number> {
  const log = createLogger({ level: process.env.LOG_LEVEL === "debug" ? "debug" : "info" });
  const story = loadStory(process.env.BRIEF_STORY || undefined);
  const handler = createBot(createEngine(story));
  const deps: AdapterDeps = { handler, story, log };

  // Platform adapters (adapters/registry.ts): each factory returns null when its credentials
  // are not in the environment, and is then skipped.
  const running: Adapter[] = [];
  for (const entry of platformAdapters) {
    const factory = await entry.factory();
    const adapter = factory(process.env, deps);
    if (!adapter) continue;
    await adapter.start();
    running.push(adapter);
    log.info("adapter started", { adapter: adapter.name });
  }

  let stopping = false;
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    await Promise.allSettled(running.map((a) => a.stop()));
  };
  process.once("SIGINT", () => void stopAll("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void stopAll("SIGTERM").then(() => process.exit(0)));

  if (running.length) return new Promise<number>(() => {});

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
    process.stderr.write(`briefbot: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
