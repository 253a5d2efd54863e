import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  HTTPModuleFunctions as httpFunc,
  HTTPResponseAck,
  verifySlackRequest,
  type App,
  type BufferedIncomingMessage,
  type Logger as BoltLogger,
  type Receiver,
  type ReceiverEvent,
} from "@slack/bolt";
import { performance } from "node:perf_hooks";
import type { Logger } from "../../src/log.js";
import { createLogGate, type LogGate } from "../../src/log-gate.js";
import type { ReplayGuard } from "./replay.js";
import { respondHealth, type Health } from "../../src/health.js";

/**
 * Whether a form body can hold an `ssl_check` field, without parsing it: the key is spelt out, or
 * some key is percent-encoded (and might decode to it). Every slash command would otherwise be
 * parsed a second time just to find it has no such field.
 */
const ENCODED_KEY = /(?:^|&)[^=&]*%/;
function mayHaveSslCheck(form: string): boolean {
  return form.includes("ssl_check") || ENCODED_KEY.test(form);
}

/**
 * What Slack sends is small: a slash command is a form of a few hundred bytes, an event carries
 * one message (40,000 characters at most, with its blocks). 256 KB holds the largest with room;
 * Bolt's own default (10 MB) would let each forged request cost 10 MB.
 */
export const SLACK_BODY_LIMIT = 256 * 1024;
/** Slack's unsigned `ssl_check` is `ssl_check=1&token=…`: the only unsigned body read, and only this much of it. */
const SSL_CHECK_LIMIT = 512;
/** Slack stops waiting after 3 s; a request still arriving after this is not worth a connection. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface SignedHttpReceiverOptions {
  signingSecret: string;
  now: () => number;
  replay: ReplayGuard;
  /** Answers GET /healthz on the same port when given. */
  health?: Health;
  /**
   * GET routes by path (OAuth: /slack/install, /slack/oauth_redirect). A browser follows them, so
   * Slack does not sign them; every POST still needs its signature.
   */
  getRoutes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  log: Logger;
  boltLogger: BoltLogger;
  endpoint?: string;
  /** Requests older than this are refused, before their body is read (Slack: 5 minutes). */
  maxAgeMs?: number;
  /** Timestamps further ahead than this are refused (Bolt accepts any future timestamp). */
  maxSkewMs?: number;
  bodyLimit?: number;
  /** Connections open at once; beyond, new ones are closed at once. */
  maxConnections?: number;
  /**
   * Bytes of request bodies held at once, across connections. A request that would go past it
   * is answered 503 before its body is read: forged headers with a fresh timestamp (which only
   * the body's signature can expose) cannot add up to more than this.
   */
  maxBufferedBytes?: number;
  /** Headers and body must both have arrived within this, and an idle keep-alive connection is closed after it. */
  requestTimeoutMs?: number;
  /** Repeated warnings (refused requests, replays) are written once per kind per interval, with a count. */
  logIntervalMs?: number;
}

/**
 * Bolt's HTTPReceiver, narrowed to what briefbot needs and hardened: the signature check uses
 * the injected clock, refuses timestamps too far in the future, and a request whose signature
 * was already seen (a replay) is acknowledged without being handled again. The same guard drops
 * Events API redeliveries of an event_id already handled.
 */
export class SignedHttpReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private readonly endpoint: string;
  private readonly maxAgeMs: number;
  private readonly maxSkewMs: number;
  private readonly bodyLimit: number;
  private readonly warnings: LogGate;
  private readonly maxBufferedBytes: number;
  /** Bytes reserved by the bodies being read now. */
  private buffering = 0;

  constructor(private readonly opts: SignedHttpReceiverOptions) {
    this.endpoint = opts.endpoint ?? "/slack/events";
    this.maxAgeMs = opts.maxAgeMs ?? 5 * 60_000;
    this.maxSkewMs = opts.maxSkewMs ?? 5 * 60_000;
    this.bodyLimit = opts.bodyLimit ?? SLACK_BODY_LIMIT;
    this.warnings = createLogGate(opts.log, { intervalMs: opts.logIntervalMs ?? 60_000 });
    this.maxBufferedBytes = opts.maxBufferedBytes ?? 64 * 1024 * 1024;
  }

  init(app: App): void {
    this.app = app;
  }

  start(port: number, host?: string): Promise<Server> {
    if (this.server) return Promise.reject(new Error("the Slack receiver is already started"));
    const timeout = this.opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    const server = createServer(
      // Node enforces the time-outs below at this interval (30 s by default).
      { requestTimeout: timeout, headersTimeout: timeout, keepAliveTimeout: Math.min(5_000, timeout), connectionsCheckingInterval: Math.min(1_000, timeout) },
      (req, res) => {
        this.handle(req, res).catch((error: unknown) => {
          this.warnings.error("failed", "slack: request failed", { error });
          if (!res.headersSent) httpFunc.buildNoBodyResponse(res, 500);
        });
      },
    );
    // A burst of a thousand /brief at once is legitimate; memory is bounded by maxBufferedBytes.
    server.maxConnections = this.opts.maxConnections ?? 4096;
    // A connection that sends nothing at all (not even headers) is closed too.
    server.setTimeout(timeout, (socket) => socket.destroy());
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      // Node's default backlog (511) drops the connections of a larger burst, which the client
      // then retries after a second or more: a thousand /brief at once must all be accepted.
      server.listen({ port, host, backlog: 4096 }, () => {
        server.off("error", reject);
        resolve(server);
      });
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.warnings.flush();
    if (!server) return Promise.resolve();
    return new Promise((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeIdleConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // When the request came in: a listener that runs late (a burst) acks first and answers after.
    const receivedAt = performance.now();
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && req.method === "GET" && this.opts.health) return respondHealth(this.opts.health, res);
    // Own keys only: a path such as /constructor must not find Object's.
    const routes = this.opts.getRoutes;
    const route = req.method === "GET" && routes && path !== undefined && Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route) return route(req, res);
    if (path !== this.endpoint || req.method !== "POST") return httpFunc.buildNoBodyResponse(res, 404);

    // Everything that can be refused on its headers is refused before a byte of the body is read:
    // an unsigned or stale request costs no memory, however large the body it announces.
    const signature = req.headers["x-slack-signature"];
    const timestampHeader = req.headers["x-slack-request-timestamp"];
    const timestamp = Number(timestampHeader);
    const contentType = req.headers["content-type"];
    const declared = req.headers["content-length"] === undefined ? null : Number(req.headers["content-length"]);
    const signed = typeof signature === "string" && typeof timestampHeader === "string" && Number.isFinite(timestamp);
    if (!signed) {
      // Slack's ssl_check is the one unsigned request: a tiny form, read only up to its size.
      const maySslCheck = contentType === "application/x-www-form-urlencoded" && declared !== null && declared <= SSL_CHECK_LIMIT;
      if (!maySslCheck) return this.refuse(req, res, "unsigned", "missing signature headers", 401);
      const small = await this.read(req, res, SSL_CHECK_LIMIT);
      if (!small) return;
      const form = small.rawBody.toString();
      if (mayHaveSslCheck(form) && new URLSearchParams(form).get("ssl_check") === "1") return httpFunc.buildNoBodyResponse(res, 200);
      return this.refuse(req, res, "unsigned", "missing signature headers", 401);
    }
    const now = this.opts.now();
    if (now - timestamp * 1000 > this.maxAgeMs) return this.refuse(req, res, "stale", "request timestamp is too old", 401);
    if (timestamp * 1000 - now > this.maxSkewMs) return this.refuse(req, res, "future", "request timestamp is in the future", 401);
    if (declared !== null && !(declared <= this.bodyLimit)) return this.refuse(req, res, "too-large", "request body is larger than Slack sends", 413);

    // Reserve what the body may take (all of the limit when its length is not announced).
    const reserved = declared ?? this.bodyLimit;
    if (this.buffering + reserved > this.maxBufferedBytes) return this.refuse(req, res, "busy", "too many request bodies being read at once", 503);
    this.buffering += reserved;
    let buffered: BufferedIncomingMessage | null;
    try {
      buffered = await this.read(req, res, this.bodyLimit);
    } finally {
      this.buffering -= reserved;
    }
    if (!buffered) return;
    const rawBody = buffered.rawBody.toString();
    try {
      verifySlackRequest({
        signingSecret: this.opts.signingSecret,
        body: rawBody,
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
        nowMilliseconds: now,
      });
    } catch (err) {
      return this.refuse(req, res, "bad-signature", (err as Error).message, 401);
    }

    if (!(await this.opts.replay.firstSeen(signature, timestamp))) {
      this.warnings.warn("replay", "slack: replayed request ignored (signature already seen)");
      return httpFunc.buildNoBodyResponse(res, 200);
    }

    let body: Record<string, unknown>;
    try {
      body = httpFunc.parseHTTPRequestBody(buffered) as Record<string, unknown>;
    } catch {
      return httpFunc.buildNoBodyResponse(res, 400);
    }
    if (body.type === "url_verification") return httpFunc.buildUrlVerificationResponse(res, body);
    // Event ids are kept per workspace (team), as everything else is when the bot serves several.
    const eventKey = typeof body.event_id === "string" ? (typeof body.team_id === "string" ? `${body.team_id}:${body.event_id}` : body.event_id) : null;
    if (body.type === "event_callback" && eventKey !== null && !(await this.opts.replay.firstDelivery(eventKey))) {
      this.opts.log.info("slack: event delivered again, already handled", { eventId: body.event_id });
      return httpFunc.buildNoBodyResponse(res, 200);
    }

    const ack = new HTTPResponseAck({
      logger: this.opts.boltLogger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: httpFunc.extractRetryNumFromHTTPRequest(req),
      retryReason: httpFunc.extractRetryReasonFromHTTPRequest(req),
      customProperties: { receivedAt },
    };
    if (!this.app) throw new Error("the Slack receiver was started before Bolt initialised it");
    try {
      await this.app.processEvent(event);
    } catch (error) {
      const acknowledged = await httpFunc.defaultProcessEventErrorHandler({
        error: error instanceof Error ? error : new Error(String(error)),
        logger: this.opts.boltLogger,
        request: req,
        response: res,
        storedResponse: ack.storedResponse,
      });
      if (acknowledged) ack.ack();
    }
  }

  /** The body, up to `limit` bytes; null when it was refused (too large, or not readable). */
  private async read(req: IncomingMessage, res: ServerResponse, limit: number): Promise<BufferedIncomingMessage | null> {
    try {
      return await httpFunc.bufferIncomingMessage(req, limit);
    } catch (err) {
      const tooLarge = httpFunc.isRawBodyError(err) && (err.type === "entity.too.large" || err.statusCode === 413);
      this.refuse(req, res, tooLarge ? "too-large" : "unreadable", tooLarge ? "request body is larger than Slack sends" : "request body could not be read", tooLarge ? 413 : 400);
      return null;
    }
  }

  /**
   * Answers on the headers. What the client is still sending is discarded as it comes (Node
   * drains an unread body, holding none of it) and the connection is cut 2 s after the answer:
   * closing at once would reset the connection and could lose the answer on its way, and
   * draining to the end would let a slow upload hold a connection for its whole length.
   * One log line per kind per interval, with a count.
   */
  private refuse(req: IncomingMessage, res: ServerResponse, kind: string, why: string, status: number): void {
    this.warnings.warn(`refused:${kind}`, "slack: request refused", { why, status });
    if (res.headersSent) return;
    if (!req.complete) {
      res.once("finish", () => {
        if (req.complete) return;
        const socket = req.socket;
        // Only while that body is still coming: once it is in, the connection serves the next request.
        const cut = setTimeout(() => req.complete || socket.destroy(), 2_000);
        cut.unref();
        req.once("end", () => clearTimeout(cut));
        socket.once("close", () => clearTimeout(cut));
      });
    }
    httpFunc.buildNoBodyResponse(res, status);
  }
}
