/**
 * The role a person is given around their name: a capitalised title (« Defence Minister Jane
 * Doe »), an apposition before (« la ministre de la Défense, X », « Norland's chief spokesperson,
 * X ») or after (« X, chef d'état-major de … », « X, an expert on … »), or a role noun right before
 * the name with no comma (« Finance minister X », « le ministre de la Santé X »).
 */
import { isPersonDescription, npGender } from "./entities.js";
import { allNameWords, NAME_WORDS } from "./lang/names.js";
import { isPlaceName } from "./lang/places.js";
import { COUNTRIES, DOCUMENT_NOUNS, INSTITUTION_NOUNS, ROLE_NOUNS, TITLES } from "./lexicon.js";
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
const TITLE_HEADS = allNameWords((w) => w.titleHeads);
const LINKERS = allNameWords((w) => w.linkers);
const CLAUSE_OPENERS = allNameWords((w) => w.clauseOpeners);
const PERSON_RELATIVES = allNameWords((w) => w.personRelatives);
const COPULAS = allNameWords((w) => w.copulas);
const CIRCUMSTANCE = allNameWords((w) => w.circumstancePrepositions);
const ORGANISATION_ENDS = allNameWords((w) => w.organisationEnds);
const NAMED_THINGS = allNameWords((w) => w.namedThings);
/** Prepositions that tie a person to a body after their name: « X of the Y Foundation », « X, du think tank Y ». */
const AFFILIATION = /^(?:of|from|with|de|du|des|d['’]|de\s+la|de\s+l['’])\s*/iu;
/** Every language's verbs of function, longest first so « a cofondé » wins over a shorter verb. */
const ROLE_VERBS = Object.values(NAME_WORDS)
  .flatMap((w) => w.roleVerbs.map(([verb, m, f, n]) => ({ verb, m, f, n, contractions: w.contractions })))
  .sort((a, b) => b.verb.length - a.verb.length);
const INDEFINITES = new Set(["a", "an", "un", "une", "d'un", "d'une"]);
/** A word as written shaped like a French past participle or adverb (« rejoint », « dirigé », « notamment »): « a » before it is a verb. */
const FRENCH_VERB_SHAPE = /(?:é|ée|és|ées|i|is|it|u|us|ert|int|uit|ment|eu|fait|déjà|longtemps|toujours|jamais|aussi)$/u;
/** A role phrase is a few words; a longer segment is a clause. */
const MAX_ROLE_WORDS = 12;

const words = (s: string): string[] => fold(s).split(/[\s]+/).filter(Boolean);
const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w.replace(/[^a-z'-]/g, ""));

/**
 * « son homologue » and the like: a relation, not a role; a real role on the other side wins.
 * `gender`, when known, picks the form of a role said by a verb (« qui dirige » → « directrice de »).
 */
export function roleAround(text: string, tokens: Token[], n: NameSpan, gender: "m" | "f" | null = null): Role | null {
  if (n.organisation) return null;
  const titled = n.role ? { text: n.role, np: n.title ?? n.role, gender: npGender(n.role) } : null;
  // A title that is only a rank (« Rear Admiral X ») yields to an apposition saying what the person does.
  if (titled && !RANKS.has(fold(n.role!.split(/\s+/).pop() ?? ""))) return titled;
  const start = tokens[n.mentionStart]!.start;
  const end = tokens[n.last]!.end;
  // « …», juge Mme X »: a courtesy title opens the mention, so a role noun before it is a verb or another's.
  const courtesy = n.title !== null && COURTESY.has(fold(n.title.split(/\s+/)[0] ?? ""));
  // « le Premier ministre X », "United States President X": a title that is a function is read with
  // the words before it, up to the name.
  const functionTitle = !titled && !courtesy && n.title !== null && isFunctionTitle(n.title);
  // (A title that is only a rank, « Brigadier General X », leaves the role to the words before it.)
  const found = roleBefore(text, start) ?? (courtesy ? null : roleRightBefore(text, functionTitle ? tokens[n.first]!.start : start));
  const after = roleAfter(text, end, gender);
  // « le ministre de l'Intérieur X (Parti Y) »: a party in brackets goes with the role.
  if (found && after?.affiliation && after.bracketed) return { ...found, text: `${found.text} (${after.text})` };
  if (found && /^homologue/i.test(found.text) && after) return after;
  return found ?? after ?? titled ?? roleOfTitle(n.title);
}

/** A title whose last word is a function, not a rank nor a courtesy (« ministre », "President"). */
function isFunctionTitle(title: string): boolean {
  const last = fold(title.split(/\s+/).pop() ?? "");
  return (ROLE_NOUNS.has(last) || TITLE_HEADS.has(last)) && !RANKS.has(last) && !COURTESY.has(last);
}

/** Words split off their elided article: « l'ambassadeur » → « l' », « ambassadeur ». */
function splitElided(raw: readonly string[]): string[] {
  return raw.flatMap((w) => {
    const m = /^([ldLD]['’])(\p{L}.*)$/u.exec(w);
    return m ? [m[1]!, m[2]!] : [w];
  });
}

/** Joins words back, an elided article glued to the next word. */
const joinWords = (ws: readonly string[]): string => ws.reduce((acc, w, k) => (k === 0 ? w : /['’]$/.test(ws[k - 1]!) ? acc + w : `${acc} ${w}`), "");

/**
 * A role phrase ends before the circumstance of the frame it sits in: « X, le responsable de la
 * gendarmerie dans une déclaration à la presse », "X, a nurse, in an interview": a preposition of
 * circumstance before an indefinite article or a document.
 */
function cutCircumstance(ws: readonly string[]): number {
  for (let k = 1; k < ws.length - 1; k++) {
    if (!CIRCUMSTANCE.has(fold(ws[k]!))) continue;
    const next = fold(ws[k + 1]!);
    if (INDEFINITES.has(next) || DOCUMENT_NOUNS.has(next) || DOCUMENT_NOUNS.has(fold(ws[k + 2] ?? ""))) return k;
  }
  return ws.length;
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
  let raw = splitElided(seg.split(/\s+/).filter(Boolean));
  raw = raw.slice(0, cutCircumstance(raw));
  const ws = raw.map((w) => fold(w));
  if (!ws.length || ws.length > MAX_ROLE_WORDS + 2) return null;
  const firstRole = ws.findIndex(isRoleWord);
  if (firstRole < 0) return null;
  // The phrase starts at its last determiner before the role noun, else at the segment's start,
  // with at most three modifiers before the noun (« Norland's chief naval spokesperson »), counted
  // after a possessor (« the agency's chief trial lawyer »).
  let from = 0;
  let base = 0;
  for (let k = 0; k < firstRole; k++) {
    if (DETERMINERS.has(ws[k]!)) from = base = k;
    else if (/\p{L}(?:'s|s')$/u.test(ws[k]!)) base = k;
  }
  if (firstRole - base > 3) return null;
  const np = joinWords(raw.slice(from));
  const text = stripArticle(np).replace(/^(?:son|sa|leur|his|her|their|its|an?|the)\s+/i, "");
  return { text, np, gender: npGender(np) };
}

/** A role noun right before the name, no comma: « Finance minister X », « le ministre de la Santé X ». */
function roleRightBefore(text: string, start: number): Role | null {
  const before = text.slice(Math.max(0, start - 120), start);
  if (!/\S\s+$/.test(before)) return null;
  // Back to the last punctuation; a role phrase is its last few words.
  const cut = Math.max(...[",", ";", ":", "«", "»", "(", ")", "\"", "“", "”", ". "].map((c) => before.lastIndexOf(c))) + 1;
  const all = splitElided(before.slice(cut).trim().split(/\s+/).filter(Boolean));
  // Whether the phrase may run back to where the window starts: a punctuation mark or the sentence's start, not a word cut off.
  const opened = cut > 0 || start <= 120;
  const raw = all.slice(-8);
  const whole = opened && raw.length === all.length;
  const ws = raw.map((w) => fold(w));
  // The role noun closes the phrase (« Finance minister ») or heads it with a complement of
  // prepositions and capitalised words (« ministre de la Santé », « ministre de l'Intérieur »).
  let head = -1;
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 6); k--) {
    if (isRoleWord(ws[k]!)) {
      head = k;
      break;
    }
    // (« le président russe X »: a nationality after the noun.)
    if (!/^(?:de|du|des|d'|la|l'|of|the|for)$/.test(ws[k]!) && !/^\p{Lu}/u.test(raw[k]!) && !COUNTRIES.has(ws[k]!)) return null;
  }
  if (head < 0) return null;
  // Up to three modifiers before the noun, back to a determiner: « le nouveau ministre », « chief military spokesperson ».
  let from = head;
  // A preposition stops it (« un discours du président X »), unless it links a body's capitalised
  // name (« Department of Correction spokesman X »).
  const linking = (k: number) => (CLAUSE_OPENERS.has(ws[k]!) || LINKERS.has(ws[k]!)) && !(/^(?:of|for|de|du|des|d')$/.test(ws[k]!) && k > 0 && /^\p{Lu}/u.test(raw[k - 1]!) && /^\p{Lu}/u.test(raw[k + 1] ?? ""));
  while (from > 0 && head - from < 3 && !DETERMINERS.has(ws[from - 1]!) && /^[\p{L}'’.-]+$/u.test(raw[from - 1]!) && !linking(from - 1) && !/^(?:a|ont|est|has|have|had|is|was|were|told|said|met|called|asked)$/.test(ws[from - 1]!)) from--;
  const det = from > 0 && DETERMINERS.has(ws[from - 1]!) ? from - 1 : from;
  // Lower-case words before the noun must be its modifiers, not a verb's object: kept after a
  // determiner, or when the phrase opens the clause (« ”, fisheries bureau spokesman X said »);
  // else the phrase starts at its first capitalised word (« by United States President X »).
  if (det === from && from < head && !/^\p{Lu}/u.test(raw[from]!) && !(whole && from === 0)) {
    while (from < head && !/^\p{Lu}/u.test(raw[from]!)) from++;
  }
  // « Commandant Major General X »: the ranks right before the name belong to its title, not the role.
  let to = raw.length;
  while (to - 1 > head && (RANKS.has(ws[to - 1]!) || TITLES.has(ws[to - 1]!))) to--;
  const np = joinWords(raw.slice(det === from ? from : det, to));
  const bare = joinWords(raw.slice(from, to));
  // A nationality alone before the role noun is kept with it (« British historian »); a people alone is no role.
  if (!bare || (from === head && to === head + 1 && !isRoleWord(ws[head]!))) return null;
  return { text: bare, np, gender: npGender(np) };
}

/** The role said after a known person's surname (« Pike, a retired engineer, … »), not a body alone. */
export function roleAfterName(text: string, end: number, gender: "m" | "f" | null): Role | null {
  const r = roleAfter(text, end, gender);
  return r && !r.affiliation ? r : null;
}

/** A role read after the name; `affiliation` when it names only a body (« of the Y Foundation », « (Parti Y) »). */
interface RoleAfter extends Role {
  affiliation?: true;
  bracketed?: true;
}

/**
 * « X, chef d'état-major des forces armées, … », « X, 57 ans, commandant … », « X, an expert on … »,
 * « X, who heads the Y institute », « X (Parti Y) », « X of the Y Foundation », « X is the head of Y ».
 */
function roleAfter(text: string, end: number, gender: "m" | "f" | null): RoleAfter | null {
  let after = text.slice(end, end + 240).replace(/^,\s*\(?\d+\s*(?:ans|years old)?\)?(?=\s*,)/, "");
  // « X (Parti Y) », « X (ČSSD) »: a body in brackets right after the name is their party or employer.
  const paren = /^\s*\(([^()\d]{2,60})\)/u.exec(after);
  let bracket: RoleAfter | null = null;
  if (paren?.[1]) {
    const inner = paren[1].trim();
    if (namesBody(inner)) bracket = { text: inner, np: inner, gender: null, affiliation: true, bracketed: true };
    after = after.slice(paren[0].length);
  }
  // « X of the Y Foundation said », « X du think tank Y »: a body after a preposition, no role noun.
  const tie = /^\s+((?:of|from|du|de\s+la|de\s+l['’]|des)\s+[^,;()«»"“”.]+)/iu.exec(after);
  if (tie?.[1]) {
    const aff = affiliationOf(tie[1]);
    if (aff) return aff;
  }
  const copula = /^\s+(\p{L}+)\s+(\p{L}+['’]?)/u.exec(after);
  if (copula && COPULAS.has(fold(copula[1]!)) && DETERMINERS.has(fold(copula[2]!).replace(/'$/, "'"))) {
    // « X is the head of Y. », « X est la directrice de Y »: a sentence that gives the role.
    const seg = /^\s+\p{L}+\s+([^,;()«»"“”]+)/u.exec(after)?.[1];
    const r = seg ? appositionRole(seg.replace(/\.\s.*$/u, "").replace(/\.$/, "")) : null;
    if (r) return r;
  }
  const ma = /^,\s*([^,;()«»"“”]+)/u.exec(after);
  if (!ma?.[1]) return bracket;
  // An abbreviation's period (« U.K. ») does not end the apposition; a sentence's does.
  const seg = ma[1].replace(/\.\s+\p{Lu}.*$/u, "").replace(/\.$/, "").trim();
  const words0 = seg.split(/\s+/);
  // « X, who heads the Y institute », « X, qui dirige l'institut Y »: a relative clause that says the function.
  if (words0.length > 1 && PERSON_RELATIVES.has(fold(words0[0]!))) {
    const rel = relativeRole(words0.slice(1), gender);
    return rel ?? bracket;
  }
  // « X, du think tank Y, … », "X, of the Y Foundation, …".
  if (AFFILIATION.test(seg)) return affiliationOf(seg) ?? bracket;
  return appositionRole(seg) ?? bracket;
}

/**
 * The role a description of a person says (« the economist », « a retired engineer »), for a
 * person it points back to who has none yet.
 */
export function roleOfDescription(np: string): Role | null {
  return appositionRole(np);
}

/** The role an apposition says: a role noun after its determiner and up to three modifiers. */
function appositionRole(seg0: string): RoleAfter | null {
  let seg = seg0.trim();
  // « X, a rocket expert at Y said … »: an apposition left unclosed ends at its clause's verb.
  let raw = seg.split(/\s+/);
  const verb = raw.findIndex((w, k) => k > 1 && APPOSITION_ENDS.has(fold(w)));
  if (verb > 1) raw = raw.slice(0, verb);
  raw = raw.slice(0, cutCircumstance(raw));
  // « président du groupe … du parti Y et proche conseiller du Premier ministre Z »: a long apposition
  // coordinating two roles keeps the first.
  if (raw.length > MAX_ROLE_WORDS) {
    const and = raw.findIndex((w, k) => k > 1 && /^(?:et|and)$/i.test(w));
    if (and > 1) raw = raw.slice(0, and);
  }
  seg = raw.join(" ");
  const ws = words(seg);
  if (!ws.length || ws.length > MAX_ROLE_WORDS) return null;
  const lead = DETERMINERS.has(ws[0]!) || /^[ld]'/.test(ws[0]!) ? 1 : 0;
  // The role noun opens the apposition, after its determiner and up to three modifiers (« a senior fellow »).
  let head = -1;
  for (let k = lead === 1 && /^[ld]'/.test(ws[0]!) ? 0 : lead; k < Math.min(ws.length, lead + 4); k++) {
    if (isRoleWord(ws[k]!.replace(/^[ld]'/, ""))) {
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

/** Whether words name a body: an acronym, or capitalised words closed by a body's noun (« Green Union party »). */
function namesBody(words0: string): boolean {
  const ws = words0.trim().split(/\s+/).filter(Boolean);
  if (!ws.length || ws.length > 6 || isPlaceName(words0) || COUNTRIES.has(fold(words0))) return false;
  if (ws.every((w) => /^[\p{Lu}\d&.-]{2,}$/u.test(w))) return true;
  const keys = ws.map((w) => fold(w).replace(/[^\p{L}'-]/gu, ""));
  return /^\p{Lu}/u.test(ws[0]!) && keys.some((k) => INSTITUTION_NOUNS.has(k) || ORGANISATION_ENDS.has(k));
}

/**
 * « of the Y Foundation », « du think tank Y »: the person's body, as written, when it is one (a
 * capitalised name, not a place: « X, 34, of Dunmore » says where they live, no role).
 */
function affiliationOf(seg0: string): RoleAfter | null {
  const raw = seg0.trim().split(/\s+/);
  const verb = raw.findIndex((w, k) => k > 1 && (APPOSITION_ENDS.has(fold(w)) || /^\p{Ll}+(?:ed|s)$/u.test(w) && k > 0 && /^\p{Lu}/u.test(raw[k - 1]!)));
  const ws = raw.slice(0, verb > 1 ? verb : raw.length);
  const cut = ws.slice(0, cutCircumstance(ws));
  if (cut.length < 2 || cut.length > 8) return null;
  const body = cut.join(" ").replace(AFFILIATION, "").replace(/^(?:the|le|la|les)\s+/i, "");
  if (!/\p{Lu}/u.test(body) || isPlaceName(body) || COUNTRIES.has(fold(body))) return null;
  // A body's name: an acronym, or a word of a body (« Foundation », « think tank », « Partners »);
  // a town or a bare common noun (« of Dunmore », « of the city ») says where, not for whom.
  const named = body.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (!named.length || named.every((w) => isPlaceName(w) || COUNTRIES.has(fold(w)))) return null;
  const keys = body.split(/\s+/).map((w) => fold(w).replace(/[^\p{L}'-]/gu, ""));
  // (After « from », a named thing is as often a town as a body: only a body's own word counts.)
  const origin = /^from\s/i.test(cut.join(" "));
  if (!body.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w)) && !keys.some((k) => INSTITUTION_NOUNS.has(k) || ORGANISATION_ENDS.has(k) || (!origin && NAMED_THINGS.has(k)))) return null;
  const text = cut.join(" ");
  return { text, np: text, gender: null, affiliation: true };
}

/**
 * « who heads the Y institute » → « head of the Y institute »; « qui dirige l'institut Y » →
 * « directrice de l'institut Y » for a woman, « à la tête de l'institut Y » when the gender is unknown.
 */
function relativeRole(ws0: readonly string[], gender: "m" | "f" | null): RoleAfter | null {
  const folded = ws0.map((w) => fold(w));
  // « who is the head of Y », « qui est la directrice de Y »: the role itself.
  if (COPULAS.has(folded[0]!) && ws0.length > 1 && DETERMINERS.has(folded[1]!.replace(/^[ld]'.*/, (m) => m.slice(0, 2)))) return appositionRole(ws0.slice(1).join(" "));
  const joined = folded.join(" ");
  const rv = ROLE_VERBS.find((v) => joined === v.verb || joined.startsWith(`${v.verb} `));
  if (!rv) return null;
  let obj = ws0.slice(rv.verb.split(" ").length);
  const verb = obj.findIndex((w, k) => k > 0 && APPOSITION_ENDS.has(fold(w)));
  if (verb > 0) obj = obj.slice(0, verb);
  obj = obj.slice(0, cutCircumstance(obj));
  if (!obj.length || obj.length > 10) return null;
  // The object is a body: a determiner, a possessor or a capitalised name first.
  const first = fold(obj[0]!);
  if (!DETERMINERS.has(first) && !/^[ld]'/.test(first) && !/^\p{Lu}/u.test(obj[0]!)) return null;
  const noun = gender === "f" ? rv.f : gender === "m" ? rv.m : rv.n;
  let text = `${noun} ${obj.join(" ")}`;
  // « directeur de le centre » → « directeur du centre ».
  for (const [from, to] of rv.contractions) text = text.replace(new RegExp(`(^|\\s)${from}(?=\\s)`, "iu"), `$1${to}`);
  text = text.replace(/\b(de|à) l['’]\s+/giu, "$1 l'");
  return { text, np: text, gender };
}

/**
 * « X, 58, from Dunmore », « X, a Norlander from the coast »: where a person is from, or their
 * nationality, when the apposition says nothing else. A description to show, not a role.
 */
export function descriptionAfter(text: string, end: number): string | null {
  const m = /^,\s*(?:(\d{1,3}),\s*)?([^,;()«»"“”.]+)/u.exec(text.slice(end, end + 160));
  if (!m?.[2]) return null;
  const seg = m[2].trim();
  const ws = seg.split(/\s+/);
  if (ws.length > 7) return null;
  const folded = ws.map((w) => fold(w));
  // « from Dunmore », « originaire de Lunel »: a preposition of origin and a capitalised place.
  const origin = /^(?:from|of|de|d'|du|originaire)$/.test(folded[0]!) && ws.slice(1).some((w) => /^\p{Lu}/u.test(w));
  // « a Norwegian », « un Norvégien de Bergen »: an article and a nationality, perhaps a place after it.
  const nationality = INDEFINITES.has(folded[0]!) && ws.length >= 2 && COUNTRIES.has(folded[1]!.replace(/e?s$/, "")) || (INDEFINITES.has(folded[0]!) && COUNTRIES.has(folded[1]!));
  if (!origin && !nationality) return null;
  // A verb after it is the clause, not the apposition (« X, of course, said … » has no capital).
  return seg;
}
