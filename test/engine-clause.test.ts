import { describe, expect, it } from "vitest";
import { answerClause, clauses, type SpanTok } from "../src/engine/answers/spans.js";
import { createEngine } from "../src/engine/engine.js";
import { clauseWords } from "../src/engine/lexicon-clauses.js";
import { emptyConversation } from "../src/engine/reply.js";
import { fold, isStopword } from "../src/engine/text.js";
import { ingest } from "../src/story/ingest.js";

/**
 * The clause that answers (answers/spans.ts): the sentence cut into clauses, the one holding the
 * question's focus, and in it the words the question does not say. Invented sentences throughout.
 */

/** Tokens as the general reader reads a sentence: a clause opens after punctuation or on an opener of the language. */
function toks(text: string, lang: "fr" | "en"): SpanTok[] {
  const opens = clauseWords(lang).opens;
  const out: SpanTok[] = [];
  let last = 0;
  let word = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*%?/gu)) {
    const start = m.index ?? 0;
    const gap = text.slice(last, start);
    word += (gap.match(/\s+/g) ?? []).length;
    const bare = fold(m[0]).replace(/['’].*$/, "");
    out.push({ text: m[0], bare, opens: out.length === 0 || /[,;:()«»"“”—–]/.test(gap) || opens.has(bare), w0: word, w1: word });
    last = start + m[0].length;
  }
  return out;
}

/** The answer span for the question words `asked` (each given its weight) of a sentence. */
function span(text: string, lang: "fr" | "en", asked: Record<string, number>, kind: "what" | "how" = "what", max = 10): string {
  const ts = toks(text, lang);
  const hits = new Map<number, string>();
  ts.forEach((t, k) => {
    const w = Object.keys(asked).find((a) => fold(t.text).startsWith(a));
    if (w) hits.set(k, w);
  });
  const words = clauseWords(lang);
  const content = (k: number) => ts[k]!.text.length > 2 && !isStopword(fold(ts[k]!.text));
  const r = answerClause(ts, hits, (w) => asked[w]!, kind, max, words.dangling, content, undefined, words.means);
  return r ? ts.slice(r[0], r[1]).map((t) => t.text).join(" ") : "";
}

describe("the clause of the question's focus", () => {
  it("answers « what » with the words after the question's own in their clause, not a later clause holding another of its words", () => {
    const s = "He said that though he promised a new bridge over the canal, the council did not vote on the plan.";
    const got = span(s, "en", { promis: 2, council: 1 });
    expect(got).toMatch(/^promised a new bridge over the canal/);
  });

  it("reads back from the question's words when nothing follows them in their clause", () => {
    const got = span("Les élus du district voteront le budget jeudi.", "fr", { jeudi: 2 });
    expect(got).toContain("voteront le budget");
  });

  it("reads on into the next clause when the question's words close theirs", () => {
    const got = span("The union walked out on Monday, demanding «a full inquiry into the closures» by the ministry.", "en", { demand: 2 });
    expect(got).toContain("full inquiry");
  });

  it("answers « how » from the means word of the clause holding the question's words", () => {
    const s = "Norland is drafting a new law on ferries amid reports of smugglers arriving through the southern ports of Norland.";
    const got = span(s, "en", { norland: 1 }, "how");
    expect(got).toMatch(/^through the southern ports/);
  });

  it("ends no span on a small word", () => {
    const got = span("The mayor promised a new bridge over the canal of the old town.", "en", { promis: 2 }, "what", 7);
    expect(got).not.toMatch(/\b(?:of|the|over)$/);
  });

  it("holds a word set apart by quotation marks in the clause it stands in", () => {
    const ts = toks("Le rapport juge le projet «peu» fiable selon les experts.", "fr");
    const cs = clauses(ts).map(([a, b]) => ts.slice(a, b).map((t) => t.text).join(" "));
    expect(cs[0]).toBe("Le rapport juge le projet peu fiable");
  });
});

describe("the clause in the reader's answer", () => {
  const story = `Harbour council delays the Velmont bridge

The Velmont harbour council met on Monday to discuss the bridge.
Though the ferry operator offered a toll-free crossing for residents, the harbour council did not vote on the plan.
The harbour council will meet again next month, its chair said.`;
  const engine = createEngine(ingest(story, { slug: "velmont-bridge" }));

  it("says what was offered, not what the council did", () => {
    const r = engine.ask("what did the operator offer the council?", emptyConversation()).reply;
    expect(r.answered).toBe(true);
    expect(r.text).toContain("toll-free crossing");
  });
});
