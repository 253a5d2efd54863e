import { z } from "zod";
import { createBot } from "../bot.js";
import { createEngine } from "../engine/engine.js";
import type { Reply } from "../engine/reply.js";
import { defaultStory, loadStory } from "../story/load.js";
import { loadDictionaries } from "../dictionary-load.js";
import { parseCommand, usageLine } from "./args.js";
import { UsageError, type CliIO, type ExitCode } from "./io.js";

const Args = z.object({
  story: z.string().min(1, "--story needs a file or a story folder").default(defaultStory),
  lang: z.enum(["fr", "en"], { error: "--lang must be fr or en" }).optional(),
  json: z.boolean().default(false),
  question: z.string().optional(),
});
export type AskArgs = z.infer<typeof Args>;

export const askHelp = `usage: brief ask [--story FILE|FOLDER] [--lang fr|en] [--json] [QUESTION]

Answers QUESTION, or one question per line of standard input (one answer per line).
  --story FILE|FOLDER  a story.json, a dispatch (ingested on the fly) or a story folder
                       (briefings/<slug>/); default: the shipped story
  --lang fr|en         answer in this language (default: the question's)
  --json               one JSON object per answer: { answered, answer, lang, intent, citations }
  -h, --help           this text
`;

/** Parses `ask`'s arguments; anything unknown or malformed is a UsageError with the usage line. null: --help. */
export function parseAskArgs(argv: string[]): AskArgs | null {
  const parsed = parseCommand(argv, {
    name: "ask",
    help: askHelp,
    options: { story: { type: "string" }, lang: { type: "string" }, json: { type: "boolean" } },
    maxPositionals: Infinity,
  });
  if (parsed.help) return null;
  const raw = { ...parsed.values, ...(parsed.positionals.length ? { question: parsed.positionals.join(" ") } : {}) };
  const checked = Args.safeParse(raw);
  if (!checked.success) throw new UsageError(`ask: ${checked.error.issues[0]?.message ?? "invalid arguments"}\n${usageLine(askHelp)}`);
  return checked.data;
}

/** One answer as a JSON line: the contract the scorer and scripts rely on. */
export function jsonLine(reply: Reply): string {
  // sentences are numbered from 1 everywhere a reader sees them (ingest, ask, the briefing)
  const citations = reply.citations.map((c) => ({ sentence: c.sentence + 1, text: c.text }));
  return JSON.stringify({ answered: reply.answered, answer: reply.text, lang: reply.lang, intent: reply.intent, citations });
}

/** A human-readable answer: the text, then the cited sentences. */
export function textBlock(reply: Reply): string {
  const cites = reply.citations.map((c) => `  [${c.sentence + 1}] ${c.text}`);
  const sugg = !reply.answered && reply.suggestions.length ? [`  → ${reply.suggestions.join(" · ")}`] : [];
  return [reply.text, ...cites, ...sugg].join("\n") + "\n";
}

export async function runAsk(argv: string[], io: CliIO): Promise<ExitCode> {
  const args = parseAskArgs(argv);
  if (!args) {
    io.stdout(askHelp);
    return 0;
  }
  const story = loadStory(args.story);
  loadDictionaries();
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
