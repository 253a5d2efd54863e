import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createShellAdapter } from "../adapters/shell/index.js";
import { renderReply } from "../adapters/shell/render.js";
import { createBot } from "../src/bot.js";
import { createEngine } from "../src/engine/engine.js";
import { testStory } from "./engine-story.js";

async function drive(lines: string[], interactive: boolean): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (d: Buffer) => (out += d.toString("utf8")));
  const shell = createShellAdapter({ handler: createBot(createEngine(testStory())), input, output, interactive });
  await shell.start();
  input.end(lines.join("\n") + "\n");
  await shell.done;
  return out;
}

describe("shell adapter", () => {
  it("answers piped questions with citations, follows up, and stops at quit", async () => {
    const out = await drive(["Who is Aino Virtanen?", "What did she say?", "help", "quit", "Who spoke?"], false);
    expect(out).toContain("porte-parole de la marine finlandaise");
    expect(out).toContain("[4] La porte-parole de la marine finlandaise");
    expect(out).toContain("sous-marins avaient été repérés");
    expect(out).toMatch(/I answer questions about the dispatch/);
    expect(out).not.toContain("Named but not quoted"); // « Who spoke? » came after quit
    expect(out).not.toContain("brief>");
  });
  it("shows a prompt and a greeting on a terminal", async () => {
    const out = await drive(["exit"], true);
    expect(out).toContain("brief> ");
  });
  it("renders declines with suggestions", () => {
    const text = renderReply({ answered: false, lang: "en", intent: "decline", text: "The story does not say.", quotes: [], figures: [], citations: [], suggestions: ["Who spoke?"] });
    expect(text).toContain("→ Who spoke?");
  });
});

describe("npm start end to end (shell through piped stdin)", () => {
  it("answers each piped question and exits at end of input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "brief-shell-"));
    const file = join(dir, "story.json");
    writeFileSync(file, JSON.stringify(testStory()));
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: { ...process.env, BRIEF_STORY: file, DISCORD_TOKEN: "", SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: "" }, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stdin.end("Qui est Ostaptchouk ?\nQu'a-t-il dit ?\nquit\n");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(out).toContain("porte-parole du district militaire de l'Ouest");
    expect(out).toContain("la flotte répondra à toute menace");
  });
});
