import { readFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../cli/io.js";
import { ingest } from "./ingest.js";
import { Story } from "./schema.js";
import { readSourceFile } from "./source.js";
import { slugify } from "./slug.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The story the bot briefs on when none is named. */
export const DEFAULT_STORY = join(root, "briefings", "milley-goulevitch", "story.json");

/** Loads a story: a `story.json` is parsed against the schema, anything else is ingested as a dispatch. */
export function loadStory(path: string = DEFAULT_STORY): Story {
  if (extname(path).toLowerCase() === ".json") return parseStoryFile(path);
  const text = readSourceFile(path);
  return ingest(text, { slug: slugFor(path) });
}

/** A slug from the file name, or from its folder for `briefings/<slug>/source.txt`. */
export function slugFor(path: string): string {
  const name = basename(path, extname(path));
  return slugify(name === "source" ? basename(dirname(resolve(path))) : name);
}

export function parseStoryFile(path: string): Story {
  let raw: unknown;
  try {
    raw = JSON.parse(readSourceFile(path));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${path} is not valid JSON: ${(err as Error).message}`, 65);
  }
  const parsed = Story.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? issue.path.join(".") : "(top level)";
    throw new UsageError(`${path} is not a valid story: ${where}: ${issue?.message ?? "invalid"}`, 65);
  }
  return parsed.data;
}
