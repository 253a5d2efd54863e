import { existsSync } from "node:fs";

/** The scripts read `.env` like `npm start` does, without overriding variables already set. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
