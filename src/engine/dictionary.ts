/**
 * A bilingual dictionary in the dictd format (an `.index` of headwords with base64 offsets into a
 * `.dict` text), as FreeDict publishes it: the French–English and English–French vocabulary the
 * project's own lexicons fall back on. The project ships no dictionary: the process that starts
 * the bot reads one installed on the machine (src/dictionary-load.ts) and hands it here, so the
 * engine stays pure and synchronous, and works the same (with its own lexicons) without one.
 */

export interface DictEntry {
  /** « n », « adj », « v » when the dictionary says, else null. */
  pos: string | null;
  /** The translations in the dictionary's order: each sense's first word, then the alternatives. */
  senses: string[];
}

/** Folded headword → its entry, parsed on first look-up (a start-up reads the text, nothing more). */
export interface Dictionary {
  readonly size: number;
  get(folded: string): DictEntry | undefined;
}

/** « armée /aʀme/ <n, fem> »: a headword, its pronunciation between slashes, its part of speech. */
const HEAD = /^(.+?) \/[^/]*\/(?: <([^>]*)>)?$/;

const foldWord = (s: string): string => (/[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s).toLowerCase();

/** One entry's translation lines as senses: « 1. chef », « 2. chief, boss » → chef, chief, boss. */
function senses(lines: string): string[] {
  const rows = lines
    .split("\n")
    .map((l) => l.replace(/^\s*\d+\.\s*/, "").replace(/\([^)]*\)|\[[^\]]*\]/g, "").trim())
    .filter(Boolean);
  const firsts = rows.map((r) => r.split(/\s*[,;]\s*/)[0]!);
  const others = rows.flatMap((r) => r.split(/\s*[,;]\s*/).slice(1));
  return [...new Set([...firsts, ...others].map((w) => w.trim()).filter((w) => w && w.length < 40))];
}

/**
 * A dictd dictionary's text (FreeDict's layout: each entry a headword line « word /ipa/ <pos> »,
 * then its translations; the database's own notes come first and have no such line). Read in one
 * pass, at the first look-up, keeping where each one-word headword's entries are; an entry is
 * split into senses when first asked for. A start-up only reads the file.
 */
export function parseDictd(dict: Buffer): Dictionary {
  let lines: string[] = [];
  // folded headword → the line numbers of its entries' headword lines (its translations follow each)
  let raw: Map<string, number[]> | null = null;
  // built on the first look-up, not at start: reading a dictionary must not delay the bot's start
  const index = (): Map<string, number[]> => {
    if (raw) return raw;
    raw = new Map();
    lines = dict.toString("utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // a headword line ends with its pronunciation's « / » or its « <pos> »; one word before « /»
      const last = line.charCodeAt(line.length - 1);
      if (last !== 47 && last !== 62) continue;
      const slash = line.indexOf(" /");
      if (slash <= 0 || line.indexOf(" ") < slash || !HEAD.test(line)) continue;
      // only one-word headwords: labels and questions are looked up word by word
      const key = foldWord(line.slice(0, slash));
      const at = raw.get(key);
      if (at) at.push(i);
      else raw.set(key, [i]);
    }
    return raw;
  };
  const entry = (at: number[]): DictEntry => {
    const pos = HEAD.exec(lines[at[0]!]!)?.[2]?.split(",")[0]?.trim() ?? null;
    const body: string[] = [];
    for (const i of at) for (let j = i + 1; j < lines.length && lines[j] && !HEAD.test(lines[j]!); j++) body.push(lines[j]!);
    return { pos, senses: senses(body.join("\n")) };
  };
  const parsed = new Map<string, DictEntry | null>();
  return {
    get size() {
      return index().size;
    },
    get(folded) {
      const hit = parsed.get(folded);
      if (hit !== undefined) return hit ?? undefined;
      const at = index().get(folded);
      const e = at ? entry(at) : null;
      parsed.set(folded, e && e.senses.length ? e : null);
      return parsed.get(folded) ?? undefined;
    },
  };
}

let frEn: Dictionary | null = null;
let enFr: Dictionary | null = null;

/** Hands the engine the dictionaries read at start (null: none installed). Called once, before any question. */
export function useDictionaries(d: { frEn: Dictionary | null; enFr: Dictionary | null }): void {
  frEn = d.frEn;
  enFr = d.enFr;
  generation++;
}

let generation = 0;

/** Changes whenever other dictionaries are handed in: what was translated with the old ones is stale. */
export function dictionaryGeneration(): number {
  return generation;
}

/** English translations of a folded French word, empty without a dictionary or when it lacks the word. */
export function frenchToEnglish(folded: string): readonly string[] {
  return frEn?.get(folded)?.senses ?? [];
}

/** French translations of a folded English word. */
export function englishToFrench(folded: string): readonly string[] {
  return enFr?.get(folded)?.senses ?? [];
}

/** The part of speech the French–English dictionary gives a folded French word, if any. */
export function frenchPos(folded: string): string | null {
  return frEn?.get(folded)?.pos ?? null;
}
