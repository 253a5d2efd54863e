import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reloadingStory } from "../src/scheduling/story-source.js";
import { appendDispatch } from "../src/story/grow.js";
import { parseStoryFile } from "../src/story/load.js";
import { firstDispatch, secondDispatch } from "./briefing-fixtures.js";
import { captureLog } from "./scheduling-doubles.js";

describe("reloadingStory", () => {
  it("re-reads the story when its file changes and keeps the last good one on a bad write", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "briefbot-story-")), "story.json");
    writeFileSync(file, JSON.stringify(firstDispatch()));
    const log = captureLog();
    const story = reloadingStory(file, parseStoryFile, log);
    expect(story().dispatches).toHaveLength(1);
    expect(story()).toBe(story());
    writeFileSync(file, JSON.stringify(appendDispatch(firstDispatch(), secondDispatch())));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(story().dispatches).toHaveLength(2);
    writeFileSync(file, "{ not json");
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    expect(story().dispatches).toHaveLength(2);
    expect(log.lines.some((l) => l.level === "warn")).toBe(true);
  });
});
