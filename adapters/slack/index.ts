import type { AddressInfo } from "node:net";
import type { Adapter, AdapterDeps, AdapterFactory } from "../../src/adapter/types.js";
import type { BriefingPublisher } from "../../src/scheduling/types.js";
import { buildSlackApp, type SlackAppOptions } from "./app.js";
import { toBoltLogger } from "./bolt-logger.js";
import { loadSlackConfig, type SlackConfig } from "./config.js";
import { REJECTED_CREDENTIAL, SlackCredentialError, slackErrorCode } from "./credentials.js";
import { createSlackPublisher, publisherClient } from "./publisher.js";
import { webApi } from "@slack/bolt";
import { INSTALL_PATH, REDIRECT_PATH, checkClientCredentials, workspaceRoute } from "./oauth.js";

export interface SlackAdapter extends Adapter {
  readonly publisher: BriefingPublisher;
  /** The HTTP port actually bound (useful with PORT=0); undefined in Socket Mode or before start. */
  readonly port: number | undefined;
  /** Whether auth.test has succeeded (the bot knows its own user id). */
  readonly connected: boolean;
  /** Settles once auth.test has succeeded, or when the adapter stops. */
  whenConnected(): Promise<void>;
}

export interface SlackAdapterOptions extends SlackAppOptions {
  /** Interface to bind in HTTP mode; default all interfaces, as Slack must reach it. */
  host?: string;
  /** How long start() waits for the first auth.test before serving anyway (default 5 s). */
  firstAuthWaitMs?: number;
  /** How long the publisher waits for Slack's answer to a post (default 15 s); then the post is "maybe posted". */
  publishTimeoutMs?: number;
}

/** Reports a credential refused after the start: through deps.fatal, or as a log line. */
function reportFatal(deps: AdapterDeps, error: SlackCredentialError): void {
  if (deps.fatal) deps.fatal(error);
  else deps.log.error(`slack: ${error.message}`);
}

const waitAtMost = (ms: number): Promise<undefined> =>
  new Promise((resolve) => {
    setTimeout(() => resolve(undefined), ms).unref();
  });

/** The registry's factory: null without Slack credentials (a bot token or OAuth), a readable error when the rest is wrong. */
export const createSlackAdapter: AdapterFactory = (env, deps) => {
  const config = loadSlackConfig(env);
  return config ? createSlackAdapterFrom(config, deps) : null;
};

export function createSlackAdapterFrom(config: SlackConfig, deps: AdapterDeps, opts: SlackAdapterOptions = {}): SlackAdapter {
  const { app, receiver, identity, installer, warmUp } = buildSlackApp(config, deps, opts);
  const makeClient = (token: string | undefined) => publisherClient(token, config.apiUrl, toBoltLogger(deps.log, "slack-publisher"), opts.publishTimeoutMs);
  const publisher = createSlackPublisher({
    client: makeClient(config.botToken),
    // Several workspaces: each subscription's workspace token posts its briefing.
    ...(installer ? { route: workspaceRoute(installer, makeClient) } : {}),
    log: deps.log,
    ...(opts.now ? { now: opts.now } : {}),
  });
  let port: number | undefined;
  let socketStop: AbortController | undefined;

  return {
    name: "slack",
    publisher,
    get port() {
      return port;
    },
    // With OAuth there is no one token to check: each workspace's is looked up per request.
    get connected() {
      return identity ? identity.known : port !== undefined;
    },
    whenConnected: () => (identity ? identity.start() : Promise.resolve()),

    async start() {
      if (identity) {
        void identity.start();
        // A refused token stops the start with one line; an unreachable Slack does not hold it up
        // (the resolver keeps retrying in the background, one log line per attempt).
        const first = await Promise.race([identity.firstAttempt, waitAtMost(opts.firstAuthWaitMs ?? 5000)]);
        if (first?.kind === "rejected") {
          identity.stop();
          throw new SlackCredentialError("SLACK_BOT_TOKEN", first.code);
        }
        void identity.rejected.then((code) => reportFatal(deps, new SlackCredentialError("SLACK_BOT_TOKEN", code)));
      }
      if (config.oauth) {
        // Wrong client credentials stop the start (exit 78, one line), as a refused bot token does;
        // an unreachable Slack does not hold it up.
        const client = new webApi.WebClient(undefined, { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: { retries: 0 }, timeout: 10_000, logger: toBoltLogger(deps.log, "slack", { quiet: true }) });
        const check = await Promise.race([checkClientCredentials(config.oauth, client), waitAtMost(opts.firstAuthWaitMs ?? 5000)]);
        if (check?.kind === "rejected") throw new SlackCredentialError(check.variable, check.code);
        if (check?.kind === "unreachable") deps.log.warn("slack: could not check the OAuth client credentials; serving anyway", { why: check.why });
      }
      // Warm before listening: the first burst must find the answer path ready (see warm.ts).
      await warmUp().catch((error: unknown) => deps.log.warn("slack: warm-up failed; serving anyway", { error }));
      if (config.appToken) {
        socketStop = new AbortController();
        void startSocketMode(() => app.start(), deps, socketStop.signal);
        return;
      }
      if (!receiver) throw new Error("slack: no HTTP receiver");
      const server = await receiver.start(config.port, opts.host);
      port = (server.address() as AddressInfo).port;
      deps.log.info("slack: listening for events", { port, path: "/slack/events", ...(installer ? { install: INSTALL_PATH, redirect: REDIRECT_PATH } : {}) });
    },

    async stop() {
      identity?.stop();
      socketStop?.abort();
      try {
        await app.stop();
      } catch (error) {
        deps.log.debug("slack: stop", { error });
      }
      port = undefined;
    },
  };
}

/**
 * Socket Mode connects in the background: the socket client retries apps.connections.open
 * itself, and a start that still fails (a revoked app token) is logged and tried again later,
 * so the process never dies of it.
 */
async function startSocketMode(start: () => Promise<unknown>, deps: AdapterDeps, signal: AbortSignal): Promise<void> {
  for (let delay = 5000; !signal.aborted; delay = Math.min(delay * 2, 300_000)) {
    try {
      await start();
      deps.log.info("slack: connected in Socket Mode");
      return;
    } catch (error) {
      const code = slackErrorCode(error) ?? (error as { code?: unknown }).code;
      // The socket client gives up by itself on a refused app token: so does the adapter.
      if (typeof code === "string" && REJECTED_CREDENTIAL.has(code)) return reportFatal(deps, new SlackCredentialError("SLACK_APP_TOKEN", code));
      deps.log.error("slack: Socket Mode connection failed; will retry", { why: (error as Error).message, retryInMs: delay });
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      timer.unref();
      signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
