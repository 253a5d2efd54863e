import { z } from "zod";
import { composeBriefing } from "../briefing/compose.js";
import { renderBriefingText } from "../briefing/render-text.js";
import { DEFAULT_STORY, loadStory } from "../story/load.js";
import { UsageError, type CliIO, type ExitCode } from "./io.js";

const Args = z.object({
  story: z.string().min(1).default(DEFAULT_STORY),
  lang: z.enum(["fr", "en"]).optional(),
  json: z.boolean().default(false),
});

const USAGE = "usage: brief briefing [--story FILE] [--lang fr|en] [--json]";

function parseArgs(argv: string[]): z.infer<typeof Args> {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") raw.json = true;
    else if (a === "--story" || a === "--lang") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value; ${USAGE}`);
      raw[a.slice(2)] = v;
    } else if (a.startsWith("--story=") || a.startsWith("--lang=")) {
      const [k, v] = [a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)];
      raw[k] = v;
    } else throw new UsageError(`unexpected argument "${a}"; ${USAGE}`);
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}; ${USAGE}`);
  }
  return parsed.data;
}

/** `brief briefing`: today's briefing on the story, as text or (--json) the Briefing object. */
export async function runBriefing(argv: string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv);
  const story = loadStory(args.story);
  const briefing = composeBriefing(story, { lang: args.lang ?? story.lang });
  io.stdout(args.json ? JSON.stringify(briefing) + "\n" : renderBriefingText(briefing));
  return 0;
}
