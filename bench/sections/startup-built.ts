import { spawn, spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { startFakeDiscord } from "../../test/fakes/discord/server.js";
import { startFakeSlackApi } from "../../test/fakes/slack/api.js";

export interface BuiltStartupRow {
  adapter: "shell" | "discord" | "slack";
  /** `npm start`'s way: node --import tsx src/main.ts, spawn to ready. */
  tsxMs: number;
  /** `npm run start:prod`'s way: node dist/src/main.js, spawn to ready. */
  builtMs: number;
}

const root = resolve(import.meta.dirname, "../..");

/** Spawns `npm start`'s entry point one way or the other and times it to its ready line (the shell: to its first answer). */
function timeToReady(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, input?: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let seen = "";
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`not ready in 60 s: ${seen.slice(-500)}`))), 60_000);
    const check = (d: Buffer) => {
      seen += d.toString();
      if (!ready.test(seen)) return;
      const ms = performance.now() - started;
      clearTimeout(timer);
      child.once("exit", () => resolvePromise(ms));
      child.kill("SIGTERM");
    };
    child.stdout.on("data", check);
    child.stderr.on("data", check);
    if (input !== undefined) child.stdin.end(input);
  });
}

/**
 * Start-up of the built bot (tsc → dist/, plain node) against the bot run through tsx, as
 * `npm start` does: the same entry point, the same fakes, best of `runs` each. Builds dist/ first.
 */
export async function benchStartupBuilt(opts: { runs: number }): Promise<BuiltStartupRow[]> {
  const build = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  const discord = await startFakeDiscord();
  const slack = await startFakeSlackApi({ record: false });
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD)_/.test(k)));
  const cases: { adapter: BuiltStartupRow["adapter"]; env: NodeJS.ProcessEnv; ready: RegExp; input?: string }[] = [
    // The shell is ready when it has answered a first question read from stdin.
    { adapter: "shell", env: clean, ready: /Dave Butler/, input: "Who spoke?\n" },
    { adapter: "discord", env: { ...clean, DISCORD_TOKEN: discord.token, DISCORD_APP_ID: discord.applicationId, DISCORD_API_URL: discord.apiBase }, ready: /discord: connected/ },
    { adapter: "slack", env: { ...clean, SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: "bench-secret", SLACK_API_URL: slack.url, PORT: "0" }, ready: /slack: listening for events/ },
  ];
  const tsx = ["--import", "tsx", join(root, "src/main.ts")];
  const built = [join(root, "dist/src/main.js")];
  const rows: BuiltStartupRow[] = [];
  try {
    for (const c of cases) {
      let tsxMs = Infinity;
      let builtMs = Infinity;
      for (let r = 0; r < opts.runs; r++) {
        // Alternated, so a burst of load from elsewhere hits both ways alike.
        tsxMs = Math.min(tsxMs, await timeToReady(tsx, c.env, c.ready, c.input));
        builtMs = Math.min(builtMs, await timeToReady(built, c.env, c.ready, c.input));
      }
      rows.push({ adapter: c.adapter, tsxMs, builtMs });
    }
  } finally {
    await discord.close();
    await slack.close();
  }
  return rows;
}
