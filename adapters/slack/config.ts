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
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: `is required in HTTP mode (${WHERE.SLACK_SIGNING_SECRET}), or set SLACK_APP_TOKEN for Socket Mode`,
      });
    }
  });

export interface SlackConfig {
  botToken: string;
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

/** null when SLACK_BOT_TOKEN is not set (the adapter is simply off); throws a readable error when the rest is wrong. */
export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  // Without a bot token the adapter is off, whatever else is set (PORT may belong to another part).
  if (!env.SLACK_BOT_TOKEN?.trim()) return null;
  const parsed = SlackEnv.safeParse(env);
  if (!parsed.success) {
    // One line: each variable with what is wrong and where to get it.
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`);
    throw new ConfigError(`Slack configuration is invalid: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  if (!e.SLACK_BOT_TOKEN) return null;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    port: e.PORT,
    apiUrl: e.SLACK_API_URL,
    subscribeUsers: e.SLACK_SUBSCRIBE_USERS,
  };
}
