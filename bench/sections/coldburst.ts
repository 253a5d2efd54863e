import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startFakeSlackApi } from "../../test/fakes/slack/api.js";
import { signedRequest, slashCommandBody } from "../../test/fakes/slack/signing.js";
import { quantile } from "../lib/stats.js";

export interface BurstRow {
  burst: "cold" | "warm";
  requests: number;
  /** Acknowledged (any 2xx) within Slack's 3 seconds. */
  ackedInTime: number;
  /** Acknowledged after 3 s: Slack shows the user an error for these. Want 0. */
  ackedLate: number;
  failed: number;
  p50AckMs: number;
  p99AckMs: number;
  maxAckMs: number;
  /** The answer rode on the ack. */
  answeredInAck: number;
  /** Acked first (the bot was behind), answered through response_url. */
  answeredLater: number;
  /** Neither in the ack nor at response_url within 30 s. */
  unanswered: number;
}

export interface ColdBurstResult {
  concurrency: number;
  rows: BurstRow[];
}

const SECRET = "bench-burst-secret";
const QUESTIONS = ["Qui a parlé ?", "How many troops?", "Who is Goulevitch?", "Combien de soldats ?", "What did Dave Butler say?", "Qui a appelé qui ?"];
const root = fileURLToPath(new URL("../..", import.meta.url));

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

interface Ack {
  ms: number;
  status: number;
  answered: boolean;
}

function send(port: number, agent: Agent, body: string, headers: Record<string, string>): Promise<Ack> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: "127.0.0.1", port, path: "/slack/events", method: "POST", agent, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, answered: text.includes('"text"') });
        });
      },
    );
    req.on("error", () => resolve({ ms: performance.now() - t0, status: 0, answered: false }));
    req.end(body);
  });
}

/**
 * `npm start`'s own process (Slack over HTTP against the fake Web API), and as soon as it says it
 * listens, `concurrency` signed /brief questions at once, each on its own connection; then the
 * same burst again on the now warm process. Slack gives an ack 3 seconds.
 */
export async function benchColdBurst(opts: { concurrency: number }): Promise<ColdBurstResult> {
  const api = await startFakeSlackApi({ record: false });
  const port = await freePort();
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|DATABASE)_/.test(k)));
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...clean, PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), "briefbot-burst-")), SLACK_BOT_TOKEN: "xoxb-burst", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const rows: BurstRow[] = [];
  try {
    // Listening is logged at info; at warn level, wait for the port itself to answer.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`cold burst: the bot exited:\n${stderr}`);
      if (Date.now() > deadline) throw new Error("cold burst: the bot did not listen within 60 s");
      const probe = await send(port, new Agent({ keepAlive: false }), "", {});
      if (probe.status !== 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    let seq = 0;
    for (const burst of ["cold", "warm"] as const) {
      const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
      const before = api.responses.length;
      const reqs = Array.from({ length: opts.concurrency }, (_, i) => {
        seq++;
        const text = QUESTIONS[i % QUESTIONS.length]!;
        return signedRequest(SECRET, slashCommandBody({ text, user_id: `UB${seq}`, channel_id: `CB${i % 20}`, response_url: api.responseUrl(`b${seq}`) }));
      });
      const acks = await Promise.all(reqs.map((r) => send(port, agent, r.body, r.headers)));
      agent.destroy();
      const answeredInAck = acks.filter((a) => a.status === 200 && a.answered).length;
      const deferred = acks.filter((a) => a.status === 200 && !a.answered).length;
      // Answers sent later arrive at the fake response_url.
      const until = Date.now() + 30_000;
      while (api.responses.length - before < deferred && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      const answeredLater = Math.min(deferred, api.responses.length - before);
      const ok = acks.filter((a) => a.status >= 200 && a.status < 300);
      const ms = ok.map((a) => a.ms).sort((a, b) => a - b);
      rows.push({
        burst,
        requests: acks.length,
        ackedInTime: ok.filter((a) => a.ms <= 3000).length,
        ackedLate: ok.filter((a) => a.ms > 3000).length,
        failed: acks.length - ok.length,
        p50AckMs: quantile(ms, 0.5),
        p99AckMs: quantile(ms, 0.99),
        maxAckMs: ms.at(-1) ?? Number.NaN,
        answeredInAck,
        answeredLater,
        unanswered: acks.length - answeredInAck - answeredLater,
      });
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await api.close();
  }
  return { concurrency: opts.concurrency, rows };
}
