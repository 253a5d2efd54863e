import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { projectRoot } from "../config/paths.js";
import { StoryInputError } from "./errors.js";
import { ingest } from "./ingest.js";
import { Story } from "./schema.js";
import { readSourceFile } from "./source.js";
import { slugify } from "./slug.js";

const root = projectRoot();

/** The story the bot briefs on when none is named. */
export const DEFAULT_STORY = join(root, "briefings", "milley-goulevitch", "story.json");

/**
 * The default story as it stands now: where `ingest --save` writes (BRIEFINGS_DIR) when the
 * story has been saved there, so a newer dispatch saved under its slug is what is briefed on.
 */
export function defaultStory(): string {
  const dir = process.env.BRIEFINGS_DIR;
  const saved = dir ? join(dir, basename(dirname(DEFAULT_STORY))) : null;
  return saved && existsSync(saved) ? saved : DEFAULT_STORY;
}

/**
 * The file a story path names: a story folder (`briefings/<slug>/`, as `ingest --save` writes
 * it) stands for its reviewed `story.json`, or its `source.txt` when it has no story.json yet.
 * Anything else is returned as it is (missing files are reported by the reader).
 */
export function resolveStoryPath(path: string): string {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return path;
  }
  if (!isDir) return path;
  for (const name of ["story.json", "source.txt"]) {
    const file = join(path, name);
    if (existsSync(file)) return file;
  }
  throw new StoryInputError(`${path} is a folder without a story.json or source.txt: give a story folder, a story.json or a dispatch`, 66);
}

/**
 * Loads a story: a story folder is read through its story.json (or source.txt), a `.json` file
 * is parsed against the schema, anything else is ingested as a dispatch.
 */
export function loadStory(path: string = DEFAULT_STORY): Story {
  path = resolveStoryPath(path);
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
    if (err instanceof StoryInputError) throw err;
    throw new StoryInputError(`${path} is not valid JSON: ${(err as Error).message}`, 65);
  }
  const parsed = Story.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? issue.path.join(".") : "(top level)";
    throw new StoryInputError(`${path} is not a valid story: ${where}: ${issue?.message ?? "invalid"}`, 65);
  }
  return parsed.data;
}
