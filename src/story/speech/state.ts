/** What the speech reader keeps between sentences: quotes, claims, the entities and who spoke last. */
import { EntityRegistry, type Entity } from "../entities.js";
import { type Frame } from "../frames/index.js";
import { type NameSpan } from "../names.js";
import { type Token } from "../tokens.js";
import { speechLexicon, type SpeechLexicon } from "../lang/index.js";

export interface RawQuote {
  entity: Entity;
  text: string;
  kind: "direct" | "indirect";
  sentence: number;
  verb: string | null;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

export interface SentenceAnalysis {
  tokens: Token[];
  names: NameSpan[];
  frames: Frame[];
}

export const POS = (sentence: number, offset: number) => sentence * 100000 + offset;

/** Marks an entity as speaking in the sentence at `pos` (its words, or a claim, are attributed to it). */
export function spokeIn(sentence: number, framed: Set<Entity>): (e: Entity, pos: number, relay?: boolean) => void {
  return (e, pos, relay = false) => {
    // (A source only cited, « selon X », speaks as a relay: see framedSpeakers.)
    if (!relay) framed.add(e);
    e.spoke = true;
    e.lastSpoke = Math.max(e.lastSpoke, POS(sentence, pos));
    e.mentions.add(sentence);
  };
}

export interface Pending {
  sentence: number;
  quotes: RawQuote[];
  unowned: { text: string; start: number; end: number }[];
  /** The quotation was left open at the end of the sentence. */
  open: boolean;
}

/**
 * What every job of the speech reader shares. Each job extends the one it builds on: noun phrases
 * (noun-phrases.ts), then subjects, then attribution, then the reader that reads a sentence (reader.ts).
 */
export abstract class SpeechState {
  readonly registry = new EntityRegistry();
  /** The reporting words of the dispatch's language. */
  readonly lex: SpeechLexicon;
  readonly quotes: RawQuote[] = [];
  /** The noun phrase the current sentence opens with, before its first verb (« Les ministres de l'OTAN sont convenus … »). */
  protected sentenceLead: string | null = null;
  /**
   * What a speaker announces without a clause (« a annoncé l'envoi de 5 000 soldats »): not a
   * quote, but the source of the numbers in it.
   */
  readonly claims: { entity: Entity; sentence: number; start: number; end: number }[] = [];
  /**
   * Quoted words of the sentence just read that stood with no frame of their own and went to the
   * last speaker by default, or to no one: the next sentence may name their speaker (« … » then
   * « C'est ce qu'a affirmé X », or a quotation running on into a paragraph closed by « », a dit X »).
   */
  protected pending: Pending | null = null;
  /** The quotes given by default in the sentence being read. */
  protected defaulted: RawQuote[] = [];
  protected unowned: { text: string; start: number; end: number }[] = [];
  protected openEnded = false;
  /** The sentence read before this one: a partitive subject (« plusieurs d'entre eux ») names a group from it. */
  protected previousText = "";
  protected currentText = "";
  /** The paragraph of each sentence read, when the caller tells it. */
  protected readonly paragraphs: number[] = [];
  /**
   * Who spoke through a frame of their own (a verb, a quotation), not only as a source the reporter
   * cites (« selon le journal X », "according to the Herald"): only they go on speaking (« he added »).
   */
  protected readonly framedSpeakers = new Set<Entity>();
  /** Where each entity was last named outside quotation marks (see read). */
  protected readonly narrated = new Map<Entity, number>();

  constructor(lang: "fr" | "en" = "fr") {
    this.lex = speechLexicon(lang);
  }

  protected isPronoun(word: string): boolean {
    return Object.hasOwn(this.lex.pronouns, word);
  }
}
