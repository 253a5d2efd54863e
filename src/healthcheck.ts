/**
 * The container's HEALTHCHECK: GET /healthz on HEALTH_PORT (or Slack's PORT) of this machine;
 * exit 0 when it answers 200, 1 otherwise. A bot with no platform configured runs the shell,
 * which serves nothing and has nothing to check: healthy.
 */
const env = process.env;
const platform = Boolean(env.SLACK_BOT_TOKEN?.trim() || env.DISCORD_TOKEN?.trim());
const ports = [env.HEALTH_PORT, env.SLACK_APP_TOKEN?.trim() ? undefined : env.PORT].map((p) => p?.trim()).filter((p): p is string => Boolean(p));

async function healthy(): Promise<boolean> {
  if (!platform) return true;
  for (const port of ports) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) });
      if (res.ok) return true;
    } catch {
      // not listening on this one: try the next
    }
  }
  return false;
}

process.exitCode = (await healthy()) ? 0 : 1;
