import { describe, expect, it } from "vitest";
import { CALENDAR, monthForms, monthNumbers } from "../src/story/lang/calendar.js";
import { fold } from "../src/story/text.js";

describe("the calendar words, one table per language", () => {
  it.each(["fr", "en"] as const)("%s: twelve months and seven days, folded; the written months fold to them", (lang) => {
    const c = CALENDAR[lang];
    expect(c.months).toHaveLength(12);
    expect(c.monthsWritten).toHaveLength(12);
    expect(c.weekdays).toHaveLength(7);
    for (const w of [...c.months, ...c.weekdays, ...c.monthAbbreviations, ...c.ambiguousMonths]) expect(fold(w), w).toBe(w);
    c.monthsWritten.forEach((w, i) => expect(fold(w)).toBe(c.months[i]));
    for (const m of c.ambiguousMonths) expect(c.months).toContain(m);
    expect(monthNumbers(c).map(([, n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("lists each month as written, then folded when that differs", () => {
    expect(monthForms(CALENDAR.fr).slice(0, 3)).toEqual(["janvier", "février", "fevrier"]);
    expect(monthForms(CALENDAR.en)).toEqual(CALENDAR.en.months);
  });
});
