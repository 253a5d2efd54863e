import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  HTTPModuleFunctions as httpFunc,
  HTTPResponseAck,
  verifySlackRequest,
  type App,
  type Logger as BoltLogger,
  type Receiver,
  type ReceiverEvent,
} from "@slack/bolt";
import type { Logger } from "../../src/log.js";
import type { ReplayGuard } from "./replay.js";

/**
 * Whether a form body can hold an `ssl_check` field, without parsing it: the key is spelt out, or
 * some key is percent-encoded (and might decode to it). Every slash command would otherwise be
 * parsed a second time just to find it has no such field.
 */
const ENCODED_KEY = /(?:^|&)[^=&]*%/;
function mayHaveSslCheck(form: string): boolean {
  return form.includes("ssl_check") || ENCODED_KEY.test(form);
}

export interface SignedHttpReceiverOptions {
  signingSecret: string;
  now: () => number;
  replay: ReplayGuard;
  log: Logger;
  boltLogger: BoltLogger;
  endpoint?: string;
  /** Timestamps further ahead than this are refused (Bolt accepts any future timestamp). */
  maxSkewMs?: number;
  bodyLimit?: number;
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
  private readonly maxSkewMs: number;
  private readonly bodyLimit: number;

  constructor(private readonly opts: SignedHttpReceiverOptions) {
    this.endpoint = opts.endpoint ?? "/slack/events";
    this.maxSkewMs = opts.maxSkewMs ?? 5 * 60_000;
    this.bodyLimit = opts.bodyLimit ?? httpFunc.defaultBodyLimit;
  }

  init(app: App): void {
    this.app = app;
  }

  start(port: number, host?: string): Promise<Server> {
    if (this.server) return Promise.reject(new Error("the Slack receiver is already started"));
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.opts.log.error("slack: request failed", { error });
        if (!res.headersSent) httpFunc.buildNoBodyResponse(res, 500);
      });
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve(server);
      });
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeIdleConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== this.endpoint || req.method !== "POST") return httpFunc.buildNoBodyResponse(res, 404);

    let buffered;
    try {
      buffered = await httpFunc.bufferIncomingMessage(req, this.bodyLimit);
    } catch (err) {
      const tooLarge = httpFunc.isRawBodyError(err) && (err.type === "entity.too.large" || err.statusCode === 413);
      return httpFunc.buildNoBodyResponse(res, tooLarge ? 413 : 400);
    }
    const rawBody = buffered.rawBody.toString();
    const contentType = req.headers["content-type"];

    // Slack's unsigned SSL check for slash-command URLs.
    if (contentType === "application/x-www-form-urlencoded" && mayHaveSslCheck(rawBody) && new URLSearchParams(rawBody).get("ssl_check") === "1") {
      return httpFunc.buildNoBodyResponse(res, 200);
    }

    const signature = req.headers["x-slack-signature"];
    const timestampHeader = req.headers["x-slack-request-timestamp"];
    const timestamp = Number(timestampHeader);
    const now = this.opts.now();
    if (typeof signature !== "string" || typeof timestampHeader !== "string" || !Number.isFinite(timestamp)) {
      return this.refuse(res, "missing signature headers");
    }
    try {
      verifySlackRequest({
        signingSecret: this.opts.signingSecret,
        body: rawBody,
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
        nowMilliseconds: now,
      });
    } catch (err) {
      return this.refuse(res, (err as Error).message);
    }
    if (timestamp * 1000 - now > this.maxSkewMs) return this.refuse(res, "request timestamp is in the future");

    if (!(await this.opts.replay.firstSeen(signature, timestamp))) {
      this.opts.log.warn("slack: replayed request ignored (signature already seen)");
      return httpFunc.buildNoBodyResponse(res, 200);
    }

    let body: Record<string, unknown>;
    try {
      body = httpFunc.parseHTTPRequestBody(buffered) as Record<string, unknown>;
    } catch {
      return httpFunc.buildNoBodyResponse(res, 400);
    }
    if (body.type === "url_verification") return httpFunc.buildUrlVerificationResponse(res, body);
    if (body.type === "event_callback" && typeof body.event_id === "string" && !(await this.opts.replay.firstDelivery(body.event_id))) {
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
      customProperties: {},
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

  private refuse(res: ServerResponse, why: string): void {
    this.opts.log.warn("slack: request refused", { why });
    httpFunc.buildNoBodyResponse(res, 401);
  }
}
