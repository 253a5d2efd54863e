import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/log.js";
import { REJECTED_CREDENTIAL, slackErrorCode } from "./credentials.js";

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

/** How the first auth.test went: the start stops on `rejected`, and goes on otherwise. */
export type FirstAttempt = { kind: "connected" } | { kind: "unreachable"; why: string } | { kind: "rejected"; code: string };

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
 * and logging one line per failed attempt, until it succeeds or the adapter stops. A rejected
 * token is different: it will not fix itself, so the loop ends and reports it (`rejected`).
 */
export class IdentityResolver {
  readonly identity: BotIdentity = { botId: undefined, botUserId: undefined, teamId: undefined };
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private settleFirst: ((a: FirstAttempt) => void) | undefined;
  /** Settles after the first auth.test, whatever its outcome. */
  readonly firstAttempt: Promise<FirstAttempt> = new Promise((resolve) => (this.settleFirst = resolve));
  /** Settles with the Slack error code if the token is ever rejected; never rejects. */
  private settleRejected: ((code: string) => void) | undefined;
  readonly rejected: Promise<string> = new Promise((resolve) => (this.settleRejected = resolve));

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
    this.settleFirst?.({ kind: "unreachable", why: "stopped" });
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
        this.settleFirst?.({ kind: "connected" });
        return;
      } catch (error) {
        const code = slackErrorCode(error);
        if (code && REJECTED_CREDENTIAL.has(code)) {
          // Reported once, by whoever stops the start: no log line here, no retry.
          this.settleFirst?.({ kind: "rejected", code });
          this.settleRejected?.(code);
          return;
        }
        const why = code ?? (error as Error).message;
        this.settleFirst?.({ kind: "unreachable", why });
        this.opts.log.warn("slack: auth.test failed; still serving, will retry", { attempt, why, retryInMs: delay });
      }
      await sleep(delay, this.abort.signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
