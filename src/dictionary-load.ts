import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseDictd, useDictionaries, type Dictionary } from "./engine/dictionary.js";

/**
 * Reads the FreeDict French–English and English–French dictionaries where Debian installs them
 * (`apt-get install dict-freedict-fra-eng dict-freedict-eng-fra`: /usr/share/dictd), or from
 * FREEDICT_DIR, and hands them to the engine. They are GPL-licensed data the project does not
 * copy or ship (README, « Languages »): read at run time from the installed package, or not at
 * all. Missing or unreadable files leave the engine on its own lexicons.
 */
export const DEFAULT_DICT_DIR = "/usr/share/dictd";

function readOne(dir: string, name: string): Dictionary | null {
  const dz = join(dir, `${name}.dict.dz`);
  const plain = join(dir, `${name}.dict`);
  try {
    if (!existsSync(dz) && !existsSync(plain)) return null;
    // a .dict.dz is gzip (dictzip adds a random-access table gzip readers skip)
    const dict = existsSync(dz) ? gunzipSync(readFileSync(dz)) : readFileSync(plain);
    return dict.length ? parseDictd(dict) : null;
  } catch {
    return null;
  }
}

/** Reads and installs the dictionaries (headwords are indexed at the first look-up); says which were found. */
export function loadDictionaries(dir: string = process.env.FREEDICT_DIR || DEFAULT_DICT_DIR): { frEn: boolean; enFr: boolean } {
  const frEn = readOne(dir, "freedict-fra-eng");
  const enFr = readOne(dir, "freedict-eng-fra");
  useDictionaries({ frEn, enFr });
  return { frEn: frEn !== null, enFr: enFr !== null };
}
