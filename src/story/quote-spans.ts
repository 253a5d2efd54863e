import { speechLexicon } from "./lang/index.js";
import { strayOpening } from "./sentences.js";
import { fold } from "./text.js";

/** Every language's past endings, as one test of the words before a quote (see isNamingQuote). */
const PAST_BEFORE = new RegExp(`(?:${(["fr", "en"] as const).map((l) => speechLexicon(l).pastEndings).join("|")})\\s+$`);

/** Spans of quoted words: « … » (nesting kept inside the outer pair), “ … ”, "…" and ‘…’ (British copy). */
export interface Span {
  start: number;
  /** Offset of the closing mark (exclusive end of the content). */
  end: number;
}

export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let open = -1;
  let straight = -1;
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // ‘…’: the closing mark is also the apostrophe, so it closes only before a space, a sign or the
    // end (« the party’s » goes on), and the opening one only after a space or a sign.
    if (c === "‘" && depth === 0 && straight < 0 && single < 0) {
      if (i + 1 < text.length && !/\s/.test(text[i + 1]!) && (i === 0 || /[\s(\[—–\-:]/.test(text[i - 1]!))) single = i;
      continue;
    }
    if (c === "’" && single >= 0) {
      if (i > single + 1 && !/\s/.test(text[i - 1]!) && (i + 1 >= text.length || /[\s,.;:!?)\]—–-]/.test(text[i + 1]!))) {
        out.push({ start: single, end: i });
        single = -1;
      }
      continue;
    }
    if (single >= 0) continue;
    if (c === "«" || c === "“") {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === "»" || c === "”") && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: i });
    } else if (c === '"' && depth === 0) {
      if (straight >= 0) {
        out.push({ start: straight, end: i });
        straight = -1;
      } else if (i + 1 < text.length && (!/\s/.test(text[i + 1]!) || strayOpening(text, i)) && (i === 0 || /[\s(\[—–\-:]/.test(text[i - 1]!))) {
        // A straight mark opens after a space or an opening sign; one glued to a word closes nothing.
        // (One with a stray space after it still opens when the next mark closes: « " The plan works." ».)
        straight = i;
      }
    }
  }
  // An unclosed mark runs to the end of the sentence (a quotation that goes on in the next paragraph).
  if (depth > 0 && open >= 0) out.push({ start: open, end: text.length });
  else if (straight >= 0) out.push({ start: straight, end: text.length });
  else if (single >= 0) out.push({ start: single, end: text.length });
  return out;
}

/** The words inside a span, without the marks and surrounding spaces. */
export function spanText(text: string, s: Span): string {
  return text.slice(s.start + 1, s.end).trim();
}

/**
 * Quoted names rather than quoted words: « baptisé « Aube claire » », « l'opération « X » ». Not
 * when the naming verb has a subject after a relative with no antecedent (`relatives`, folded:
 * « ce qu'il appelle « X » », « what Penn called "X" »): those are someone's words.
 */
export function isNamingQuote(text: string, s: Span, relatives: ReadonlySet<string> = new Set()): boolean {
  const before = text.slice(Math.max(0, s.start - 30), s.start).toLowerCase();
  const near = text.slice(Math.max(0, s.start - 60), s.start).toLowerCase().replace(/[’]/g, "'");
  const words = near.split(/[\s]+|(?<=')/).filter(Boolean);
  // The relative a few words before the verb (« what | the minister | has called », « ce qu' | il | appelle »).
  for (let k = Math.max(0, words.length - 6); k < words.length - 2; k++) if (relatives.has(words[k]!) || (k > 0 && relatives.has(`${words[k - 1]} ${words[k]}`))) return false;
  // « se sont dits « choqués » », « s'est dite « inquiète » »: a feeling declared, not a name.
  if (/(?:\bse|\bs['’](?:est|étaient|était))\s+(?:sont\s+|est\s+)?(?:\S+\s+)?dit(?:e|s|es)?\s*$/.test(before)) return false;
  if (/(?:baptis|surnomm|intitul|nomm|appel|dénomm|denomm|dit|dite|slogan|mot d'ordre|hashtag|named|dubbed|called)\S*\s*$/.test(before)) {
    return true;
  }
  // « l'opération « Aube claire » », "the plan "Blue Harbour"": after the noun of an operation or a
  // plan, a name opens with a capital; « un projet « absurde » », "the plan "reckless"" quote a
  // judgement of it.
  if (/(?:opération|operation|exercice|exercise|programme|program|plan|projet|project)s?\s*$/.test(before)) {
    return /^[\s\u00a0\u202f]*[\p{Lu}\d]/u.test(text.slice(s.start + 1, s.end));
  }
  // « la flotte de pêche « Alcyon » », "the "Blue Harbour" plan": one to three capitalised
  // words glued after a common noun name it (not after a verb's past form: « a crié « Liberté » »).
  const inside = text.slice(s.start + 1, s.end).trim();
  return /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(inside) && /\s\p{Ll}{3,}\s+$/u.test(before) && !PAST_BEFORE.test(before);
}

/** A medium's title is a few words: more, and the marks quote someone's words. */
const TITLE_WORDS = 5;

/**
 * A medium's title in quotation marks after a dative preposition (« a déclaré à « L'Écho » », « dans le
 * « Courrier du Sud » », "said on “Morning Desk”"): the place the words were said, not words said.
 * `datives` and `determiners` are the language's folded words.
 */
export function isMediumTitle(text: string, s: Span, datives: ReadonlySet<string>, determiners: ReadonlySet<string>): boolean {
  const inner = spanText(text, s);
  if (!/^\p{Lu}/u.test(inner) || /[.!?,;:]/.test(inner) || inner.split(/\s+/).length > TITLE_WORDS) return false;
  const words = fold(text.slice(Math.max(0, s.start - 24), s.start)).trimEnd().split(/\s+|(?<=['’])/);
  const last = words[words.length - 1] ?? "";
  const prev = words[words.length - 2] ?? "";
  return datives.has(last) || (determiners.has(last) && datives.has(prev));
}

/** The marks of a quotation nested in quoted words, opening → closing. */
const NESTED_PAIRS: Readonly<Record<string, string>> = { "'": "'", "‘": "’", "“": "”", '"': '"' };
/**
 * Closing → opening mark, looked up once per character of every quotation (a search of the pairs'
 * keys there built an array and a closure per character). Each closing mark closes one opening mark.
 */
const NESTED_OPENER: ReadonlyMap<string, string> = new Map(Object.entries(NESTED_PAIRS).map(([o, c]) => [c, o]));
/** (Built once: a literal with « \p{…} » is a new RegExp at each evaluation where tsx runs the code, as the bench does.) */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Quotations nested inside a quotation's words (« "'We never hid anything,' Lopez said." »: a
 * newspaper quoting a speech): single marks, straight or curly, and double marks of the other kind
 * (“…” inside « … »), paired. Returns the spans and the words with each nested pair written “…”, the
 * same length, so that the frame finder reads « ,” Lopez said » as it reads any incise.
 */
export function nestedQuotes(inner: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  const open: Record<string, number> = {};
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    const before = i === 0 ? " " : inner[i - 1]!;
    const after = i + 1 < inner.length ? inner[i + 1]! : " ";
    const opener = NESTED_OPENER.get(c);
    const closing = opener !== undefined && open[opener] !== undefined ? opener : undefined;
    if (closing !== undefined && !/\s/.test(before) && /[\s,.;:!?)\]—–-]/.test(after)) {
      spans.push({ start: open[closing]!, end: i });
      delete open[closing];
      continue;
    }
    if (Object.hasOwn(NESTED_PAIRS, c) && open[c] === undefined && /[\s(\[—–\-:«“]/.test(before) && LETTER_OR_DIGIT.test(after)) open[c] = i;
  }
  if (!spans.length) return { text: inner, spans };
  // (By code unit: the marks are single code units, so offsets stay those of `inner`.)
  const units = inner.split("");
  for (const s of spans) {
    units[s.start] = "“";
    units[s.end] = "”";
  }
  return { text: units.join(""), spans: spans.sort((a, b) => a.start - b.start) };
}
