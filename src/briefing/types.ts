import type { Citation, Lang, QuotedFigure, QuotedSpeech } from "../engine/reply.js";

/** A briefing on the story, platform-neutral: each adapter renders it (embed, blocks, text). */
export interface Briefing {
  lang: Lang;
  title: string;
  /** What happened: one or two sentences. When the story grew, what is new leads. */
  lead: string;
  /** Whether the lead is news since the last briefing this channel received. */
  isUpdate: boolean;
  /** The story sentences the lead is drawn from (renderers cite them). */
  leadSentences?: number[];
  people: { name: string; role: string | null; spoke: boolean }[];
  quotes: QuotedSpeech[];
  figures: QuotedFigure[];
  /** Numbers the story says were not given (« n'ont pas précisé le nombre de soldats »). */
  unstated: { text: string; sentence: number }[];
  citations: Citation[];
}
