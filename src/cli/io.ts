import { UserError } from "../errors.js";

/** The streams a command writes to, passed in so tests can capture them. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Lines of standard input, read lazily (only commands that need stdin read it). */
  stdinLines: () => AsyncIterable<string>;
  /** Whether standard input is a terminal (then no questions are piped in). */
  stdinIsTTY: boolean;
}

/** A command's result: the process exit code. Errors the user can fix are reported, never thrown. */
export type ExitCode = number;

/** A malformed command line: printed as one line on stderr (with the usage), exit 2. */
export class UsageError extends UserError {
  constructor(message: string, exitCode = 2) {
    super(message, exitCode);
  }
}
