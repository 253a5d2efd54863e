import { readFileSync } from "node:fs";
import { parse } from "dotenv";
import { UserError } from "../errors.js";

/**
 * Reads `.env` into the environment, as `npm start` and the Discord scripts promise: a variable
 * already set in the environment wins over the file (a deployment's own settings are never
 * overridden by a stray file). Returns the names it set.
 *
 * Node's own process.loadEnvFile needs 20.12, and `engines` allows every Node 20; dotenv's
 * `parse` (no logging, no side effect) reads the same syntax on all of them: comments, quotes,
 * `export KEY=`, multi-line values in double quotes.
 */
export function loadDotEnv(path = ".env", env: NodeJS.ProcessEnv = process.env): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new UserError(`cannot read ${path}: ${(err as Error).message}`, 78);
  }
  const set: string[] = [];
  for (const [key, value] of Object.entries(parse(text))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    set.push(key);
  }
  return set;
}
