import { z } from "zod";
import { ConfigError } from "../../src/config/errors.js";
import { WHERE } from "./credentials.js";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** The Slack adapter's environment; `.env.example` lists every variable with where to find it. */
export const SlackEnv = z
  .object({
    // A user token (xoxp-), an app token or a pasted secret would only fail later, at the first call.
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || /^xoxb-[A-Za-z0-9-]+$/.test(v), {
      message: `must be a bot token starting with xoxb- (${WHERE.SLACK_BOT_TOKEN})`,
    }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith("xapp-"), {
      message: `must be an app-level token (xapp-…) with the connections:write scope (${WHERE.SLACK_APP_TOKEN})`,
    }),
    PORT: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(3000),
    ),
    SLACK_API_URL: optionalText
      .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: "must be an http(s) URL, e.g. https://slack.com/api/" })
      // The Web API client appends the method name to the base as is.
      .transform((v) => (v === undefined ? undefined : v.endsWith("/") ? v : `${v}/`)),
    SLACK_SUBSCRIBE_USERS: optionalText.transform((v) => (v ? v.split(/[\s,]+/).filter(Boolean) : [])),
    // OAuth distribution (many workspaces): the three together choose it.
    SLACK_CLIENT_ID: optionalText.refine((v) => v === undefined || /^\d+\.\d+$/.test(v), {
      message: `must be the app's Client ID, two numbers joined by a dot (${WHERE.SLACK_CLIENT_ID})`,
    }),
    SLACK_CLIENT_SECRET: optionalText,
    // It signs the OAuth state: a short one could be guessed.
    SLACK_STATE_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
      message: `must be at least 32 characters (${WHERE.SLACK_STATE_SECRET})`,
    }),
  })
  .superRefine((env, ctx) => {
    const oauth = OAUTH_VARIABLES.some((name) => env[name] !== undefined);
    const issue = (name: keyof typeof env, message: string) => ctx.addIssue({ code: "custom", path: [name], message });
    if ((env.SLACK_BOT_TOKEN || oauth) && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      issue("SLACK_SIGNING_SECRET", `is required in HTTP mode (${WHERE.SLACK_SIGNING_SECRET}), or set SLACK_APP_TOKEN for Socket Mode`);
    }
    if (!oauth) return;
    for (const name of OAUTH_VARIABLES) {
      if (env[name] === undefined) issue(name, `is required for OAuth distribution, with ${OAUTH_VARIABLES.filter((n) => n !== name).join(" and ")} (${WHERE[name]})`);
    }
    if (env.SLACK_BOT_TOKEN) {
      issue("SLACK_BOT_TOKEN", "must be unset when SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET are set: one workspace uses its bot token, several install the app through OAuth, not both");
    }
    if (env.SLACK_APP_TOKEN) issue("SLACK_APP_TOKEN", "must be unset for OAuth distribution: installs arrive at /slack/oauth_redirect over HTTP");
  });

/** Set together, they make the bot installable in many workspaces (OAuth) instead of one. */
export const OAUTH_VARIABLES = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;

/** Whether the Slack adapter is configured at all: a bot token, or any of the OAuth variables. */
export function slackConfigured(env: NodeJS.ProcessEnv): boolean {
  return ["SLACK_BOT_TOKEN", ...OAUTH_VARIABLES].some((name) => Boolean(env[name]?.trim()));
}

/** OAuth distribution: each workspace installs the app and gets its own bot token, kept in the store. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

export interface SlackConfig {
  /** One workspace: its bot token. Undefined in OAuth mode. */
  botToken: string | undefined;
  /** Several workspaces (OAuth distribution); undefined with a bot token. */
  oauth?: SlackOAuthConfig | undefined;
  /** Absent only in Socket Mode, where Slack does not sign anything. */
  signingSecret: string | undefined;
  /** Set: Socket Mode (no public URL needed); unset: HTTP on `port`, events at /slack/events. */
  appToken: string | undefined;
  port: number;
  /** Web API base ending in "/"; undefined for Slack's own. */
  apiUrl: string | undefined;
  /** User ids allowed to (un)subscribe a channel; empty: anyone. */
  subscribeUsers: string[];
}

/**
 * null when neither SLACK_BOT_TOKEN nor the OAuth variables are set (the adapter is simply off);
 * throws a readable error when the rest is wrong.
 */
export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  // Without credentials the adapter is off, whatever else is set (PORT may belong to another part).
  if (!slackConfigured(env)) return null;
  const parsed = SlackEnv.safeParse(env);
  if (!parsed.success) {
    // One line: each variable with what is wrong and where to get it.
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`);
    throw new ConfigError(`Slack configuration is invalid: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const oauth =
    e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
      ? { clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET }
      : undefined;
  if (!e.SLACK_BOT_TOKEN && !oauth) return null;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    ...(oauth ? { oauth } : {}),
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    port: e.PORT,
    apiUrl: e.SLACK_API_URL,
    subscribeUsers: e.SLACK_SUBSCRIBE_USERS,
  };
}
