import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Every .ts file under a folder, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

const importsOf = (file: string): string[] => [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");

describe("layers", () => {
  it.each(["src/story", "src/engine", "src/briefing"])("%s (the core) imports nothing from the command line or the adapters", (dir) => {
    const offending = sources(dir).flatMap((f) => importsOf(f).filter((i) => /\/cli(\/|\.js)|adapters\//.test(i)).map((i) => `${relative(".", f)} → ${i}`));
    expect(offending).toEqual([]);
  });
});
