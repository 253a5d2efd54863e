import type { Lang } from "../engine/reply.js";
import { canonicalZone } from "./local-time.js";

/** Checks of what a user typed in /subscribe; errors are written in the language asked for. */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const msg = (lang: Lang, fr: string, en: string) => (lang === "fr" ? fr : en);

/** "8:05" and "08:05" are accepted; the canonical form is "HH:MM", 00:00 to 23:59. */
export function checkTime(raw: string, lang: Lang): Checked<string> {
  const m = /^(\d{1,2})[:h](\d{2})$/.exec(raw.trim());
  const h = m ? Number(m[1]) : NaN;
  const mi = m ? Number(m[2]) : NaN;
  if (!(h >= 0 && h <= 23 && mi >= 0 && mi <= 59)) {
    return {
      ok: false,
      error: msg(
        lang,
        `Heure invalide « ${raw} » : utilisez HH:MM, de 00:00 à 23:59 (par exemple « 08:00 »).`,
        `Invalid time "${raw}": use HH:MM, from 00:00 to 23:59 (for example "08:00").`,
      ),
    };
  }
  return { ok: true, value: `${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}` };
}

export function checkZone(raw: string, lang: Lang): Checked<string> {
  const zone = canonicalZone(raw.trim());
  if (!zone) {
    return {
      ok: false,
      error: msg(
        lang,
        `Fuseau horaire inconnu « ${raw} » : donnez un nom IANA, par exemple « Europe/Paris » ou « America/New_York ».`,
        `Unknown time zone "${raw}": give an IANA name, for example "Europe/Paris" or "America/New_York".`,
      ),
    };
  }
  return { ok: true, value: zone };
}

export function checkLang(raw: string): Checked<Lang> {
  const l = raw.trim().toLowerCase();
  if (l === "fr" || l === "en") return { ok: true, value: l };
  return {
    ok: false,
    error: `Langue inconnue « ${raw} » : « fr » ou « en ». / Unknown language "${raw}": "fr" or "en".`,
  };
}
