import { DefaultRestOptions } from "discord.js";
import type { Logger } from "../../src/log.js";

/** The subset of the shared store the limit needs (src/store EphemeralStore.take). */
export interface SharedCounter {
  slot(key: string, intervalMs: number, now: Date): Promise<number>;
}

export interface GlobalLimit {
  /** Resolves when this process may send one more request in the current second. */
  acquire(): Promise<void>;
}

/** Discord allows a bot 50 requests per second in all, whatever the number of its processes. */
export const DISCORD_GLOBAL_PER_SECOND = 50;

/**
 * Discord's global limit shared through the database: each request takes the next slot of a pacer
 * every process of the bot draws from, so together they send at most `perSecond` (requests evenly
 * spaced, a little under the limit so that network jitter does not push a second over it).
 * discord.js still applies the limit within each process. A database that fails is not a reason to
 * stop answering: the request goes ahead (logged once), under discord.js's own limit.
 */
export function sharedGlobalLimit(counter: SharedCounter, opts: { perSecond?: number; log?: Logger; now?: () => number } = {}): GlobalLimit {
  const intervalMs = Math.ceil(1000 / ((opts.perSecond ?? DISCORD_GLOBAL_PER_SECOND) * 0.95));
  const now = opts.now ?? Date.now;
  let warned = false;
  return {
    async acquire() {
      let at: number;
      try {
        at = await counter.slot("discord:global", intervalMs, new Date(now()));
      } catch (error) {
        if (!warned) opts.log?.warn("discord: the shared request limit is unavailable; using this process's own", { error });
        warned = true;
        return;
      }
      const wait = at - now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    },
  };
}

/**
 * A discord.js REST `makeRequest` that takes a slot from the shared limit first. Interaction
 * callbacks are exempt from the global limit (Discord's rule), so they never wait here.
 */
export function limitedMakeRequest(limit: GlobalLimit): typeof DefaultRestOptions.makeRequest {
  return async (url, init) => {
    if (!/\/interactions\/\d+\/[^/]+\/callback/.test(url)) await limit.acquire();
    return DefaultRestOptions.makeRequest(url, init);
  };
}
