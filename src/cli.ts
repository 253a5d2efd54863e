#!/usr/bin/env node
import { createInterface } from "node:readline";
import type { CliIO } from "./cli/io.js";
import { UserError, oneLine } from "./errors.js";

const usage = `briefbot: brief people on a news story

Usage:
  brief ingest FILE [--json] [--save | --replace] [--slug SLUG]
                                             structure a dispatch (FILE: UTF-8 text, 2 MB at most);
                                             --save writes briefings/SLUG/story.json, or adds the
                                             dispatch to the story already there;
                                             --replace rewrites the story from this one dispatch
  brief ask [--story FILE|FOLDER] [--lang fr|en] [--json] [QUESTION]
                                             answer a question, or one per stdin line
  brief briefing [--story FILE|FOLDER] [--lang fr|en] [--json]
                                             print today's briefing
  brief help                                 this text
  brief COMMAND --help                       a command's options
`;

const io: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  stdinIsTTY: Boolean(process.stdin.isTTY),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "ingest":
      return (await import("./cli/ingest.js")).runIngest(rest, io);
    case "ask":
      return (await import("./cli/ask.js")).runAsk(rest, io);
    case "briefing":
      return (await import("./cli/briefing.js")).runBriefing(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(usage);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`brief: unknown command "${command}"\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A usage error carries the usage line after its message: the message alone goes on stderr.
    if (err instanceof UserError) {
      process.stderr.write(`brief: ${err.message.split("\n")[0]}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`brief: internal error: ${oneLine(err)}\n`);
      process.exitCode = 70;
    }
  },
);
