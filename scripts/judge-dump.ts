/**
 * In-process judge dump: every question of the gold folders asked through the bot, as the scorer asks
 * them (one conversation per story, in order), judged as the scorer judges (strict: 12+ words copied
 * from the article set aside unless inside a gold quote). One JSON line per question on stdout, for
 * comparing two versions of the engine answer by answer, and for calibrating the evidence fallback
 * (EVIDENCE_MIN=0 answers every question the fallback can, with its confidence). A measurement for
 * developers, not a test.
 *
 *   npx tsx scripts/judge-dump.ts [FOLDER ...] > dump.jsonl
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createBot } from "../src/bot.js";
import { loadDictionaries } from "../src/dictionary-load.js";
import { createEngine } from "../src/engine/engine.js";
import { loadStory } from "../src/story/load.js";
import { evidenceTuning } from "../src/engine/answers/reader.js";

interface GoldQuestion {
  q: string;
  answerable: boolean;
  expect?: string[][];
  expect_none?: string[];
  decline_ok?: boolean;
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = existsSync(resolve(root, "..", "shared", "eval")) ? resolve(root, "..", "shared", "eval") : "/work/shared/eval";
const folders = process.argv.slice(2);
if (!folders.length) folders.push(join(root, "eval", "questions"), join(shared, "real-dev"), join(shared, "dev"), join(root, "eval", "heldout"));

// the scorer's normalisation and strict judging (../shared/eval/score.mjs)
const norm = (s: string) =>
  String(s ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").replace(/œ/g, "oe").replace(/Œ/g, "OE").replace(/[\u00a0\u2009\u202f\u2007\s]+/g, " ").toLowerCase().trim();
const tokens = (s: string) => norm(s).split(/[^a-z0-9]+/).filter((t) => t.length > 1);
function withoutPastes(answer: string, article: string, quotes: string[]): string {
  const words = norm(answer).split(" ").filter(Boolean);
  const hay = ` ${tokens(article).join(" ")} `;
  const inQuote = quotes.map((q) => ` ${tokens(q).join(" ")} `);
  const key = (ws: string[]) => ` ${ws.flatMap((w) => tokens(w)).join(" ")} `;
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i + 1;
    while (j <= words.length && hay.includes(key(words.slice(i, j)))) j++;
    const run = words.slice(i, j - 1);
    if (run.length >= 12 && !inQuote.some((q) => q.includes(key(run)))) i = j - 1;
    else {
      kept.push(words[i]!);
      i++;
    }
  }
  return kept.join(" ");
}
function judge(q: GoldQuestion, answered: boolean, answer: string, article: string, quotes: string[]): boolean {
  if (!q.answerable) return !answered;
  if (!answered) return Boolean(q.decline_ok);
  if (norm(answer).length > 700) return false;
  if ((q.expect_none ?? []).some((bad) => norm(answer).includes(norm(bad)))) return false;
  const text = withoutPastes(answer, article, quotes);
  return (q.expect ?? []).every((g) => g.some((alt) => text.includes(norm(alt))));
}

loadDictionaries();
// EVIDENCE_MIN=x sets both bars of the evidence fallback (0: every answer it can give, with its confidence)
if (process.env.EVIDENCE_MIN !== undefined) evidenceTuning.clause = evidenceTuning.settled = Number(process.env.EVIDENCE_MIN);
for (const folder of folders) {
  for (const f of readdirSync(folder).sort()) {
    if (!f.endsWith(".json")) continue;
    const data = JSON.parse(readFileSync(join(folder, f), "utf8")) as { article?: string; questions?: GoldQuestion[] };
    if (!data.questions?.length) continue;
    const name = f.endsWith(".questions.json") ? data.article! : basename(f, ".json");
    const txt = [folder, join(shared, "dev"), join(shared, "real-dev")].map((d) => join(d, `${name}.txt`)).find(existsSync);
    if (!txt) continue;
    const goldJson = txt.replace(/\.txt$/, ".json");
    const quotes = existsSync(goldJson) ? ((JSON.parse(readFileSync(goldJson, "utf8")) as { quotes?: { text: string }[] }).quotes ?? []).map((x) => x.text) : [];
    const article = readFileSync(txt, "utf8");
    const bot = createBot(createEngine(loadStory(txt)));
    for (const q of data.questions) {
      const r = bot.handle({ platform: "shell", text: q.q.replace(/\n/g, " "), user: "cli", conversationId: "cli" });
      const answered = r.answered !== false && r.text.trim() !== "";
      const ok = judge(q, answered, r.text, article, quotes);
      const wrong = answered && (!q.answerable || (q.expect_none ?? []).some((bad) => norm(r.text).includes(norm(bad))));
      console.log(JSON.stringify({ set: basename(folder), story: name, q: q.q, answerable: q.answerable, answered, ok, wrong, intent: r.intent, conf: (r as { confidence?: number }).confidence ?? null, text: r.text.slice(0, 200), expect: q.expect ?? [], held: r.citations.some((c) => (q.expect ?? []).length > 0 && (q.expect ?? []).every((g) => g.some((alt) => norm(c.text).includes(norm(alt))))) }));
    }
  }
}
