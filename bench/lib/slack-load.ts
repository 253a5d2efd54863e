import { randomBytes } from "node:crypto";
import autocannon, { type AutocannonResult } from "autocannon";
import { slackSignature } from "../../test/fakes/slack/signing.js";
import { QUESTIONS } from "../questions.js";

export interface SlackLoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 200 responses with an empty body: on the project's adapter that is a request dropped as a replay. */
  emptyBodies: number;
}

/**
 * Signed `/brief <question>` slash commands at fixed concurrency. Every request gets its own
 * trigger_id and a fresh signature over the current second (the project's receiver drops a
 * signature it has already seen, as a replay), so the signing cost falls on the generator for
 * every target alike.
 */
/**
 * One counter for every run in the process, plus a per-process nonce: two runs (a warm-up, then
 * the measure) must never send the same body in the same second, or its signature repeats and the
 * project's receiver rightly drops it as a replay.
 */
let seq = 0;
const runId = randomBytes(4).toString("hex");

export function slackLoad(opts: { port: number; secret: string; connections: number; durationSec: number; maxRequests?: number }): Promise<SlackLoadResult> {
  const base = {
    token: "verification-token-unused",
    team_id: "T0FAKE",
    team_domain: "fake",
    channel_id: "C0BENCH",
    channel_name: "general",
    user_name: "bench",
    command: "/brief",
    api_app_id: "A0APP",
    response_url: "http://127.0.0.1:9/unused",
  };
  return new Promise((resolve, reject) => {
    let empty = 0;
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${opts.port}`,
        connections: opts.connections,
        duration: opts.durationSec,
        ...(opts.maxRequests ? { amount: opts.maxRequests } : {}),
        timeout: 10,
        requests: [
          {
            method: "POST",
            path: "/slack/events",
            setupRequest: (req) => {
              seq++;
              const q = QUESTIONS[seq % QUESTIONS.length]!;
              const body = new URLSearchParams({
                ...base,
                // Many askers, so follow-up state is spread over conversations as in a workspace.
                user_id: `U0B${seq % 500}`,
                text: q.q,
                trigger_id: `${seq}.${runId}.bench`,
              }).toString();
              const ts = Math.floor(Date.now() / 1000);
              return {
                ...req,
                body,
                headers: {
                  "content-type": "application/x-www-form-urlencoded",
                  "x-slack-request-timestamp": String(ts),
                  "x-slack-signature": slackSignature(opts.secret, ts, body),
                },
              };
            },
          },
        ],
      },
      (err: Error | null, r: AutocannonResult) => {
        if (err) return reject(err);
        resolve({
          requests: r.requests.total,
          perSecond: r.requests.total / r.duration,
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          emptyBodies: empty,
        });
      },
    );
    instance.on("response", (_client: unknown, status: number, resBytes: number) => {
      // Headers alone (no JSON body) are about 100 bytes; an ack carrying an answer is far larger.
      if (status === 200 && resBytes < 200) empty++;
    });
  });
}
