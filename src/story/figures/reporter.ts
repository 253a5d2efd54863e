/**
 * Who gives the figures of a sentence that closes on its reporting clause, verb first: « …, a
 * précisé jeudi la préfète X », « …, indique-t-on dans l'entourage de la préfète »,
 * "…, said the ministry". Wire copy puts the source there when the figure is not quoted; a figure
 * before that clause is the source's. Asked only when no quote frame carries the figure. One
 * mechanism fed by each language's `reporting` words (lang/fr.ts, lang/en.ts); words are folded.
 */
import { allFigureWords } from "./lang/index.js";
import { type Token, tokenize } from "./tokens.js";

const AUXILIARIES = allFigureWords((w) => w.reporting.auxiliaries);
const VERBS = allFigureWords((w) => w.reporting.verbs);
const IMPERSONAL = allFigureWords((w) => w.reporting.impersonal);
const SOURCE_LINKS = allFigureWords((w) => w.reporting.sourceLinks);
const SKIP = allFigureWords((w) => w.reporting.skip);
const ARTICLES = allFigureWords((w) => w.reporting.articles);

/** A source runs over a few words (« le ministère polonais de la Défense »); longer, it is a clause. */
const MAX_SOURCE_WORDS = 9;

/** How a name is known: the entity's name for a phrase that names one, or null. */
export type NameLookup = (phrase: string) => string | null;

/** A sentence's closing reporting clause: where it starts, and the source it names. */
export interface ReportingClause {
  start: number;
  source: string;
}

/** How many commas from the sentence's end a closing clause may open at (an apposition adds one). */
const CLOSING_COMMAS = 2;

/**
 * The reporting clause that closes `sentence` and the source it names: a known entity's name
 * (`lookup`), or the source's phrase without its article. Null when the sentence does not close so.
 * A figure ending before `start` is the source's. Read once per sentence, from its last commas.
 */
export function reportingClause(sentence: string, lookup: NameLookup): ReportingClause | null {
  const toks = tokenize(sentence);
  const commas: number[] = [];
  for (let c = toks.length - 1; c >= 0 && commas.length < CLOSING_COMMAS; c--) if (toks[c]!.norm === ",") commas.unshift(c);
  for (const c of commas) {
    const source = sourceAt(sentence, toks, c + 1, lookup);
    if (source) return { start: toks[c]!.start, source };
  }
  return null;
}

/** The source of a reporting clause starting at token `i`; undefined when no reporting clause starts there. */
function sourceAt(sentence: string, toks: readonly Token[], i: number, lookup: NameLookup): string | null | undefined {
  const first = toks[i];
  if (first?.kind !== "word") return undefined;
  const parts = first.norm.split("-");
  // « a-t-on appris dans l'entourage », « indique-t-on de source militaire »
  if (parts.length > 1 && IMPERSONAL.has(parts[parts.length - 1] as string)) {
    let k = i + 1;
    if (AUXILIARIES.has(parts[0] as string)) {
      if (!VERBS.has(toks[k]?.norm ?? "")) return undefined;
      k++;
    } else if (!VERBS.has(parts[0] as string)) return undefined;
    while (SOURCE_LINKS.has(toks[k]?.norm ?? "") || toks[k]?.norm === "'") k++;
    return phraseAt(sentence, toks, k, lookup);
  }
  let k = i;
  if (AUXILIARIES.has(first.norm)) k++;
  if (!VERBS.has(toks[k]?.norm ?? "") || /^\p{Lu}/u.test(toks[k]!.text)) return subjectFirst(sentence, toks, i, lookup);
  k++;
  while (toks[k] && (SKIP.has(toks[k]!.norm) || toks[k]!.kind === "num")) k++;
  // The inverted subject opens on its article or a name (« a déclaré la ministre », « précise Lise Varenne »);
  // a preposition (« insiste sur les conditions ») opens a complement, not a source.
  const subject = toks[k];
  if (!subject || (!ARTICLES.has(subject.norm) && !/^\p{Lu}/u.test(subject.text))) return undefined;
  return phraseAt(sentence, toks, k, lookup);
}

/**
 * "…, a government spokesman told AFP.", "…, officials said on Tuesday.": the subject before the
 * verb, and after it nothing but days, the medium told and the sentence's end.
 */
function subjectFirst(sentence: string, toks: readonly Token[], i: number, lookup: NameLookup): string | null | undefined {
  let v = i;
  while (v < toks.length && v - i <= MAX_SOURCE_WORDS && toks[v]!.kind === "word" && !VERBS.has(toks[v]!.norm)) v++;
  if (v === i || !VERBS.has(toks[v]?.norm ?? "")) return undefined;
  for (let k = v + 1; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind === "punct") {
      if (toks.slice(k).some((r) => r.kind !== "punct")) return undefined;
      break;
    }
    if (!SKIP.has(t.norm) && t.kind !== "num" && !/^\p{Lu}/u.test(t.text)) return undefined;
  }
  const words = toks.slice(i, v);
  for (let s = 0; s < words.length; s++) {
    const named = lookup(sentence.slice(words[s]!.start, words[words.length - 1]!.end));
    if (named) return named;
  }
  let from = 0;
  while (from < words.length - 1 && ARTICLES.has(words[from]!.norm)) from++;
  return sentence.slice(words[from]!.start, words[words.length - 1]!.end);
}

/**
 * The subject phrase from token `k` to the sentence's end (an apposition after a comma included:
 * « le ministre de la Défense, X »): the entity one of its endings names, else the phrase's first
 * segment without its article. Null when the clause runs on past a source's length.
 */
function phraseAt(sentence: string, toks: readonly Token[], k: number, lookup: NameLookup): string | null {
  const segments: Token[][] = [[]];
  for (let j = k; j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.norm === ",") {
      segments.push([]);
      continue;
    }
    if (t.kind === "punct" && t.norm !== "'" && t.norm !== "-") {
      // Only the sentence's closing marks may follow the source.
      if (toks.slice(j).some((r) => r.kind !== "punct")) return null;
      break;
    }
    segments[segments.length - 1]!.push(t);
  }
  if (segments.length > 2 || segments.some((s) => s.length === 0 || s.length > MAX_SOURCE_WORDS)) return null;
  // An apposition names the source (« le ministre, X »); a relative clause (« la ministre, qui a ajouté ») is no source.
  const apposition = segments[1]?.[0];
  if (apposition && !/^\p{Lu}/u.test(apposition.text) && !ARTICLES.has(apposition.norm)) return null;
  for (const words of segments) {
    for (let s = 0; s < words.length; s++) {
      const named = lookup(sentence.slice(words[s]!.start, words[words.length - 1]!.end));
      if (named) return named;
    }
  }
  const head = segments[0]!;
  let from = 0;
  while (from < head.length - 1 && ARTICLES.has(head[from]!.norm)) from++;
  return sentence.slice(head[from]!.start, head[head.length - 1]!.end);
}
