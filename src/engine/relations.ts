import type { Entity, StoryIndex } from "./index.js";
import { fold } from "./text.js";

/**
 * How news writing ties someone to another person by kinship or closeness, in an apposition
 * beside the name (« Her brother, Erik Varn, … », « Erik Varn, her brother, … », « Son frère,
 * Éric Varn, … »): the description a reader then uses (« and her brother, what does he say? »,
 * « et son frère, il dit quoi ? »). Each language gives its relation nouns and the words that can
 * stand before one; the reading is the same for both.
 */

type Lang = "fr" | "en";

/** A kinship or closeness, whatever the language that names it. */
type Relation =
  | "brother" | "sister" | "wife" | "husband" | "son" | "daughter" | "father" | "mother" | "partner" | "widow" | "widower"
  | "cousin" | "uncle" | "aunt" | "nephew" | "niece" | "grandson" | "granddaughter" | "grandfather" | "grandmother"
  | "fiance" | "fiancee" | "spouse" | "twin" | "parents"
  // the one who holds the same office on the other side (« son homologue ostrien, le ministre X »)
  | "counterpart";

interface RelationWords {
  /** Relation nouns, folded, with the relation each names. */
  nouns: ReadonlyMap<string, Relation>;
  /** Possessives and articles that open the description (« her », « the », « son », « la »), folded. */
  openers: ReadonlySet<string>;
  /** The possessives among them: « his wife » is another person than « his ». */
  possessives: ReadonlySet<string>;
}

const WORDS: Record<Lang, RelationWords> = {
  en: {
    nouns: new Map<string, Relation>([
      ["brother", "brother"], ["sister", "sister"], ["wife", "wife"], ["husband", "husband"], ["son", "son"], ["daughter", "daughter"],
      ["father", "father"], ["mother", "mother"], ["partner", "partner"], ["girlfriend", "partner"], ["boyfriend", "partner"],
      ["widow", "widow"], ["widower", "widower"], ["cousin", "cousin"], ["uncle", "uncle"], ["aunt", "aunt"], ["nephew", "nephew"],
      ["niece", "niece"], ["grandson", "grandson"], ["granddaughter", "granddaughter"], ["grandfather", "grandfather"],
      ["grandmother", "grandmother"], ["fiance", "fiance"], ["fiancee", "fiancee"], ["spouse", "spouse"], ["twin", "twin"], ["parents", "parents"],
      ["counterpart", "counterpart"],
    ]),
    openers: new Set(["his", "her", "their", "its", "the", "a"]),
    possessives: new Set(["his", "her", "their"]),
  },
  fr: {
    nouns: new Map<string, Relation>([
      ["frere", "brother"], ["soeur", "sister"], ["epouse", "wife"], ["femme", "wife"], ["mari", "husband"], ["fils", "son"], ["fille", "daughter"],
      ["pere", "father"], ["mere", "mother"], ["compagne", "partner"], ["compagnon", "partner"], ["veuve", "widow"], ["veuf", "widower"],
      ["cousin", "cousin"], ["cousine", "cousin"], ["oncle", "uncle"], ["tante", "aunt"], ["neveu", "nephew"], ["niece", "niece"],
      ["petit-fils", "grandson"], ["petite-fille", "granddaughter"], ["grand-pere", "grandfather"], ["grand-mere", "grandmother"],
      ["fiance", "fiance"], ["fiancee", "fiancee"], ["conjoint", "spouse"], ["conjointe", "spouse"], ["jumeau", "twin"], ["jumelle", "twin"], ["parents", "parents"],
      ["homologue", "counterpart"],
    ]),
    openers: new Set(["son", "sa", "ses", "leur", "le", "la", "l'", "un", "une"]),
    possessives: new Set(["son", "sa", "ses", "leur", "leurs"]),
  },
};

/** Folded words of a text, apostrophes kept on their word (« l'oncle » → « l' », « oncle »). */
function wordsOf(text: string): string[] {
  return fold(text)
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .flatMap((w) => {
      const m = /^([\p{L}]')(.+)$/u.exec(w);
      return m ? [m[1]!, m[2]!] : [w];
    })
    .filter(Boolean);
}

/** The comma that closes a description before a name, with at most an article and two lower-case words of a title after it (« , le général »). */
const TITLED_COMMA = /,\s*(?:(?:le|la|l'|the|a)\s+)?(?:\p{Ll}[\p{L}.-]*\s+){0,2}$/u;

/**
 * The relation descriptions a sentence gives someone it names by one of `forms`: a relation noun
 * after a possessive or an article, right before the name with a comma (« her brother, Erik Varn »)
 * or right after it between commas (« Erik Varn, her brother, »).
 */
export function relationsIn(lang: Lang, text: string, forms: string[]): Relation[] {
  const w = WORDS[lang];
  const out = new Set<Relation>();
  const raw = text.replace(/’/g, "'");
  for (const form of forms) {
    if (form.length < 3) continue;
    let from = 0;
    for (;;) {
      const at = raw.indexOf(form, from);
      if (at < 0) break;
      from = at + form.length;
      // before: « … her brother, » + name, or with a title between (« son homologue ostrien, le ministre » + name)
      const before = raw.slice(Math.max(0, at - 60), at);
      const comma = TITLED_COMMA.exec(before);
      if (comma) {
        const ws = wordsOf(before.slice(0, comma.index));
        // the noun last or before one word that qualifies it (« son homologue ostrien »), its opener right
        // before it or one qualifying word before it (« his Ostrian counterpart »)
        const at = [1, 2].map((k) => ws.length - k).find((i) => w.nouns.has(ws[i] ?? "") && [i - 1, i - 2].some((j) => w.openers.has(ws[j] ?? "")));
        const r = at === undefined ? undefined : w.nouns.get(ws[at]!);
        if (r) out.add(r);
      }
      // after: name + « , her brother, » (a comma or the sentence's end closes it)
      const after = /^\s*,\s*([^,.;:()]{3,40})[,.;]/.exec(raw.slice(from, from + 60));
      if (after) {
        const ws = wordsOf(after[1]!);
        const r = w.nouns.get(ws[1] ?? "");
        if (r && ws.length <= 6 && w.openers.has(ws[0]!)) out.add(r);
      }
    }
  }
  return [...out];
}

/** Someone the story describes by a relation, and the sentences that describe them so. */
interface Described {
  entity: Entity;
  sentences: number[];
}

const tables = new WeakMap<StoryIndex, Map<Relation, Described[]>>();

/** Who the story describes by each relation: read once per story, from the sentences that name each person. */
function relationTable(index: StoryIndex): Map<Relation, Described[]> {
  let t = tables.get(index);
  if (t) return t;
  t = new Map();
  const lang = index.story.lang;
  for (const e of index.entities) {
    if (e.kind !== "person") continue;
    const forms = [e.name, ...e.aliases.filter((a) => /^\p{Lu}/u.test(a) && a.length > 2)];
    const found = new Map<Relation, number[]>();
    for (const i of e.mentions) for (const r of relationsIn(lang, index.story.sentences[i]?.text ?? "", forms)) found.set(r, [...(found.get(r) ?? []), i]);
    for (const [r, sentences] of found) t.set(r, [...(t.get(r) ?? []), { entity: e, sentences }]);
  }
  tables.set(index, t);
  return t;
}

/**
 * The one person the story describes by a relation the question names (« and her brother? », « et
 * son homologue ? »), in the question's language or the story's; null when the question names none or
 * the story gives it to no one or to several. `of`: whose relation is asked (« his counterpart » after
 * a question about X): never X, and among several the one a sentence naming X describes so.
 */
export function describedByRelation(index: StoryIndex, words: readonly string[], lang: Lang, of: Entity | null = null): Entity | null {
  const own = WORDS[lang].nouns;
  // asked of every question that names no one: no array unless one of its words names a relation
  let asked: Relation[] | null = null;
  for (const x of words) {
    const r = own.get(x);
    if (r !== undefined) (asked ??= []).push(r);
  }
  if (!asked) return null;
  const t = relationTable(index);
  const found = asked.flatMap((r) => t.get(r) ?? []).filter((d) => d.entity !== of);
  const who = [...new Set(found.map((d) => d.entity))];
  if (who.length === 1) return who[0]!;
  if (!of) return null;
  // « X a appelé son homologue, Y » and « Z a reçu son homologue, W »: X's counterpart is the one described beside X
  const beside = [...new Set(found.filter((d) => d.sentences.some((i) => of.mentions.includes(i))).map((d) => d.entity))];
  return beside.length === 1 ? beside[0]! : null;
}

/** Whether a folded word of a question in `lang` names a relation (« frere », "wife"). */
export function isRelationWord(lang: Lang, word: string): boolean {
  return WORDS[lang].nouns.has(word);
}

/** Whether a question's folded words in `lang` ask of someone's relative (« his wife », « sa fille »): a possessive then a relation noun. */
export function asksRelative(lang: Lang, words: readonly string[]): boolean {
  const w = WORDS[lang];
  return words.some((x, i) => i > 0 && w.nouns.has(x) && w.possessives.has(words[i - 1]!));
}
