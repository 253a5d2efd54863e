import type { Lang } from "../../../src/engine/reply.js";

/** Fixed words the renderers add around the engine's text, in the reply's language. */
export const LABELS: Record<Lang, { quotes: string; sources: string; figures: string; tryAsking: string; more: string; people: string; spoke: string; unstated: string; update: string; briefing: string }> = {
  en: {
    quotes: "Quotes",
    sources: "Sources",
    figures: "Figures",
    tryAsking: "You could ask",
    more: "More",
    people: "Who is who",
    spoke: "spoke",
    unstated: "Not given",
    update: "New since the last briefing",
    briefing: "briefing",
  },
  fr: {
    quotes: "Citations",
    sources: "Sources",
    figures: "Chiffres",
    tryAsking: "Vous pouvez demander",
    more: "Suite",
    people: "Qui est qui",
    spoke: "s'est exprimé",
    unstated: "Non précisé",
    update: "Nouveau depuis le dernier point",
    briefing: "point du jour",
  },
};
