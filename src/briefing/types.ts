import type { Citation, Lang, QuotedFigure, QuotedSpeech } from "../engine/reply.js";

/**
 * A briefing on the story, platform-neutral: each adapter renders it (embed, blocks, text).
 * Sentence numbers are the story's own indices (from 0); renderers show them from 1, as readers
 * count and as `ask` and `ingest` do. Labels (names of institutions, roles, claimants, what was
 * not given) are already in the briefing's language; the story's own words (lead, points,
 * quotes, figures as written) stay as written.
 */
export interface Briefing {
  lang: Lang;
  title: string;
  /** What happened: one or two sentences. When the story grew, what is new leads. */
  lead: string;
  /** Whether the lead is news since the last briefing this channel received. */
  isUpdate: boolean;
  /** The story sentences the lead is drawn from (renderers cite them). */
  leadSentences?: number[];
  /** The rest of the story, one sentence from each part of it, weightiest first. */
  points?: { text: string; sentence: number }[];
  people: { name: string; role: string | null; spoke: boolean }[];
  /** Direct quotes verbatim (renderers put them in « »); reported speech (kind "indirect") never in « ». */
  quotes: (QuotedSpeech & { sentences?: number[] })[];
  /** `claimedBy` is who gives the figure, ready to follow « according to » / « selon ». */
  figures: QuotedFigure[];
  /** Numbers the story says were not given, each a whole clause (« n'a pas précisé le nombre de soldats que fournira chaque pays »). */
  unstated: { text: string; sentence: number }[];
  citations: Citation[];
}
