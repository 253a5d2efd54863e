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
  { name: "slack", configured: (env) => Boolean(env.SLACK_BOT_TOKEN?.trim()), factory: async () => (await import("./slack/index.js")).createSlackAdapter },
];
