/**
 * Country and region names from Debian's iso-codes package (ISO 3166-1 countries, ISO 3166-2
 * subdivisions, and their French names from the package's gettext catalogue), read once from where
 * Debian installs it (`/usr/share/iso-codes/json`, `/usr/share/locale`). The data is LGPL-2.1: the project copies none of it and reads
 * it at run time, like any data file the machine's owner installed. Without the package, the
 * per-language tables (places-fr.ts, places-en.ts) are all there is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const DEFAULT_ISO_DIR = "/usr/share/iso-codes/json";
export const DEFAULT_LOCALE_DIR = "/usr/share/locale";

interface IsoEntry {
  type?: unknown;
  name?: unknown;
  common_name?: unknown;
  official_name?: unknown;
}

/** The entries of an iso-codes JSON file (`{ "3166-1": [ … ] }`), or [] when it is missing or malformed. */
function entries(path: string, key: string): IsoEntry[] {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    const list = data[key];
    return Array.isArray(list) ? (list.filter((e) => e !== null && typeof e === "object") as IsoEntry[]) : [];
  } catch {
    return [];
  }
}

/** The translations of a gettext .mo catalogue, msgid → msgstr; an empty map when it is missing or not one. */
export function readMo(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  if (buf.length < 28) return out;
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return out;
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const n = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const str = (table: number, k: number): string | null => {
    const len = u32(table + k * 8);
    const at = u32(table + k * 8 + 4);
    return at + len <= buf.length ? buf.toString("utf8", at, at + len) : null;
  };
  for (let k = 0; k < n && originals + k * 8 + 8 <= buf.length && translations + k * 8 + 8 <= buf.length; k++) {
    const id = str(originals, k);
    const tr = str(translations, k);
    if (id && tr) out.set(id, tr);
  }
  return out;
}

function catalogue(path: string): Map<string, string> {
  try {
    return readMo(readFileSync(path));
  } catch {
    return new Map();
  }
}

/**
 * Subdivisions that speak through a government of their own (states, provinces, regions,
 * territories), not districts, municipalities or parishes, whose names are often surnames too.
 */
const GOVERNED = /^(?:state|province|region|autonomous|administrative region|country|nation|territory|republic|federal|emirate|governorate|prefecture|special administrative|union territory|capital|canton|metropolitan region|oblast|krai|voivodeship)/i;

/** Every country and governed subdivision name the installed iso-codes gives, in English and French, as written. */
export function loadIsoPlaceNames(dir: string = DEFAULT_ISO_DIR, localeDir: string = DEFAULT_LOCALE_DIR): string[] {
  const names: string[] = [];
  // gettext keeps a language's catalogues under <locale>/fr/LC_MESSAGES.
  const messages = join(localeDir, "fr/LC_MESSAGES");
  const french = new Map([...catalogue(join(messages, "iso_3166-1.mo")), ...catalogue(join(messages, "iso_3166-2.mo"))]);
  for (const [file, key] of [["iso_3166-1.json", "3166-1"], ["iso_3166-2.json", "3166-2"]] as const) {
    for (const e of entries(join(dir, file), key)) {
      if (key === "3166-2" && !(typeof e.type === "string" && GOVERNED.test(e.type))) continue;
      for (const field of [e.name, e.common_name, e.official_name]) {
        if (typeof field !== "string" || !field) continue;
        names.push(field);
        const fr = french.get(field);
        if (fr) names.push(fr);
      }
    }
  }
  return names;
}
