import { runCluster } from "./harness.js";

/**
 * `npm run test:cluster`: three bot processes on one Postgres, 10,000 subscriptions due in the
 * same minute, one process SIGKILLed mid-drain and restarted. Passes with 0 duplicates and 0
 * missing, counted at the fakes. CLUSTER_SUBSCRIPTIONS overrides the count (a quicker local run).
 */
const count = Number(process.env.CLUSTER_SUBSCRIPTIONS || 10_000);
const r = await runCluster({
  processes: 3,
  subscriptions: count,
  store: "postgres",
  killAt: 0.3,
  leaseSeconds: 20,
  log: (line) => process.stdout.write(`cluster: ${line}\n`),
});
process.stdout.write(
  `cluster: ${r.processes} processes on ${r.store}, ${r.subscriptions} subscriptions, drained in ${(r.drainMs / 1000).toFixed(1)} s ` +
    `(${r.perSecond.toFixed(0)}/s): ${r.delivered} delivered, ${r.duplicates} duplicates, ${r.missing} missing, ` +
    `${r.sentInStore} recorded sent, one process killed: ${r.killed ? "yes" : "no"}\n`,
);
const checks = [
  ["every channel got its briefing (0 missing)", r.missing === 0],
  ["no channel got it twice (0 duplicates)", r.duplicates === 0],
  ["one process was killed mid-drain and restarted", r.killed],
  ["every delivery is recorded sent", r.sentInStore === r.subscriptions],
] as const;
for (const [what, ok] of checks) process.stdout.write(`${ok ? "✓" : "✗"} ${what}\n`);
const failed = checks.filter(([, ok]) => !ok).length;
process.stdout.write(`${checks.length - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
