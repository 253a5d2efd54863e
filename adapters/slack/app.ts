import { App, SocketModeReceiver, webApi, type Receiver } from "@slack/bolt";
import { Continuations, sharedContinuations } from "../../src/adapter/continuations.js";
import { parseParts } from "./more.js";
import type { AdapterDeps } from "../../src/adapter/types.js";
import { composeBriefing } from "../../src/briefing/compose.js";
import { toBoltLogger } from "./bolt-logger.js";
import type { SlackConfig } from "./config.js";
import type { SlackContext } from "./context.js";
import { IdentityResolver } from "./identity.js";
import { registerListeners } from "./listeners/index.js";
import { SignedHttpReceiver } from "./receiver.js";
import { renderBriefing } from "./render/briefing.js";
import type { SlackMessage } from "./render/limits.js";
import type { Lang } from "../../src/engine/reply.js";
import { warmUp } from "./warm.js";
import { createReplayGuard, createSharedReplayGuard } from "./replay.js";
import { createInstaller, type SlackInstaller } from "./oauth.js";
import { WARMUP_TEAM } from "./warm.js";

export interface SlackAppOptions {
  /** Wall clock for signature freshness and the replay window (tests move it). */
  now?: () => number;
  /** Backoff of the background auth.test. */
  identityRetry?: { initialDelayMs: number; maxDelayMs: number };
  /** Retries of the bot's replies (mentions, DMs); a 429 first waits for its Retry-After. */
  replyRetries?: number;
  /** See SlackContext.ackFirstAfterMs. */
  ackFirstAfterMs?: number;
}

export interface BuiltSlackApp {
  app: App;
  /** Present in HTTP mode. */
  receiver: SignedHttpReceiver | undefined;
  /** With a bot token (one workspace); null with OAuth, where each workspace's installation says who the bot is. */
  identity: IdentityResolver | null;
  /** With OAuth (several workspaces): the installer, the store of installations behind it. */
  installer: SlackInstaller | null;
  /** Runs a few /brief through Bolt and the engine before the first real one (see warm.ts). */
  warmUp(): Promise<void>;
}

const missing = (what: string): never => {
  throw new Error(`slack: OAuth distribution needs ${what}`);
};

/**
 * The Bolt app. `authorize` hands Bolt the token and whatever bot ids are known so far, so Bolt
 * never calls auth.test itself (see IdentityResolver). HTTP mode goes through the hardened
 * receiver, Socket Mode through Bolt's own.
 */
export function buildSlackApp(config: SlackConfig, deps: AdapterDeps, opts: SlackAppOptions = {}): BuiltSlackApp {
  const now = opts.now ?? Date.now;
  const boltLogger = toBoltLogger(deps.log);
  const apiBase = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};

  const installer = config.oauth
    ? createInstaller(config.oauth, {
        store: deps.installations ?? missing("the store of installations"),
        log: deps.log,
        logger: boltLogger,
        apiUrl: config.apiUrl,
      })
    : null;
  const identity = config.botToken
    ? new IdentityResolver({
        // One attempt per call: the resolver paces the retries and keeps logging them.
        // The resolver logs each failed attempt once; the client's own "http request failed" would repeat it.
        client: new webApi.WebClient(config.botToken, { ...apiBase, logger: toBoltLogger(deps.log, "slack", { quiet: true }), retryConfig: { retries: 0 }, timeout: 10_000 }),
        log: deps.log,
        ...(opts.identityRetry ?? {}),
      })
    : null;

  let receiver: Receiver;
  let httpReceiver: SignedHttpReceiver | undefined;
  if (config.appToken) {
    // The socket client keeps its own generous retry policy for apps.connections.open.
    receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: boltLogger,
      installerOptions: { clientOptions: { ...apiBase } },
    });
  } else {
    if (!config.signingSecret) throw new Error("SLACK_SIGNING_SECRET is required in HTTP mode");
    httpReceiver = new SignedHttpReceiver({
      signingSecret: config.signingSecret,
      now,
      // Several processes behind one URL share what they have handled through the database.
      replay: deps.shared
        ? createSharedReplayGuard({ now, keys: deps.shared, onError: (error) => deps.log.warn("slack: pruning handled events failed", { error }) })
        : createReplayGuard({ now }),
      log: deps.log,
      boltLogger,
      ...(deps.health ? { health: deps.health } : {}),
      ...(installer ? { getRoutes: installer.routes } : {}),
    });
    receiver = httpReceiver;
  }

  const app = new App({
    receiver,
    authorize: installer
      ? // Each workspace's own token, looked up in the store by its team id (InstallProvider.authorize).
        // The warm-up's made-up workspace gets no token: its acks go nowhere and it calls nothing.
        async (source) => (source.teamId === WARMUP_TEAM ? {} : installer.botFor(source.teamId ?? "", source.enterpriseId))
      : async () => ({
          botToken: config.botToken,
          botId: identity?.identity.botId,
          botUserId: identity?.identity.botUserId,
        }),
    logger: boltLogger,
    // Follow-ups live in the bot's conversations; Bolt's own store would only cost time per request.
    convoStore: false,
    clientOptions: {
      ...apiBase,
      logger: boltLogger,
      retryConfig: { retries: opts.replyRetries ?? 3, factor: 2, minTimeout: 250, maxTimeout: 5000 },
      timeout: 15_000,
    },
  });

  const briefings: Partial<Record<Lang, SlackMessage[]>> = {};
  const ctx: SlackContext = {
    handler: deps.handler,
    story: deps.story,
    log: deps.log,
    subscriptions: deps.subscriptions,
    subscribeUsers: new Set(config.subscribeUsers),
    identity: identity?.identity ?? { botId: undefined, botUserId: undefined, teamId: undefined },
    // The story does not change under a running adapter: each language's briefing is composed once.
    briefing: (lang) => (briefings[lang] ??= renderBriefing(composeBriefing(deps.story, { lang }))),
    // Shared by the processes when there is a shared store: a "More" click may reach another one.
    continuations: deps.shared ? sharedContinuations({ store: deps.shared, prefix: "more:slack", parse: parseParts }) : new Continuations(),
    ...(opts.ackFirstAfterMs !== undefined ? { ackFirstAfterMs: opts.ackFirstAfterMs } : {}),
    ...(installer
      ? {
          workspaces: {
            async forget(teamId: string, enterpriseId: string | undefined, reason: string) {
              await installer.forget(teamId, enterpriseId);
              const subscriptionsDisabled = (await deps.subscriptions?.disableWorkspace?.("slack", teamId, reason)) ?? 0;
              return { subscriptionsDisabled };
            },
          },
        }
      : {}),
  };
  registerListeners(app, ctx);
  app.error(async (error) => {
    // A request from a workspace without an installation (never installed, or uninstalled): not answered.
    if (error.code === "slack_bolt_authorization_error") deps.log.warn("slack: a request from a workspace where the app is not installed was ignored", { why: error.message });
    else deps.log.error("slack: unhandled error in a listener", { error });
  });
  return { app, receiver: httpReceiver, identity, installer, warmUp: () => warmUp(app, ctx) };
}
