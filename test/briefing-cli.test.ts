import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBriefing } from "../src/cli/briefing.js";
import { runIngest } from "../src/cli/ingest.js";
import { DEFAULT_STORY } from "../src/story/load.js";
import type { CliIO } from "../src/cli/io.js";
import { UsageError } from "../src/cli/io.js";
import { firstDispatch } from "./briefing-fixtures.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdinLines: async function* () {},
    stdinIsTTY: true,
  };
  return { io, out, err };
}

const storyFile = () => {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-"));
  const file = join(dir, "story.json");
  writeFileSync(file, JSON.stringify(firstDispatch()));
  return file;
};

describe("brief briefing", () => {
  it("--json prints only the Briefing as JSON", async () => {
    const c = capture();
    expect(await runBriefing(["--story", storyFile(), "--lang", "en", "--json"], c.io)).toBe(0);
    const parsed = JSON.parse(c.out.join("")) as { lang: string; quotes: { text: string }[] };
    expect(parsed.lang).toBe("en");
    expect(parsed.quotes[0]!.text).toBe("Ces exercices sont purement défensifs");
    expect(c.err).toEqual([]);
  });

  it("prints text in the story's language by default", async () => {
    const c = capture();
    await runBriefing([`--story=${storyFile()}`], c.io);
    expect(c.out.join("")).toContain("Ce qui a été dit");
  });

  it("takes a story folder, and --help lists every option", async () => {
    const c = capture();
    expect(await runBriefing(["--story", dirname(storyFile()), "--lang", "en"], c.io)).toBe(0);
    expect(c.out.join("")).toContain("What was said");
    const h = capture();
    expect(await runBriefing(["-h"], h.io)).toBe(0);
    for (const option of ["--story", "--lang", "--json", "--help"]) expect(h.out.join("")).toContain(option);
  });

  it("after ingest --save of a newer dispatch, leads with the new lead, marked new", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-grow-"));
    const one = join(dir, "one.txt");
    const two = join(dir, "two.txt");
    writeFileSync(one, "LORVIK, 5 mai (AFP) - Le port de Lorvik a fermé lundi ses quais aux cargos étrangers.\n\nLa mesure doit durer une semaine, selon la capitainerie.\n");
    writeFileSync(two, "LORVIK, 7 mai (AFP) - Le port de Lorvik a rouvert mercredi ses quais, deux jours après leur fermeture.\n\nLes dockers ont repris le travail dans la matinée.\n");
    const saved = process.env.BRIEFINGS_DIR;
    process.env.BRIEFINGS_DIR = dir;
    try {
      expect(await runIngest([one, "--save", "--slug", "lorvik"], capture().io)).toBe(0);
      expect(await runIngest([two, "--save", "--slug", "lorvik"], capture().io)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.BRIEFINGS_DIR;
      else process.env.BRIEFINGS_DIR = saved;
    }
    const c = capture();
    expect(await runBriefing(["--story", join(dir, "lorvik")], c.io)).toBe(0);
    const text = c.out.join("");
    expect(text).toMatch(/\nNouveau : Le port de Lorvik a rouvert mercredi ses quais/);
    // The first dispatch is still told, as background, under its own sentence number.
    expect(text).toMatch(/- Le port de Lorvik a fermé lundi ses quais aux cargos étrangers\. \[1\]/);
  });

  it("with no --story, briefs the default story as saved in BRIEFINGS_DIR: a newer dispatch saved under its slug leads", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-default-"));
    const slug = join(dir, "milley-goulevitch");
    cpSync(dirname(DEFAULT_STORY), slug, { recursive: true });
    const newer = join(dir, "newer.txt");
    writeFileSync(newer, "VELMORE, 9 juin (AFP) - Les garde-côtes de Velmore ont repêché mardi trois plaisanciers au large du cap Dorn.\n\nLes secours ont été alertés dans la nuit.\n");
    const saved = process.env.BRIEFINGS_DIR;
    process.env.BRIEFINGS_DIR = dir;
    try {
      expect(await runIngest([newer, "--save", "--slug", "milley-goulevitch"], capture().io)).toBe(0);
      const c = capture();
      expect(await runBriefing(["--lang", "en"], c.io)).toBe(0);
      expect(c.out.join("")).toMatch(/\nNew: Les garde-côtes de Velmore ont repêché mardi trois plaisanciers/);
    } finally {
      if (saved === undefined) delete process.env.BRIEFINGS_DIR;
      else process.env.BRIEFINGS_DIR = saved;
    }
  });

  it("refuses a bad language or a stray argument with a usage error", async () => {
    await expect(runBriefing(["--story", storyFile(), "--lang", "de"], capture().io)).rejects.toBeInstanceOf(UsageError);
    await expect(runBriefing(["--stroy", "x"], capture().io)).rejects.toThrow(/unknown option --stroy/);
    await expect(runBriefing(["--story"], capture().io)).rejects.toThrow(/needs a value/);
  });
});
