import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/log.js";

/** Who the bot is in the workspace; unknown until `auth.test` has succeeded once. */
export interface BotIdentity {
  botId: string | undefined;
  botUserId: string | undefined;
  teamId: string | undefined;
}

export interface IdentityResolverOptions {
  client: Pick<webApi.WebClient, "auth">;
  log: Logger;
  /** Delays between attempts: the first, doubled each time up to the maximum. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Bolt, given a token without the bot's ids, calls `auth.test` in its constructor and dies on an
 * unhandled rejection when Slack is unreachable. The adapter instead serves at once (slash
 * commands need no bot id) and resolves the identity in the background, retrying with backoff
 * and logging each failure, until it succeeds or the adapter stops.
 */
export class IdentityResolver {
  readonly identity: BotIdentity = { botId: undefined, botUserId: undefined, teamId: undefined };
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;

  constructor(private readonly opts: IdentityResolverOptions) {}

  get known(): boolean {
    return this.identity.botUserId !== undefined;
  }

  /** Starts resolving in the background; the promise settles when resolved or stopped, never rejects. */
  start(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  stop(): void {
    this.abort.abort();
  }

  private async loop(): Promise<void> {
    let delay = this.opts.initialDelayMs ?? 1000;
    const maxDelay = this.opts.maxDelayMs ?? 60_000;
    const sleep = this.opts.sleep ?? defaultSleep;
    for (let attempt = 1; !this.abort.signal.aborted; attempt++) {
      try {
        const res = await this.opts.client.auth.test();
        this.identity.botId = res.bot_id;
        this.identity.botUserId = res.user_id;
        this.identity.teamId = res.team_id;
        this.opts.log.info("slack: connected to the Web API", { botUserId: res.user_id, team: res.team });
        return;
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        const why = code ?? (error as Error).message;
        // A rejected token will not fix itself, but the operator may rotate it: keep trying, slowly.
        const level = code === "invalid_auth" || code === "token_revoked" || code === "not_authed" ? "error" : "warn";
        this.opts.log[level]("slack: auth.test failed; still serving, will retry", { attempt, why, retryInMs: delay });
      }
      await sleep(delay, this.abort.signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
