/**
 * Evidence-ranking recall: for each answerable question of a gold folder, is a sentence that holds
 * the expected answer ranked first, or in the first three, by the engine's evidence ranking
 * (src/engine/evidence.ts)? Questions are asked in order through the engine, as the scorer does,
 * so follow-ups see their conversation. A sentence holds the answer when every `expect` group has
 * one alternative in it (the scorer's normalisation); questions no single sentence answers are
 * counted apart. A measurement for developers, not a test.
 *
 *   npx tsx scripts/rank-recall.ts [FOLDER ...] [--misses] [--json]
 *
 * Default folders: eval/questions and ../shared/eval/real-dev.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDictionaries } from "../src/dictionary-load.js";
import type { Ctx } from "../src/engine/context.js";
import { createEngine } from "../src/engine/engine.js";
import { questionTerms, rankEvidence, rankTuning } from "../src/engine/evidence.js";
import { emptyConversation, type ConversationState } from "../src/engine/reply.js";
import { loadStory } from "../src/story/load.js";

interface GoldQuestion {
  q: string;
  lang?: string;
  answerable: boolean;
  expect?: string[][];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared", "eval");
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const folders = args.filter((a) => !a.startsWith("--"));
if (!folders.length) folders.push(join(root, "eval", "questions"), join(shared, "real-dev"));

// the scorer's normalisation: accents, apostrophes, spaces
const norm = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/[\u00a0\u2009\u202f\u2007\s]+/g, " ")
    .toLowerCase()
    .trim();

/** Every (story file, questions) job of a folder: gold files with questions, and NAME.questions.json. */
function jobs(folder: string): { txt: string; questions: GoldQuestion[] }[] {
  const out: { txt: string; questions: GoldQuestion[] }[] = [];
  for (const f of readdirSync(folder).sort()) {
    if (!f.endsWith(".json")) continue;
    const data = JSON.parse(readFileSync(join(folder, f), "utf8")) as { article?: string; questions?: GoldQuestion[] };
    if (!data.questions?.length) continue;
    if (f.endsWith(".questions.json")) {
      const txt = [folder, join(shared, "dev"), join(shared, "real-dev")].map((d) => join(d, `${data.article}.txt`)).find(existsSync);
      if (txt) out.push({ txt, questions: data.questions });
    } else {
      const txt = join(folder, `${basename(f, ".json")}.txt`);
      if (existsSync(txt)) out.push({ txt, questions: data.questions });
    }
  }
  return out;
}

interface Row {
  story: string;
  pair: string;
  q: string;
  /** Rank (from 1) of the first sentence holding the answer; 0 when none is ranked. */
  rank: number;
  gold: number[];
  top: number | null;
  /** Scores of the top sentence and of the best-ranked one holding the answer. */
  scores: [number, number];
}

// RANK_<WEIGHT>=x overrides a ranking weight, to compare settings
for (const k of Object.keys(rankTuning) as (keyof typeof rankTuning)[]) {
  const v = process.env[`RANK_${k.toUpperCase()}`];
  if (v !== undefined) rankTuning[k] = Number(v);
}
loadDictionaries();
const rows: Row[] = [];
let noGold = 0;
for (const folder of folders) {
  for (const job of jobs(folder)) {
    const story = loadStory(job.txt);
    const engine = createEngine(story);
    const texts = story.sentences.map((s) => norm(s.text));
    let state: ConversationState = emptyConversation();
    for (const q of job.questions) {
      let ctx: Ctx | null = null;
      const r = engine.ask(q.q, state, { inspect: (c) => (ctx = c) });
      state = r.state;
      const trace = process.env.RANK_TRACE;
      if (trace && ctx && q.q.includes(trace)) {
        console.log(`${basename(job.txt, ".txt")}: ${q.q}  (previous ${(ctx as Ctx).previous?.join(",") ?? "-"}; answer: ${r.reply.text.slice(0, 120)})`);
        for (const e of rankEvidence(ctx, questionTerms(ctx), 5)) console.log(`  ${e.sentence + 1} ${e.score.toFixed(2)} cov ${e.coverage.toFixed(2)}${e.followUp ? " follow" : ""}${e.continued ? " cont" : ""} [${e.found.map((t) => t.word).join(" ")}] ${story.sentences[e.sentence]!.text.slice(0, 110)}`);
      }
      if (!q.answerable || !q.expect?.length || !ctx) continue;
      const gold = texts.flatMap((t, i) => (q.expect!.every((g) => g.some((alt) => t.includes(norm(alt)))) ? [i] : []));
      if (!gold.length) {
        noGold++;
        continue;
      }
      const evidence = rankEvidence(ctx, questionTerms(ctx), Number.POSITIVE_INFINITY);
      const ranked = evidence.map((e) => e.sentence);
      const at = ranked.findIndex((s) => gold.includes(s));
      const scores: [number, number] = [evidence[0]?.coverage ?? 0, evidence[at]?.coverage ?? 0];
      const qLang = q.lang === "fr" || q.lang === "en" ? q.lang : (ctx as Ctx).query.lang;
      rows.push({ story: basename(job.txt, ".txt"), pair: `${qLang}→${story.lang}`, q: q.q, rank: at + 1, gold, top: ranked[0] ?? null, scores });
    }
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
const summary = (rs: Row[]) => ({ n: rs.length, r1: rs.filter((r) => r.rank === 1).length, r3: rs.filter((r) => r.rank >= 1 && r.rank <= 3).length, none: rs.filter((r) => r.rank === 0).length });
const pairs = [...new Set(rows.map((r) => r.pair))].sort();
if (flags.has("--json")) {
  console.log(JSON.stringify({ all: summary(rows), noGold, pairs: Object.fromEntries(pairs.map((p) => [p, summary(rows.filter((r) => r.pair === p))])) }));
} else {
  if (flags.has("--misses")) {
    for (const r of rows.filter((x) => x.rank !== 1)) console.log(`${r.story} [${r.pair}] rank ${r.rank || "-"} gold ${r.gold.map((g) => g + 1).join(",")} top ${r.top === null ? "-" : r.top + 1} (${r.scores.map((x) => x.toFixed(2)).join(" vs ")}): ${r.q}`);
    console.log("");
  }
  console.log("pair     questions  recall@1        recall@3        not ranked");
  for (const p of [...pairs, "all"]) {
    const s = summary(p === "all" ? rows : rows.filter((r) => r.pair === p));
    console.log(`${p.padEnd(8)} ${String(s.n).padStart(9)}  ${`${s.r1} ${pct(s.r1, s.n)}`.padEnd(14)}  ${`${s.r3} ${pct(s.r3, s.n)}`.padEnd(14)}  ${s.none}`);
  }
  console.log(`(${noGold} answerable questions have no single sentence holding every expected group: not counted)`);
}
