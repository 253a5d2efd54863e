import type { Lang } from "./reply.js";

/*
 * Words that ask for a position someone holds (« what does X want », « X propose quoi »): the verbs of
 * wanting, proposing and demanding that news writing reports in its own words as often as in the
 * holder's (« X has long wanted … », « X réclame … »), so a sentence about X answers where X is never
 * quoted. One table per language, folded (lower case, no accents); a phrase is written as asked.
 */
const POSITION: Record<Lang, readonly string[]> = {
  en: [
    "want", "wants", "wanted", "propose", "proposes", "proposed", "proposing", "seek", "seeks", "sought",
    "calling for", "call for", "calls for", "called for", "push for", "pushing for", "pushed for",
    "recommend", "recommends", "recommended", "demand", "demands", "demanded", "hope", "hopes", "hoped",
  ],
  fr: [
    "veut", "veulent", "voulait", "voulaient", "voudrait", "propose", "proposent", "proposait", "proposaient",
    "souhaite", "souhaitent", "souhaitait", "reclame", "reclament", "reclamait", "recommande", "demande", "exige", "espere",
  ],
};

export function positionWords(lang: Lang): readonly string[] {
  return POSITION[lang];
}
