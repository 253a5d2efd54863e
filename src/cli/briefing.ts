import { z } from "zod";
import { composeBriefing } from "../briefing/compose.js";
import { renderBriefingText } from "../briefing/render-text.js";
import { DEFAULT_STORY, loadStory } from "../story/load.js";
import { parseCommand, usageLine } from "./args.js";
import { UsageError, type CliIO, type ExitCode } from "./io.js";

const Args = z.object({
  story: z.string().min(1, "--story needs a file or a story folder").default(DEFAULT_STORY),
  lang: z.enum(["fr", "en"], { error: "--lang must be fr or en" }).optional(),
  json: z.boolean().default(false),
});

export const briefingHelp = `usage: brief briefing [--story FILE|FOLDER] [--lang fr|en] [--json]

Prints today's briefing on the story: the lead, who is who, the main quotes, the figures.
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
  const briefing = composeBriefing(story, { lang: args.lang ?? story.lang });
  io.stdout(args.json ? JSON.stringify(briefing) + "\n" : renderBriefingText(briefing));
  return 0;
}
