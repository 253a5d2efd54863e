/** A reporting frame's shape, the sentence it is read in, and the expressions every reader of frames shares. */
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

export interface Ctx {
  text: string;
  low: string;
  tokens: Token[];
  quotes: { start: number; end: number }[];
  lex: SpeechLexicon;
}
