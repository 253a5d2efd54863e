import stemmerFr from "natural/lib/natural/stemmers/porter_stemmer_fr.js";
import stemmerEn from "natural/lib/natural/stemmers/porter_stemmer.js";
import { fold as foldText } from "../story/text.js";

/** A memo for pure string functions, bounded so a stream of distinct questions cannot grow it forever. */
export function memo(f: (s: string) => string, max = 20_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const v = f(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, v);
    return v;
  };
}

const foldMemo = memo(foldText);

/** Lower case without accents, so that « Défense », « defense » and « DÉFENSE » compare equal. */
export function fold(s: string): string {
  // Most strings the answerers fold are folded already (a question's words, keys): a text of ASCII
  // with no capital and no backquote is its own folding (story/text.ts fold changes nothing else in
  // ASCII), found by one pass over its characters instead of hashing it for the memo.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || (c >= 0x41 && c <= 0x5a) || c === 0x60) return foldMemo(s);
  }
  return s;
}


/** Words in their original case and accents (letters, digits, inner hyphens kept apart). */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Folded word tokens. */
export function tokens(s: string): string[] {
  return words(fold(s));
}

const STOP = new Set(
  (
    // French function words
    "a au aux avec ce ces cet cette c d de des du elle elles en et eux il ils je la le les leur leurs lui l " +
    "m ma mais me meme mes moi mon n ne ni nos notre nous on ou par pas pour qu que qui quoi s sa se ses son " +
    "sur t ta te tes toi ton tu un une vos votre vous y est sont ete etre etait avait ont avoir eu eue eus avons avez fut sera seront " +
    // the other conjugated forms of the auxiliaries « avoir », « être » and of « aller » before an infinitive (« y aura-t-il »,
    // « auraient laissé », « va grimper »): tense and mood, nothing a sentence must say
    "ai as avaient aurait auraient aura auront etaient etes suis es serait seraient serons va vais vas vont allait allaient " +
    "dans sans sous vers chez entre depuis pendant plus moins tres aussi alors donc comme si " +
    "quel quelle quels quelles lequel laquelle lesquels combien comment quand ou pourquoi " +
    "dit dire selon apres avant deja encore ainsi toutefois par ailleurs " +
    // English function words
    "the an of to in on at by for from with about as is are was were be been being do does did done " +
    "what who whom whose which when where why how many much it its he she his her him they them their " +
    "this that these those there here and or but not no yes any some all other than then so too very " +
    "can could will would shall should may might must has have had say said says tell me us we you i our " +
    "into onto over under up down out off again also just only according"
  ).split(" "),
);

export function isStopword(t: string): boolean {
  return STOP.has(t);
}

/** Content tokens: folded, stop words and one-letter tokens removed. */
export function contentTokens(s: string): string[] {
  return tokens(s).filter((t) => t.length > 1 && !STOP.has(t));
}

const stemCache = new Map<string, string[]>();

/**
 * The comparison keys of one word: French stems of the accented and the unaccented spelling,
 * folded, so a question typed without accents still meets the story's words.
 */
export function frKeys(word: string): string[] {
  const lower = word.toLowerCase();
  const hit = stemCache.get(lower);
  if (hit) return hit;
  const folded = fold(lower);
  const keys = new Set<string>([fold(stemmerFr.stem(lower)), stemmerFr.stem(folded), folded]);
  const out = [...keys].filter((k) => k.length > 0);
  if (stemCache.size < 50_000) stemCache.set(lower, out);
  return out;
}

export const enStem = memo((word: string) => stemmerEn.stem(fold(word)));

/** The single French key of a lexicon entry (its folded stem). */
export const frStem = memo((word: string) => stemmerFr.stem(fold(word)));

/** The string with its first letter in upper case (« pays » → « Pays »), for an answer that opens on it. */
export function capital(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
