/** Shapes the fake Discord records and accepts; the subset of the real API that discord.js and briefbot use. */

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  discriminator?: string;
  avatar?: string | null;
  bot?: boolean;
}

export type JsonObject = Record<string, unknown>;

/** One REST call as the fake received it (paths URL-decoded, without the `/api/v10` prefix). */
export interface RecordedRequest {
  seq: number;
  method: string;
  /** e.g. `/channels/123/messages`, `/interactions/1/tok/callback`, `/webhooks/app/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or null when there was none. */
  body: JsonObject | null;
  /** The status the fake answered with. */
  status: number;
  at: number;
}

/** A message stored in a channel (posted by the bot or injected as a user's). */
export interface StoredMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: FakeUser;
  content: string;
  embeds: JsonObject[];
  nonce?: string | number;
  message_reference?: JsonObject;
  allowed_mentions?: JsonObject;
  timestamp: string;
  flags: number;
}

export type ChannelAccess = "ok" | "missing-access" | "missing-permissions";

export interface FakeChannel {
  id: string;
  /** 0 guild text, 1 DM. */
  type: 0 | 1;
  guildId?: string;
  name?: string;
  access: ChannelAccess;
  messages: StoredMessage[];
}

/** A REST failure to inject: the next matching request(s) get this answer instead of the real one. */
export interface Fault {
  method?: string;
  /** Substring of the decoded path, or a pattern. */
  path?: string | RegExp;
  status: number;
  /** Discord JSON error code (10003, 50001, 50013, …). */
  code?: number;
  message?: string;
  /** For 429: seconds, sent as `Retry-After` and `retry_after`. */
  retryAfter?: number;
  global?: boolean;
  /** How many matching requests fail (default 1). */
  times?: number;
}

/**
 * A request that is carried out (a message stored) and whose answer is then lost: the connection
 * dropped, the answer held for `ms` (the client times out first), or a 5xx sent instead.
 */
export interface LostAnswer {
  method?: string;
  /** Substring of the decoded path, or a pattern. */
  path?: string | RegExp;
  lose: "drop" | "hang" | "status";
  ms?: number;
  status?: number;
  times?: number;
}

/** An interaction the fake sent over the gateway, and what the bot answered to it. */
export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  createdAt: number;
  /** Bodies POSTed to `/interactions/:id/:token/callback`, in order. */
  callbacks: JsonObject[];
  /** The `@original` response message content after edits. */
  original: JsonObject | null;
  /** Bodies of edits (`PATCH …/messages/@original`). */
  edits: JsonObject[];
  /** Bodies of follow-ups (`POST /webhooks/:app/:token`). */
  followUps: JsonObject[];
}

export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOption[];
}
