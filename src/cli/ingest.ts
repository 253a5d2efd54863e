import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/paths.js";
import { z } from "zod";
import { ingest } from "../story/ingest.js";
import { appendDispatch } from "../story/grow.js";
import { parseStoryFile, slugFor } from "../story/load.js";
import type { Story } from "../story/schema.js";
import { readSourceFile } from "../story/source.js";
import { parseCommand, usageLine } from "./args.js";
import { UsageError, type CliIO } from "./io.js";

const Args = z.object({
  file: z.string({ error: "a FILE is needed" }).min(1, "a FILE is needed"),
  json: z.boolean().default(false),
  save: z.boolean().default(false),
  replace: z.boolean().default(false),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "--slug takes lower-case letters, digits and dashes").optional(),
});

export const ingestHelp = `usage: brief ingest FILE [--json] [--save | --replace] [--slug SLUG]

Structures a dispatch (FILE: UTF-8 text, 2 MB at most) into a story and prints a summary.
  --json         print the story alone, as JSON
  --save         write briefings/SLUG/story.json and source.txt; a newer dispatch saved under an
                 existing slug is added to that story (source-2.txt, …); the same one twice changes nothing
  --replace      like --save, but rewrite the story from this one dispatch
  --slug SLUG    the story's folder name (lower-case letters, digits, dashes); default: from FILE
  -h, --help     this text
Saved stories go to BRIEFINGS_DIR (default: the project's briefings/).
`;

function parseIngestArgs(argv: string[]): z.infer<typeof Args> | null {
  const parsed = parseCommand(argv, {
    name: "ingest",
    help: ingestHelp,
    options: { json: { type: "boolean" }, save: { type: "boolean" }, replace: { type: "boolean" }, slug: { type: "string" } },
    maxPositionals: Infinity,
  });
  if (parsed.help) return null;
  const [file, second] = parsed.positionals;
  if (second !== undefined) throw new UsageError(`ingest: one FILE at a time (got ${file} and ${second})\n${usageLine(ingestHelp)}`);
  const raw: Record<string, unknown> = { ...parsed.values, file };
  if (raw.replace) raw.save = true;
  const checked = Args.safeParse(raw);
  if (!checked.success) throw new UsageError(`ingest: ${checked.error.issues[0]?.message ?? "bad arguments"}\n${usageLine(ingestHelp)}`);
  return checked.data;
}

/** Where saved stories go; BRIEFINGS_DIR moves it (tests, deployments with a data volume). */
const briefingsDir = () => process.env.BRIEFINGS_DIR || join(projectRoot(), "briefings");

export async function runIngest(argv: string[], io: CliIO): Promise<number> {
  const args = parseIngestArgs(argv);
  if (!args) {
    io.stdout(ingestHelp);
    return 0;
  }
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
  for (const q of story.quotes) lines.push(`  [${q.sentence + 1}] ${q.speaker}: ${q.kind === "direct" ? `« ${q.text} »` : q.text}`);
  const troops = story.figures.filter((f) => f.category === "troops");
  if (troops.length) {
    lines.push("Troop figures:");
    for (const f of troops) lines.push(`  [${f.sentence + 1}] ${f.text}${f.claimedBy ? ` (according to ${f.claimedBy})` : ""}`);
  }
  for (const u of story.unstated) lines.push(`  not given: ${u.what}${u.by ? ` (${u.by})` : ""}`);
  return lines.join("\n") + "\n";
}
