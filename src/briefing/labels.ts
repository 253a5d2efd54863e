import type { Lang } from "../engine/reply.js";

/** The words a rendered briefing needs around the story's own text, per language. */
export interface BriefingLabels {
  update: string;
  /** « Nouveau : » in French typography, « New: » in English. */
  colon: string;
  who: string;
  said: string;
  numbers: string;
  notGiven: string;
  sources: string;
  according: (who: string) => string;
  quote: (text: string) => string;
  noQuotes: string;
}

export const labels: Record<Lang, BriefingLabels> = {
  fr: {
    update: "Nouveau",
    colon: " : ",
    who: "Qui est qui",
    said: "Ce qui a été dit",
    numbers: "Les chiffres",
    notGiven: "Non précisé",
    sources: "Sources",
    according: (who) => `selon ${who}`,
    quote: (text) => `« ${text} »`,
    noQuotes: "Aucune citation dans le récit.",
  },
  en: {
    update: "New",
    colon: ": ",
    who: "Who is who",
    said: "What was said",
    numbers: "The numbers",
    notGiven: "Not given",
    sources: "Sources",
    according: (who) => `according to ${who}`,
    // Quotes stay verbatim in the story's language; only the marks follow the reader's.
    quote: (text) => `“${text}”`,
    noQuotes: "No quotes in the story.",
  },
};
