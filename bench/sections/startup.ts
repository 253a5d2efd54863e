import { startChild } from "../lib/child.js";
import { startFakeDiscord } from "../../test/fakes/discord/server.js";
import { startFakeSlackApi } from "../../test/fakes/slack/api.js";

export interface StartupRow {
  adapter: "shell" | "discord" | "slack";
  /** From spawning `node --import tsx` to the ready message, as the parent measured it. */
  spawnToReadyMs: number;
  /** The child's own clock at ready: time since its process started. */
  processReadyMs: number;
  rssAtReadyMb: number;
  /** After a full GC, a moment after ready. */
  rssIdleMb: number;
}

/** Each adapter in a fresh process against the fakes, best of `runs` (start-up is noisy on a busy machine). */
export async function benchStartup(opts: { runs: number }): Promise<StartupRow[]> {
  const discord = await startFakeDiscord();
  const slack = await startFakeSlackApi({ record: false });
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD)_/.test(k)));
  const envs: Record<StartupRow["adapter"], NodeJS.ProcessEnv> = {
    shell: clean,
    discord: { ...clean, DISCORD_TOKEN: discord.token, DISCORD_APP_ID: discord.applicationId, DISCORD_API_URL: discord.apiBase },
    slack: { ...clean, SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: "bench-secret", SLACK_API_URL: slack.url, PORT: "0" },
  };
  const rows: StartupRow[] = [];
  try {
    for (const adapter of ["shell", "discord", "slack"] as const) {
      let best: StartupRow | undefined;
      for (let r = 0; r < opts.runs; r++) {
        const child = await startChild("startup.ts", [adapter], { env: envs[adapter], replaceEnv: true });
        try {
          const idle = await child.memory();
          const row = { adapter, spawnToReadyMs: child.spawnToReadyMs, processReadyMs: child.ready.readyMs, rssAtReadyMb: child.ready.rssMb, rssIdleMb: idle.rssMb };
          if (!best || row.spawnToReadyMs < best.spawnToReadyMs) best = row;
        } finally {
          await child.stop();
        }
      }
      if (best) rows.push(best);
    }
  } finally {
    await discord.close();
    await slack.close();
  }
  return rows;
}
