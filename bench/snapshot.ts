import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createBot } from "../src/bot.js";
import { jsonLine } from "../src/cli/ask.js";
import { loadDictionaries } from "../src/dictionary-load.js";
import { createEngine } from "../src/engine/engine.js";
import { ingest } from "../src/story/ingest.js";
import { slugFor } from "../src/story/load.js";
import { longDispatch } from "./dispatch.js";
import { QUESTIONS } from "./questions.js";

/**
 * Everything the engine and ingest print for the evaluation sets, in one file, so that a change
 * made for speed can be checked to change no byte of output: `tsx bench/snapshot.ts OUT` before
 * and after, then `cmp`. Reads the articles where the scorer does (../shared/eval) at run time.
 */
const out = process.argv[2];
if (!out) throw new Error("usage: tsx bench/snapshot.ts OUT_FILE");
const shared = resolve(process.env.SHARED_EVAL ?? "../shared/eval");
const folders = [join(shared, "dev"), join(shared, "real-dev"), resolve("eval/heldout"), resolve("eval/questions")];
loadDictionaries();
const lines: string[] = [];
const articleText = (name: string): string => {
  for (const f of folders) {
    try {
      return readFileSync(join(f, `${name}.txt`), "utf8");
    } catch {
      /* next folder */
    }
  }
  throw new Error(`no article ${name}`);
};
const askAll = (name: string, text: string, questions: string[]) => {
  const story = ingest(text, { slug: slugFor(`${name}.txt`) });
  const bot = createBot(createEngine(story));
  for (const q of questions) lines.push(jsonLine(bot.handle({ platform: "shell", text: q, user: "cli", conversationId: "cli" })));
};
for (const folder of folders) {
  for (const f of readdirSync(folder).sort()) {
    if (f.endsWith(".questions.json")) {
      const extra = JSON.parse(readFileSync(join(folder, f), "utf8")) as { article: string; questions: { q: string }[] };
      lines.push(`## ${f}`);
      askAll(extra.article, articleText(extra.article), extra.questions.map((q) => q.q.replace(/\n/g, " ")));
    } else if (f.endsWith(".json")) {
      const name = f.slice(0, -5);
      const text = readFileSync(join(folder, `${name}.txt`), "utf8");
      lines.push(`## ${f}`, JSON.stringify(ingest(text, { slug: slugFor(`${name}.txt`) })));
      const gold = JSON.parse(readFileSync(join(folder, f), "utf8")) as { questions?: { q: string }[] };
      askAll(name, text, (gold.questions ?? []).map((q) => q.q.replace(/\n/g, " ")));
    }
  }
}
lines.push("## bench questions");
askAll("milley-goulevitch", articleText("milley-goulevitch"), QUESTIONS.map((q) => q.q));
lines.push("## generated 30 KB", JSON.stringify(ingest(longDispatch(30 * 1024), { slug: "bench" })));
writeFileSync(out, lines.join("\n") + "\n");
process.stdout.write(`${lines.length} lines written to ${out}\n`);
