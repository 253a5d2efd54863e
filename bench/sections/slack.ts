import { startChild } from "../lib/child.js";
import { slackLoad, type SlackLoadResult } from "../lib/slack-load.js";

export interface SlackTarget extends SlackLoadResult {
  target: string;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** Requests the server handed to its listener (bare) or handler (project, echo). */
  handled: number;
}

export interface SlackResult {
  connections: number;
  durationSec: number;
  targets: SlackTarget[];
  /** The project's full answer path over bare Bolt, requests per second. Target ≥ 0.9. */
  projectVsBare: number;
  /** The project's adapter with an echo handler over bare Bolt: the adapter's own overhead. */
  echoVsBare: number;
}

const SECRET = "bench-signing-secret";

async function runTarget(mode: "bare" | "echo" | "project", connections: number, durationSec: number): Promise<SlackTarget> {
  const child = await startChild("slack.ts", [mode]);
  try {
    // A short warm-up so every target is measured with its JIT settled.
    await slackLoad({ port: child.port, secret: SECRET, connections, durationSec: 1 });
    const before = await child.memory();
    const load = await slackLoad({ port: child.port, secret: SECRET, connections, durationSec });
    const after = await child.memory();
    return { target: mode, ...load, rssBeforeMb: before.rssMb, rssAfterMb: after.rssMb, handled: after.extra?.handled ?? 0 };
  } finally {
    await child.stop();
  }
}

/** The same generator, concurrency and duration against each server, one after the other. */
export async function benchSlack(opts: { connections: number; durationSec: number }): Promise<SlackResult> {
  const bare = await runTarget("bare", opts.connections, opts.durationSec);
  const echo = await runTarget("echo", opts.connections, opts.durationSec);
  const project = await runTarget("project", opts.connections, opts.durationSec);
  return {
    connections: opts.connections,
    durationSec: opts.durationSec,
    targets: [bare, echo, project],
    projectVsBare: project.perSecond / bare.perSecond,
    echoVsBare: echo.perSecond / bare.perSecond,
  };
}
