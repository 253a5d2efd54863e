import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest.js";
import { UsageError, type CliIO } from "../src/cli/io.js";
import { Story } from "../src/story/schema.js";

const dir = mkdtempSync(join(tmpdir(), "briefbot-ingest-"));
const write = (name: string, text: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdinLines: async function* () {}, stdinIsTTY: true };
  return { io, out, err };
}

const first = "(Oslo) Le ministère norvégien de la Défense a annoncé lundi l'envoi de 300 soldats.\n\n« Ils partiront mardi », a précisé la ministre, Ingrid Dahl.";
const second = "(Oslo) Le contingent est arrivé jeudi, a indiqué Mme Dahl.\n\n« Tout s'est bien passé », a-t-elle ajouté.";

describe("brief ingest", () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.BRIEFINGS_DIR;
    process.env.BRIEFINGS_DIR = join(dir, "briefings");
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.BRIEFINGS_DIR;
    else process.env.BRIEFINGS_DIR = saved;
  });

  it("prints one JSON story with --json and nothing else", async () => {
    const { io, out, err } = capture();
    expect(await runIngest([write("oslo.txt", first), "--json"], io)).toBe(0);
    expect(out).toHaveLength(1);
    const story = Story.parse(JSON.parse(out[0]!));
    expect(story.speakers.map((s) => s.name)).toContain("Ingrid Dahl");
    expect(story.figures.find((f) => f.category === "troops")?.value).toBe(300);
    expect(err).toEqual([]);
  });

  it("numbers sentences from 1 in its summary, as ask and the briefing do", async () => {
    const { io, out } = capture();
    expect(await runIngest([write("oslo-summary.txt", first)], io)).toBe(0);
    const text = out.join("");
    // the quote is in the dispatch's second sentence, the troop figure in its first
    expect(text).toMatch(/\[2\] Ingrid Dahl: « Ils partiront mardi »/);
    expect(text).toMatch(/\[1\] 300 soldats/);
  });

  it("saves a story and grows it with a newer dispatch, once", async () => {
    const a = capture();
    await runIngest([write("d1.txt", first), "--save", "--slug", "oslo-renforts"], a.io);
    const file = join(dir, "briefings", "oslo-renforts", "story.json");
    expect(Story.parse(JSON.parse(readFileSync(file, "utf8"))).dispatches).toHaveLength(1);

    const b = capture();
    await runIngest([write("d2.txt", second), "--save", "--slug", "oslo-renforts"], b.io);
    const grown = Story.parse(JSON.parse(readFileSync(file, "utf8")));
    expect(grown.dispatches).toHaveLength(2);
    expect(grown.sentences.filter((s) => s.dispatch === 1).map((s) => s.text)[0]).toContain("Le contingent est arrivé jeudi");
    expect(existsSync(join(dir, "briefings", "oslo-renforts", "source-2.txt"))).toBe(true);
    expect(b.err.join("")).toMatch(/added dispatch 2/);

    const c = capture();
    await runIngest([join(dir, "d2.txt"), "--save", "--slug", "oslo-renforts"], c.io);
    expect(Story.parse(JSON.parse(readFileSync(file, "utf8"))).dispatches).toHaveLength(2);
    expect(c.err.join("")).toMatch(/already holds this dispatch/);
  });

  it("refuses bad arguments with a usage error", async () => {
    await expect(runIngest([], capture().io)).rejects.toThrow(UsageError);
    await expect(runIngest(["a.txt", "b.txt"], capture().io)).rejects.toThrow(/one FILE/);
    await expect(runIngest(["a.txt", "--frobnicate"], capture().io)).rejects.toThrow(/unknown option --frobnicate/);
    await expect(runIngest(["a.txt", "--slug"], capture().io)).rejects.toThrow(/--slug needs a value/);
  });

  it("--help prints every option, --replace included, and exits 0", async () => {
    const c = capture();
    expect(await runIngest(["--help"], c.io)).toBe(0);
    for (const option of ["--json", "--save", "--replace", "--slug", "--help"]) expect(c.out.join("")).toContain(option);
  });
});

describe("brief ingest, as a process", () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { encoding: "utf8" });

  it("answers bad input with one line on stderr and a non-zero exit, never a stack trace", () => {
    const cases = [
      [join(dir, "missing.txt"), /no such file/],
      [write("empty.txt", ""), /empty/],
      [write("binary.bin", new Uint8Array([0, 159, 146, 150])), /binary/],
      [write("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9])), /not UTF-8/],
    ] as const;
    for (const [file, message] of cases) {
      const r = cli(["ingest", file, "--json"]);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\s+at\s/);
    }
  }, 60_000); // six processes, each a tsx start: slow on a loaded machine

  it("names the field of a story.json that fails the schema", () => {
    const bad = write("story.json", JSON.stringify({ schemaVersion: 1, slug: "x", lang: "fr", title: "", dateline: null, dispatches: [], sentences: [{ index: -1 }] }));
    const r = cli(["ask", "--story", bad, "qui a parlé ?"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/sentences\.0/);
  });
});
