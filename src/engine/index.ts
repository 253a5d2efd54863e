import type { Figure, Quote, Story, Unstated } from "../story/schema.js";
import { enStem, fold, frKeys, isStopword, tokens, words } from "./text.js";
import { irregularBase } from "./lexicon-irregular.js";
import { NATIONALITY_KEYS } from "./lexicon.js";
import { CAPITAL_PAIRS, COUNTRY_PAIRS } from "../story/lang/places.js";

/** A bag of comparison keys: the French stems of a text's content words. */
export type KeySet = Set<string>;

export interface IndexedSentence {
  index: number;
  text: string;
  keys: KeySet;
}

export interface Entity {
  name: string;
  aliases: string[];
  kind: "person" | "organization" | "group";
  role: string | null;
  gender: "m" | "f" | null;
  mentions: number[];
  /** Listed among the story's speakers (reported as saying something). */
  speaker: boolean;
  quotes: Quote[];
  /** Proper-name words of the name and aliases, for fuzzy matching (« Bogdanovitch », « Kiev »). */
  nameWords: string[];
  /** The capital and country names an institution named by one nationality answers to, though the story may never write them (« Kiev »): asked by, never shown. */
  capitals?: string[];
  /** Multi-word descriptions (aliases, role), each as the keys of its content words. */
  descriptions: KeySet[];
  /** Every key of the name, aliases and role: what a question's qualifiers must be found in. */
  keys: KeySet;
  roleKeys: KeySet;
}

export interface IndexedFigure {
  figure: Figure;
  /** Keys of the clause around the figure, where what is counted and where it is are said. */
  clauseKeys: KeySet;
  countedKeys: KeySet;
  /** The words right after the figure (« 40 nouveaux » + « postes d'observation »), for when the counted noun was not caught. */
  afterKeys: KeySet;
  /** Synthesised from « aucun soldat »: the story gives zero. */
  zero: boolean;
}

export interface IndexedUnstated {
  unstated: Unstated;
  /** Keys of what was not given, its relative clause included (« … que fournira chaque pays »). */
  whatKeys: KeySet;
  /** Keys of the counted noun phrase alone, to tell what kind of number it is. */
  headKeys: KeySet;
  clauseKeys: KeySet;
}

export interface StoryIndex {
  story: Story;
  sentences: IndexedSentence[];
  entities: Entity[];
  figures: IndexedFigure[];
  unstated: IndexedUnstated[];
  quoteKeys: Map<Quote, KeySet>;
  /** key → number of sentences holding it. */
  df: Map<string, number>;
  /** Every key of the story, for prefix matching of question words. */
  vocabulary: string[];
}

const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * The keys of a text's content words. A hyphenated compound (« sous-marins ») also gives its
 * joined key (« sousmarin »); with `compoundsWhole`, it gives only that, so « sous-marins » is not
 * counted as « marins ».
 */
export function keysOf(text: string, compoundsWhole = false, english = false): KeySet {
  const out: KeySet = new Set();
  const joined = [...text.matchAll(COMPOUND)].map((m) => m[0]);
  let rest = text;
  for (const c of joined) {
    for (const k of frKeys(c.replace(/-/g, ""))) out.add(k);
    if (compoundsWhole) rest = rest.replace(c, " ");
  }
  // « U.S. », « US », « USA »: the country's abbreviation is no word of two letters, but the nationality (« americain »),
  // as the question's « US » is read (query.ts); not in a line written all in capitals, where « US » may be the pronoun
  // (nor after a preposition of place or direction, « shipments to the U.S. », which says where, not whose: as figure-fit reads it)
  if (!shouted(text)) for (const m of text.matchAll(/(?<![\p{L}.])U\.?S\.?(?:A\.?)?(?![\p{L}])/gu)) if (!TOWARDS.test(fold(text.slice(Math.max(0, m.index - 20), m.index)))) out.add("americain");
  for (const w of words(rest)) {
    const f = fold(w);
    if (f.length < 2 || isStopword(f)) continue;
    for (const k of frKeys(w)) out.add(k);
    // an English story's words are also kept under their English stem (« killed » ~ « kill »)
    if (english) out.add(enStem(w));
    // an irregular form also under its base form, which no suffix rule reaches (« fled » ~ « flee », « pris » ~ « prendre »)
    const base = irregularBase(f, english ? "en" : "fr");
    if (base) {
      for (const k of frKeys(base)) out.add(k);
      if (english) out.add(enStem(base));
    }
  }
  return out;
}

const TOWARDS = /(?:^|[^\p{L}])(?:to|from|with|against|into|toward|towards|across|in|at|inside|vers|avec|contre|aux|en|dans)\s+(?:the\s+)?$/u;

/** Whether a text is written mostly in capitals (a headline or a post shouted): its « US » may be « us ». */
function shouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 12 && upper.length / letters.length > 0.5;
}

/** Capitalised words that are titles or institution words, not names. */
const NOT_NAMES = new Set(
  "le la les l un une des du de d m mme mr mrs ms dr general colonel ministre ministere defense armees armee etat etats union republique president presidente premier secretaire chef porte parole federation nations unies royaume uni".split(
    " ",
  ),
);

function nameWordsOf(name: string, aliases: string[], kind: string): string[] {
  const out = new Set<string>();
  const forms = [name, ...aliases];
  for (const form of forms) {
    const ws = words(form).filter((w) => !NOT_NAMES.has(fold(w)));
    const capital = ws.filter((w) => /^\p{Lu}/u.test(w));
    // an institution is named by a one-word alias (« Kiev », « Kremlin »), not by the capitals in
    // « ministère de la Défense »; a person by the all-capital forms (« M. Tamm »), not by
    // the capitals of a description (« secrétaire général de l'Alliance »)
    if (kind !== "person" && ws.length !== 1) continue;
    // (« from Harbour Town », « of the Lindholm Foundation »: where someone is from or works, no name.)
    if (kind === "person" && form !== name && (/\b(?:de|du|des|d'|of|from)\b/i.test(form) || !/^\p{Lu}/u.test(words(form).at(-1) ?? ""))) continue;
    for (const w of capital) if (w.length >= 2) out.add(w);
  }
  return [...out];
}

const BOUNDARY = /[;:]|\s(?:mais|but|tandis que|alors que|while|whereas)\s/i;

/** The clause of `sentence` that holds `inner`: cut at « ; », « mais », « alors que ». */
export function clauseAround(sentence: string, inner: string): string {
  const at = fold(sentence).indexOf(fold(inner));
  if (at < 0) return sentence;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + inner.length);
  const leftParts = before.split(BOUNDARY);
  const rightParts = after.split(BOUNDARY);
  return `${leftParts[leftParts.length - 1] ?? ""}${inner}${rightParts[0] ?? ""}`;
}

/** What follows `inner` up to the next comma or stop: « le nombre de soldats » + « que fournira chaque pays ». */
export function continuation(sentence: string, inner: string): string {
  const at = fold(sentence).indexOf(fold(inner));
  if (at < 0) return "";
  const rest = sentence.slice(at + inner.length);
  const stop = rest.search(/[,;:.!?»«]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** Up to `n` words following `inner` in `sentence`, within its clause. */
function wordsAfter(sentence: string, inner: string, n: number): string {
  return words(continuation(sentence, inner)).slice(0, n).join(" ");
}

const ZERO = /\b(?:aucun|aucune|zéro|zero|no)\s+([\p{L}-]+)/giu;

/** A nationality adjective, folded → its capitals and its country's names, as written, every language (« polonais » → Varsovie, Warsaw, Pologne, Poland). */
const STATE_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  const add = (demonym: string, name: string) => {
    const shown = name.replace(/(^|\s)\p{L}/gu, (x) => x.toUpperCase());
    const list = out.get(demonym) ?? [];
    if (!list.includes(shown)) out.set(demonym, [...list, shown]);
  };
  for (const [capital, demonym] of CAPITAL_PAIRS) add(demonym, capital);
  for (const [demonym, country] of COUNTRY_PAIRS) add(demonym, country);
  return out;
})();

/** The folded forms a nationality adjective takes in a name (« polonaise », « polonais »). */
const DEMONYM_FORMS = (w: string): string[] => [w, w.replace(/(?:ne|nes|e|es|s)$/, "")];

/**
 * The names of the state an institution is named by its nationality (« la présidence polonaise »):
 * its capital and its country, in every language. News writing lets a capital stand for its
 * government (« Varsovie a réagi »), and readers ask so though the story never writes it. None for a
 * person, nor for a name of two nationalities.
 */
function stateNamesOf(kind: string, name: string, aliases: string[]): string[] {
  if (kind === "person") return [];
  const found = new Set<string>();
  for (const form of [name, ...aliases]) for (const w of fold(form).split(/[\s'’-]+/)) for (const d of DEMONYM_FORMS(w)) if (STATE_NAMES.has(d)) found.add(d);
  const nations = [...found];
  return nations.length === 1 ? [...(STATE_NAMES.get(nations[0]!) ?? [])] : [];
}

export function buildIndex(story: Story): StoryIndex {
  const en = story.lang === "en";
  const sentences: IndexedSentence[] = story.sentences.map((s) => ({ index: s.index, text: s.text, keys: keysOf(s.text, false, en) }));
  const df = new Map<string, number>();
  for (const s of sentences) for (const k of s.keys) df.set(k, (df.get(k) ?? 0) + 1);

  const quoteKeys = new Map<Quote, KeySet>();
  for (const q of story.quotes) quoteKeys.set(q, keysOf(q.text, false, en));

  const entities: Entity[] = [];
  const seen = new Set<string>();
  const add = (e: { name: string; aliases: string[]; kind: "person" | "organization" | "group"; role: string | null; gender: "m" | "f" | null; mentions: number[] }, speaker: boolean) => {
    if (seen.has(e.name)) return;
    seen.add(e.name);
    const forms = [e.name, ...e.aliases];
    const descriptions = [...forms, ...(e.role ? [e.role] : [])].map((f) => keysOf(f, false, en)).filter((k) => k.size > 0);
    const keys: KeySet = new Set();
    for (const d of descriptions) for (const k of d) keys.add(k);
    entities.push({
      ...e,
      speaker,
      quotes: story.quotes.filter((q) => q.speaker === e.name),
      nameWords: nameWordsOf(e.name, e.aliases, e.kind),
      capitals: stateNamesOf(e.kind, e.name, e.aliases),
      descriptions,
      keys,
      roleKeys: e.role ? keysOf(e.role, false, en) : new Set(),
    });
  };
  for (const s of story.speakers) add(s, true);
  for (const p of story.people) add(p, false);
  // a state name two institutions answer to (a ministry and a government of one country) names neither
  const stateCount = new Map<string, number>();
  for (const e of entities) for (const c of e.capitals ?? []) stateCount.set(c, (stateCount.get(c) ?? 0) + 1);
  for (const e of entities) if (e.capitals?.length) e.capitals = e.capitals.filter((c) => stateCount.get(c) === 1);

  const figures: IndexedFigure[] = story.figures.map((figure) => {
    const sentence = story.sentences[figure.sentence]?.text ?? figure.text;
    const counted = en ? figure.counted : nounFirstCounted(figure.counted);
    const text = counted !== figure.counted && figure.counted ? figure.text.replace(figure.counted, counted ?? "") : figure.text;
    return { figure, clauseKeys: keysOf(clauseAround(sentence, figure.text), false, en), countedKeys: keysOf(`${counted ?? ""} ${figure.unit ?? ""} ${text}`, true, en), afterKeys: keysOf(wordsAfter(sentence, figure.text, 4), true, en), zero: false };
  });
  // « n’enverra aucun soldat » is a count of zero the figures module has no number for
  for (const s of story.sentences) {
    for (const m of s.text.matchAll(ZERO)) {
      const noun = m[1] ?? "";
      if (!noun || figures.some((f) => f.figure.sentence === s.index && f.figure.value === 0)) continue;
      const text = m[0];
      const troopish = /^(?:soldat|militaire|homme|troupe|soldier|troop)/i.test(fold(noun));
      figures.push({
        figure: { value: 0, approx: "exact", unit: noun, category: troopish ? "troops" : "other", text, sentence: s.index, claimedBy: null, counted: noun },
        clauseKeys: keysOf(clauseAround(s.text, text)),
        countedKeys: keysOf(noun, true),
        afterKeys: new Set(),
        zero: true,
      });
    }
  }

  const unstated: IndexedUnstated[] = story.unstated.map((u) => {
    const sentence = story.sentences[u.sentence]?.text ?? u.text;
    return { unstated: u, headKeys: keysOf(u.what, true), whatKeys: keysOf(`${u.what} ${continuation(sentence, u.what)}`), clauseKeys: keysOf(`${clauseAround(sentence, u.text)} ${u.by ?? ""}`) };
  });

  const vocabulary = new Set<string>(df.keys());
  for (const e of entities) for (const k of e.keys) vocabulary.add(k);
  for (const ks of quoteKeys.values()) for (const k of ks) vocabulary.add(k);

  return { story, sentences, entities, figures, unstated, quoteKeys, df, vocabulary: [...vocabulary] };
}

export function idf(index: StoryIndex, key: string): number {
  const n = index.sentences.length || 1;
  const d = index.df.get(key) ?? 0;
  return Math.log(1 + (n + 1) / (d + 0.5));
}

export { tokens };

/**
 * What a figure counts, as a question's noun must find it, in a language that writes adjectives after
 * the noun: the head noun, its complement (« agents de recouvrement »), a name, nationality or participle
 * after it (« soldats américains », « tués »), but not a bare adjective naming another thing — « deux responsables
 * militaires » counts officials, and a question about soldiers must not find it through « militaires ».
 */
function nounFirstCounted(counted: string | null): string | null {
  if (!counted) return counted;
  const ws = counted.split(/\s+/);
  const kept = [ws[0]!];
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!;
    if (/^(?:de|d'|d’|du|des)/i.test(w)) {
      kept.push(...ws.slice(k));
      break;
    }
    // (a participle says what befell them, which a question asks too: « d'Arméniens tués », « soldats déployés »)
    if (/^\p{Lu}/u.test(w) || /ée?s?$/u.test(w) || [...keysOf(w)].some((key) => NATIONALITY_KEYS.has(key))) kept.push(w);
  }
  return kept.join(" ");
}
