import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Adapter, AdapterDeps, MessageHandler } from "../../src/adapter/types.js";
import { renderReply } from "./render.js";

export interface ShellOptions {
  handler: MessageHandler;
  input: Readable;
  output: Writable;
  /** Show a prompt and a greeting (a terminal); piped input gets answers only. */
  interactive: boolean;
  /** Where the greeting and prompt go; stdout stays answers only when piped. */
  prompt?: string;
  title?: string;
}

const QUIT = new Set(["quit", "exit", "bye", "quitter", "sortir", ":q"]);

/** A terminal conversation through the same handler the chat platforms use. */
export function createShellAdapter(opts: ShellOptions): Adapter & { done: Promise<void> } {
  const prompt = opts.prompt ?? "brief> ";
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let rl: ReturnType<typeof createInterface> | null = null;
  const write = (text: string) => void opts.output.write(text);
  return {
    name: "shell",
    done,
    async start() {
      rl = createInterface({ input: opts.input, terminal: false, crlfDelay: Infinity });
      if (opts.interactive) {
        write(`${opts.title ? `${opts.title}\n` : ""}Ask about the story (help, quit). Posez vos questions (aide, quitter).\n`);
        write(prompt);
      }
      let quitting = false;
      rl.on("line", (line) => {
        // lines already buffered after « quit » are not answered
        if (quitting) return;
        const text = line.trim();
        if (QUIT.has(text.toLowerCase())) {
          quitting = true;
          rl?.close();
          return;
        }
        if (!text && !opts.interactive) return;
        if (text) {
          const reply = opts.handler.handle({ platform: "shell", text, user: "local", conversationId: "shell" });
          write(`${renderReply(reply)}\n\n`);
        }
        if (opts.interactive) write(prompt);
      });
      rl.on("close", () => {
        if (opts.interactive) write("\n");
        finish();
      });
    },
    async stop() {
      rl?.close();
      finish();
    },
  };
}

/** The registry-style factory: the shell needs no credentials, only a terminal or a pipe. */
export function shellFromDeps(deps: AdapterDeps, io: { input: Readable; output: Writable; interactive: boolean }): Adapter & { done: Promise<void> } {
  return createShellAdapter({ handler: deps.handler, ...io, title: deps.story.title });
}
