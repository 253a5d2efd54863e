import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, canonicalZone, localDateOf, localToUtc, wallClockAt } from "../src/scheduling/local-time.js";
import { nextRun, owedRuns } from "../src/scheduling/runs.js";

const iso = (d: Date) => d.toISOString();

describe("localToUtc", () => {
  it("handles whole, half and three-quarter hour offsets", async () => {
    expect(iso(localToUtc("2026-06-01", "08:00", "Europe/Paris"))).toBe("2026-06-01T06:00:00.000Z");
    expect(iso(localToUtc("2026-01-15", "08:00", "Europe/Paris"))).toBe("2026-01-15T07:00:00.000Z");
    expect(iso(localToUtc("2026-06-01", "08:00", "America/New_York"))).toBe("2026-06-01T12:00:00.000Z");
    expect(iso(localToUtc("2026-06-01", "08:00", "Asia/Kolkata"))).toBe("2026-06-01T02:30:00.000Z");
    // Chatham is +12:45 in its winter: 08:00 local is the previous UTC day.
    expect(iso(localToUtc("2026-06-01", "08:00", "Pacific/Chatham"))).toBe("2026-05-31T19:15:00.000Z");
    expect(iso(localToUtc("2026-01-15", "08:00", "Pacific/Chatham"))).toBe("2026-01-14T18:15:00.000Z");
  });

  it("moves a time in the spring-forward gap to the moment the clocks jump", async () => {
    // Paris, 29 March 2026: 02:00 → 03:00 at 01:00Z.
    expect(iso(localToUtc("2026-03-29", "02:30", "Europe/Paris"))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(localToUtc("2026-03-08", "02:30", "America/New_York"))).toBe("2026-03-08T07:00:00.000Z");
    // Chatham jumps 02:45 → 03:45.
    expect(iso(localToUtc("2026-09-27", "03:00", "Pacific/Chatham"))).toBe("2026-09-26T14:00:00.000Z");
  });

  it("takes the first of the two occurrences on a fall-back day", async () => {
    expect(iso(localToUtc("2026-10-25", "02:30", "Europe/Paris"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(localToUtc("2026-11-01", "01:30", "America/New_York"))).toBe("2026-11-01T05:30:00.000Z");
  });

  it("round-trips any minute in any of several zones to its first occurrence", async () => {
    const zones = [
      "Europe/Paris",
      "America/New_York",
      "Asia/Kolkata",
      "Pacific/Chatham",
      "Australia/Lord_Howe", // 30-minute DST
      "America/Santiago", // DST changes at midnight
      "Africa/Casablanca", // DST suspended for Ramadan
      "UTC",
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }), fc.constantFrom(...zones), (sec, zone) => {
        const t = Math.floor((sec * 1000) / 60_000) * 60_000;
        const w = wallClockAt(t, zone);
        const hm = `${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
        const r = localToUtc(localDateOf(t, zone), hm, zone).getTime();
        const back = wallClockAt(r, zone);
        expect([back.hour, back.minute, localDateOf(r, zone)]).toEqual([w.hour, w.minute, localDateOf(t, zone)]);
        expect(r).toBeLessThanOrEqual(t);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("localToUtc for any local date and time", () => {
  it("lands on that local date, at that time or (in a gap) the first valid minute after", async () => {
    const zones = ["Europe/Paris", "America/New_York", "Pacific/Chatham", "Australia/Lord_Howe", "America/Santiago"];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 6 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (dayOffset, hour, minute, zone) => {
          const date = addDays("2025-01-01", dayOffset);
          const hm = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const r = localToUtc(date, hm, zone);
          expect(localDateOf(r, zone)).toBe(date);
          const w = wallClockAt(r, zone);
          const got = w.hour * 60 + w.minute;
          const want = hour * 60 + minute;
          expect(got).toBeGreaterThanOrEqual(want);
          // DST gaps are at most an hour.
          expect(got - want).toBeLessThanOrEqual(60);
          // Consecutive days run in order, about a day apart.
          const next = localToUtc(addDays(date, 1), hm, zone).getTime() - r.getTime();
          expect(next).toBeGreaterThan(22 * 3_600_000);
          expect(next).toBeLessThan(26 * 3_600_000);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("runs", () => {
  const paris = { time: "08:00", timezone: "Europe/Paris" };

  it("gives the next run today or tomorrow", async () => {
    expect(iso(nextRun(paris, new Date("2026-06-01T05:00:00Z")))).toBe("2026-06-01T06:00:00.000Z");
    expect(iso(nextRun(paris, new Date("2026-06-01T06:00:01Z")))).toBe("2026-06-02T06:00:00.000Z");
  });

  it("owes yesterday's late run and today's, never one before the subscription existed", async () => {
    const late = { ...paris, time: "23:30", platform: "discord" as const, channelId: "c", lang: "fr" as const, createdBy: "u", enabled: true };
    const owed = owedRuns({ ...late, createdAt: "2026-05-01T00:00:00Z" }, new Date("2026-06-01T22:30:00Z"));
    // 22:30Z is 00:30 on 2 June in Paris: the run owed is 1 June's, at 21:30Z.
    expect(owed.map((r) => [r.localDate, iso(r.at)])).toEqual([["2026-06-01", "2026-06-01T21:30:00.000Z"]]);
    expect(owedRuns({ ...late, createdAt: "2026-06-01T22:00:00Z" }, new Date("2026-06-01T22:30:00Z"))).toEqual([]);
  });

  it("adds calendar days across month and year ends", async () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("canonicalises IANA zones and refuses the rest", async () => {
    expect(canonicalZone("europe/paris")).toBe("Europe/Paris");
    expect(canonicalZone("asia/kolkata")).toBe("Asia/Kolkata");
    expect(canonicalZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalZone("Mars/Olympus")).toBeNull();
    // Legacy names keep their capitals: EST5EDT, not Est5edt.
    expect(canonicalZone("EST5EDT")).toBe("EST5EDT");
    expect(canonicalZone("est5edt")).toBe("EST5EDT");
    expect(canonicalZone("us/eastern")).toBe("US/Eastern");
    expect(canonicalZone("+05:30")).toBeNull();
  });
});
