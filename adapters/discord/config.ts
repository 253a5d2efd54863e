import { z } from "zod";
import { ConfigError } from "../../src/config/errors.js";

/** Where each value comes from, repeated in error messages so a bad .env is fixed in one go. */
const WHERE = {
  DISCORD_TOKEN: "Developer Portal → your application → Bot → Reset Token",
  DISCORD_APP_ID: "Developer Portal → your application → General Information → Application ID",
  DISCORD_GUILD_ID: "right-click the server → Copy Server ID (Developer Mode on)",
  DISCORD_API_URL: "leave unset for Discord itself; e.g. http://127.0.0.1:8080/api for a proxy or a fake",
  DISCORD_RATE_LIMIT: 'questions per user per window, e.g. "5/10s", "20/1m", or "off"',
  DISCORD_SHARDS: '"auto" (default: every shard in this process, as many as Discord recommends), or this process\'s shard ids, e.g. "0-3" or "4,5"',
  DISCORD_SHARD_COUNT: "the total number of shards across all processes, needed with a shard range",
} as const;

export const DEFAULT_API_URL = "https://discord.com/api";
export const DEFAULT_RATE_LIMIT = "30/1m";

const id = (name: keyof typeof WHERE) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, `${name} must be a numeric Discord ID (${WHERE[name]})`);

export interface RateLimitSpec {
  /** Questions allowed in a burst. */
  capacity: number;
  /** The window in which `capacity` questions are refilled. */
  perMs: number;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseRateLimit(spec: string): RateLimitSpec | null {
  if (/^(off|none|0)$/i.test(spec.trim())) return null;
  const m = /^(\d+)\s*\/\s*(\d+)?\s*(ms|s|m|h)$/i.exec(spec.trim());
  if (!m) throw new Error("unparseable");
  const capacity = Number(m[1]);
  const perMs = Number(m[2] ?? 1) * (UNIT_MS[(m[3] as string).toLowerCase()] as number);
  if (capacity < 1 || perMs < 1) throw new Error("must be positive");
  return { capacity, perMs };
}

const Env = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .min(1, `DISCORD_TOKEN is empty (${WHERE.DISCORD_TOKEN})`)
    // People paste "Bot xxx" from examples; discord.js adds the prefix itself.
    .transform((t) => t.replace(/^Bot\s+/i, ""))
    .refine((t) => !/\s/.test(t), `DISCORD_TOKEN must not contain spaces (${WHERE.DISCORD_TOKEN})`),
  DISCORD_APP_ID: id("DISCORD_APP_ID").optional(),
  DISCORD_GUILD_ID: id("DISCORD_GUILD_ID").optional(),
  DISCORD_API_URL: z
    .string()
    .trim()
    .refine((u) => /^https?:\/\/[^\s/]+/i.test(u) && URL.canParse(u), `DISCORD_API_URL must be an http(s) URL (${WHERE.DISCORD_API_URL})`)
    // discord.js appends /v10 itself; accept a base that already names a version.
    .transform((u) => u.replace(/\/+$/, "").replace(/\/v\d+$/, ""))
    .optional(),
  DISCORD_RATE_LIMIT: z
    .string()
    .optional()
    .transform((s, ctx) => {
      try {
        // A burst of 30, then one every 2 s: stops a script flooding the bot, never a person reading.
        return parseRateLimit(s ?? DEFAULT_RATE_LIMIT);
      } catch {
        ctx.addIssue({ code: "custom", message: `DISCORD_RATE_LIMIT "${s}" is malformed: ${WHERE.DISCORD_RATE_LIMIT}` });
        return z.NEVER;
      }
    }),
  DISCORD_SHARDS: z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.toLowerCase() === "auto") return "auto" as const;
      const ids = parseShardList(s);
      if (!ids) {
        ctx.addIssue({ code: "custom", message: `DISCORD_SHARDS "${s}" is malformed: ${WHERE.DISCORD_SHARDS}` });
        return z.NEVER;
      }
      return ids;
    }),
  DISCORD_SHARD_COUNT: z.coerce
    .number({ error: `DISCORD_SHARD_COUNT must be a whole number (${WHERE.DISCORD_SHARD_COUNT})` })
    .int()
    .positive()
    .max(10_000)
    .optional(),
});

/** "0-3" → [0, 1, 2, 3]; "4,5" → [4, 5]; "0-1,6" → [0, 1, 6]; null when malformed. */
export function parseShardList(s: string): number[] | null {
  const out = new Set<number>();
  for (const part of s.split(",")) {
    const m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || to - from > 10_000) return null;
    for (let i = from; i <= to; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

export interface DiscordConfig {
  token: string;
  /** Known from READY once connected; required only to register commands and build the invite URL. */
  appId: string | null;
  guildId: string | null;
  /** REST base without version, e.g. https://discord.com/api. */
  apiUrl: string;
  rateLimit: RateLimitSpec | null;
  /**
   * Which gateway shards this process runs: "auto" (all, Discord's recommended count), or ids out
   * of `shardCount` when several processes split the shards between them.
   */
  shards: "auto" | { ids: number[]; count: number };
}

export class DiscordConfigError extends ConfigError {
  override readonly name = "DiscordConfigError";
}

/** Empty strings in .env mean "not set". */
function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(WHERE)) {
    const v = env[key];
    out[key] = v === undefined || v.trim() === "" ? undefined : v;
  }
  return out;
}

/** null when DISCORD_TOKEN is not set (Discord is simply not configured); throws on malformed values. */
export function loadDiscordConfig(env: NodeJS.ProcessEnv): DiscordConfig | null {
  const raw = blankToUndefined(env);
  if (raw.DISCORD_TOKEN === undefined) return null;
  const parsed = Env.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.message}`);
    throw new DiscordConfigError(`Discord configuration is invalid:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  let shards: DiscordConfig["shards"] = "auto";
  if (e.DISCORD_SHARDS !== "auto") {
    const count = e.DISCORD_SHARD_COUNT;
    if (count === undefined) throw new DiscordConfigError(`Discord configuration is invalid:\n  - DISCORD_SHARD_COUNT is required with DISCORD_SHARDS (${WHERE.DISCORD_SHARD_COUNT})`);
    const outside = e.DISCORD_SHARDS.filter((i) => i >= count);
    if (outside.length) throw new DiscordConfigError(`Discord configuration is invalid:\n  - DISCORD_SHARDS ${outside.join(", ")} not below DISCORD_SHARD_COUNT ${count} (shard ids run from 0 to count − 1)`);
    shards = { ids: e.DISCORD_SHARDS, count };
  }
  return {
    shards,
    token: e.DISCORD_TOKEN,
    appId: e.DISCORD_APP_ID ?? null,
    guildId: e.DISCORD_GUILD_ID ?? null,
    apiUrl: e.DISCORD_API_URL ?? DEFAULT_API_URL,
    rateLimit: e.DISCORD_RATE_LIMIT,
  };
}

/** For the register and invite scripts, which cannot work without a token and application ID. */
export function requireAppConfig(env: NodeJS.ProcessEnv, needToken: boolean): DiscordConfig & { appId: string } {
  const missing: string[] = [];
  if (needToken && !env.DISCORD_TOKEN?.trim()) missing.push(`  - DISCORD_TOKEN is missing (${WHERE.DISCORD_TOKEN})`);
  if (!env.DISCORD_APP_ID?.trim()) missing.push(`  - DISCORD_APP_ID is missing (${WHERE.DISCORD_APP_ID})`);
  if (missing.length) throw new DiscordConfigError(`Discord configuration is incomplete:\n${missing.join("\n")}`);
  // The invite URL needs no token; a placeholder keeps the one parser for every other value.
  const config = loadDiscordConfig(needToken ? env : { ...env, DISCORD_TOKEN: env.DISCORD_TOKEN?.trim() || "unused" });
  if (!config || !config.appId) throw new DiscordConfigError("Discord configuration is incomplete");
  return { ...config, appId: config.appId };
}
