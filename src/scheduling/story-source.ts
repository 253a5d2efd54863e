import { statSync } from "node:fs";
import type { Logger } from "../log.js";
import type { Story } from "../story/schema.js";

/**
 * The story for the scheduler, re-read when its file changes, so a dispatch added with
 * `brief ingest … --save` while the bot runs is in the next briefings (which lead with it).
 * A file that fails to load keeps the last good story, with a log line.
 */
export function reloadingStory(path: string, load: (path: string) => Story, log: Logger, initial?: Story): () => Story {
  let story = initial ?? load(path);
  let seen = mtime(path);
  return () => {
    const m = mtime(path);
    if (m === seen) return story;
    seen = m;
    try {
      story = load(path);
      log.info("story reloaded for daily briefings", { path, dispatches: story.dispatches.length });
    } catch (err) {
      log.warn("story file changed but could not be loaded; keeping the previous one", { path, err });
    }
    return story;
  };
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}
