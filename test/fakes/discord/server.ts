import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGateway } from "./gateway.js";
import { interactionPayload, messagePayload, restMessage } from "./payloads.js";
import { snowflake } from "./snowflake.js";
import type {
  ChannelAccess,
  CommandOption,
  Fault,
  FakeChannel,
  LostAnswer,
  FakeInteraction,
  FakeUser,
  JsonObject,
  RecordedRequest,
  StoredMessage,
} from "./types.js";
import { messageViolation } from "./validate.js";

export type * from "./types.js";

/**
 * A fake Discord on 127.0.0.1: REST (`/api/v10/…`) and the gateway WebSocket on one HTTP server,
 * enough for the real discord.js client. It records every REST call, stores channel messages,
 * enforces Discord's message limits, the 3-second interaction deadline and `enforce_nonce`, and
 * lets tests inject gateway events, REST failures (429, 5xx, error codes) and disconnects.
 */
export interface StartFakeDiscordOptions {
  token?: string;
  applicationId?: string;
  guildId?: string;
  /** Text channels in the guild (default: one). */
  channelIds?: string[];
  /** Posting to an unknown channel creates it instead of 404 Unknown Channel (for benchmarks). */
  acceptAnyChannel?: boolean;
  /** Echo the bot's own posts back as MESSAGE_CREATE, as Discord does (default true). */
  echoBotMessages?: boolean;
  heartbeatIntervalMs?: number;
  /** How long after creation an interaction can still get its first callback (Discord: 3 s). */
  interactionDeadlineMs?: number;
  /** How long a nonce is remembered for `enforce_nonce` (Discord: a few minutes). */
  nonceWindowMs?: number;
  /** The shard count /gateway/bot recommends (default 1); events are routed by guild as Discord does. */
  shards?: number;
}

export interface SendMessageOptions {
  content: string;
  channelId?: string;
  author?: FakeUser;
  /** Put the bot in `mentions` (the content should carry `<@botId>` too, as real clients send). */
  mentionBot?: boolean;
  /** Put the bot's managed role in `mention_roles` (content `<@&botRoleId>`), as when a user picks the role. */
  mentionBotRole?: boolean;
  mentions?: FakeUser[];
}

export interface SendInteractionOptions {
  name: string;
  options?: CommandOption[];
  user?: FakeUser;
  channelId?: string;
  /** Send it from a DM (no guild, no member permissions). */
  dm?: boolean;
  /** Member permission bits, decimal string (default: SendMessages + ViewChannel). */
  permissions?: string;
  locale?: string;
}

export interface SendButtonOptions {
  /** The clicked button's custom_id, as the bot set it. */
  customId: string;
  /** The message the button is under (a bot message from botMessages(), or an interaction's original). */
  message: { id: string; content?: string; channel_id?: string };
  user?: FakeUser;
  channelId?: string;
  dm?: boolean;
  locale?: string;
}

export interface FakeDiscord {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** The REST base to give discord.js (`rest.api`) and `DISCORD_API_URL`: `http://127.0.0.1:PORT/api`. */
  readonly apiBase: string;
  readonly wsUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  /** The first text channel. */
  readonly channelId: string;
  /** The role Discord manages for the bot in the guild (tags.bot_id = the bot). */
  readonly botRoleId: string;
  readonly botUser: FakeUser;
  readonly requests: RecordedRequest[];
  readonly channels: Map<string, FakeChannel>;
  readonly interactions: Map<string, FakeInteraction>;
  /** Commands registered by PUT (`global`, or per guild id). */
  readonly commands: { global: JsonObject[]; guilds: Map<string, JsonObject[]> };
  readonly gateway: FakeGateway;
  /** A human user (a new one each call unless `id` is given). */
  user(overrides?: Partial<FakeUser>): FakeUser;
  addChannel(id?: string, access?: ChannelAccess): FakeChannel;
  removeChannel(id: string): void;
  setAccess(channelId: string, access: ChannelAccess): void;
  /** Injects MESSAGE_CREATE in a guild channel. */
  sendMessage(opts: SendMessageOptions): StoredMessage;
  /** Injects MESSAGE_CREATE in the DM channel between `author` and the bot. */
  sendDM(opts: { content: string; author?: FakeUser }): StoredMessage;
  /** Injects INTERACTION_CREATE for a slash command. */
  sendCommand(opts: SendInteractionOptions): FakeInteraction;
  /** Injects INTERACTION_CREATE for a click on a button of a bot message (type 3). */
  sendButton(opts: SendButtonOptions): FakeInteraction;
  /** Injects INTERACTION_CREATE for autocomplete; mark the option being typed with `focused: true`. */
  sendAutocomplete(opts: SendInteractionOptions): FakeInteraction;
  /** The next matching REST request(s) fail with this answer. */
  failNext(fault: Fault): void;
  /** The next matching REST request(s) are carried out, then their answer is lost (dropped, held, or a 5xx). */
  loseAnswerNext(loss: LostAnswer): void;
  /** Closes the gateway sockets (4000: client resumes; 1000: it re-identifies). */
  disconnect(code?: number, opts?: { invalidate?: boolean }): void;
  /** First recorded request (past or future) matching `pred`. */
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** All requests matching `pred` once `count` of them have arrived. */
  waitForRequests(pred: (r: RecordedRequest) => boolean, count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** The bot's `message.reply` to the given message. */
  waitForReply(messageId: string, timeoutMs?: number): Promise<RecordedRequest>;
  /** The first callback body the bot sent for the interaction. */
  waitForCallback(interaction: FakeInteraction, timeoutMs?: number): Promise<JsonObject>;
  /** Resolves at the next READY (after IDENTIFY) or RESUMED the gateway sends. */
  waitForSession(timeoutMs?: number): Promise<"identify" | "resume">;
  /** Messages the bot posted (all channels, or one), oldest first. */
  botMessages(channelId?: string): StoredMessage[];
  close(): Promise<void>;
}

const API_PREFIX = /^\/api(?:\/v\d+)?/;
const DEFAULT_PERMISSIONS = String((1n << 10n) | (1n << 11n)); // ViewChannel | SendMessages

export async function startFakeDiscord(options: StartFakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = options.token ?? "fake-bot-token.for-local-tests.only";
  const applicationId = options.applicationId ?? snowflake();
  const guildId = options.guildId ?? snowflake();
  const botUser: FakeUser = { id: applicationId, username: "briefbot", discriminator: "0", global_name: null, avatar: null, bot: true };
  const deadlineMs = options.interactionDeadlineMs ?? 3000;
  const nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
  const echo = options.echoBotMessages ?? true;

  const events = new EventEmitter();
  events.setMaxListeners(0);
  const requests: RecordedRequest[] = [];
  const channels = new Map<string, FakeChannel>();
  const interactions = new Map<string, FakeInteraction>();
  const byToken = new Map<string, FakeInteraction>();
  const dmByUser = new Map<string, FakeChannel>();
  const commands = { global: [] as JsonObject[], guilds: new Map<string, JsonObject[]>() };
  const faults: Fault[] = [];
  const losses: LostAnswer[] = [];
  let seq = 0;
  let url = "";

  const addChannel = (id: string = snowflake(), access: ChannelAccess = "ok"): FakeChannel => {
    const channel: FakeChannel = { id, type: 0, guildId, name: `channel-${channels.size}`, access, messages: [] };
    channels.set(id, channel);
    return channel;
  };
  for (const id of options.channelIds ?? [snowflake()]) addChannel(id);
  const firstChannel = [...channels.keys()][0] as string;
  const botRoleId = snowflake();

  const guildPayload = (): JsonObject => ({
    id: guildId,
    name: "briefbot test guild",
    owner_id: snowflake(),
    unavailable: false,
    member_count: 2,
    roles: [
      { id: guildId, name: "@everyone", permissions: DEFAULT_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      { id: botRoleId, name: botUser.username, permissions: DEFAULT_PERMISSIONS, position: 1, color: 0, hoist: false, managed: true, mentionable: true, flags: 0, tags: { bot_id: botUser.id } },
    ],
    channels: [...channels.values()]
      .filter((c) => c.type === 0)
      .map((c, position) => ({ id: c.id, type: 0, name: c.name, position, guild_id: guildId, permission_overwrites: [] })),
    members: [],
    threads: [],
    emojis: [],
    stickers: [],
    features: [],
  });

  const gateway = new FakeGateway({
    token,
    botUser,
    applicationId,
    guild: guildPayload,
    wsUrl: () => url.replace(/^http/, "ws"),
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
  });

  const storeMessage = (channel: FakeChannel, author: FakeUser, body: JsonObject): StoredMessage => {
    const m: StoredMessage = {
      id: snowflake(),
      channel_id: channel.id,
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
      author,
      content: typeof body.content === "string" ? body.content : "",
      embeds: Array.isArray(body.embeds) ? (body.embeds as JsonObject[]) : [],
      ...(body.nonce !== undefined ? { nonce: body.nonce as string | number } : {}),
      ...(body.message_reference ? { message_reference: body.message_reference as JsonObject } : {}),
      ...(body.allowed_mentions ? { allowed_mentions: body.allowed_mentions as JsonObject } : {}),
      timestamp: new Date().toISOString(),
      flags: typeof body.flags === "number" ? body.flags : 0,
    };
    channel.messages.push(m);
    return m;
  };

  // ---- REST ---------------------------------------------------------------------------------

  type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
  const error = (status: number, code: number, message: string, extra: JsonObject = {}): Answer => ({
    status,
    body: { message, code, ...extra },
  });

  const route = (method: string, path: string, query: URLSearchParams, body: JsonObject | null, auth: string | undefined): Answer => {
    const parts = path.split("/").filter(Boolean);
    const isInteractionRoute = parts[0] === "interactions" || parts[0] === "webhooks";
    if (!isInteractionRoute && auth !== `Bot ${token}`) return error(401, 0, "401: Unauthorized");

    if (method === "GET" && (path === "/gateway/bot" || path === "/gateway")) {
      return {
        status: 200,
        body: {
          url: url.replace(/^http/, "ws"),
          shards: options.shards ?? 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      };
    }
    if (method === "GET" && path === "/users/@me") return { status: 200, body: botUser };
    if (method === "GET" && path === "/applications/@me") {
      return { status: 200, body: { id: applicationId, name: botUser.username, flags: 0, bot_public: true, bot_require_code_grant: false, description: "", icon: null, bot: botUser } };
    }

    // Commands: /applications/:app/commands and /applications/:app/guilds/:guild/commands
    if (parts[0] === "applications" && parts[parts.length - 1] === "commands") {
      if (parts[1] !== applicationId) return error(403, 50001, "Missing Access");
      const guild = parts[2] === "guilds" ? parts[3] : undefined;
      if (guild !== undefined && guild !== guildId) return error(403, 50001, "Missing Access");
      if (method === "PUT") {
        if (!Array.isArray(body)) return error(400, 50035, "Invalid Form Body");
        const saved = (body as JsonObject[]).map((c) => ({ ...c, id: snowflake(), application_id: applicationId, version: snowflake(), ...(guild ? { guild_id: guild } : {}) }));
        if (guild) commands.guilds.set(guild, saved);
        else commands.global = saved;
        return { status: 200, body: saved };
      }
      if (method === "GET") return { status: 200, body: guild ? (commands.guilds.get(guild) ?? []) : commands.global };
    }

    // Channel messages
    if (parts[0] === "channels" && parts[1]) {
      let channel = channels.get(parts[1]);
      if (!channel && options.acceptAnyChannel && method === "POST") channel = addChannel(parts[1]);
      if (!channel) return error(404, 10003, "Unknown Channel");
      if (channel.access === "missing-access") return error(403, 50001, "Missing Access");
      if (parts.length === 2 && method === "GET") {
        return { status: 200, body: { id: channel.id, type: channel.type, ...(channel.guildId ? { guild_id: channel.guildId, name: channel.name } : { recipients: [] }) } };
      }
      if (parts[2] === "messages" && parts.length === 3) {
        if (method === "GET") {
          const limit = Math.min(Math.max(Number(query.get("limit") ?? 50), 1), 100);
          const before = query.get("before");
          const list = channel.messages.filter((m) => !before || BigInt(m.id) < BigInt(before));
          return { status: 200, body: list.slice(-limit).reverse().map((m) => restMessage(m, false)) };
        }
        if (method === "POST" && body) {
          if (channel.access === "missing-permissions") return error(403, 50013, "Missing Permissions");
          const violation = messageViolation(body);
          if (violation) return error(400, 50035, "Invalid Form Body", { errors: { _errors: [{ code: "BASE_TYPE_INVALID", message: violation }] } });
          if (body.enforce_nonce === true && body.nonce !== undefined) {
            const since = Date.now() - nonceWindowMs;
            const dup = channel.messages.find((m) => m.author.id === botUser.id && m.nonce === body.nonce && Date.parse(m.timestamp) >= since);
            if (dup) return { status: 200, body: restMessage(dup, true) };
          }
          const m = storeMessage(channel, botUser, body);
          if (echo) gateway.dispatch("MESSAGE_CREATE", messagePayload(m, []));
          return { status: 200, body: restMessage(m, true) };
        }
      }
    }

    // Interaction callbacks: /interactions/:id/:token/callback (no Authorization, as on Discord)
    if (parts[0] === "interactions" && parts[3] === "callback" && method === "POST" && body) {
      const interaction = interactions.get(parts[1] ?? "");
      if (!interaction || interaction.token !== parts[2]) return error(404, 10062, "Unknown interaction");
      if (interaction.callbacks.length) return error(400, 40060, "Interaction has already been acknowledged.");
      if (Date.now() - interaction.createdAt > deadlineMs) return error(404, 10062, "Unknown interaction");
      const data = (body.data ?? {}) as JsonObject;
      if (body.type === 4) {
        const violation = messageViolation(data);
        if (violation) return error(400, 50035, "Invalid Form Body", { errors: { _errors: [{ code: "BASE_TYPE_INVALID", message: violation }] } });
      }
      interaction.callbacks.push(body);
      if (body.type === 4 || body.type === 5) interaction.original = { id: snowflake(), ...data };
      if (query.get("with_response") === "true") {
        return { status: 200, body: { interaction: { id: interaction.id, type: interaction.type }, resource: { type: body.type, message: { ...interaction.original, channel_id: firstChannel, author: botUser, timestamp: new Date().toISOString(), embeds: [], attachments: [], mentions: [], mention_roles: [], type: 20 } } } };
      }
      return { status: 204 };
    }

    // Webhook follow-ups and edits: /webhooks/:app/:token[/messages/@original|:id]
    if (parts[0] === "webhooks") {
      const interaction = byToken.get(parts[2] ?? "");
      if (parts[1] !== applicationId || !interaction) return error(404, 10015, "Unknown Webhook");
      const asMessage = (m: JsonObject): Answer => ({
        status: 200,
        body: { channel_id: firstChannel, author: botUser, content: "", timestamp: new Date().toISOString(), embeds: [], attachments: [], mentions: [], mention_roles: [], type: 20, flags: 0, ...m },
      });
      if (parts.length === 3 && method === "POST" && body) {
        const violation = messageViolation(body);
        if (violation) return error(400, 50035, "Invalid Form Body", { errors: { _errors: [{ code: "BASE_TYPE_INVALID", message: violation }] } });
        interaction.followUps.push(body);
        return asMessage({ id: snowflake(), ...body });
      }
      if (parts[3] === "messages" && parts[4] === "@original") {
        if (!interaction.original) return error(404, 10008, "Unknown Message");
        if (method === "GET") return asMessage(interaction.original);
        if (method === "PATCH" && body) {
          const merged = { ...interaction.original, ...body };
          const violation = messageViolation(merged);
          if (violation) return error(400, 50035, "Invalid Form Body", { errors: { _errors: [{ code: "BASE_TYPE_INVALID", message: violation }] } });
          interaction.edits.push(body);
          interaction.original = merged;
          return asMessage(merged);
        }
      }
    }
    return error(404, 0, "404: Not Found");
  };

  const takeFault = (method: string, path: string): Fault | null => {
    const i = faults.findIndex(
      (f) =>
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.path || (typeof f.path === "string" ? path.includes(f.path) : f.path.test(path))),
    );
    if (i < 0) return null;
    const f = faults[i] as Fault;
    const left = (f.times ?? 1) - 1;
    if (left <= 0) faults.splice(i, 1);
    else faults[i] = { ...f, times: left };
    return f;
  };

  const takeLoss = (method: string, path: string): LostAnswer | null => {
    const i = losses.findIndex(
      (f) => (!f.method || f.method.toUpperCase() === method) && (!f.path || (typeof f.path === "string" ? path.includes(f.path) : f.path.test(path))),
    );
    if (i < 0) return null;
    const f = losses[i] as LostAnswer;
    const left = (f.times ?? 1) - 1;
    if (left <= 0) losses.splice(i, 1);
    else losses[i] = { ...f, times: left };
    return f;
  };

  const faultAnswer = (f: Fault): Answer => {
    if (f.status === 429) {
      const retryAfter = f.retryAfter ?? 0.2;
      return {
        status: 429,
        headers: { "retry-after": String(retryAfter), "x-ratelimit-scope": f.global ? "global" : "user", ...(f.global ? { "x-ratelimit-global": "true" } : {}) },
        body: { message: f.message ?? "You are being rate limited.", retry_after: retryAfter, global: f.global ?? false, ...(f.code ? { code: f.code } : {}) },
      };
    }
    return { status: f.status, body: { message: f.message ?? `${f.status}: fake failure`, code: f.code ?? 0 } };
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const parsed = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = (req.method ?? "GET").toUpperCase();
      const path = decodeURIComponent(parsed.pathname.replace(API_PREFIX, "")) || "/";
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: JsonObject | null = null;
      if (raw.length) {
        try {
          body = JSON.parse(raw) as JsonObject;
        } catch {
          body = null;
        }
      }
      const fault = takeFault(method, path);
      const auth = typeof req.headers.authorization === "string" ? req.headers.authorization : undefined;
      const answer = fault ? faultAnswer(fault) : route(method, path, parsed.searchParams, body, auth);
      const recorded: RecordedRequest = { seq: ++seq, method, path, query: parsed.searchParams, headers: req.headers, body, status: answer.status, at: Date.now() };
      requests.push(recorded);
      const loss = fault ? null : takeLoss(method, path);
      const send = (a: Answer) => {
        if (res.destroyed || req.socket.destroyed) return;
        const headers: Record<string, string> = { ...a.headers };
        if (a.body !== undefined) headers["content-type"] = "application/json";
        res.writeHead(a.status, headers);
        res.end(a.body === undefined ? undefined : JSON.stringify(a.body));
      };
      if (loss?.lose === "drop") req.socket.destroy();
      else if (loss?.lose === "status") send({ status: loss.status ?? 502, body: { message: "502: Bad Gateway", code: 0 } });
      else if (loss?.lose === "hang") setTimeout(() => send(answer), loss.ms ?? 30_000);
      else send(answer);
      events.emit("request", recorded);
    });
  };

  const server = createServer(onRequest);
  server.on("upgrade", (req, socket, head) => gateway.upgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // ---- injection and waiting ------------------------------------------------------------------

  let userCount = 0;
  const user = (overrides: Partial<FakeUser> = {}): FakeUser => ({
    id: snowflake(),
    username: `user${++userCount}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
    ...overrides,
  });
  const defaultUser = user({ username: "reader" });

  const newInteraction = (type: 2 | 3 | 4, opts: SendInteractionOptions & { customId?: string; message?: JsonObject }): FakeInteraction => {
    const id = snowflake();
    const interaction: FakeInteraction = { id, token: `itoken-${id}`, type, createdAt: Date.now(), callbacks: [], original: null, edits: [], followUps: [] };
    interactions.set(id, interaction);
    byToken.set(interaction.token, interaction);
    const u = opts.user ?? defaultUser;
    const channelId = opts.dm ? dmChannel(u).id : (opts.channelId ?? firstChannel);
    gateway.dispatch(
      "INTERACTION_CREATE",
      interactionPayload({
        id,
        token: interaction.token,
        applicationId,
        type,
        name: opts.name,
        commandId: commandIdFor(opts.name),
        options: opts.options ?? [],
        user: u,
        channelId,
        ...(opts.dm ? {} : { guildId }),
        permissions: opts.permissions ?? DEFAULT_PERMISSIONS,
        locale: opts.locale ?? "en-US",
        ...(opts.customId !== undefined ? { customId: opts.customId } : {}),
        ...(opts.message ? { message: opts.message } : {}),
      }),
    );
    return interaction;
  };

  const commandIdFor = (name: string): string => {
    const all = [...commands.global, ...[...commands.guilds.values()].flat()];
    const found = all.find((c) => c.name === name);
    return typeof found?.id === "string" ? found.id : snowflake();
  };

  const dmChannel = (u: FakeUser): FakeChannel => {
    let channel = dmByUser.get(u.id);
    if (!channel) {
      channel = { id: snowflake(), type: 1, access: "ok", messages: [] };
      channels.set(channel.id, channel);
      dmByUser.set(u.id, channel);
    }
    return channel;
  };

  const waitForRequests = (pred: (r: RecordedRequest) => boolean, count: number, timeoutMs = 5000): Promise<RecordedRequest[]> =>
    new Promise((resolve, reject) => {
      const found = requests.filter(pred);
      if (found.length >= count) return resolve(found.slice(0, count));
      const timer = setTimeout(() => {
        events.off("request", onReq);
        reject(new Error(`fake discord: ${found.length}/${count} matching requests after ${timeoutMs} ms`));
      }, timeoutMs);
      const onReq = (r: RecordedRequest) => {
        if (!pred(r)) return;
        found.push(r);
        if (found.length < count) return;
        clearTimeout(timer);
        events.off("request", onReq);
        resolve(found);
      };
      events.on("request", onReq);
    });

  const fake: FakeDiscord = {
    url,
    apiBase: `${url}/api`,
    wsUrl: url.replace(/^http/, "ws"),
    token,
    applicationId,
    guildId,
    channelId: firstChannel,
    botRoleId,
    botUser,
    requests,
    channels,
    interactions,
    commands,
    gateway,
    user,
    addChannel,
    removeChannel: (id) => void channels.delete(id),
    setAccess: (id, access) => {
      const c = channels.get(id);
      if (c) c.access = access;
    },
    sendMessage: (opts) => {
      const channel = channels.get(opts.channelId ?? firstChannel);
      if (!channel) throw new Error(`fake discord: no channel ${opts.channelId}`);
      const m = storeMessage(channel, opts.author ?? defaultUser, { content: opts.content });
      const mentions = [...(opts.mentionBot ? [botUser] : []), ...(opts.mentions ?? [])];
      const extra = { member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }, ...(opts.mentionBotRole ? { mention_roles: [botRoleId] } : {}) };
      gateway.dispatch("MESSAGE_CREATE", messagePayload(m, mentions, extra));
      return m;
    },
    sendDM: (opts) => {
      const author = opts.author ?? defaultUser;
      const m = storeMessage(dmChannel(author), author, { content: opts.content });
      gateway.dispatch("MESSAGE_CREATE", messagePayload(m, []));
      return m;
    },
    sendCommand: (opts) => newInteraction(2, opts),
    sendAutocomplete: (opts) => newInteraction(4, opts),
    sendButton: (opts) => {
      const u = opts.user ?? defaultUser;
      const channelId = opts.dm ? dmChannel(u).id : (opts.channelId ?? opts.message.channel_id ?? firstChannel);
      // The message a component interaction carries: discord.js builds a Message from it.
      const message = restMessage(
        { id: opts.message.id, channel_id: channelId, author: botUser, content: opts.message.content ?? "", embeds: [], timestamp: new Date().toISOString(), flags: 0 },
        false,
      );
      return newInteraction(3, { name: "", user: u, channelId, ...(opts.dm ? { dm: true } : {}), ...(opts.locale ? { locale: opts.locale } : {}), customId: opts.customId, message });
    },
    failNext: (fault) => void faults.push(fault),
    loseAnswerNext: (loss) => void losses.push(loss),
    disconnect: (code = 4000, opts = {}) => gateway.disconnect(code, opts.invalidate ?? false),
    waitForRequest: async (pred, timeoutMs) => (await waitForRequests(pred, 1, timeoutMs))[0] as RecordedRequest,
    waitForRequests,
    waitForReply: async (messageId, timeoutMs) =>
      (
        await waitForRequests(
          (r) => r.method === "POST" && r.status === 200 && (r.body?.message_reference as JsonObject | undefined)?.message_id === messageId,
          1,
          timeoutMs,
        )
      )[0] as RecordedRequest,
    waitForCallback: async (interaction, timeoutMs) => {
      await waitForRequests((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback` && r.status < 300, 1, timeoutMs);
      return interaction.callbacks[0] as JsonObject;
    },
    waitForSession: (timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("fake discord: no new gateway session")), timeoutMs);
        gateway.once("session", (kind: "identify" | "resume") => {
          clearTimeout(timer);
          resolve(kind);
        });
      }),
    botMessages: (channelId) =>
      [...channels.values()]
        .filter((c) => !channelId || c.id === channelId)
        .flatMap((c) => c.messages.filter((m) => m.author.id === botUser.id)),
    close: async () => {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
