import { z } from "zod";
import { composeBriefing, newestDispatch } from "../briefing/compose.js";
import { renderBriefingText } from "../briefing/render-text.js";
import { defaultStory, loadStory } from "../story/load.js";
import { loadDictionaries } from "../dictionary-load.js";
import { parseCommand, usageLine } from "./args.js";
import { UsageError, type CliIO, type ExitCode } from "./io.js";

const Args = z.object({
  story: z.string().min(1, "--story needs a file or a story folder").default(defaultStory),
  lang: z.enum(["fr", "en"], { error: "--lang must be fr or en" }).optional(),
  json: z.boolean().default(false),
});

export const briefingHelp = `usage: brief briefing [--story FILE|FOLDER] [--lang fr|en] [--json]

Prints today's briefing on the story: the lead, the key points from all of it, who is who, the
main quotes, the figures and what was not given, each citing the story's sentence numbers. A
story grown by a newer dispatch (ingest --save) leads with that dispatch, marked new.
  --story FILE|FOLDER  a story.json, a dispatch or a story folder (default: the shipped story)
  --lang fr|en         the briefing's language (default: the story's)
  --json               the Briefing object as JSON
  -h, --help           this text
`;

function parseBriefingArgs(argv: string[]): z.infer<typeof Args> | null {
  const parsed = parseCommand(argv, {
    name: "briefing",
    help: briefingHelp,
    options: { story: { type: "string" }, lang: { type: "string" }, json: { type: "boolean" } },
    maxPositionals: 0,
  });
  if (parsed.help) return null;
  const checked = Args.safeParse(parsed.values);
  if (!checked.success) throw new UsageError(`briefing: ${checked.error.issues[0]?.message ?? "invalid arguments"}\n${usageLine(briefingHelp)}`);
  return checked.data;
}

/** `brief briefing`: today's briefing on the story, as text or (--json) the Briefing object. */
export async function runBriefing(argv: string[], io: CliIO): Promise<ExitCode> {
  const args = parseBriefingArgs(argv);
  if (!args) {
    io.stdout(briefingHelp);
    return 0;
  }
  const story = loadStory(args.story);
  loadDictionaries();
  // The command line keeps no reader history: the dispatch before the newest is what the reader
  // is taken to have seen, so a grown story leads with its newest dispatch, marked new.
  const newest = newestDispatch(story);
  const briefing = composeBriefing(story, { lang: args.lang ?? story.lang, sinceDispatch: newest > 0 ? newest - 1 : null });
  io.stdout(args.json ? JSON.stringify(briefing) + "\n" : renderBriefingText(briefing));
  return 0;
}
