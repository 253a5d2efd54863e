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
  /** [shard id, shard count] from IDENTIFY ([0, 1] when none was sent). */
  shard: [number, number];
}

/** Discord's rule: a guild's events go to shard (guild_id >> 22) % shard_count; DMs to shard 0. */
export function shardOf(guildId: string | undefined, count: number): number {
  if (!guildId || count <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
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

  /**
   * Sends a dispatch to every live session of the shard it belongs to (by its guild_id, as
   * Discord routes events); sessions that are disconnected get it on RESUME.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = d && typeof d === "object" && "guild_id" in d ? String((d as { guild_id: unknown }).guild_id) : undefined;
    for (const session of this.sessions.values()) {
      if (shardOf(guildId, session.shard[1]) === session.shard[0]) this.send(session, t, d);
    }
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
      const asked = Array.isArray(d.shard) ? d.shard.map(Number) : [0, 1];
      const shard: [number, number] = [asked[0] ?? 0, asked[1] ?? 1];
      const session: Session = { id: randomUUID().replace(/-/g, ""), seq: 0, socket, sent: [], shard };
      this.sessions.set(session.id, session);
      const guild = this.opts.guild();
      // Only the shard the guild belongs to is told about it.
      const ours = shardOf(String(guild.id), shard[1]) === shard[0];
      this.send(session, "READY", {
        v: 10,
        user: this.opts.botUser,
        guilds: ours ? [{ id: guild.id, unavailable: true }] : [],
        session_id: session.id,
        resume_gateway_url: this.opts.wsUrl(),
        application: { id: this.opts.applicationId, flags: 0 },
        shard,
      });
      if (ours) this.send(session, "GUILD_CREATE", guild);
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
