import type { AdapterFactory } from "../src/adapter/types.js";

/**
 * The platform adapters `npm start` can run, each started only when its credentials are set.
 * The shell adapter is not listed: it runs when none of these is configured.
 */
export const platformAdapters: {
  name: string;
  /** Whether its credential is set: then the factory builds it (or says what else is wrong). */
  configured: (env: NodeJS.ProcessEnv) => boolean;
  factory: () => Promise<AdapterFactory>;
}[] = [
  { name: "discord", configured: (env) => Boolean(env.DISCORD_TOKEN?.trim()), factory: async () => (await import("./discord/index.js")).createDiscordAdapter },
  // A bot token (one workspace) or the OAuth variables (many); adapters/slack/config.ts says which.
  {
    name: "slack",
    configured: (env) => ["SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"].some((name) => Boolean(env[name]?.trim())),
    factory: async () => (await import("./slack/index.js")).createSlackAdapter,
  },
];
