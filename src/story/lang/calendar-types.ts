/**
 * The calendar words of a language: months and days of the week. One table per language
 * (calendar-fr.ts, calendar-en.ts), imported by whatever reads dates, names or places, so that a
 * month is spelt in one place per language.
 */
export interface CalendarWords {
  /** The twelve months in order, folded (lower case, no accents): « fevrier », "february". */
  months: readonly string[];
  /** The twelve months in order, as news copy writes them in lower case (« février »); the folded form when it is the same. */
  monthsWritten: readonly string[];
  /** Short forms of months (« Jan », "Sept"), folded, without their period. */
  monthAbbreviations: readonly string[];
  /** Months that are also ordinary words ("may", "march"): months only when capitalised. */
  ambiguousMonths: readonly string[];
  /** Monday to Sunday, folded. */
  weekdays: readonly string[];
}
