import type { CalendarWords } from "./calendar-types.js";

/** How French copy names months and days. */
export const FR_CALENDAR: CalendarWords = {
  months: ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
  monthsWritten: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  monthAbbreviations: [],
  ambiguousMonths: [],
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
};
