import { join, resolve } from "node:path";
import { z } from "zod";
import { StoreOpenError, storeProblem } from "./errors.js";
import { openPostgresStore } from "./postgres.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export type * from "./types.js";
export { openSqliteStore } from "./sqlite.js";
export { openPostgresStore } from "./postgres.js";
export { StoreOpenError, storeProblem, type StoreProblem } from "./errors.js";

const PostgresUrl = z
  .string()
  .refine((u) => /^postgres(ql)?:\/\//.test(u), "DATABASE_URL must start with postgres:// or postgresql://");

export const StoreConfig = z.object({
  /** Where the SQLite database lives; created on start. Unused when databaseUrl is set. */
  dataDir: z.string().min(1).default("./data"),
  busyTimeoutMs: z.coerce.number().int().nonnegative().default(5000),
  /** A shared Postgres database (DATABASE_URL): every bot process of a deployment points at it. */
  databaseUrl: PostgresUrl.optional(),
  /** Connections per process (DATABASE_POOL_SIZE). */
  poolSize: z.coerce.number().int().positive().max(200).default(10),
});
export type StoreConfig = z.infer<typeof StoreConfig>;

/** Reads DATA_DIR, DATABASE_URL and DATABASE_POOL_SIZE from the environment. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv): StoreConfig {
  const parsed = StoreConfig.safeParse({
    dataDir: env.DATA_DIR || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    poolSize: env.DATABASE_POOL_SIZE || undefined,
  });
  // The message names the variable, never its value (a URL may hold a password).
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") === "poolSize" ? "DATABASE_POOL_SIZE" : i.path.join(".") === "databaseUrl" ? "DATABASE_URL" : "DATA_DIR"}: ${i.message}`).join("; "));
  return parsed.data;
}

/**
 * The store `npm start` uses: Postgres when DATABASE_URL is set (several processes, several
 * machines), otherwise SQLite at DATA_DIR/briefbot.sqlite (one machine, nothing to install).
 */
export async function openStore(config: Partial<StoreConfig> = {}): Promise<Store> {
  const c = StoreConfig.parse(config);
  if (c.databaseUrl) return openPostgresStore({ url: c.databaseUrl, poolSize: c.poolSize });
  // SQLite is opened, migrated and checked writable here; a failure names the file and what to do.
  const file = join(resolve(c.dataDir), "briefbot.sqlite");
  try {
    return openSqliteStore({ file, busyTimeoutMs: c.busyTimeoutMs });
  } catch (err) {
    const problem = storeProblem(err);
    if (problem.kind === "not-a-folder") {
      problem.advice = `DATA_DIR (${resolve(c.dataDir)}) or a folder above it is a file: point DATA_DIR at a folder (it is created if missing)`;
    }
    throw new StoreOpenError(file, problem);
  }
}
