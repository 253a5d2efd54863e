import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's folder (the one holding package.json and briefings/), found by walking up from
 * this module, so the same code finds it when run from the sources (src/config/) through tsx
 * and when built (dist/src/config/) or installed in a container (/app/dist/src/config/).
 */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "briefings"))) return dir;
    if (dirname(dir) === dir) return resolve(from, "../..");
  }
}
