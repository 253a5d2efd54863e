import { once } from "node:events";
import { Events } from "discord.js";
import type { Adapter, AdapterDeps } from "../../src/adapter/types.js";
import { Continuations, sharedContinuations } from "../../src/adapter/continuations.js";
import { parseAnswerParts } from "./render/buttons.js";
import type { BriefingPublisher } from "../../src/scheduling/types.js";
import { createClient, type ClientOptions } from "./client.js";
import { DiscordConfigError, loadDiscordConfig } from "./config.js";
import type { DiscordContext } from "./context.js";
import { DeferPolicy } from "./deadline.js";
import { onInteractionCreate } from "./events/interactionCreate.js";
import { onMessageCreate } from "./events/messageCreate.js";
import { storyComposer } from "./composer.js";
import { createDiscordPublisher, createPublisherRest } from "./publisher.js";
import { sharedGlobalLimit } from "./global-limit.js";
import { UserRateLimiter, type Clock } from "./ratelimit.js";

export interface DiscordAdapterOptions extends ClientOptions {
  /** For the rate limiter; tests step it. */
  clock?: Clock;
  /** For the deferral decision (handler timing); tests make the handler look slow with it. */
  timer?: Clock;
  deferBudgetMs?: number;
}

export interface DiscordAdapter extends Adapter {
  readonly publisher: BriefingPublisher;
}

/**
 * The Discord adapter: null when DISCORD_TOKEN is not set; throws DiscordConfigError when it is
 * set but other values are malformed.
 */
export function createDiscordAdapter(env: NodeJS.ProcessEnv, deps: AdapterDeps, options: DiscordAdapterOptions = {}): DiscordAdapter | null {
  const config = loadDiscordConfig(env);
  if (!config) return null;
  const { log } = deps;
  // Several processes on one database share Discord's global limit of 50 requests a second.
  const globalLimit = options.globalLimit ?? (deps.shared ? sharedGlobalLimit(deps.shared, { log }) : undefined);
  const client = createClient(config, { ...options, ...(globalLimit ? { globalLimit } : {}) });
  const ctx: DiscordContext = {
    handler: deps.handler,
    story: deps.story,
    log,
    ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
    limiter: new UserRateLimiter(config.rateLimit, options.clock),
    deferral: new DeferPolicy(options.deferBudgetMs, options.timer),
    composeBriefing: storyComposer(deps.story),
    // Shared by the processes when there is a shared store: a "More" click may reach another one.
    continuations: deps.shared ? sharedContinuations({ store: deps.shared, prefix: "more:discord", parse: parseAnswerParts }) : new Continuations(),
  };
  // Kept so stop() removes exactly these (discord.js has its own listeners on the client).
  const listeners = [
    [Events.MessageCreate, onMessageCreate(ctx)],
    [Events.InteractionCreate, onInteractionCreate(ctx)],
    [Events.Error, (error: Error) => log.error("discord: client error", { error })],
    [Events.ShardDisconnect, (event: { code: number }) => log.warn("discord: gateway disconnected", { code: event.code })],
    [Events.ShardResume, (_id: number, replayed: number) => log.info("discord: gateway resumed", { replayed })],
    [Events.ShardReconnecting, () => log.info("discord: gateway reconnecting")],
  ] as const;
  for (const [event, listener] of listeners) client.on(event, listener as (...args: unknown[]) => void);
  const publisher = createDiscordPublisher({ rest: createPublisherRest({ ...config, ...(globalLimit ? { limit: globalLimit } : {}) }), log });

  return {
    name: "discord",
    publisher,
    get connected() {
      return client.isReady();
    },
    async start() {
      const ready = once(client, Events.ClientReady);
      try {
        await client.login(config.token);
      } catch (err) {
        ready.catch(() => undefined);
        const reason = err instanceof Error ? err.message : String(err);
        // discord.js says "An invalid token was provided." on 401; say which variable to fix.
        const hint = /token/i.test(reason) ? " Check DISCORD_TOKEN (Developer Portal → Bot → Reset Token)." : ` Is ${config.apiUrl} reachable?`;
        // A rejected token will not fix itself: a configuration error stops the start.
        if (/token/i.test(reason)) throw new DiscordConfigError(`Discord login failed: ${reason}${hint}`);
        throw new Error(`Discord login failed: ${reason}${hint}`);
      }
      await ready;
      if (config.appId && client.application && client.application.id !== config.appId) {
        log.warn("discord: DISCORD_APP_ID does not match the token's application; commands may be registered on another app", {
          configured: config.appId,
          actual: client.application.id,
        });
      }
      if (!config.appId) log.warn("discord: DISCORD_APP_ID is not set; fine for answering, but `npm run discord:register` needs it");
      log.info("discord: connected", { user: client.user?.tag, guilds: client.guilds.cache.size, api: config.apiUrl });
    },
    async stop() {
      for (const [event, listener] of listeners) client.off(event, listener as (...args: unknown[]) => void);
      await client.destroy();
      log.info("discord: disconnected");
    },
  };
}
