import type { FigureCategory } from "../schema.js";
import { speechLexicon } from "../lang/index.js";
import { type Token, tokenize } from "./tokens.js";
import { isMilitaryWord } from "./units.js";
import { type What, readWhat } from "./what.js";

/** A statement that a number was not given: « n'ont pas précisé le nombre de soldats ». */
export interface UnstatedMatch {
  /** What was not given, as written: « le nombre de soldats », « combien de chars », « chiffre ». */
  what: string;
  /** Who did not give it, as written, when it is the subject of the same clause; else null. */
  by: string | null;
  category: FigureCategory;
  /** The statement: subject (when found) through what was not given. */
  text: string;
}

/** Verbs of giving a number, folded stems (French) and forms (English). */
const GIVE_STEMS = [
  "precis", "donn", "indiqu", "communiqu", "revel", "devoil", "divulgu", "chiffr", "fourn", "avanc", "mentionn",
  "detaill", "confirm", "publi", "annonc", "dit", "dire", "disclos", "specif", "reveal", "provid",
  "releas", "say", "said", "give", "gave", "giving", "given", "put", "offer", "connu", "connai", "know", "known",
];
const isGive = (norm: string): boolean =>
  GIVE_STEMS.some((s) => (s === "dit" || s === "dire" || s === "say" || s === "put" ? norm === s || norm === `${s}s` : norm.startsWith(s)));

const FR_NEG = new Set(["pas", "point", "jamais", "guere", "plus"]);
const EN_NEG = new Set(["not", "didn't", "doesn't", "don't", "wouldn't", "won't", "couldn't", "hasn't", "haven't", "hadn't", "never"]);
const EN_AUX = new Set(["did", "does", "do", "would", "could", "will", "has", "have", "had"]);
/** Adverbs that may sit between « sans » / a negation and the verb or its object. */
const INSERTS = new Set(["en", "toutefois", "cependant", "pourtant", "encore", "davantage", "jusqu'ici", "officiellement", "publiquement", "immediately", "publicly", "yet", "precisement", "exactement"]);

/** Punctuation and words that open a clause: the subject starts after them. */
const CLAUSE_BREAK = new Set([",", ";", ":", "(", ")", "«", "»", '"', "—", "–", "que", "mais", "car", "ou", "but", "that", "while", "and", "where", "which"]);
const LEADING_ADVERBS = new Set(["toutefois", "cependant", "pourtant", "or", "et", "mais", "ainsi", "enfin", "alors", "however", "but", "yet", "so"]);
const MAX_SUBJECT_TOKENS = 12;
const RELATIVES = new Set(["qui", "who", "which"]);

/** « selon », « d'après », « according to », from every language's lexicon, as this tokenizer reads them. */
const ACCORDING: readonly (readonly string[])[] = (["fr", "en"] as const).flatMap((l) =>
  speechLexicon(l).according.map((seq) => tokenize(seq.join(" ")).filter((t) => t.kind === "word").map((t) => t.norm)),
);

/** « selon Paul Durand, qui n'a pas précisé … »: the claimant is who follows the « according to » words, not them. */
function afterAccording(toks: readonly Token[], range: [number, number]): [number, number] | null {
  let first = range[0];
  for (let i = range[0]; i <= range[1]; i++) {
    for (const seq of ACCORDING) {
      if (seq.length > 0 && seq.every((w, j) => toks[i + j]?.norm === w)) first = Math.max(first, i + seq.length);
    }
  }
  return first <= range[1] ? [first, range[1]] : null;
}

/** The subject of the clause ending before token `k`, as token range, or null. */
function subjectBefore(toks: readonly Token[], k: number, antecedent = true): [number, number] | null {
  let first = k;
  while (first > 0 && k - first < MAX_SUBJECT_TOKENS) {
    const p = toks[first - 1] as Token;
    // « Ni Rome ni Madrid », « Oslo et Stockholm »: a French « et » joins subjects, an English « and » may too.
    if (CLAUSE_BREAK.has(p.norm) && !(p.norm === "and" && first < k)) break;
    if (p.kind === "punct" && p.norm !== "'" && p.norm !== "-") break;
    first--;
  }
  if (first > 0 && k - first >= MAX_SUBJECT_TOKENS) return null;
  while (first < k && LEADING_ADVERBS.has(toks[first]?.norm ?? "")) first++;
  if (first >= k) return null;
  // « Ankara, qui n'a pas communiqué … »: a relative pronoun stands for the noun phrase before it (one step only).
  if (first === k - 1 && RELATIVES.has(toks[first]?.norm ?? "") && antecedent) {
    return subjectBefore(toks, toks[first - 1]?.norm === "," ? first - 1 : first, false);
  }
  return afterAccording(toks, RELATIVES.has(toks[k - 1]?.norm ?? "") ? [first, k - 2] : [first, k - 1]);
}

/** Skips adverbs and a negation after the verb: « ne précise pas le nombre », « sans toutefois préciser ». */
function skipInserts(toks: readonly Token[], j: number): number {
  let k = j;
  while (k < j + 3 && (INSERTS.has(toks[k]?.norm ?? "") || FR_NEG.has(toks[k]?.norm ?? ""))) k++;
  return k;
}

function build(text: string, toks: readonly Token[], what: What, subject: [number, number] | null, from: number): UnstatedMatch {
  const first = subject ? subject[0] : from;
  const start = (toks[first] as Token).start;
  const end = (toks[what.last] as Token).end;
  const w0 = (toks[Math.min(what.shown, what.last)] as Token).start;
  const by = subject ? text.slice((toks[subject[0]] as Token).start, (toks[subject[1]] as Token).end) : null;
  return { what: text.slice(w0, end), by, category: what.category, text: text.slice(start, end) };
}

/** Statements in one sentence that a number was not given (`toks`: the sentence's tokens, when the caller has them). */
export function extractUnstated(sentence: string, toks: readonly Token[] = tokenize(sentence)): UnstatedMatch[] {
  const military = toks.some((t) => t.kind === "word" && isMilitaryWord(t.norm));
  const out: UnstatedMatch[] = [];
  let k = 0;
  while (k < toks.length) {
    const found = statementAt(sentence, toks, k, military);
    if (found) {
      out.push(found.match);
      k = Math.max(found.next, k + 1);
    } else k++;
  }
  return out;
}

function statementAt(text: string, toks: readonly Token[], k: number, military: boolean): { match: UnstatedMatch; next: number } | null {
  const t = toks[k] as Token;
  const n = t.norm;
  // « sans (toutefois) préciser le nombre de … », « … ni donner de détails sur … », « without saying how many … »
  if (n === "sans" || n === "without" || (n === "ni" && k > 0)) {
    const v = skipInserts(toks, k + 1);
    if (!isGive(toks[v]?.norm ?? "")) return null;
    const what = readWhat(text, toks, skipInserts(toks, v + 1), military);
    return what ? { match: build(text, toks, what, null, k), next: what.last + 1 } : null;
  }
  // « a refusé de préciser combien … », « declined to give a number »
  if (n.startsWith("refus") || n.startsWith("declin")) {
    const to = toks[k + 1]?.norm;
    if (to !== "de" && to !== "a" && to !== "to") return null;
    const v = skipInserts(toks, k + 2);
    if (!isGive(toks[v]?.norm ?? "")) return null;
    const what = readWhat(text, toks, skipInserts(toks, v + 1), military);
    if (!what) return null;
    return { match: build(text, toks, what, subjectBefore(toks, auxStart(toks, k)), k), next: what.last + 1 };
  }
  // « n'a (toutefois) pas précisé … », « ne précise pas … », « le nombre … n'a pas été communiqué »
  if (n === "ne") return negationAt(text, toks, k, military);
  if (EN_NEG.has(n) && n !== "never") {
    const v = skipInserts(toks, k + 1);
    if (!isGive(toks[v]?.norm ?? "")) return null;
    const what = readWhat(text, toks, v + 1, military);
    if (!what) return null;
    const start = EN_AUX.has(toks[k - 1]?.norm ?? "") ? k - 1 : k;
    return { match: build(text, toks, what, subjectBefore(toks, start), start), next: what.last + 1 };
  }
  // « gave no figures », « no figure was given »
  if (n === "no" || n === "aucun" || n === "aucune") {
    const what = readWhat(text, toks, k, military);
    if (!what) return null;
    const verb = toks[what.last + 1];
    if (n === "no" && isGive(toks[k - 1]?.norm ?? "")) {
      const start = k - 1;
      return { match: build(text, toks, what, subjectBefore(toks, start), start), next: what.last + 1 };
    }
    if (n === "no" && (verb?.norm === "was" || verb?.norm === "were") && isGive(toks[what.last + 2]?.norm ?? "")) {
      return { match: build(text, toks, { ...what, last: what.last + 2 }, null, k), next: what.last + 3 };
    }
  }
  return null;
}

/** Where the verb group before `k` starts: « a refusé » starts at « a », « has declined » at « has ». */
function auxStart(toks: readonly Token[], k: number): number {
  let s = k;
  for (let i = 0; i < 3 && s > 0; i++) {
    const p = toks[s - 1]?.norm ?? "";
    if (["a", "ont", "avait", "avaient", "est", "sont", "s'est", "se", "has", "have", "had", "se", "toutefois", "cependant"].includes(p)) s--;
    else break;
  }
  return s;
}

const WINDOW = 6;
const NEGATIVE_SUBJECT = new Set(["ni", "personne", "nul", "nulle", "aucun", "aucune"]);

function negationAt(text: string, toks: readonly Token[], k: number, military: boolean): { match: UnstatedMatch; next: number } | null {
  let neg = false;
  let passive = false;
  for (let v = k + 1; v <= k + WINDOW && v < toks.length; v++) {
    const t = toks[v] as Token;
    if (t.kind !== "word") return null;
    if (FR_NEG.has(t.norm)) {
      neg = true;
      continue;
    }
    if (t.norm === "ete") passive = true;
    if (!isGive(t.norm)) continue;
    // « n'est pas connu »: the number is the subject of a state verb.
    if (t.norm.startsWith("connu") || t.norm === "known") passive = true;
    const after = skipInserts(toks, v + 1);
    for (let i = v + 1; i < after; i++) if (FR_NEG.has(toks[i]?.norm ?? "")) neg = true;
    if (passive) {
      // The number is the subject: « Le nombre de soldats n'a pas été précisé », « Aucun chiffre n'a été donné ».
      const subject = subjectBefore(toks, k);
      if (!subject) return null;
      const what = readWhat(text, toks, subject[0], military);
      const isNegativeSubject = toks[subject[0]]?.norm === "aucun" || toks[subject[0]]?.norm === "aucune";
      if (!what || !(neg || isNegativeSubject)) return null;
      const m = build(text, toks, { ...what, last: v }, null, subject[0]);
      return { match: { ...m, what: text.slice((toks[what.shown] as Token).start, (toks[what.last] as Token).end) }, next: v + 1 };
    }
    const what = readWhat(text, toks, after, military);
    if (!what) return null;
    const subject = subjectBefore(toks, k);
    // « Ni X ni Y n'ont précisé », « Personne n'a donné »: the negation is in the subject.
    const negSubject = subject !== null && toks.slice(subject[0], subject[1] + 1).some((s) => NEGATIVE_SUBJECT.has(s.norm));
    if (!neg && !negSubject && !["aucun", "aucune"].includes(toks[after]?.norm ?? "")) return null;
    return { match: build(text, toks, what, subject, k), next: what.last + 1 };
  }
  return null;
}
