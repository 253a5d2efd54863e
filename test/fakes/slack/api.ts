import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/** One Web API call as the fake received it; JSON-looking form fields (blocks, metadata) are parsed. */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** The bearer token (or body `token`), null when none was sent. */
  token: string | null;
  at: number;
}

/** One POST to a fake `response_url`. */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/** A message the fake holds in a channel's history. */
export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** What the fake answers to one call: a status, headers and JSON body, or a dropped connection. */
export type FakeReply = { status?: number; headers?: Record<string, string>; body?: unknown } | "drop";

export type MethodHandler = (call: RecordedCall) => FakeReply | undefined;

/**
 * How the answer to a call that was carried out (a post stored) gets lost: the connection is
 * dropped, the answer held for `ms` (the client times out first), or a 5xx sent instead.
 */
export type LostAnswer = { lose: "drop" } | { lose: "hang"; ms: number } | { lose: "status"; status: number };

export interface FakeSlackApiOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** Keep every call in `calls` (default true; a benchmark may turn it off to save memory). */
  record?: boolean;
  /** Serve a Socket Mode WebSocket at /socket and answer apps.connections.open with it. */
  socketMode?: boolean;
}

export interface FakeSocket {
  /** Resolves when the bot has connected (and was sent `hello`). */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends an envelope (`slash_commands`, `events_api`, …) and resolves with the bot's ack payload. */
  deliver(type: string, payload: Record<string, unknown>, timeoutMs?: number): Promise<Record<string, unknown> | undefined>;
}

/** A workspace's install as the fake's `oauth.v2.access` hands it out for a code. */
export interface FakeInstall {
  teamId: string;
  teamName?: string;
  enterpriseId?: string;
  botToken: string;
  botUserId: string;
  botId: string;
}

/** The OAuth app the fake knows: `oauth.v2.access` refuses other credentials (invalid_client_id, bad_client_secret). */
export const FAKE_CLIENT = { id: "1111111111.2222222222", secret: "fake-client-secret-0123456789abcdef" } as const;

export interface FakeSlackApi {
  /** The Web API base for SLACK_API_URL / slackApiUrl, ending in "/api/". */
  readonly url: string;
  readonly port: number;
  readonly calls: RecordedCall[];
  readonly responses: RecordedResponse[];
  callsTo(method: string): RecordedCall[];
  /** A `response_url` served by this fake; POSTs to it land in `responses` with this id. */
  responseUrl(id?: string): string;
  /** A channel's history as the fake stores it, oldest first. */
  messages(channel: string): StoredMessage[];
  /** Puts a message in a channel's history directly (someone else talking, or a post from before a crash); returns its ts. */
  addMessage(channel: string, message: { text: string; metadata?: StoredMessage["metadata"]; thread_ts?: string }): string;
  /** Answers the next `times` calls to `method` with `reply` instead of the default. */
  queue(method: string, reply: FakeReply, times?: number): void;
  rateLimitNext(method: string, retryAfterSec: number, times?: number): void;
  errorNext(method: string, error: string, times?: number): void;
  httpErrorNext(method: string, status: number, times?: number): void;
  /** Destroys the connection without answering (a network error) for the next `times` calls. */
  dropNext(method: string, times?: number): void;
  /** The next `times` calls are carried out (a post is stored), then their answer is lost. */
  loseAnswerNext(method: string, how: LostAnswer, times?: number): void;
  /** Every post to `channel` fails with this Slack error (channel_not_found, not_in_channel, is_archived, …). */
  setChannelError(channel: string, error: string | null): void;
  /** The next `oauth.v2.access` with this code (once) installs the app in that workspace; auth.test then answers for its token. */
  grantInstall(code: string, install: FakeInstall): void;
  /** Every later call with this token is refused with token_revoked (the workspace uninstalled the app). */
  revokeToken(token: string): void;
  /** Replaces the default answer to `method` for good (return undefined to fall back to the default). */
  setHandler(method: string, handler: MethodHandler | null): void;
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  waitForResponses(count: number, timeoutMs?: number): Promise<RecordedResponse[]>;
  readonly socket: FakeSocket;
  /** Forgets calls, responses, queued replies, channel errors and history. */
  reset(): void;
  close(): Promise<void>;
}

/** A fake Slack Web API (+ response_url + optional Socket Mode) on 127.0.0.1, recording what it gets. */
export async function startFakeSlackApi(opts: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const botUserId = opts.botUserId ?? "U0BOT";
  const botId = opts.botId ?? "B0BOT";
  const teamId = opts.teamId ?? "T0FAKE";
  const record = opts.record ?? true;

  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const queued = new Map<string, FakeReply[]>();
  const losses = new Map<string, LostAnswer[]>();
  const handlers = new Map<string, MethodHandler>();
  const channelErrors = new Map<string, string>();
  const history = new Map<string, StoredMessage[]>();
  const grants = new Map<string, FakeInstall>();
  const installsByToken = new Map<string, FakeInstall>();
  const revoked = new Set<string>();
  const waiters = new Set<() => void>();
  let tsCounter = 0;
  let port = 0;

  const notify = () => {
    for (const w of [...waiters]) w();
  };
  const nextTs = () => {
    tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, "0")}`;
  };
  const ok = (body: Record<string, unknown>): FakeReply => ({ body: { ok: true, ...body } });
  const fail = (error: string): FakeReply => ({ body: { ok: false, error } });

  const defaults: Record<string, MethodHandler> = {
    "auth.test": (call) => {
      const installed = call.token ? installsByToken.get(call.token) : undefined;
      if (installed) return ok({ url: "https://fake.slack.com/", team: installed.teamName ?? installed.teamId, user: "briefbot", team_id: installed.teamId, user_id: installed.botUserId, bot_id: installed.botId });
      return ok({ url: "https://fake.slack.com/", team: "Fake", user: "briefbot", team_id: teamId, user_id: botUserId, bot_id: botId });
    },
    // The grant exchange (Slack: client credentials in the form body or as HTTP Basic auth).
    "oauth.v2.access": (call) => {
      if (call.params.client_id !== FAKE_CLIENT.id) return fail("invalid_client_id");
      if (call.params.client_secret !== FAKE_CLIENT.secret) return fail("bad_client_secret");
      const code = String(call.params.code ?? "");
      const install = grants.get(code);
      if (!install) return fail("invalid_code");
      grants.delete(code);
      installsByToken.set(install.botToken, install);
      return ok({
        access_token: install.botToken,
        token_type: "bot",
        scope: "commands,app_mentions:read,chat:write,im:history,channels:history,groups:history",
        bot_user_id: install.botUserId,
        app_id: "A0APP",
        team: { id: install.teamId, name: install.teamName ?? install.teamId },
        enterprise: install.enterpriseId ? { id: install.enterpriseId, name: install.enterpriseId } : null,
        is_enterprise_install: false,
        authed_user: { id: "U0INSTALLER" },
      });
    },
    "chat.postMessage": (call) => {
      const channel = String(call.params.channel ?? "");
      if (!channel) return fail("channel_not_found");
      const err = channelErrors.get(channel);
      if (err) return fail(err);
      if (!call.params.text && !call.params.blocks) return fail("no_text");
      const m: StoredMessage = { channel, ts: nextTs(), text: String(call.params.text ?? "") };
      if (call.params.thread_ts) m.thread_ts = String(call.params.thread_ts);
      if (call.params.blocks) m.blocks = call.params.blocks;
      if (call.params.metadata && typeof call.params.metadata === "object") m.metadata = call.params.metadata as StoredMessage["metadata"];
      const list = history.get(channel) ?? [];
      list.push(m);
      history.set(channel, list);
      return ok({ channel, ts: m.ts, message: { type: "message", bot_id: botId, user: botUserId, ...m } });
    },
    "chat.postEphemeral": (call) => {
      const err = channelErrors.get(String(call.params.channel ?? ""));
      return err ? fail(err) : ok({ message_ts: nextTs() });
    },
    "conversations.history": (call) => {
      const channel = String(call.params.channel ?? "");
      const err = channelErrors.get(channel);
      if (err) return fail(err);
      const oldest = Number(call.params.oldest ?? 0);
      const limit = Math.min(Number(call.params.limit ?? 100) || 100, 1000);
      const start = Number(call.params.cursor ?? 0) || 0;
      const withMeta = call.params.include_all_metadata === true || call.params.include_all_metadata === "true";
      const all = (history.get(channel) ?? []).filter((m) => Number(m.ts) > oldest && !m.thread_ts).reverse();
      const page = all.slice(start, start + limit).map((m) => {
        const { metadata, channel: _c, ...rest } = m;
        return { type: "message", user: botUserId, bot_id: botId, ...rest, ...(withMeta && metadata ? { metadata } : {}) };
      });
      const more = start + limit < all.length;
      return ok({ messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : "" } });
    },
    "views.publish": (call) => (call.params.user_id && call.params.view ? ok({ view: { id: "V0HOME", type: "home" } }) : fail("invalid_arguments")),
    "apps.connections.open": () =>
      opts.socketMode ? ok({ url: `ws://127.0.0.1:${port}/socket` }) : fail("not_allowed_token_type"),
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");

    if (path.startsWith("/respond/")) {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = { raw };
      }
      responses.push({ id: path.slice("/respond/".length), body, at: Date.now() });
      notify();
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (!path.startsWith("/api/")) {
      res.writeHead(404).end();
      return;
    }
    const method = path.slice("/api/".length);
    const params = parseParams(raw, req.headers["content-type"]);
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : typeof params.token === "string" ? params.token : null;
    const call: RecordedCall = { method, params, token, at: Date.now() };
    if (record) calls.push(call);

    const q = queued.get(method);
    const refused = call.token !== null && revoked.has(call.token) ? fail("token_revoked") : undefined;
    const reply = (q && q.length > 0 ? q.shift() : undefined) ?? refused ?? handlers.get(method)?.(call) ?? defaults[method]?.(call) ?? fail("unknown_method");
    const loss = losses.get(method)?.shift();
    notify();
    if (reply === "drop" || loss?.lose === "drop") {
      req.socket.destroy();
      return;
    }
    if (loss?.lose === "status") {
      res.writeHead(loss.status, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: "internal_error" }));
      return;
    }
    if (loss?.lose === "hang") {
      await new Promise((r) => setTimeout(r, loss.ms));
      if (res.destroyed || req.socket.destroyed) return;
    }
    const headers = { "content-type": "application/json", ...(reply.headers ?? {}) };
    res.writeHead(reply.status ?? 200, headers).end(reply.body === undefined ? "" : JSON.stringify(reply.body));
  }

  // Socket Mode: one WebSocket at /socket; envelopes out, acks (by envelope_id) back.
  const wss = opts.socketMode ? new WebSocketServer({ noServer: true }) : undefined;
  let client: WebSocket | undefined;
  const acks = new Map<string, (payload: Record<string, unknown> | undefined) => void>();
  let envelopeCounter = 0;
  if (wss) {
    server.on("upgrade", (req, socket, head) => {
      if (!(req.url ?? "").startsWith("/socket")) return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => {
        client = ws;
        ws.on("message", (data) => {
          try {
            const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
            if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload);
          } catch {
            // not an ack
          }
        });
        ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" }, connection_info: { app_id: "A0APP" } }));
        notify();
      });
    });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;

  const waitUntil = <T>(done: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const v = done();
        if (v !== undefined) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`fake Slack: timed out waiting for ${what}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  const push = (method: string, reply: FakeReply, times: number) => {
    const q = queued.get(method) ?? [];
    for (let i = 0; i < times; i++) q.push(reply);
    queued.set(method, q);
  };

  return {
    url: `http://127.0.0.1:${port}/api/`,
    port,
    calls,
    responses,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responseUrl: (id = "r") => `http://127.0.0.1:${port}/respond/${encodeURIComponent(id)}`,
    messages: (channel) => [...(history.get(channel) ?? [])],
    addMessage(channel, message) {
      const m: StoredMessage = { channel, ts: nextTs(), ...message };
      const list = history.get(channel) ?? [];
      list.push(m);
      history.set(channel, list);
      return m.ts;
    },
    queue: push,
    rateLimitNext: (method, retryAfterSec, times = 1) =>
      push(method, { status: 429, headers: { "retry-after": String(retryAfterSec) }, body: { ok: false, error: "ratelimited" } }, times),
    errorNext: (method, error, times = 1) => push(method, { body: { ok: false, error } }, times),
    httpErrorNext: (method, status, times = 1) => push(method, { status, body: { ok: false, error: "internal_error" } }, times),
    dropNext: (method, times = 1) => push(method, "drop", times),
    loseAnswerNext(method, how, times = 1) {
      const l = losses.get(method) ?? [];
      for (let i = 0; i < times; i++) l.push(how);
      losses.set(method, l);
    },
    setChannelError: (channel, error) => (error ? channelErrors.set(channel, error) : channelErrors.delete(channel)),
    grantInstall: (code, install) => void grants.set(code, install),
    revokeToken: (token) => void revoked.add(token),
    setHandler: (method, handler) => (handler ? handlers.set(method, handler) : handlers.delete(method)),
    waitForCalls: (method, count, timeoutMs = 5000) =>
      waitUntil(() => {
        const got = calls.filter((c) => c.method === method);
        return got.length >= count ? got : undefined;
      }, timeoutMs, `${count} ${method} call(s)`),
    waitForResponses: (count, timeoutMs = 5000) =>
      waitUntil(() => (responses.length >= count ? [...responses] : undefined), timeoutMs, `${count} response_url post(s)`),
    socket: {
      connected: (timeoutMs = 5000) => waitUntil(() => (client ? true : undefined), timeoutMs, "a Socket Mode connection").then(() => undefined),
      deliver: (type, payload, timeoutMs = 5000) => {
        const ws = client;
        if (!ws) return Promise.reject(new Error("fake Slack: no Socket Mode connection"));
        envelopeCounter += 1;
        const envelopeId = `env-${envelopeCounter}`;
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            acks.delete(envelopeId);
            reject(new Error(`fake Slack: no ack for ${envelopeId}`));
          }, timeoutMs);
          acks.set(envelopeId, (p) => {
            clearTimeout(timer);
            acks.delete(envelopeId);
            resolve(p);
          });
          ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true, retry_attempt: 0, retry_reason: "" }));
        });
      },
    },
    reset() {
      calls.length = 0;
      responses.length = 0;
      queued.clear();
      losses.clear();
      channelErrors.clear();
      history.clear();
    },
    async close() {
      for (const c of wss?.clients ?? []) c.terminate();
      wss?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Form fields as strings, except JSON objects/arrays (blocks, metadata), parsed; JSON bodies as they are. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes("application/json")) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // a plain string that happens to start with a bracket
      }
    }
    out[k] = v;
  }
  return out;
}
