import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface CommandSpec<O extends Options> {
  /** `brief ask`, for messages. */
  name: string;
  /** The usage line(s) and what each option does: printed by --help, and after an error. */
  help: string;
  options: O;
  /** How many positional arguments the command takes at most (Infinity: any, e.g. a question). */
  maxPositionals: number;
}

/** The raw values, checked by each command's zod schema next. */
export type Parsed = { help: true } | { help: false; values: Record<string, string | boolean | undefined>; positionals: string[] };

/** The first line of the help: what an error message repeats. */
export const usageLine = (help: string): string => help.split("\n")[0] ?? help;

/**
 * One command's arguments through node:util parseArgs (strict: unknown options and missing
 * values are errors), with `--help` / `-h` on every command. parseArgs' own messages are
 * rephrased as one short line that names the option.
 */
export function parseCommand<O extends Options>(argv: string[], spec: CommandSpec<O>): Parsed {
  // --help wins wherever it is, even beside an otherwise invalid command line (but not after --).
  const end = argv.indexOf("--");
  if ((end === -1 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h")) return { help: true };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: spec.options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(`${spec.name}: ${explain(err)}\n${usageLine(spec.help)}`);
  }
  if (parsed.positionals.length > spec.maxPositionals) {
    const extra = parsed.positionals[spec.maxPositionals];
    throw new UsageError(`${spec.name}: unexpected argument "${extra}"\n${usageLine(spec.help)}`);
  }
  return { help: false, values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

function explain(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option ?? ""}`.trim();
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return option && /argument missing|ambiguous/.test(message) ? `${option} needs a value` : (message.split("\n")[0] ?? message);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return message.split("\n")[0] ?? message;
    default:
      throw err;
  }
}
