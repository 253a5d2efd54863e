import { z } from "zod";
import { createBot } from "../bot.js";
import { createEngine } from "../engine/engine.js";
import type { Reply } from "../engine/reply.js";
import { DEFAULT_STORY, loadStory } from "../story/load.js";
import { UsageError, type CliIO, type ExitCode } from "./io.js";

const Args = z.object({
  story: z.string().min(1, "--story needs a file").default(DEFAULT_STORY),
  lang: z.enum(["fr", "en"], { error: "--lang must be fr or en" }).optional(),
  json: z.boolean().default(false),
  question: z.string().optional(),
});
export type AskArgs = z.infer<typeof Args>;

export const askUsage = "usage: brief ask [--story FILE] [--lang fr|en] [--json] [QUESTION]";

/** Parses `ask`'s arguments; anything unknown or malformed is a UsageError with the usage line. */
export function parseAskArgs(argv: string[]): AskArgs {
  const raw: Record<string, unknown> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a === "--json") raw.json = true;
    else if (a === "--story" || a === "--lang") {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value\n${askUsage}`);
      raw[a.slice(2)] = v;
      i++;
    } else if (a.startsWith("--story=") || a.startsWith("--lang=")) {
      const [k, v] = a.slice(2).split(/=(.*)/s);
      raw[k!] = v;
    } else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}\n${askUsage}`);
    else rest.push(a);
  }
  if (rest.length) raw.question = rest.join(" ");
  const parsed = Args.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${issue?.message ?? "invalid arguments"}\n${askUsage}`);
  }
  return parsed.data;
}

/** One answer as a JSON line: the contract the scorer and scripts rely on. */
export function jsonLine(reply: Reply): string {
  return JSON.stringify({ answered: reply.answered, answer: reply.text, lang: reply.lang, intent: reply.intent, citations: reply.citations });
}

/** A human-readable answer: the text, then the cited sentences. */
export function textBlock(reply: Reply): string {
  const cites = reply.citations.map((c) => `  [${c.sentence + 1}] ${c.text}`);
  const sugg = !reply.answered && reply.suggestions.length ? [`  → ${reply.suggestions.join(" · ")}`] : [];
  return [reply.text, ...cites, ...sugg].join("\n") + "\n";
}

export async function runAsk(argv: string[], io: CliIO): Promise<ExitCode> {
  const args = parseAskArgs(argv);
  const story = loadStory(args.story);
  const bot = createBot(createEngine(story));
  const ask = (text: string): void => {
    const reply = bot.handle({ platform: "shell", text, user: "cli", conversationId: "cli", ...(args.lang ? { lang: args.lang } : {}) });
    io.stdout(args.json ? jsonLine(reply) + "\n" : textBlock(reply));
  };
  if (args.question !== undefined) {
    ask(args.question);
    return 0;
  }
  if (io.stdinIsTTY) io.stderr("brief ask: reading questions from stdin, one per line (Ctrl-D to end)\n");
  // every line gets exactly one answer, blank ones included, so answers stay aligned with questions
  for await (const line of io.stdinLines()) ask(line.replace(/\r$/, ""));
  return 0;
}
