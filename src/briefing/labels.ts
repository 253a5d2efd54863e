import type { Lang } from "../engine/reply.js";

/** The words a rendered briefing needs around the story's own text, per language. */
export interface BriefingLabels {
  update: string;
  /** « Nouveau : » in French typography, « New: » in English. */
  colon: string;
  points: string;
  who: string;
  said: string;
  numbers: string;
  notGiven: string;
  sources: string;
  according: (who: string) => string;
  /** Reported speech is introduced, never put in quotation marks: « Selon X : … ». */
  reported: (who: string) => string;
  quote: (text: string) => string;
  noQuotes: string;
}

export const labels: Record<Lang, BriefingLabels> = {
  fr: {
    update: "Nouveau",
    colon: " : ",
    points: "L'essentiel",
    who: "Qui est qui",
    said: "Ce qui a été dit",
    numbers: "Les chiffres",
    notGiven: "Non précisé",
    sources: "Sources",
    according: (who) => `selon ${who}`,
    reported: (who) => `Selon ${who}`,
    quote: (text) => `« ${text} »`,
    noQuotes: "Aucune citation dans le récit.",
  },
  en: {
    update: "New",
    colon: ": ",
    points: "Key points",
    who: "Who is who",
    said: "What was said",
    numbers: "The numbers",
    notGiven: "Not given",
    sources: "Sources",
    according: (who) => `according to ${who}`,
    reported: (who) => `According to ${who}`,
    // Quotes stay verbatim in the story's language; only the marks follow the reader's.
    quote: (text) => `“${text}”`,
    noQuotes: "No quotes in the story.",
  },
};

/** A story sentence as readers count it, the same number `ask` and `ingest` print: [1] is the first. */
export const sentenceRef = (sentence: number): string => `[${sentence + 1}]`;
