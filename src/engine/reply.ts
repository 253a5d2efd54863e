/** What the engine answers: platform-neutral, rendered by each adapter. */

export type Lang = "fr" | "en";

export interface Citation {
  /** Index into story.sentences. */
  sentence: number;
  text: string;
}

export interface QuotedSpeech {
  speaker: string;
  /** Verbatim, without the « » marks: renderers add them. */
  text: string;
  kind: "direct" | "indirect";
  sentence: number;
}

export interface QuotedFigure {
  /** As written, qualifier included: « plus de 100 000 soldats ». */
  text: string;
  claimedBy: string | null;
  sentence: number;
}

export interface Reply {
  /** false: the story does not say; `text` says so and what can be asked instead. */
  answered: boolean;
  lang: Lang;
  intent: string;
  /** The whole answer as plain text, under 700 characters. */
  text: string;
  quotes: QuotedSpeech[];
  figures: QuotedFigure[];
  citations: Citation[];
  /** Questions the user could ask next (used in declines and help). */
  suggestions: string[];
  /** For an answer read from the sentences: how sure the reader is (0..1). */
  confidence?: number;
}

/** Per-conversation memory for follow-ups; the caller keeps it (one per channel, thread or DM). */
export interface ConversationState {
  /** The speakers[].name or people[].name the conversation is about, for « he », « elle », « ce dernier ». */
  focus: string | null;
  lang: Lang | null;
  lastIntent: string | null;
  /** The last question answered, as understood (follow-ups like « and in Spain? » are completed from it). */
  lastQuestion?: string | null;
  /** The sentences the last answer cited: « when? », « d'où ? », « and why? » ask about them. */
  lastCites?: number[];
  /** The figures the last answer gave: « et en 1963 ? », "and in Spain?" ask the same figure of another slot. */
  lastFigures?: { text: string; sentence: number }[];
  /** Every sentence the conversation's answers have cited (the latest last): « what else? » gives another. */
  given?: number[];
  /** The people the last question named and its answer was about, most salient first: whom a pronoun the focus does not agree with may stand for. */
  recent?: string[];
}

export const emptyConversation = (): ConversationState => ({ focus: null, lang: null, lastIntent: null, lastQuestion: null });
