import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAskArgs, runAsk } from "../src/cli/ask.js";
import { UsageError, type CliIO } from "../src/cli/io.js";
import { StoryInputError } from "../src/story/errors.js";
import { createEngine } from "../src/engine/engine.js";
import { benchAsk } from "../src/engine/bench.js";
import { testStory } from "./engine-story.js";

const dir = mkdtempSync(join(tmpdir(), "brief-ask-"));
const storyFile = join(dir, "story.json");
writeFileSync(storyFile, JSON.stringify(testStory()));

function io(lines: string[], tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdinLines: async function* () {
      yield* lines;
    },
    stdinIsTTY: tty,
  };
  return { cli, out, err };
}

describe("ask arguments", () => {
  it("parses options and the question", () => {
    expect(parseAskArgs(["--story", "x.json", "--lang", "fr", "--json", "Qui", "a", "parlé"])).toMatchObject({ story: "x.json", lang: "fr", json: true, question: "Qui a parlé" });
    expect(parseAskArgs(["--lang=en"])?.lang).toBe("en");
    expect(parseAskArgs([])?.question).toBeUndefined();
    expect(parseAskArgs(["--json", "--help"])).toBeNull();
  });
  it.each([[["--lang", "de"]], [["--story"]], [["--verbose"]], [["--lang", "--json"]]])("rejects %j with a usage error", (argv) => {
    expect(() => parseAskArgs(argv)).toThrow(UsageError);
  });
});

describe("brief ask", () => {
  it("--json prints exactly one JSON object per stdin line, blank lines included", async () => {
    const questions = ["Who spoke?", "", "Combien de soldats ?", "How many tanks?", "What did she say?", "   "];
    const { cli, out, err } = io(questions);
    expect(await runAsk(["--story", storyFile, "--json"], cli)).toBe(0);
    const lines = out.join("").split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const a of answers) expect(Object.keys(a).sort()).toEqual(["answer", "answered", "citations", "intent", "lang"]);
    expect(answers[2]!.answer).toContain("4 000");
    expect(answers[3]!.answered).toBe(false);
    expect(err.join("")).toBe("");
  });
  it("answers a question given on the command line, as text with citations", async () => {
    const { cli, out } = io([]);
    await runAsk(["--story", storyFile, "Who", "is", "Virtanen?"], cli);
    const text = out.join("");
    expect(text).toContain("spokesperson of the Finnish navy");
    expect(text).toMatch(/\[4\] La porte-parole/);
  });
  it("a follow-up across lines works, and a named person wins over the focus", async () => {
    const { cli, out } = io(["Who is Aino Virtanen?", "What did she say?", "What did Ostapchuk say?"]);
    await runAsk(["--story", storyFile, "--json"], cli);
    const [, a, b] = out.join("").trim().split("\n").map((l) => JSON.parse(l) as { answer: string });
    expect(a!.answer).toContain("sous-marins");
    expect(b!.answer).toContain("la flotte répondra");
  });
  it("a decline lists its suggestions once, beneath the answer, not in it", async () => {
    const { cli, out } = io(["What is the recipe for pancakes?"]);
    await runAsk(["--story", storyFile], cli);
    const text = out.join("");
    const first = text.split("\n")[0]!;
    const suggestion = text.split("\n").find((l) => l.startsWith("  → "))!.slice(4).split(" · ")[0]!;
    expect(first).not.toContain(suggestion);
    expect(text.split(suggestion).length - 1).toBe(1);
  });
  it("--lang forces the answer's language", async () => {
    const { cli, out } = io(["Who spoke?"]);
    await runAsk(["--story", storyFile, "--json", "--lang", "fr"], cli);
    expect(JSON.parse(out.join("").trim()).lang).toBe("fr");
  });
  it("a missing story file is a clear error, raised by the core", async () => {
    const { cli } = io([]);
    await expect(runAsk(["--story", join(dir, "nope.json"), "Who?"], cli)).rejects.toThrow(StoryInputError);
  });
  it("a story folder is accepted where a story file is", async () => {
    const { cli, out } = io([]);
    expect(await runAsk(["--story", dir, "--json", "Qui", "est", "Virtanen ?"], cli)).toBe(0);
    expect(JSON.parse(out.join("")).answer).toContain("porte-parole de la marine finlandaise");
  });
  it("--help prints the usage with every option and exits 0", async () => {
    const { cli, out } = io([]);
    expect(await runAsk(["--help"], cli)).toBe(0);
    for (const option of ["--story", "--lang", "--json", "--help"]) expect(out.join("")).toContain(option);
  });
});

describe("benchmark helper", () => {
  it("reports per-question figures (timing itself is not asserted)", () => {
    let t = 0;
    const r = benchAsk(createEngine(testStory()), ["Who spoke?", "How many soldiers?"], 3, () => (t += 1));
    expect(r.questions).toBe(2);
    expect(r.rounds).toBe(3);
    expect(r.meanMs).toBeGreaterThan(0);
  });
});
