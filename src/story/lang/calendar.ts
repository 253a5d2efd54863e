import { EN_CALENDAR } from "./calendar-en.js";
import { FR_CALENDAR } from "./calendar-fr.js";
import type { CalendarWords } from "./calendar-types.js";

export type { CalendarWords } from "./calendar-types.js";
export { EN_CALENDAR } from "./calendar-en.js";
export { FR_CALENDAR } from "./calendar-fr.js";

/** The calendar words of each language, French first. */
export const CALENDAR: Readonly<Record<"fr" | "en", CalendarWords>> = { fr: FR_CALENDAR, en: EN_CALENDAR };

/** Each month as written, then folded when that differs (« février », « fevrier »), every language in order. */
export const monthForms = (c: CalendarWords): string[] => c.months.flatMap((m, i) => (c.monthsWritten[i] === m ? [m] : [c.monthsWritten[i]!, m]));

/** A month's number (1–12) by folded name, from one language's table. */
export const monthNumbers = (c: CalendarWords): [string, number][] => c.months.map((m, i) => [m, i + 1]);
