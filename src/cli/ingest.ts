import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ingest } from "../story/ingest.js";
import { appendDispatch } from "../story/grow.js";
import { parseStoryFile, slugFor } from "../story/load.js";
import type { Story } from "../story/schema.js";
import { readSourceFile } from "../story/source.js";
import { UsageError, type CliIO } from "./io.js";

const Args = z.object({
  file: z.string({ error: "ingest needs a FILE: brief ingest FILE [--json] [--save]" }).min(1),
  json: z.boolean(),
  save: z.boolean(),
  replace: z.boolean(),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "--slug takes lower-case letters, digits and dashes").optional(),
});

function parseArgs(argv: string[]): z.infer<typeof Args> {
  const out: Record<string, unknown> = { json: false, save: false, replace: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") out.json = true;
    else if (a === "--save") out.save = true;
    else if (a === "--replace") out.save = out.replace = true;
    else if (a === "--slug") out.slug = argv[++i];
    else if (a.startsWith("--")) throw new UsageError(`ingest: unknown option ${a}`);
    else if (out.file === undefined) out.file = a;
    else throw new UsageError(`ingest: one FILE at a time (got ${String(out.file)} and ${a})`);
  }
  const parsed = Args.safeParse(out);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? "ingest: bad arguments");
  return parsed.data;
}

/** Where saved stories go; BRIEFINGS_DIR moves it (tests, deployments with a data volume). */
const briefingsDir = () => process.env.BRIEFINGS_DIR || resolve(dirname(fileURLToPath(import.meta.url)), "../../briefings");

export async function runIngest(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  const text = readSourceFile(args.file);
  const slug = args.slug ?? slugFor(args.file);
  const started = performance.now();
  const story = ingest(text, { slug });
  const ms = performance.now() - started;
  const saved = args.save ? save(story, text, slug, io, args.replace) : story;
  if (args.json) io.stdout(JSON.stringify(saved) + "\n");
  else io.stdout(summary(saved, ms));
  return 0;
}

/**
 * Writes briefings/<slug>/. When the story is already there, the dispatch is added to it (a story
 * grows as newer dispatches arrive), and its text is kept beside the first as source-<n>.txt.
 */
function save(story: Story, text: string, slug: string, io: CliIO, replace: boolean): Story {
  const dir = join(briefingsDir(), slug);
  const file = join(dir, "story.json");
  mkdirSync(dir, { recursive: true });
  if (replace || !existsSync(file)) {
    writeFileSync(join(dir, "source.txt"), text);
    writeFileSync(file, JSON.stringify(story, null, 1) + "\n");
    io.stderr(`saved briefings/${slug}/story.json\n`);
    return story;
  }
  const existing = parseStoryFile(file);
  const grown = appendDispatch(existing, story);
  if (grown === existing) {
    io.stderr(`briefings/${slug} already holds this dispatch; nothing changed\n`);
    return existing;
  }
  const n = grown.dispatches.length - 1;
  writeFileSync(join(dir, `source-${n + 1}.txt`), text);
  writeFileSync(file, JSON.stringify(grown, null, 1) + "\n");
  io.stderr(`added dispatch ${n + 1} to briefings/${slug}/story.json (${story.sentences.length} new sentences)\n`);
  return grown;
}

function summary(story: Story, ms: number): string {
  const lines = [`${story.title}`, `${story.sentences.length} sentences, ingested in ${ms.toFixed(1)} ms`, "", "Speakers:"];
  for (const s of story.speakers) {
    const n = story.quotes.filter((q) => q.speaker === s.name).length;
    lines.push(`  ${s.name}${s.role ? ` (${s.role})` : ""}: ${n} quote${n === 1 ? "" : "s"}`);
  }
  if (story.people.length) {
    lines.push("Also mentioned:");
    for (const p of story.people) lines.push(`  ${p.name}${p.role ? ` (${p.role})` : ""}`);
  }
  lines.push("Quotes:");
  for (const q of story.quotes) lines.push(`  [${q.sentence}] ${q.speaker}: ${q.kind === "direct" ? `« ${q.text} »` : q.text}`);
  const troops = story.figures.filter((f) => f.category === "troops");
  if (troops.length) {
    lines.push("Troop figures:");
    for (const f of troops) lines.push(`  [${f.sentence}] ${f.text}${f.claimedBy ? ` (according to ${f.claimedBy})` : ""}`);
  }
  for (const u of story.unstated) lines.push(`  not given: ${u.what}${u.by ? ` (${u.by})` : ""}`);
  return lines.join("\n") + "\n";
}
