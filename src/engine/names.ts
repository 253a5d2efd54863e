import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { fold, memo } from "./text.js";

/**
 * A spelling-neutral key for a name token: accents gone, French transliterations of Slavic
 * names brought to their English form (Bogdanovitch → bogdanovich, Voronine → voronin,
 * Ostaptchouk → ostapchuk, Khrenine → hrenin), doubled letters single.
 */
export const nameKey = memo(nameKeyNow);

function nameKeyNow(token: string): string {
  let k = fold(token).replace(/[^a-z0-9]/g, "");
  k = k
    .replace(/tch/g, "ch")
    .replace(/ou/g, "u")
    .replace(/kh/g, "h")
    .replace(/ck/g, "k")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/y/g, "i")
    .replace(/ine$/, "in")
    .replace(/([a-z])\1+/g, "$1");
  return k;
}

/** How alike two name tokens are, 0..1, after transliteration. */
export function nameSimilarity(a: string, b: string): number {
  return keySimilarity(nameKey(a), nameKey(b));
}

/** nameSimilarity of two tokens given by their keys (nameKey), for callers that keep the keys. */
export function keySimilarity(ka: string, kb: string): number {
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  // short tokens must match exactly: « Li » and « Le » are not the same person
  if (Math.min(ka.length, kb.length) < 4) return 0;
  if (ka[0] !== kb[0]) return 0;
  return jaroWinkler(ka, kb);
}

/** The threshold above which a typed token is taken for a name token. */
export const NAME_MATCH = 0.9;
