import { EN_CALENDAR, FR_CALENDAR } from "../story/lang/calendar.js";
import type { Lang } from "./reply.js";
import { wordSet as set } from "./word-set.js";

/*
 * The words by which news writing marks what a sentence holds, per language: a date or a time, a
 * reason, a sentence that continues the one before through a pronoun subject. The evidence
 * ranking (evidence.ts) reads a story's sentences through the table of the story's language, so
 * a « when » question prefers a sentence that dates something and a « why » one a sentence that
 * gives a cause. Each table holds its own language's words only, folded (no accents).
 */
interface Cues {
  /** Single words that date or time something. */
  time: ReadonlySet<string>;
  /** A reason: single words, and the first word of two-word markers with their second word. */
  cause: ReadonlySet<string>;
  causePairs: readonly (readonly [string, string])[];
  /** A sentence opening with one of these continues the previous one (its subject is there). */
  continues: ReadonlySet<string>;
  /** Units of time, and the words of quantity before them that make a length of time (« plusieurs semaines », "a few days"). */
  spanUnits: ReadonlySet<string>;
  spanQuantities: ReadonlySet<string>;
}


const FR: Cues = {
  time: set(`${[...FR_CALENDAR.months, ...FR_CALENDAR.weekdays].join(" ")} hier aujourd demain veille lendemain matin soir nuit
    midi minuit semaine mois annee an ans depuis jusqu heure heures date debut fin mi recemment bientot`),
  cause: set("car puisque raison raisons motif motifs"),
  causePairs: [["parce", "que"], ["parce", "qu"], ["en", "raison"], ["a", "cause"], ["du", "fait"], ["etant", "donne"], ["en", "reponse"], ["en", "represailles"], ["faute", "de"], ["faute", "d"], ["suite", "a"], ["grace", "a"], ["grace", "au"], ["grace", "aux"],
    // a fear or a worry is the motive of what is done, and the reason of the worry asked (« Kiev craint que … »)
    ["craint", "que"], ["craignent", "que"], ["craignant", "que"], ["de", "peur"], ["par", "crainte"], ["en", "lien"]],
  continues: set("il elle ils elles ce cette ces celui celle ceux celles ca cela lui leur son sa ses"),
  spanUnits: set("seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans annee annees decennie decennies siecle siecles"),
  spanQuantities: set("plusieurs quelques nombreux nombreuses des deux trois quatre cinq six sept huit neuf dix douze quinze vingt trente cent"),
};

const EN: Cues = {
  time: set(`${[...EN_CALENDAR.months, ...EN_CALENDAR.monthAbbreviations, ...EN_CALENDAR.weekdays].join(" ")}
    yesterday today tomorrow tonight morning evening afternoon night noon midnight week weeks month months year years
    since until till date early late mid recently soon ago`),
  cause: set("because reason reasons caused amid"),
  causePairs: [["due", "to"], ["owing", "to"], ["in", "response"], ["in", "retaliation"], ["thanks", "to"], ["result", "of"],
    // a fear or a worry is the motive of what is done, and the reason of the worry asked ("fearing it would …")
    ["fearing", "that"], ["fearing", "it"], ["fears", "that"], ["fear", "that"], ["concerns", "about"], ["concerns", "over"],
    ["concern", "about"], ["concern", "over"], ["worried", "about"], ["worried", "that"], ["in", "connection"]],
  continues: set("he she they it this these his her their its latter"),
  spanUnits: set("second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries"),
  spanQuantities: set("several few many couple two three four five six seven eight nine ten twelve fifteen twenty thirty hundred"),
};

export function cuesOf(lang: Lang): Cues {
  return lang === "fr" ? FR : EN;
}
