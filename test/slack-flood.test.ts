import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { post, postSigned, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from "./fakes/slack/index.js";

/**
 * Unauthenticated floods against `npm start`'s own process (Slack over HTTP, the fake Web API):
 * a request without signature headers is refused on its headers, before its body is read, so
 * 250 slow 4 MB uploads cost no memory; and the refusals write a bounded number of log lines.
 */
const secret = "flood-signing-secret";
const FOUR_MB = 4 * 1024 * 1024;
const CHUNK = 64 * 1024;
let api: FakeSlackApi;
let child: ChildProcess;
let port: number;
let stderr = "";

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port: p } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return p;
}

/** Resident memory of the bot's process, MB (Linux). */
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;

beforeAll(async () => {
  api = await startFakeSlackApi();
  port = await freePort();
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), "briefbot-flood-")),
      SLACK_SIGNING_SECRET: secret,
      SLACK_BOT_TOKEN: "xoxb-flood",
      SLACK_API_URL: api.url,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!stderr.includes("slack: listening for events")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`bot did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 40_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await api?.close();
});

interface Upload {
  status: number | null;
  /** Body bytes written before the answer (or the close) came. */
  sentBeforeAnswer: number;
}

/**
 * An unsigned POST announcing 4 MB and sending it slowly (64 KB every 100 ms), as the probe did;
 * it stops sending as soon as an answer or a close arrives.
 */
function slowUnsignedUpload(): Promise<Upload> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let sent = 0;
    let answer = "";
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      const m = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      socket.destroy();
      resolve({ status: m ? Number(m[1]) : null, sentBeforeAnswer: sent });
    };
    let timer: NodeJS.Timeout | undefined;
    socket.on("connect", () => {
      socket.write(
        `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${FOUR_MB}\r\n\r\n`,
      );
      timer = setInterval(() => {
        if (sent >= FOUR_MB || settled) return;
        socket.write(Buffer.alloc(CHUNK, 0x61));
        sent += CHUNK;
      }, 100);
    });
    socket.on("data", (d: Buffer) => {
      answer += d.toString();
      if (answer.includes("\r\n\r\n")) done();
    });
    socket.on("error", done);
    socket.on("close", done);
  });
}

describe("unsigned floods", () => {
  it("250 slow unsigned 4 MB uploads are refused before their body is read; memory stays flat", async () => {
    // Warm the path with a real request first, so the baseline is a serving process.
    expect((await postSigned(`http://127.0.0.1:${port}/slack/events`, secret, slashCommandBody({ text: "who spoke?" }))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
    const uploads = await Promise.all(Array.from({ length: 250 }, slowUnsignedUpload));
    clearInterval(sampler);
    peak = Math.max(peak, rssMb());

    const statuses = uploads.reduce<Record<string, number>>((m, u) => ((m[String(u.status)] = (m[String(u.status)] ?? 0) + 1), m), {});
    expect(statuses).toEqual({ 401: 250 });
    // Answered on the headers, while the upload was still going (it takes 6.4 s to send): a
    // server reading the body first answers only once all 4 MB are in.
    expect(Math.max(...uploads.map((u) => u.sentBeforeAnswer))).toBeLessThan(FOUR_MB);
    // The probe measured about 950 MB for this; buffering even one 4 MB body per connection would be 1 GB.
    expect(peak - before).toBeLessThan(40);
    // And the next legitimate request is served.
    const r = await postSigned(`http://127.0.0.1:${port}/slack/events`, secret, slashCommandBody({ text: "how many troops?" }));
    expect(r.status).toBe(200);
  }, 60_000);

  it("a flood of unsigned requests writes a bounded number of log lines, with the count", async () => {
    const url = `http://127.0.0.1:${port}/slack/events`;
    let next = 0;
    const worker = async () => {
      while (next++ < 1000) await post(url, slashCommandBody({ text: "no signature" }), { "content-type": "application/x-www-form-urlencoded" }).catch(() => undefined);
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;

    const refusals = stderr.split("\n").filter((l) => l.includes("slack: request refused"));
    // 1,250 unsigned requests in under a minute: the first line, and one line with the count at stop.
    expect(refusals.length).toBeLessThanOrEqual(3);
    expect(refusals.length).toBeGreaterThanOrEqual(1);
    const counted = refusals.map((l) => Number(/"repeated":(\d+)/.exec(l)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    expect(counted + refusals.length).toBeGreaterThanOrEqual(1250);
  }, 60_000);
});
