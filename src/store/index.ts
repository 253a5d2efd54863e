import { join, resolve } from "node:path";
import { z } from "zod";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export type * from "./types.js";
export { openSqliteStore } from "./sqlite.js";

export const StoreConfig = z.object({
  /** Where the database lives; created on start. */
  dataDir: z.string().min(1).default("./data"),
  busyTimeoutMs: z.coerce.number().int().nonnegative().default(5000),
});
export type StoreConfig = z.infer<typeof StoreConfig>;

/** Reads DATA_DIR from the environment. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv): StoreConfig {
  return StoreConfig.parse({ dataDir: env.DATA_DIR || undefined });
}

/** The store `npm start` uses: SQLite at DATA_DIR/briefbot.sqlite. */
export async function openStore(config: Partial<StoreConfig> = {}): Promise<Store> {
  const c = StoreConfig.parse(config);
  return openSqliteStore({ file: join(resolve(c.dataDir), "briefbot.sqlite"), busyTimeoutMs: c.busyTimeoutMs });
}
