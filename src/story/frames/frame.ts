/** A reporting frame's shape, the sentence it is read in, and the token helpers every reader of frames shares. */
import { type SpeechLexicon } from "../lang/index.js";
import { type Token } from "../tokens.js";

/**
 * A reporting frame: a reporting verb with its speaker and what it reports.
 * « …, a précisé le porte-parole » (inverted), « la ministre a indiqué qu'… » (preverbal),
 * « selon elle, … », « …, jugeant que … » (participle), « dénoncé par X » (passive),
 * « X a déclaré : « … » » (colon). The words come from the language's lexicon (lang/).
 */
export interface Frame {
  kind: "inverted" | "pronoun" | "preverbal" | "selon" | "participle" | "passive";
  /** The verb group as written (« a-t-il précisé », « selon »). */
  verb: string;
  groupStart: number;
  groupEnd: number;
  /** The speaker's noun phrase, or null to take the subject of the frame before it in the sentence. */
  subject: { start: number; end: number; text: string } | null;
  /** For « a-t-il », « précise-t-elle », « selon lui »: the pronoun's gender and number. */
  pronoun: { gender: "m" | "f" | null; plural: boolean; thing?: boolean } | null;
  negated: boolean;
  /** Takes a clause (reported speech) rather than a noun phrase. */
  says: boolean;
  /** Reported speech span (indirect quote), when there is one. */
  clause: { start: number; end: number } | null;
  /** Span whose « quoted words » this frame attributes. */
  scope: { start: number; end: number };
  /** Followed by « : », announcing a quote. */
  colon: boolean;
  /** « The attack, police said, happened at night »: what follows an incise frame, up to the sentence's end or the next frame. */
  rest?: { start: number; end: number };
  /** « …, a-t-on ajouté de même source »: the source that spoke last says it again (no subject). */
  sameSource?: boolean;
  /** « demanded an apology », « a réclamé une enquête »: the clause is the thing asked for, a noun phrase that may be short. */
  asked?: boolean;
}

/** (Built once: a literal with « \p{…} » is a new RegExp at each evaluation where tsx runs the code, as the bench does.) */
export const UPPER_FIRST = /^\p{Lu}/u;

/**
 * « précise-t-il » → « précise »: a word without the subject pronoun the language glues to an
 * inverted verb. (Only a hyphenated word can end in one: the test spares a regex per token.)
 */
export function withoutInvertedPronoun(low: string, lex: SpeechLexicon): string {
  return lex.invertedPronoun && low.includes("-") ? low.replace(lex.invertedPronoun, "") : low;
}

/** « a-t-on » → « a »: a word without the impersonal pronoun glued to it, or null when it has none. */
export function withoutImpersonal(low: string, lex: SpeechLexicon): string | null {
  if (lex.impersonalPronoun === null || !low.includes("-")) return null;
  const m = lex.invertedPronoun?.exec(low);
  return m?.[1] === lex.impersonalPronoun ? low.slice(0, m.index) : null;
}

/** The first word of a phrase, folded to lower case with a straight apostrophe (« L’État » → « l' »). */
const FIRST_WORD = /^\p{L}+['’]?/u;
export const firstWordOf = (s: string): string => (FIRST_WORD.exec(s)?.[0] ?? "").toLowerCase().replace("’", "'");

export interface Ctx {
  text: string;
  low: string;
  tokens: Token[];
  quotes: { start: number; end: number }[];
  lex: SpeechLexicon;
}

/** The index of the first token starting at or after `pos` (binary search: called once per frame). */
export function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many tokens from i one of the fixed sequences `seqs` covers, or 0. */
export const seqAt = (tokens: Token[], i: number, seqs: readonly (readonly string[])[]): number => {
  for (const seq of seqs) if (seq.every((w, k) => tokens[i + k]?.low === w)) return seq.length;
  return 0;
};
