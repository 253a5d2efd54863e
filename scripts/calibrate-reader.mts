// Fits the reader's answer-or-decline gate (src/engine/answers/reader-gate.ts) on gold questions.
//
// Usage, from a project tree:  npx tsx scripts/calibrate-reader.mts [--write] SET...
//   SET: a folder of NAME.json (+NAME.txt) gold and/or NAME.questions.json, as the scorer reads it.
//   Each question is asked three times, in its conversation (one bot per article and mode): with the
//   hand-set bars, with the reader forced to answer its best candidate, and forced to decline. The
//   forced answer is judged by the scorer's strict rules (expect groups, expect_none, 12-word pastes;
//   an unanswerable question answered is wrong). A logistic regression on the candidate's features is
//   fitted with leave-one-article-out cross-validation; per kind, the decision point maximises
//   right − 2 × wrong on the cross-validated probabilities. Prints the figures; --write writes the
//   weights table (src/engine/answers/reader-gate-weights.ts). Article text is read, never written.
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join, basename, resolve, dirname } from "node:path";
import { pathToFileURL } from "node:url";

const root = process.cwd();
const imp = (p: string) => import(pathToFileURL(join(root, p)).href);
const { loadStory } = await imp("src/story/load.ts");
const { loadDictionaries } = await imp("src/dictionary-load.ts");
const { createEngine } = await imp("src/engine/engine.ts");
const { createBot } = await imp("src/bot.ts");
const { jsonLine } = await imp("src/cli/ask.ts");
const G = await imp("src/engine/answers/reader-gate.ts");

const argv = process.argv.slice(2);
const write = argv.includes("--write");
// --dump=FILE: the rows (features, the three runs' judgements, the cross-validated probability) as JSON, for study
const dumpTo = argv.find((a) => a.startsWith("--dump="))?.slice(7) ?? null;
const sets = argv.filter((a) => !a.startsWith("--"));
const SHARED = ["/work/shared/eval/dev", "/work/shared/eval/real-dev"];

// ---- the scorer's strict judging (score.mjs judgeAnswer, withoutPastes, wronglyAsserted) ----
const norm = (s: unknown) => String(s ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").replace(/œ/g, "oe").replace(/Œ/g, "OE").replace(/[\u00a0\u2009\u202f\u2007\s]+/g, " ").toLowerCase().trim();
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
    else { kept.push(words[i]!); i++; }
  }
  return kept.join(" ");
}
interface Q { q: string; answerable: boolean; expect?: string[][]; expect_none?: string[]; decline_ok?: boolean }
interface Ans { answered: boolean; answer: string }
const isAnswered = (a: Ans) => a.answered !== false && String(a.answer ?? "").trim() !== "";
function judge(q: Q, a: Ans, article: string, quotes: string[]): boolean {
  if (!q.answerable) return !isAnswered(a);
  if (!isAnswered(a)) return Boolean(q.decline_ok);
  let text = norm(a.answer);
  if (text.length > 700) return false;
  if ((q.expect_none ?? []).some((bad) => text.includes(norm(bad)))) return false;
  text = withoutPastes(a.answer, article, quotes);
  return (q.expect ?? []).every((g) => g.some((alt) => text.includes(norm(alt))));
}
const confidentWrong = (q: Q, a: Ans) => isAnswered(a) && (!q.answerable || (q.expect_none ?? []).some((bad) => norm(a.answer).includes(norm(bad))));

// ---- the questions ----
interface Job { set: string; article: string; txt: string; questions: Q[]; quotes: string[] }
const jobs: Job[] = [];
for (const set of sets) {
  const dir = resolve(root, set);
  const files = readdirSync(dir);
  for (const f of files.filter((f) => f.endsWith(".json") && !f.endsWith(".questions.json"))) {
    const txt = join(dir, `${basename(f, ".json")}.txt`);
    if (!existsSync(txt)) continue;
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
    jobs.push({ set, article: txt, txt, questions: gold.questions ?? [], quotes: (gold.quotes ?? []).map((x: { text: string }) => x.text) });
  }
  for (const f of files.filter((f) => f.endsWith(".questions.json"))) {
    const extra = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const txt = [dir, ...SHARED].map((d) => join(d, `${extra.article}.txt`)).find(existsSync);
    if (!txt) continue;
    const goldJson = txt.replace(/\.txt$/, ".json");
    const quotes = existsSync(goldJson) ? (JSON.parse(readFileSync(goldJson, "utf8")).quotes ?? []).map((x: { text: string }) => x.text) : [];
    jobs.push({ set, article: txt, txt, questions: extra.questions, quotes });
  }
}

loadDictionaries();
type Mode = "base" | "answer" | "decline";
interface Row { q: string; set: string; article: string; kind: string; f: Record<string, unknown>; x: number[]; out: Record<Mode, { right: boolean; answered: boolean; cw: boolean }> }
const rows: Row[] = [];
const all: { set: string; out: Record<Mode, { right: boolean; answered: boolean; cw: boolean }> }[] = [];
let n = 0;
for (const job of jobs) {
  if (!job.questions.length) continue;
  const article = readFileSync(job.txt, "utf8");
  const story = () => createBot(createEngine(loadStory(job.txt)));
  const bots = { base: story(), answer: story(), decline: story() };
  for (const q of job.questions) {
    const text = q.q.replace(/\n/g, " ");
    const out = {} as Row["out"];
    let feats: Record<string, unknown> | null = null;
    for (const mode of ["base", "answer", "decline"] as Mode[]) {
      G.setReaderGate(mode === "base" ? (f: { bars: boolean }) => f.bars : (f: Record<string, unknown>) => { if (mode === "answer" && !feats) feats = f; return mode === "answer"; });
      const a = JSON.parse(jsonLine(bots[mode].handle({ platform: "shell", text, user: "cli", conversationId: "cli" }))) as Ans;
      out[mode] = { right: judge(q, a, article, job.quotes), answered: isAnswered(a), cw: confidentWrong(q, a) };
    }
    n++;
    all.push({ set: job.set, out });
    if (feats) rows.push({ q: text, set: job.set, article: basename(job.article), kind: G.gateKind((feats as { wh: string }).wh), f: feats, x: G.featureVector(feats), out });
  }
}
process.stderr.write(`calibrate-reader: ${n} questions, ${rows.length} with a reader candidate\n`);

// ---- logistic regression (L2, gradient descent on standardised features) ----
function fit(X: number[][], y: number[], lambda = 0.01, iters = 400, rate = 0.5): number[] {
  const d = X[0]!.length;
  const mu = Array(d).fill(0), sd = Array(d).fill(1);
  for (let j = 1; j < d; j++) {
    mu[j] = X.reduce((s, x) => s + x[j]!, 0) / X.length;
    sd[j] = Math.sqrt(X.reduce((s, x) => s + (x[j]! - mu[j]) ** 2, 0) / X.length) || 1;
  }
  const Z = X.map((x) => x.map((v, j) => (j === 0 ? 1 : (v - mu[j]) / sd[j])));
  const w = Array(d).fill(0);
  for (let it = 0; it < iters; it++) {
    const g = Array(d).fill(0);
    for (let i = 0; i < Z.length; i++) {
      const z = Z[i]!.reduce((s, v, j) => s + v * w[j], 0);
      const e = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let j = 0; j < d; j++) g[j] += e * Z[i]![j]!;
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (g[j] / Z.length + (j ? lambda * w[j] : 0));
  }
  // back to raw features: w·(x−mu)/sd
  const raw = w.map((v, j) => (j === 0 ? v : v / sd[j]));
  raw[0] = w[0] - w.reduce((s, v, j) => s + (j ? (v * mu[j]) / sd[j] : 0), 0);
  return raw;
}
const prob = (w: number[], x: number[]) => 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * w[j]!, 0)));
const label = (r: Row) => (r.out.answer.right ? 1 : 0);

const articles = [...new Set(rows.map((r) => r.article))];
const cv = new Map<Row, number>();
for (const a of articles) {
  const train = rows.filter((r) => r.article !== a);
  const w = fit(train.map((r) => r.x), train.map(label));
  for (const r of rows.filter((r) => r.article === a)) cv.set(r, prob(w, r.x));
}

// ---- the decision point per kind, from the cross-validated probabilities only ----
const outcome = (r: Row, answer: boolean) => (answer ? r.out.answer : r.out.decline);
const cost = (rs: Row[], decide: (r: Row) => boolean) => {
  let right = 0, wrong = 0, cw = 0;
  for (const r of rs) { const o = outcome(r, decide(r)); if (o.right) right++; else if (o.answered) wrong++; if (o.cw) cw++; }
  return { right, wrong, cw, value: right - 2 * wrong };
};
const kinds = ["who", "element", "free", "yesno"] as const;
const cut: Record<string, number> = {};
for (const k of kinds) {
  const rs = rows.filter((r) => r.kind === k);
  let bestCut = 1.01, bestVal = cost(rs, () => false).value;
  for (let c = 0.05; c <= 0.951; c += 0.01) {
    const v = cost(rs, (r) => cv.get(r)! >= c).value;
    if (v > bestVal) { bestVal = v; bestCut = Math.round(c * 100) / 100; }
  }
  cut[k] = bestCut;
}
// the veto: the model only turns down what the bars would answer, at the cut per kind that loses no right
// answer and adds no confident wrong one on the cross-validation (declining is all it can do better: below the
// bars, right and confidently wrong candidates look alike on every feature measured)
const veto: Record<string, number> = {};
for (const k of kinds) {
  const rs = rows.filter((r) => r.kind === k);
  const b = cost(rs, (r) => r.f.bars === true);
  let bestCut = 0, bestVal = b.value;
  for (let c = 0.01; c <= 0.951; c += 0.01) {
    const v = cost(rs, (r) => r.f.bars === true && cv.get(r)! >= c);
    if (v.right >= b.right && v.cw <= b.cw && v.value > bestVal) { bestVal = v.value; bestCut = Math.round(c * 100) / 100; }
  }
  veto[k] = bestCut;
}
const vetoed = (r: Row) => r.f.bars === true && cv.get(r)! >= veto[r.kind]!;
const fmt = (c: { right: number; wrong: number; cw: number; value: number }) => `right ${c.right}, wrong ${c.wrong}, cw ${c.cw}, right−2×wrong ${c.value}`;
console.log(`rows with a reader candidate: ${rows.length} of ${n} questions; ${articles.length} articles (leave-one-article-out)`);
for (const k of kinds) {
  const rs = rows.filter((r) => r.kind === k);
  console.log(`${k.padEnd(8)} n=${String(rs.length).padStart(4)}  bars: ${fmt(cost(rs, (r) => r.f.bars === true))}  |  model@${cut[k]}: ${fmt(cost(rs, (r) => cv.get(r)! >= cut[k]!))}`);
}
for (const k of kinds) {
  const rs = rows.filter((r) => r.kind === k);
  console.log(`${k.padEnd(8)} veto@${veto[k]}: ${fmt(cost(rs, vetoed))}`);
}
console.log(`ALL      veto (CV): ${fmt(cost(rows, vetoed))}`);
console.log(`ALL      bars: ${fmt(cost(rows, (r) => r.f.bars === true))}  |  model (CV): ${fmt(cost(rows, (r) => cv.get(r)! >= cut[r.kind]!))}`);
for (const s of sets) {
  const rs = rows.filter((r) => r.set === s);
  const b = cost(rs, (r) => r.f.bars === true), m = cost(rs, (r) => cv.get(r)! >= cut[r.kind]!);
  const base = all.filter((x) => x.set === s);
  console.log(`${s}: questions ${base.length}, base run right ${base.filter((x) => x.out.base.right).length}; gated rows ${rs.length}: bars right ${b.right} wrong ${b.wrong} cw ${b.cw} → model right ${m.right} wrong ${m.wrong} cw ${m.cw}`);
}
// the bars' own decision reproduces the base run on the gated rows (a check of the hook)
const agree = rows.filter((r) => outcome(r, r.f.bars === true).right === r.out.base.right).length;
console.log(`check: the bars' decision gives the base run's judgement on ${agree}/${rows.length} gated rows`);

if (dumpTo) writeFileSync(dumpTo, JSON.stringify(rows.map((r) => ({ q: r.q, set: r.set, article: r.article, kind: r.kind, f: r.f, out: r.out, p: cv.get(r) }))));
const w = fit(rows.map((r) => r.x), rows.map(label));
console.log(`weights: ${G.FEATURE_NAMES.map((f: string, i: number) => `${f} ${w[i]!.toFixed(3)}`).join(", ")}`);
console.log(`cuts: ${JSON.stringify(cut)}; veto cuts: ${JSON.stringify(veto)}`);
if (write) {
  const c = cost(rows, vetoed), b = cost(rows, (r) => r.f.bars === true);
  const table = `// Written by scripts/calibrate-reader.mts --write; do not edit by hand.
// Provenance: ${new Date().toISOString().slice(0, 10)}, sets ${sets.map((s) => basename(s)).join(", ")}: ${rows.length} questions with a reader candidate of ${n}, ${articles.length} articles.
// The gate vetoes the bars' answer below the cut; leave-one-article-out CV: bars right ${b.right} wrong ${b.wrong} cw ${b.cw} (right−2×wrong ${b.value}) → model right ${c.right} wrong ${c.wrong} cw ${c.cw} (${c.value}).
import type { GateModel } from "./reader-gate.js";

export const READER_GATE: GateModel = {
  weights: [${w.map((v) => v.toFixed(4)).join(", ")}],
  cut: { who: ${veto.who}, element: ${veto.element}, free: ${veto.free}, yesno: ${veto.yesno} },
};
`;
  writeFileSync(join(root, "src/engine/answers/reader-gate-weights.ts"), table);
  console.log("wrote src/engine/answers/reader-gate-weights.ts");
}
