/**
 * Local wall-clock time ↔ UTC instants for an IANA zone, with Intl only (no tz library):
 * the zone's offset at an instant is read back from Intl.DateTimeFormat's parts.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

// Building a DateTimeFormat costs far more than using one; 10,000 subscriptions share a few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in `zone` at `instant`. */
export function wallClockAt(instant: Date | number, zone: string): WallClock {
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const p = parts.find((x) => x.type === type);
    return p ? Number(p.value) : 0;
  };
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** The zone's offset from UTC at `instant`, in ms (Paris in winter: +3,600,000). */
export function zoneOffsetMs(instant: number, zone: string): number {
  const w = wallClockAt(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Intl drops milliseconds; compare at second precision.
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** "YYYY-MM-DD": the local date in `zone` at `instant`. */
export function localDateOf(instant: Date | number, zone: string): string {
  const w = wallClockAt(instant, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The calendar date `days` after `localDate` (calendar arithmetic, no zone involved). */
export function addDays(localDate: string, days: number): string {
  const [y, m, d] = parseDate(localDate);
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function parseDate(localDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${localDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function parseTime(hhmm: string): [number, number] {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`not an HH:MM time: ${hhmm}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The UTC instant at which `zone`'s wall clock reads `hhmm` on `localDate`.
 * - Ambiguous (fall-back: the time occurs twice): the first occurrence.
 * - Nonexistent (spring-forward gap): the first valid instant after the gap, i.e. the moment the
 *   clocks jump (02:30 in Paris on the last Sunday of March → 03:00 local), so it still runs once.
 */
export function localToUtc(localDate: string, hhmm: string, zone: string): Date {
  const [y, mo, d] = parseDate(localDate);
  const [h, mi] = parseTime(hhmm);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Offsets a day either side bracket any transition near the target (none are a day apart).
  const before = zoneOffsetMs(naive - DAY, zone);
  const after = zoneOffsetMs(naive + DAY, zone);
  const candidates = [naive - before, naive - after]
    .filter((t) => zoneOffsetMs(t, zone) === naive - t)
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return new Date(candidates[0]);
  // In the gap: find the transition between the two offsets, to the minute.
  let lo = naive - Math.max(before, after); // wall clock reads earlier than target
  let hi = naive - Math.min(before, after); // wall clock reads later than target
  lo = Math.floor(lo / MINUTE) * MINUTE;
  hi = Math.ceil(hi / MINUTE) * MINUTE;
  const offLo = zoneOffsetMs(lo, zone);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (zoneOffsetMs(mid, zone) === offLo) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

let zoneNames: Map<string, string> | null = null;

/**
 * Whether `zone` is an IANA zone Intl knows; returns a well-cased spelling, or null. Intl treats
 * zone names case-insensitively, and Node's ICU canonicalises some current names to old ones
 * (Asia/Kolkata → Asia/Calcutta), so a valid name the user typed is kept rather than replaced.
 */
export function canonicalZone(zone: string): string | null {
  // Offsets like "+05:30" are accepted by recent Intl but are not IANA names and ignore DST.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  zoneNames ??= new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z]));
  const lower = zone.toLowerCase();
  if (resolved.toLowerCase() === lower) return resolved;
  return zoneNames.get(lower) ?? titleCase(zone);
}

/**
 * « asia/kolkata » → « Asia/Kolkata »: how IANA spells nearly every zone. A part with a digit or
 * of three letters at most is an abbreviation and keeps its capitals (EST5EDT, CST6CDT, UTC, GMT).
 */
function titleCase(zone: string): string {
  if (zone !== zone.toLowerCase() && zone !== zone.toUpperCase()) return zone;
  return zone
    .toLowerCase()
    .replace(/[a-z0-9]+/g, (part) => (/\d/.test(part) || part.length <= 3 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1)));
}
