import type { Lang } from "../engine/reply.js";
import type { FigureCategory } from "../story/schema.js";

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
  /** What kind of number was not given, when the story's words cannot be given in this language. */
  kindOf: Record<FigureCategory, string>;
  /** The story's own words, shown as written (not a quote of anyone). */
  asWritten: (text: string) => string;
  /** Who did not give a number. */
  by: (who: string) => string;
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
    kindOf: {
      troops: "les effectifs", equipment: "le nombre d'équipements", money: "le montant", distance: "la distance",
      percent: "la proportion", date: "la date", age: "l'âge", other: "le nombre",
    },
    asWritten: (text) => `dans le texte : ${text}`,
    by: (who) => `par ${who}`,
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
    kindOf: {
      troops: "troop numbers", equipment: "equipment numbers", money: "the amount", distance: "the distance",
      percent: "the share", date: "the date", age: "the age", other: "the number",
    },
    asWritten: (text) => `as written: ${text}`,
    by: (who) => `by ${who}`,
  },
};

/** A story sentence as readers count it, the same number `ask` and `ingest` print: [1] is the first. */
export const sentenceRef = (sentence: number): string => `[${sentence + 1}]`;
