import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { createDueSubscriptions } from "../../src/scheduling/bench.js";
import type { Platform } from "../../src/scheduling/types.js";
import { openStore } from "../../src/store/index.js";
import { startFakeDiscord, type FakeDiscord } from "../fakes/discord/server.js";
import { startFakeSlackApi, type FakeSlackApi } from "../fakes/slack/api.js";
import { freshDatabase, startPgServer, type PgServer } from "../support/pg-server.js";

/**
 * Several real bot processes (`src/main.ts`, as `npm start` runs it) against the local fakes of
 * Discord and Slack, on one Postgres database (or one SQLite file), with N subscriptions due in
 * the same minute; optionally one process SIGKILLed mid-drain and restarted. Every channel is
 * counted at the fakes: duplicates and missing briefings are what the platforms would show.
 */
export interface ClusterOptions {
  processes: number;
  subscriptions: number;
  store: "postgres" | "sqlite";
  /** SIGKILL process 0 once this share of the briefings has arrived, then restart it. */
  killAt?: number;
  /** Claim lease of each process, seconds: how soon a killed process's claims are taken over. */
  leaseSeconds?: number;
  /** Gives up after this long, ms. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface ClusterResult {
  processes: number;
  store: "postgres" | "sqlite";
  subscriptions: number;
  /** From the first briefing to the last one counted at the fakes, ms (start-up excluded). */
  drainMs: number;
  perSecond: number;
  delivered: number;
  duplicates: number;
  missing: number;
  killed: boolean;
  /** Deliveries recorded sent in the store. */
  sentInStore: number;
}

const discordChannel = (i: number) => String(1_300_000_000_000_000_000n + BigInt(i));
const slackChannel = (i: number) => `C${i.toString(36).toUpperCase().padStart(8, "0")}`;
const ROOT = resolve(import.meta.dirname, "../..");

export async function runCluster(o: ClusterOptions): Promise<ClusterResult> {
  const say = o.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cluster-"));
  let pg: PgServer | null = null;
  let discord: FakeDiscord | null = null;
  let slack: FakeSlackApi | null = null;
  const children: ChildProcess[] = [];
  try {
    let databaseUrl: string | undefined;
    if (o.store === "postgres") {
      pg = await startPgServer();
      databaseUrl = await freshDatabase(pg.url, "cluster");
    }
    const platforms: Platform[] = ["discord", "slack"];
    const channelOf = (i: number, p: Platform) => (p === "discord" ? discordChannel(i) : slackChannel(i));
    const ids = Array.from({ length: o.subscriptions }, (_, i) => ({ platform: platforms[i % 2]!, channelId: channelOf(i, platforms[i % 2]!) }));
    discord = await startFakeDiscord({ channelIds: ids.filter((x) => x.platform === "discord").map((x) => x.channelId), echoBotMessages: false });
    slack = await startFakeSlackApi({ record: false });

    // All due in the current minute, in five time zones.
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: join(dir, "data") });
    await createDueSubscriptions(store, { count: o.subscriptions, at, platforms, channelId: channelOf });
    await store.close();
    say(`${o.subscriptions} subscriptions due at ${at.toISOString()} on ${o.store}`);

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: "info",
      DISCORD_TOKEN: discord.token,
      DISCORD_APP_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiBase,
      SLACK_BOT_TOKEN: "xoxb-cluster-token",
      SLACK_SIGNING_SECRET: "cluster-signing-secret",
      SLACK_API_URL: slack.url,
      PORT: "0",
      BRIEFING_TICK_SECONDS: "1",
      BRIEFING_LEASE_SECONDS: String(o.leaseSeconds ?? 20),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: join(dir, "data") }),
    };
    const logs: string[] = [];
    const start = (n: number): Promise<ChildProcess> => {
      const file = join(dir, `bot-${n}-${logs.length}.log`);
      logs.push(file);
      const out = createWriteStream(file);
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout?.pipe(out);
      child.stderr?.pipe(out);
      children[n] = child;
      return new Promise((resolveReady, reject) => {
        // A restart happens mid-drain, while this process serves the other bots' posts: give it time.
        const deadline = Date.now() + 180_000;
        const poll = setInterval(() => {
          // The log file is opened asynchronously: on a loaded machine the first poll may come first.
          const text = existsSync(file) ? readFileSync(file, "utf8") : "";
          if (text.includes("daily briefings started")) {
            clearInterval(poll);
            resolveReady(child);
          } else if (child.exitCode !== null || Date.now() > deadline) {
            clearInterval(poll);
            reject(new Error(`bot ${n} did not start:\n${text.slice(-2000)}`));
          }
        }, 100);
      });
    };

    const counted = () => {
      let delivered = 0;
      let duplicates = 0;
      let missing = 0;
      for (const x of ids) {
        const n = x.platform === "discord" ? (discord!.channels.get(x.channelId)?.messages.length ?? 0) : slack!.messages(x.channelId).length;
        if (n === 0) missing++;
        else delivered++;
        if (n > 1) duplicates += n - 1;
      }
      return { delivered, duplicates, missing };
    };

    const t0 = performance.now();
    await Promise.all(Array.from({ length: o.processes }, (_, n) => start(n)));
    say(`${o.processes} bot processes ready after ${Math.round(performance.now() - t0)} ms`);

    let killed = false;
    const deadline = Date.now() + (o.timeoutMs ?? 10 * 60_000);
    let last = -1;
    let lastChange = performance.now();
    let firstAt: number | null = null;
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const c = counted();
      if (firstAt === null && c.delivered > 0) firstAt = performance.now() - 250;
      if (!killed && o.killAt !== undefined && c.delivered >= o.killAt * o.subscriptions) {
        killed = true;
        children[0]!.kill("SIGKILL");
        say(`SIGKILL bot 0 at ${c.delivered} delivered; restarting it`);
        await new Promise((r) => setTimeout(r, 1000));
        void start(0).then(() => say("bot 0 restarted"));
      }
      if (c.delivered !== last) {
        last = c.delivered;
        lastChange = performance.now();
      }
      if (c.missing === 0) break;
      if (Date.now() > deadline) {
        say(`timed out with ${c.missing} missing`);
        break;
      }
      if (performance.now() - lastChange > 15_000 && Math.round(performance.now()) % 5000 < 260) say(`waiting: ${c.delivered} delivered`);
    }
    const drainMs = performance.now() - (firstAt ?? t0);
    // Anything still claimed by the killed process is taken over after its lease: wait past it,
    // so a duplicate that recovery would cause has the time to show.
    await new Promise((r) => setTimeout(r, ((o.leaseSeconds ?? 20) + 5) * 1000));
    const c = counted();

    const check = await openStore(databaseUrl ? { databaseUrl } : { dataDir: join(dir, "data") });
    const sentInStore = (await check.deliveries.since("2000-01-01")).filter((d) => d.state === "sent").length;
    await check.close();
    return {
      processes: o.processes,
      store: o.store,
      subscriptions: o.subscriptions,
      drainMs,
      perSecond: (c.delivered / drainMs) * 1000,
      ...c,
      killed,
      sentInStore,
    };
  } finally {
    for (const c of children) if (c && c.exitCode === null) c.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    for (const c of children) if (c && c.exitCode === null) c.kill("SIGKILL");
    await discord?.close();
    await slack?.close();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
