import { createHash } from "node:crypto";
import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes, type APIMessage, type RESTPostAPIChannelMessageJSONBody } from "discord.js";
import type { Briefing } from "../../src/briefing/types.js";
import type { Logger } from "../../src/log.js";
import type { BriefingPublisher, PublishResult } from "../../src/scheduling/types.js";
import { limitedMakeRequest, type GlobalLimit } from "./global-limit.js";
import { renderBriefingEmbed } from "./render/briefing.js";
import { LABELS } from "./render/labels.js";
import { LIMITS, NO_PINGS } from "./render/limits.js";

/**
 * Discord accepts a nonce of at most 25 characters. Short keys are used as they are; longer
 * ones are hashed, so the same key always gives the same nonce.
 */
export function nonceFor(key: string): string {
  if (/^[\w:.-]+$/.test(key) && key.length <= LIMITS.nonce) return key;
  return "b-" + createHash("sha256").update(key).digest("base64url").slice(0, LIMITS.nonce - 2);
}

/**
 * Discord echoes `nonce` only in the create response, never when messages are listed, so the
 * nonce is also written at the end of the embed footer ("briefbot · point du jour · <nonce>"):
 * `alreadyPosted` finds it there in the channel's recent messages. Plain text, no zero-width
 * characters, so people can see which delivery a message was.
 */
export const footerFor = (lang: Briefing["lang"], nonce: string): string => `briefbot · ${LABELS[lang].briefing} · ${nonce}`;

/** Error codes meaning the bot will never be able to post there: the subscription gets disabled. */
const PERMANENT_CODES: Record<number, string> = {
  10003: "Unknown Channel: the channel was deleted",
  50001: "Missing Access: the bot was removed from the channel or cannot see it",
  50013: "Missing Permissions: the bot may not send messages or embeds there",
};

/** How many recent messages alreadyPosted looks through (a briefing is posted once a day). */
const RECENT = 50;

/**
 * The REST client the publisher needs: 429s are returned to the scheduler (which owns retries
 * and knows the other channels can go on) instead of being waited out inside discord.js, and
 * 5xx are not retried here for the same reason.
 */
export function createPublisherRest(opts: { token: string; apiUrl: string; globalRequestsPerSecond?: number; timeoutMs?: number; limit?: GlobalLimit }): REST {
  return new REST({
    api: opts.apiUrl,
    ...(opts.limit ? { makeRequest: limitedMakeRequest(opts.limit) } : {}),
    version: "10",
    retries: 0,
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
    rejectOnRateLimit: () => true,
    ...(opts.globalRequestsPerSecond ? { globalRequestsPerSecond: opts.globalRequestsPerSecond } : {}),
  }).setToken(opts.token);
}

export function toPublishResult(err: unknown): PublishResult & { ok: false } {
  if (err instanceof RateLimitError) {
    return { ok: false, permanent: false, retryAfterMs: Math.max(0, Math.ceil(err.retryAfter)), reason: `rate limited (429, ${err.scope} scope)` };
  }
  if (err instanceof DiscordAPIError) {
    const permanent = PERMANENT_CODES[Number(err.code)];
    if (permanent) return { ok: false, permanent: true, reason: `${err.code} ${permanent}` };
    // A 5xx came after Discord had the request: the message may exist (enforce_nonce would
    // return it on a retry, and the scheduler also looks first).
    return { ok: false, permanent: false, ...(err.status >= 500 ? { maybePosted: true } : {}), reason: `Discord API error ${err.status} (code ${err.code}): ${err.message}` };
  }
  if (err instanceof HTTPError) {
    return { ok: false, permanent: false, ...(err.status >= 500 ? { maybePosted: true } : {}), reason: `Discord HTTP ${err.status}: ${err.message}` };
  }
  // Time-out, reset, lost answer: nothing says whether the message was stored.
  return { ok: false, permanent: false, maybePosted: true, reason: `network error: ${err instanceof Error ? err.message : String(err)}` };
}

export function createDiscordPublisher(deps: { rest: REST; log: Logger }): BriefingPublisher {
  const { rest, log } = deps;
  return {
    platform: "discord",
    async publish(channelId: string, briefing: Briefing, key: string): Promise<PublishResult> {
      const nonce = nonceFor(key);
      const body: RESTPostAPIChannelMessageJSONBody = {
        embeds: [renderBriefingEmbed(briefing, footerFor(briefing.lang, nonce))],
        nonce,
        // Discord returns the earlier message instead of posting twice if this nonce was used recently.
        enforce_nonce: true,
        allowed_mentions: NO_PINGS,
      };
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
        return { ok: true, messageId: message.id };
      } catch (err) {
        const result = toPublishResult(err);
        log.warn("discord: briefing not posted", { channel: channelId, permanent: result.permanent, reason: result.reason });
        return result;
      }
    },
    /** Throws when the channel cannot be read; the caller decides whether to post anyway. */
    async alreadyPosted(channelId: string, key: string): Promise<boolean> {
      const nonce = nonceFor(key);
      const query = new URLSearchParams({ limit: String(RECENT) });
      const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
      return messages.some(
        (m) => String(m.nonce ?? "") === nonce || (m.embeds ?? []).some((e) => e.footer?.text?.endsWith(` · ${nonce}`) === true),
      );
    },
  };
}
