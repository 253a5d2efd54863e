import { describe, expect, it } from "vitest";
import { longDispatch } from "../bench/dispatch.js";
import { reportingVerb, reportingVerbInContext } from "../src/story/frames/index.js";
import { speechLexicon } from "../src/story/lang/index.js";
import { tokenize } from "../src/story/tokens.js";

/**
 * reportingVerb skips the tests of context for a word no lexicon table can make a reporting verb.
 * The shortcut must never change a verdict: every word of every table of the lexicon (and every
 * stem with common endings), in the contexts reporting verbs stand in, gets the same answer with
 * and without it. A table added to reportingVerb but not to the shortcut fails here.
 */
function lexiconWords(lex: object): { words: string[]; pairs: [string, string][] } {
  const words = new Set<string>();
  const pairs: [string, string][] = [];
  for (const v of Object.values(lex)) {
    if (v instanceof Set) for (const w of v) if (typeof w === "string") words.add(w);
    if (v instanceof Map) {
      for (const [k, next] of v) {
        if (typeof k === "string") words.add(k);
        if (typeof k === "string" && next instanceof Set) for (const n of next) if (typeof n === "string") pairs.push([k, n]);
      }
    }
    if (Array.isArray(v)) for (const stem of v) if (typeof stem === "string") for (const end of ["", "e", "é", "ée", "és", "ait", "aient", "ent", "ant", "ed", "s", "ing"]) words.add(stem + end);
  }
  return { words: [...words].filter((w) => /^[\p{L}' -]+$/u.test(w)), pairs };
}

function sentences(lang: "fr" | "en"): string[] {
  const { words, pairs } = lexiconWords(speechLexicon(lang));
  const frames =
    lang === "fr"
      ? ["Le ministre a {w} que la situation était grave.", "« Tout va bien », {w}-t-il lundi.", "La porte-parole, qui {w} mardi, a appelé au calme.", "Selon elle, les soldats {w} les civils à partir."]
      : ['"All is well," the minister {w} on Monday.', "The spokesman has {w} that the troops will stay.", "Officials {w} reporters the plan was ready.", "He was {w} by police."];
  const out: string[] = [];
  for (const w of words) for (const f of frames) out.push(f.replace("{w}", w));
  // a verb with the word it takes (« fait savoir », « rend hommage », « pointed out »)
  const withNext = lang === "fr" ? ["La ministre {w} {n} que tout va bien.", "« Merci », a {w} {n} le maire."] : ["She {w} {n} to the victims.", '"Thanks," he {w} {n}.'];
  for (const [w, n] of pairs) for (const f of withNext) out.push(f.replace("{w}", w).replace("{n}", n));
  return out;
}

describe("reportingVerb's word-level shortcut", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`gives the verdict of the full test on every token (${lang})`, () => {
      const lex = speechLexicon(lang);
      const texts = [...sentences(lang), ...longDispatch(20 * 1024).split("\n\n")];
      let tokensSeen = 0;
      let reporting = 0;
      for (const text of texts) {
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.length; i++) {
          const full = reportingVerbInContext(tokens, i, lex);
          expect(reportingVerb(tokens, i, lex), `${text} [${tokens[i]!.text}]`).toBe(full);
          tokensSeen++;
          if (full) reporting++;
        }
      }
      // the corpus holds reporting verbs, and far more words that are not
      expect(reporting).toBeGreaterThan(100);
      expect(tokensSeen).toBeGreaterThan(2 * reporting);
    });
  }
});
