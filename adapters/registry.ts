import type { AdapterFactory } from "../src/adapter/types.js";

/**
 * The platform adapters `npm start` can run, each started only when its credentials are set.
 * The shell adapter is not listed: it runs when none of these is configured.
 */
export const platformAdapters: { name: string; factory: () => Promise<AdapterFactory> }[] = [
  { name: "discord", factory: async () => (await import("./discord/index.js")).createDiscordAdapter },
  { name: "slack", factory: async () => (await import("./slack/index.js")).createSlackAdapter },
];
