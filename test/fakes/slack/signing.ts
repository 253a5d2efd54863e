import { createHmac } from "node:crypto";
import { request } from "node:http";

/** Slack's request signature: `v0=` + hex HMAC-SHA256(secret, `v0:${timestamp}:${rawBody}`). */
export function slackSignature(secret: string, timestampSec: number, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestampSec}:${rawBody}`).digest("hex")}`;
}

export interface SignedRequestOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Default: form-encoded when the body looks like `a=b&…`, JSON otherwise. Bolt compares it exactly. */
  contentType?: string;
  /** Replaces the computed signature (to test a bad one). */
  signature?: string;
}

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Headers and body of a request Slack would send, signed with `secret`. */
export function signedRequest(secret: string, body: string, opts: SignedRequestOptions = {}): SignedRequest {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const contentType = opts.contentType ?? (body.trimStart().startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
  return {
    body,
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": opts.signature ?? slackSignature(secret, timestamp, body),
    },
  };
}

export interface SlashCommandFields {
  text: string;
  command?: string;
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  channel_name?: string;
  team_id?: string;
  response_url?: string;
  trigger_id?: string;
  api_app_id?: string;
}

let triggerCounter = 0;

/**
 * A slash-command body, form-encoded as Slack sends it. Each gets a fresh trigger_id, as from
 * Slack, so two commands with the same text in the same second are not byte-identical (the bot
 * would rightly treat the second as a replay).
 */
export function slashCommandBody(fields: SlashCommandFields): string {
  triggerCounter += 1;
  const all: Record<string, string> = {
    token: "verification-token-unused",
    team_id: "T0FAKE",
    team_domain: "fake",
    channel_id: "C0CHANNEL",
    channel_name: "general",
    user_id: "U0ASKER",
    user_name: "asker",
    command: "/brief",
    api_app_id: "A0APP",
    response_url: "http://127.0.0.1:9/unused",
    trigger_id: `${Date.now()}.${process.pid}.${triggerCounter}`,
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
  };
  return new URLSearchParams(all).toString();
}

let eventCounter = 0;

/** An Events API `event_callback` body around `event`, with a fresh event_id unless given. */
export function eventCallbackBody(event: Record<string, unknown>, opts: { eventId?: string; teamId?: string } = {}): string {
  eventCounter += 1;
  return JSON.stringify({
    token: "verification-token-unused",
    team_id: opts.teamId ?? "T0FAKE",
    api_app_id: "A0APP",
    type: "event_callback",
    event_id: opts.eventId ?? `Ev${Date.now().toString(36)}${eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: opts.teamId ?? "T0FAKE", user_id: "U0BOT", is_bot: true, is_enterprise_install: false }],
    event,
  });
}

export interface BlockActionFields {
  /** The clicked button, as the bot rendered it (action_id and value are read from it). */
  button: { action_id: string; value: string; text?: { text: string } };
  user_id?: string;
  channel_id?: string;
  /** The message the button is under: its ts, and its thread_ts when it is in a thread. */
  message_ts?: string;
  thread_ts?: string;
  is_ephemeral?: boolean;
  response_url?: string;
}

/** A `block_actions` interaction as Slack posts it: form-encoded, the JSON in a `payload` field. */
export function blockActionsBody(f: BlockActionFields): string {
  triggerCounter += 1;
  const channel = f.channel_id ?? "C0CHANNEL";
  const ts = f.message_ts ?? `${Math.floor(Date.now() / 1000)}.000100`;
  const payload = {
    type: "block_actions",
    user: { id: f.user_id ?? "U0ASKER", username: "asker", name: "asker", team_id: "T0FAKE" },
    api_app_id: "A0APP",
    token: "verification-token-unused",
    container: { type: "message", message_ts: ts, channel_id: channel, is_ephemeral: f.is_ephemeral ?? false, ...(f.thread_ts ? { thread_ts: f.thread_ts } : {}) },
    trigger_id: `${Date.now()}.${process.pid}.${triggerCounter}`,
    team: { id: "T0FAKE", domain: "fake" },
    channel: { id: channel, name: "general" },
    ...(f.is_ephemeral ? {} : { message: { type: "message", ts, ...(f.thread_ts ? { thread_ts: f.thread_ts } : {}), text: "", user: "U0BOT", bot_id: "B0BOT" } }),
    response_url: f.response_url ?? "http://127.0.0.1:9/unused",
    actions: [{ type: "button", action_id: f.button.action_id, block_id: "b1", text: { type: "plain_text", text: f.button.text?.text ?? "" }, value: f.button.value, action_ts: `${Date.now() / 1000}` }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
}

/**
 * POSTs with node:http so the content-type goes out exactly as given (fetch adds
 * `;charset=UTF-8` to URLSearchParams bodies, which Bolt refuses).
 */
export function post(url: string, body: string, headers: Record<string, string>): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Signs and POSTs in one call. */
export function postSigned(url: string, secret: string, body: string, opts: SignedRequestOptions = {}): Promise<HttpResult> {
  const r = signedRequest(secret, body, opts);
  return post(url, r.body, r.headers);
}
