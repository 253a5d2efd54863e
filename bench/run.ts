import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { environment, writeResults } from "./lib/results.js";
import { table, fmt, pct } from "./lib/table.js";
import { benchBriefings, type BriefingsResult } from "./sections/briefings.js";
import { runCluster, type ClusterResult } from "../test/cluster/harness.js";
import { benchColdBurst, type ColdBurstResult } from "./sections/coldburst.js";
import { benchDiscord, type DiscordResult } from "./sections/discord.js";
import { benchEngine, type EngineResult } from "./sections/engine.js";
import { benchIngest, readDefaultSource, type IngestResult } from "./sections/ingest.js";
import { benchMemory, type MemoryResult } from "./sections/memory.js";
import { benchSlack, type SlackResult } from "./sections/slack.js";
import { benchStartup, type StartupRow } from "./sections/startup.js";
import { benchStartupBuilt, type BuiltStartupRow } from "./sections/startup-built.js";
import { DEFAULT_STORY, loadStory } from "../src/story/load.js";

/**
 * `npm run bench`: every figure of issue 7 in one run, printed as tables and written to
 * bench/results/latest.json. Everything runs on 127.0.0.1 against the fakes; each loop stops by
 * count or time. BENCH_LONG=1 runs the long versions (60 s of Slack load, more repetitions).
 * BENCH_ONLY=engine,slack runs some sections only.
 */
const long = process.env.BENCH_LONG === "1";
const only = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
const want = (s: string) => only.size === 0 || only.has(s);
const num = (name: string, dflt: number) => (process.env[name] ? Number(process.env[name]) : dflt);

const story = loadStory();
const source = readDefaultSource(join(DEFAULT_STORY, "..", "source.txt"));
const out: {
  environment: ReturnType<typeof environment>;
  engine?: EngineResult;
  ingest?: IngestResult;
  slack?: SlackResult;
  discord?: DiscordResult;
  startup?: StartupRow[];
  coldburst?: ColdBurstResult;
  startupBuilt?: BuiltStartupRow[];
  memory?: MemoryResult;
  briefings?: BriefingsResult;
  cluster?: ClusterResult[];
} = { environment: environment(long) };

const log = (s: string) => process.stdout.write(`${s}\n`);
const section = (title: string) => log(`\n## ${title}\n`);
log(`briefbot bench · ${out.environment.date} · Node ${out.environment.node} · ${out.environment.cpus} × ${out.environment.cpuModel} · load ${out.environment.loadAverage.join(" ")}${long ? " · BENCH_LONG" : ""}`);

if (want("engine")) {
  const e = (out.engine = benchEngine(story, { maxMs: num("BENCH_ENGINE_MS", long ? 30_000 : 8_000) }));
  section(`Engine: ${e.questions} questions (fr + en) on the default story, one thread`);
  log(
    table(
      ["answerer", "answers", "p50 ms", "p99 ms", "CPU p50 ms", "CPU p99 ms", "answers/s"],
      [
        ["briefbot engine", e.engine.count, e.engine.p50Ms, e.engine.p99Ms, e.engineCpu.p50Ms, e.engineCpu.p99Ms, e.engine.perSecond],
        ["BM25 sentence retrieval (peer)", e.bm25.count, e.bm25.p50Ms, e.bm25.p99Ms, "–", "–", e.bm25.perSecond],
      ],
    ),
  );
  log(`\nengine / BM25 throughput: ${pct(e.throughputRatio)} (BM25 is ${fmt(1 / e.throughputRatio)}× faster); engine answered ${pct(e.answeredShare)} of the questions`);
  log(`dictionaries ${e.dictionaries ? "installed, as the bot runs" : "not found (the bot runs without them too)"}; slowest question « ${e.slowest.question} »: p50 ${fmt(e.slowest.p50Ms)} ms, CPU p50 ${fmt(e.slowest.cpuP50Ms)} ms`);
  log("(CPU: the process's CPU time per question, which waiting for a core does not count; on a loaded machine it is the figure to compare)");
}

if (want("ingest")) {
  const r = (out.ingest = benchIngest(source, { long }));
  section("Ingest: milliseconds per kilobyte");
  log(table(["dispatch", "KB", "ms (best)", "ms/KB", "CPU ms/KB", "sentences", "quotes", "figures"], r.rows.map((x) => [x.name, x.kb, x.ms, x.msPerKb, x.cpuMsPerKb, x.sentences, x.quotes, x.figures])));
  log(`\nms/KB at 1 MB over ms/KB at 10 KB: ${fmt(r.growth1MbVs10Kb)} (about 1 is linear; quadratic would be about 100)`);
}

if (want("slack")) {
  const s = (out.slack = await benchSlack({ connections: num("BENCH_SLACK_CONNECTIONS", 32), durationSec: num("BENCH_SLACK_SECONDS", long ? 60 : 8) }));
  section(`Slack: signed /brief <question>, ${s.connections} connections, ${s.durationSec} s each, autocannon on 127.0.0.1`);
  log(
    table(
      ["server", "requests", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "RSS before MB", "RSS after MB"],
      s.targets.map((t) => [
        t.target === "bare" ? "bare Bolt, ack only" : t.target === "echo" ? "briefbot adapter, echo handler" : "briefbot adapter + engine (full path)",
        t.requests,
        t.perSecond,
        t.p50Ms,
        t.p99Ms,
        t.errors + t.timeouts,
        t.non2xx,
        t.rssBeforeMb,
        t.rssAfterMb,
      ]),
    ),
  );
  const project = s.targets.find((t) => t.target === "project");
  log(`\nfull path / bare Bolt: ${pct(s.projectVsBare)} (target ≥ 90 %) · adapter with echo handler / bare Bolt: ${pct(s.echoVsBare)} · replays dropped on the full path: ${project?.emptyBodies ?? "?"}`);
}

if (want("discord")) {
  const d = (out.discord = await benchDiscord(story, { maxMs: num("BENCH_DISCORD_MS", long ? 20_000 : 5_000), maxCount: 50_000, concurrency: 16 }));
  section(`Discord: round trips through the fake gateway and REST (real discord.js), ${d.concurrency} in flight`);
  log(table(["round trip", "count", "per second", "p50 ms", "p99 ms", "failures"], d.rows.map((r) => [r.kind, r.count, r.perSecond, r.p50Ms, r.p99Ms, r.failures])));
  log("\n(a reply is a REST call under discord.js's global 50 requests/s, Discord's own limit; interaction callbacks are exempt from it)");
}

if (want("startup")) {
  const rows = (out.startup = await benchStartup({ runs: long ? 5 : 2 }));
  section("Start-up: fresh process (node --import tsx) to ready, against the fakes; best of runs");
  log(table(["adapter", "spawn → ready ms", "in-process ready ms", "RSS at ready MB", "RSS idle MB"], rows.map((r) => [r.adapter, r.spawnToReadyMs, r.processReadyMs, r.rssAtReadyMb, r.rssIdleMb])));
}

if (want("coldburst")) {
  const c = (out.coldburst = await benchColdBurst({ concurrency: num("BENCH_BURST", 1_000) }));
  section(`Cold burst: ${fmt(c.concurrency)} signed /brief at once on a just started \`npm start\` (Slack over HTTP), then again warm`);
  log(
    table(
      ["burst", "requests", "acked ≤ 3 s", "acked after 3 s", "failed", "p50 ack ms", "p99 ack ms", "max ack ms", "answer in ack", "answer via response_url", "unanswered"],
      c.rows.map((r) => [r.burst, r.requests, r.ackedInTime, r.ackedLate, r.failed, r.p50AckMs, r.p99AckMs, r.maxAckMs, r.answeredInAck, r.answeredLater, r.unanswered]),
    ),
  );
  const cold = c.rows.find((r) => r.burst === "cold");
  log(`\ncold burst acked after 3 s: ${cold?.ackedLate ?? "?"} (want 0)`);
}

if (want("startup")) {
  const rows = (out.startupBuilt = await benchStartupBuilt({ runs: long ? 5 : 3 }));
  section("Start-up: npm start (tsx) against the built bot (npm run build; node dist/src/main.js), spawn to ready; best of runs");
  log(table(["adapter", "tsx ms", "built ms", "built / tsx"], rows.map((r) => [r.adapter, r.tsxMs, r.builtMs, pct(r.builtMs / r.tsxMs)])));
}

if (want("memory")) {
  const m = (out.memory = await benchMemory({ questions: num("BENCH_QUESTIONS", 100_000), timeoutMs: 600_000 }));
  section(`Memory: ${fmt(m.questions)} questions through the bot, each its own conversation (LRU cap ${fmt(m.conversations)})`);
  log(
    table(
      ["when", "RSS MB", "heap MB"],
      [
        ["idle (after one pass)", m.idleRssMb, m.idleHeapMb],
        [`after ${fmt(m.questions / 2)} questions`, m.halfRssMb, m.halfHeapMb],
        [`after ${fmt(m.questions)} questions`, m.endRssMb, m.endHeapMb],
      ],
    ),
  );
  log(`\n${fmt(m.questions / m.seconds)} questions/s; RSS growth idle → end: ${fmt(m.endRssMb - m.idleRssMb)} MB, second half: ${fmt(m.endRssMb - m.halfRssMb)} MB`);
}

if (want("briefings")) {
  const b = (out.briefings = await benchBriefings(story, { count: num("BENCH_SUBSCRIPTIONS", 10_000) }));
  section(`Daily briefings: ${fmt(b.subscriptions)} subscriptions due at once (half Discord, half Slack), SQLite file store, drained to the fakes`);
  log(
    table(
      ["subscriptions", "drain s", "per second", "sent", "failed", "duplicates", "missing", "RSS before MB", "RSS after MB"],
      [[String(b.subscriptions), b.drainMs / 1000, b.perSecond, b.sent, b.failed, b.duplicates, b.missing, b.rssBeforeMb, b.rssAfterMb]],
    ),
  );
  for (const [why, n] of Object.entries(b.failureReasons)) log(`not sent: ${n} × ${why}`);
  log("\n(discord.js holds REST calls to Discord's global 50 requests/s, so the Discord half bounds the drain time)");
}

if (want("cluster")) {
  // The daily drain as deployed: npm start processes against the fakes, one on SQLite, three on
  // one Postgres (each process holds Discord's 50 requests/s; together they share that one limit).
  const count = num("BENCH_SUBSCRIPTIONS", 10_000);
  const runs = (out.cluster = [
    await runCluster({ processes: 1, subscriptions: count, store: "sqlite" }),
    await runCluster({ processes: 3, subscriptions: count, store: "postgres" }),
  ]);
  section(`Daily drain across processes: ${fmt(count)} subscriptions due in the same minute (half Discord, half Slack), npm start processes against the fakes`);
  log(
    table(
      ["processes", "store", "drain s", "per second", "delivered", "duplicates", "missing"],
      runs.map((r) => [String(r.processes), r.store, r.drainMs / 1000, r.perSecond, r.delivered, r.duplicates, r.missing]),
    ),
  );
  log(
    "\n(drain: first briefing to last at the fakes, start-up excluded. Bounds: Discord allows a bot 50 requests/s in all, " +
      "shared by its processes through the database, so the Discord half takes at least count/2 ÷ 50 s whatever the number of processes; " +
      "Slack's chat.postMessage allows about one message per second per channel, and each channel gets one, so Slack is bounded by " +
      "the processes' concurrency (BRIEFING_CONCURRENCY, 16 each) and the machine.)",
  );
}

const path = fileURLToPath(new URL("./results/latest.json", import.meta.url));
writeResults(path, out);
log(`\nfigures written to ${path}`);
// Clients and timers of the fakes may linger; the run is over.
process.exit(0);
