import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { FakeUser, JsonObject } from "./types.js";

/** Gateway opcodes used here (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
const OP = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

interface Session {
  id: string;
  seq: number;
  socket: WebSocket | null;
  /** Dispatches kept for replay on RESUME, as Discord does. */
  sent: { s: number; t: string; d: unknown }[];
}

export interface GatewayOptions {
  token: string;
  botUser: FakeUser;
  applicationId: string;
  /** Guild sent in READY and GUILD_CREATE, with its text channels. */
  guild: () => JsonObject;
  wsUrl: () => string;
  heartbeatIntervalMs: number;
}

/**
 * A single-shard gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay.
 * Emits "identify" / "resume" (with the payload) and "session" when a session is ready again.
 */
export class FakeGateway extends EventEmitter {
  readonly wss = new WebSocketServer({ noServer: true });
  readonly sessions = new Map<string, Session>();
  identifies: JsonObject[] = [];
  resumes: JsonObject[] = [];
  connections = 0;

  constructor(private readonly opts: GatewayOptions) {
    super();
    this.wss.on("connection", (socket) => this.onConnection(socket));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit("connection", ws, req));
  }

  /** Sends a dispatch to every live session; sessions that are disconnected get it on RESUME. */
  dispatch(t: string, d: unknown): void {
    for (const session of this.sessions.values()) this.send(session, t, d);
  }

  /**
   * Closes every live socket. Code 4000 (unknown error) lets the client RESUME; 1000 makes
   * discord.js reconnect with a fresh IDENTIFY; `invalidate` forgets the sessions so a RESUME fails.
   */
  disconnect(code = 4000, invalidate = false): void {
    for (const session of this.sessions.values()) {
      session.socket?.close(code, "fake disconnect");
      session.socket = null;
    }
    if (invalidate) this.sessions.clear();
  }

  /** Tells clients to reconnect and resume (op 7), as Discord does before maintenance. */
  requestReconnect(): void {
    for (const session of this.sessions.values()) session.socket?.send(JSON.stringify({ op: OP.Reconnect, d: null }));
  }

  live(): number {
    let n = 0;
    for (const s of this.sessions.values()) if (s.socket) n++;
    return n;
  }

  close(): void {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }

  private send(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    if (session.sent.length > 500) session.sent.shift();
    session.socket?.send(JSON.stringify({ op: OP.Dispatch, t, s, d }));
  }

  private onConnection(socket: WebSocket): void {
    this.connections++;
    socket.send(JSON.stringify({ op: OP.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs } }));
    socket.on("message", (raw) => {
      let payload: { op: number; d: JsonObject | number | null };
      try {
        payload = JSON.parse(String(raw)) as typeof payload;
      } catch {
        socket.close(4002, "Decode error");
        return;
      }
      this.onPayload(socket, payload.op, payload.d);
    });
    socket.on("close", () => {
      for (const s of this.sessions.values()) if (s.socket === socket) s.socket = null;
    });
  }

  private onPayload(socket: WebSocket, op: number, d: JsonObject | number | null): void {
    if (op === OP.Heartbeat) {
      socket.send(JSON.stringify({ op: OP.HeartbeatAck }));
      return;
    }
    if (op === OP.Identify && d && typeof d === "object") {
      this.identifies.push(d);
      if (d.token !== this.opts.token) {
        socket.close(4004, "Authentication failed.");
        return;
      }
      const session: Session = { id: randomUUID().replace(/-/g, ""), seq: 0, socket, sent: [] };
      this.sessions.set(session.id, session);
      const guild = this.opts.guild();
      this.send(session, "READY", {
        v: 10,
        user: this.opts.botUser,
        guilds: [{ id: guild.id, unavailable: true }],
        session_id: session.id,
        resume_gateway_url: this.opts.wsUrl(),
        application: { id: this.opts.applicationId, flags: 0 },
        shard: [0, 1],
      });
      this.send(session, "GUILD_CREATE", guild);
      this.emit("identify", d);
      this.emit("session", "identify");
      return;
    }
    if (op === OP.Resume && d && typeof d === "object") {
      this.resumes.push(d);
      const session = this.sessions.get(String(d.session_id));
      if (!session || d.token !== this.opts.token) {
        socket.send(JSON.stringify({ op: OP.InvalidSession, d: false }));
        return;
      }
      session.socket = socket;
      const from = Number(d.seq);
      for (const e of session.sent) if (e.s > from) socket.send(JSON.stringify({ op: OP.Dispatch, ...e }));
      this.send(session, "RESUMED", null);
      this.emit("resume", d);
      this.emit("session", "resume");
    }
  }
}
