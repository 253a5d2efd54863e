import { webApi } from "@slack/bolt";
import type { Briefing } from "../../src/briefing/types.js";
import type { Logger } from "../../src/log.js";
import type { BriefingPublisher, PublishResult } from "../../src/scheduling/types.js";
import { REJECTED_CREDENTIAL } from "./credentials.js";
import { renderBriefing } from "./render/briefing.js";

/** The message metadata type that marks a daily briefing; its payload carries the delivery key. */
export const BRIEFING_EVENT_TYPE = "briefbot_briefing";

/** Errors after which posting to that channel cannot succeed until someone acts: the subscription is disabled. */
const PERMANENT = new Set(["channel_not_found", "not_in_channel", "is_archived", "account_inactive", "channel_is_archived"]);

export interface SlackPublisherOptions {
  /**
   * A client that neither retries nor waits on 429 (`retryConfig: { retries: 0 }`,
   * `rejectRateLimitedCalls: true`): the scheduler retries itself, and needs Retry-After back.
   */
  client: webApi.WebClient;
  log: Logger;
  now?: () => number;
  /** How far back `alreadyPosted` looks (a delivery is recovered within its lease, hours at most). */
  historyWindowMs?: number;
  /** Pages of 200 messages read at most by `alreadyPosted`. */
  maxHistoryPages?: number;
  /**
   * Several workspaces: which client posts to a subscription's channel (`T…/C…`: that workspace's
   * token) and the channel's plain id, or why none can. Absent: `client` posts everywhere.
   */
  route?: (channelId: string) => Promise<ChannelRoute>;
}

/** Where a post goes: a client (a workspace's token) and the channel, or why it cannot go (not installed). */
export type ChannelRoute = { client: webApi.WebClient; channel: string } | { refused: string };

/** Builds the publisher's Web API client: no retries of its own, 429 reported rather than waited on. */
export function publisherClient(
  token: string | undefined,
  apiUrl: string | undefined,
  logger?: webApi.WebClientOptions["logger"],
  timeoutMs = 15_000,
): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    ...(logger ? { logger } : {}),
  });
}

export function createSlackPublisher(opts: SlackPublisherOptions): BriefingPublisher {
  const now = opts.now ?? Date.now;
  const windowMs = opts.historyWindowMs ?? 48 * 3600_000;
  const maxPages = opts.maxHistoryPages ?? 5;
  const route = opts.route ?? (async (channel: string): Promise<ChannelRoute> => ({ client: opts.client, channel }));

  return {
    platform: "slack",

    async publish(subscriptionChannel: string, briefing: Briefing, key: string): Promise<PublishResult> {
      const [first, ...rest] = renderBriefing(briefing);
      if (!first) return { ok: false, permanent: false, reason: "empty briefing" };
      let target: ChannelRoute;
      try {
        target = await route(subscriptionChannel);
      } catch (error) {
        // The installation could not be read (the database): nothing was sent, try again later.
        return { ok: false, permanent: false, reason: `installation not read: ${(error as Error).message}` };
      }
      // The workspace uninstalled the app: the subscription is disabled once, not failed every day.
      if ("refused" in target) return { ok: false, permanent: true, reason: target.refused };
      const { client, channel: channelId } = target;
      let messageId: string;
      try {
        const res = await client.chat.postMessage({
          channel: channelId,
          text: first.text,
          blocks: first.blocks,
          metadata: { event_type: BRIEFING_EVENT_TYPE, event_payload: { key } },
          unfurl_links: false,
          unfurl_media: false,
        });
        messageId = res.ts ?? "";
      } catch (error) {
        const found = toPublishResult(error);
        // With several workspaces a refused token is that workspace's alone (revoked while the bot was
        // away): its subscriptions stop there; the one bot token's refusal stops the bot instead (identity.ts).
        const result = opts.route && REJECTED_CREDENTIAL.has(found.reason) ? { ...found, permanent: true } : found;
        opts.log.warn("slack: briefing not posted", { channelId, key, reason: result.reason, permanent: result.permanent });
        return result;
      }
      // A long briefing continues in the thread of the first message, which alone carries the key.
      for (const message of rest) {
        try {
          await client.chat.postMessage({ channel: channelId, thread_ts: messageId, text: message.text, blocks: message.blocks });
        } catch (error) {
          opts.log.warn("slack: briefing continuation not posted", { channelId, key, reason: toPublishResult(error).reason });
          break;
        }
      }
      return { ok: true, messageId };
    },

    /** Throws when the history cannot be read: the caller must not guess either way. */
    async alreadyPosted(subscriptionChannel: string, key: string): Promise<boolean> {
      const target = await route(subscriptionChannel);
      if ("refused" in target) throw new Error(`cannot read the channel's history: ${target.refused}`);
      const { client, channel: channelId } = target;
      const oldest = ((now() - windowMs) / 1000).toFixed(6);
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const res = await client.conversations
          .history({ channel: channelId, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) })
          .catch((error: unknown) => {
            throw historyError(error);
          });
        for (const m of res.messages ?? []) {
          const meta = m.metadata;
          // The response type declares event_payload as {}: read the key as the unknown it is.
          const payload: Record<string, unknown> | undefined = meta?.event_payload;
          if (meta?.event_type === BRIEFING_EVENT_TYPE && payload?.key === key) return true;
        }
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!res.has_more || !cursor) return false;
      }
      return false;
    },
  };
}

/**
 * Without the history scopes the bot cannot look for an earlier post, so a delivery whose outcome
 * is unknown is never posted again (a lost briefing rather than a double one): say which scope.
 */
function historyError(error: unknown): Error {
  const e = error as { code?: string; data?: { error?: string; needed?: string } };
  if (e.code === webApi.ErrorCode.PlatformError && e.data?.error === "missing_scope") {
    return new Error(
      `cannot read the channel's history: the app lacks the ${e.data.needed ?? "channels:history / groups:history"} scope ` +
        "(add it from adapters/slack/manifest.yml and reinstall the app); until then a briefing whose post is uncertain is not retried",
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Slack errors saying the request was taken but not finished: the message may be there. */
const SERVER_SIDE = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout"]);

/**
 * Maps a Web API failure to what the scheduler needs: retry (when), give up on the channel, and
 * whether the message may have been posted all the same. An error that comes after the request
 * left (time-out, reset connection, lost answer, 5xx, Slack's own server errors) is "maybe
 * posted": the scheduler reads the channel's history before posting again.
 */
export function toPublishResult(error: unknown): Extract<PublishResult, { ok: false }> {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string; response_metadata?: { retryAfter?: number } } };
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { ok: false, permanent: false, retryAfterMs: (e.retryAfter ?? 1) * 1000, reason: "ratelimited" };
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? "unknown_error";
      if (code === "ratelimited") {
        const after = e.data?.response_metadata?.retryAfter;
        return { ok: false, permanent: false, ...(after ? { retryAfterMs: after * 1000 } : {}), reason: code };
      }
      if (SERVER_SIDE.has(code)) return { ok: false, permanent: false, maybePosted: true, reason: code };
      return { ok: false, permanent: PERMANENT.has(code), reason: code };
    }
    case webApi.ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      // A 4xx (other than 429) is a refusal; anything else came after Slack had the request.
      const refused = status >= 400 && status < 500;
      return { ok: false, permanent: false, ...(refused ? {} : { maybePosted: true }), reason: `http_${status || "error"}` };
    }
    case webApi.ErrorCode.RequestError:
      return { ok: false, permanent: false, maybePosted: true, reason: requestErrorReason(error) };
    default:
      return { ok: false, permanent: false, maybePosted: true, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** "timeout" or "network_error": which one matters to whoever reads the log. */
function requestErrorReason(error: unknown): string {
  const original = (error as { original?: unknown }).original;
  const name = original instanceof Error ? original.name : "";
  return name === "TimeoutError" || name === "AbortError" ? "timeout" : "network_error";
}
