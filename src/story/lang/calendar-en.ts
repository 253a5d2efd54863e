import type { CalendarWords } from "./calendar-types.js";

/** How English copy names months and days. */
export const EN_CALENDAR: CalendarWords = {
  months: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  monthsWritten: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  monthAbbreviations: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
  ambiguousMonths: ["may", "march", "june", "july", "august"],
  weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
};
