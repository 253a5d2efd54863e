/**
 * A failure the person running briefbot can fix (a bad file, a bad option, a rejected token):
 * shown as one line, with no stack trace, and the process exits with `exitCode`. Each part of
 * the code raises its own subclass, so the core never depends on the command line or the bot.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One line for stderr: a user error's message, or an unexpected error's (never its stack). */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, "; ").trim();
}
