/**
 * The role a person is given around their name: a capitalised title (« Defence Minister Jane
 * Doe »), an apposition before (« la ministre de la Défense, X », « Norland's chief spokesperson,
 * X ») or after (« X, chef d'état-major de … », « X, an expert on … »), or a role noun right before
 * the name with no comma (« Finance minister X », « le ministre de la Santé X »).
 */
import { isPersonDescription, npGender } from "./entities.js";
import { allNameWords } from "./lang/names.js";
import { ROLE_NOUNS } from "./lexicon.js";
import type { NameSpan } from "./names.js";
import { fold, stripArticle } from "./text.js";
import type { Token } from "./tokens.js";

export interface Role {
  /** The role itself, article dropped: « ministre de la Défense ». */
  text: string;
  /** The noun phrase as written, an alias of the person: « la ministre de la Défense ». */
  np: string;
  gender: "m" | "f" | null;
}

const DETERMINERS = allNameWords((w) => w.roleDeterminers);
/** Ranks: a title that says no function. */
const RANKS = allNameWords((w) => w.ranks);
const COURTESY = allNameWords((w) => w.courtesyTitles);
const APPOSITION_ENDS = allNameWords((w) => w.appositionEnds);
/** A word as written shaped like a French past participle or adverb (« rejoint », « dirigé », « notamment »): « a » before it is a verb. */
const FRENCH_VERB_SHAPE = /(?:é|ée|és|ées|i|is|it|u|us|ert|int|uit|ment|eu|fait|déjà|longtemps|toujours|jamais|aussi)$/u;
/** A role phrase is a few words; a longer segment is a clause. */
const MAX_ROLE_WORDS = 12;

const words = (s: string): string[] => fold(s).split(/[\s]+/).filter(Boolean);
const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w.replace(/[^a-z'-]/g, ""));

/** « son homologue » and the like: a relation, not a role; a real role on the other side wins. */
export function roleAround(text: string, tokens: Token[], n: NameSpan): Role | null {
  if (n.organisation) return null;
  const titled = n.role ? { text: n.role, np: n.title ?? n.role, gender: npGender(n.role) } : null;
  // A title that is only a rank (« Rear Admiral X ») yields to an apposition saying what the person does.
  if (titled && !RANKS.has(fold(n.role!.split(/\s+/).pop() ?? ""))) return titled;
  const start = tokens[n.mentionStart]!.start;
  const end = tokens[n.last]!.end;
  // « …», juge Mme X »: a courtesy title opens the mention, so a role noun before it is a verb or another's.
  const courtesy = n.title !== null && COURTESY.has(fold(n.title.split(/\s+/)[0] ?? ""));
  const found = roleBefore(text, start) ?? (titled || courtesy ? null : roleRightBefore(text, start));
  const after = roleAfter(text, end);
  if (found && /^homologue/i.test(found.text) && after) return after;
  return found ?? after ?? titled ?? roleOfTitle(n.title);
}

/**
 * « la ministre Claire Vasseur », « Mme la ministre X »: a title that is a role noun (no rank, no
 * courtesy) is the role when nothing around the name says more.
 */
function roleOfTitle(title: string | null): Role | null {
  if (!title) return null;
  const raw = title.split(/\s+/).filter(Boolean);
  const rest = raw.filter((w) => !DETERMINERS.has(fold(w)) && !COURTESY.has(fold(w)));
  // Written in lower case, as French writes a title after its article; a capitalised one is read
  // with the words before it by the name finder (« Westgate Shipping President X »).
  if (!rest.length || !rest.every((w) => /^\p{Ll}/u.test(w) && isRoleWord(fold(w)) && !RANKS.has(fold(w)))) return null;
  const text = rest.join(" ");
  return { text, np: title, gender: npGender(title) };
}

/** The comma-segment ending right before the mention: « la ministre de la Défense, X ». */
function roleBefore(text: string, start: number): Role | null {
  // A backward scan, not /,\s*$/ on the text before: that regex tries every offset of a run-on sentence.
  let comma = start - 1;
  while (comma >= 0 && /\s/.test(text[comma]!)) comma--;
  if (comma < 0 || text[comma] !== ",") return null;
  const floor = Math.max(0, comma - 200);
  const before = text.slice(floor, comma);
  const segStart = Math.max(before.lastIndexOf(","), before.lastIndexOf("«"), before.lastIndexOf("(")) + 1;
  const seg = before.slice(segStart).trim();
  return roleOfSegment(seg);
}

/**
 * A role phrase: an optional determiner or possessor (« la », « an », « Norland's »), then words
 * with a role noun among them (« chief military spokesperson », « ministre de la Défense »).
 */
function roleOfSegment(seg: string): Role | null {
  const raw = seg.split(/\s+/).filter(Boolean);
  const ws = raw.map((w) => fold(w));
  if (!ws.length || ws.length > MAX_ROLE_WORDS) return null;
  const firstRole = ws.findIndex(isRoleWord);
  if (firstRole < 0) return null;
  // The phrase starts at its last determiner before the role noun, else at the segment's start,
  // with at most three modifiers before the noun (« Norland's chief naval spokesperson »).
  let from = 0;
  for (let k = 0; k < firstRole; k++) if (DETERMINERS.has(ws[k]!)) from = k;
  if (firstRole - from > 3) return null;
  const np = raw.slice(from).join(" ");
  const text = stripArticle(np).replace(/^(?:son|sa|leur|his|her|their|its|an?|the)\s+/i, "");
  return { text, np, gender: npGender(np) };
}

/** A role noun right before the name, no comma: « Finance minister X », « le ministre de la Santé X ». */
function roleRightBefore(text: string, start: number): Role | null {
  const before = text.slice(Math.max(0, start - 120), start);
  if (!/\S\s+$/.test(before)) return null;
  // Back to the last punctuation; a role phrase is its last few words.
  const cut = Math.max(...[",", ";", ":", "«", "»", "(", ")", "\"", "“", "”", ". "].map((c) => before.lastIndexOf(c))) + 1;
  const raw = before.slice(cut).trim().split(/\s+/).filter(Boolean).slice(-7);
  const ws = raw.map((w) => fold(w));
  // The role noun closes the phrase (« Finance minister ») or heads it with a complement of
  // prepositions and capitalised words (« ministre de la Santé »).
  let head = -1;
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 5); k--) {
    if (isRoleWord(ws[k]!)) {
      head = k;
      break;
    }
    if (!/^(?:de|du|des|d'|la|l'|of|the|for)$/.test(ws[k]!) && !/^\p{Lu}/u.test(raw[k]!)) return null;
  }
  if (head < 0) return null;
  // Up to three modifiers before the noun, back to a determiner: « le nouveau ministre », « chief military spokesperson ».
  let from = head;
  while (from > 0 && head - from < 3 && !DETERMINERS.has(ws[from - 1]!) && /^[\p{L}'’-]+$/u.test(raw[from - 1]!) && !/^(?:a|ont|est|has|have|had|is|was|were|told|said|met|called|asked)$/.test(ws[from - 1]!)) from--;
  const det = from > 0 && DETERMINERS.has(ws[from - 1]!) ? from - 1 : from;
  // Lower-case words before the noun must be its modifiers, not a verb's object: keep them only after a determiner or capitalised.
  if (det === from && from < head && !/^\p{Lu}/u.test(raw[from]!)) from = head;
  const np = raw.slice(det === from ? from : det).join(" ");
  const bare = raw.slice(from).join(" ");
  return { text: bare, np, gender: npGender(np) };
}

/** « X, chef d'état-major des forces armées, … », « X, 57 ans, commandant … », « X, an expert on … ». */
function roleAfter(text: string, end: number): Role | null {
  const after = text.slice(end, end + 240).replace(/^,\s*\(?\d+\s*(?:ans|years old)?\)?(?=\s*,)/, "");
  const ma = /^,\s*([^,;()«»"“”]+)/u.exec(after);
  if (!ma?.[1]) return null;
  // An abbreviation's period (« U.K. ») does not end the apposition; a sentence's does.
  let seg = ma[1].replace(/\.\s+\p{Lu}.*$/u, "").replace(/\.$/, "").trim();
  // « X, a rocket expert at Y said … »: an apposition left unclosed ends at its clause's verb.
  const raw = seg.split(/\s+/);
  const verb = raw.findIndex((w, k) => k > 1 && APPOSITION_ENDS.has(fold(w)));
  if (verb > 1) seg = raw.slice(0, verb).join(" ");
  const ws = words(seg);
  if (!ws.length || ws.length > MAX_ROLE_WORDS) return null;
  const lead = DETERMINERS.has(ws[0]!) ? 1 : 0;
  // The role noun opens the apposition, after its determiner and up to three modifiers (« a senior fellow »).
  let head = -1;
  for (let k = lead; k < Math.min(ws.length, lead + 4); k++) {
    if (isRoleWord(ws[k]!)) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  // « X, a rejoint … », « X, has said … »: a verb, unless the word is an article before the role
  // noun and its modifiers (« X, a senior fellow at … »), none of them a French participle or adverb.
  if (head !== lead && /^(?:a|ont|has|have|is|was)\s/.test(fold(seg)) && !(/^a\s/i.test(seg) && seg.split(/\s+/).slice(1, head).every((w) => !FRENCH_VERB_SHAPE.test(w.toLowerCase())))) return null;
  return { text: stripArticle(seg).replace(/^(?:an?|the|un|une)\s+/i, ""), np: seg, gender: npGender(seg) };
}
