/**
 * The role a person is given around their name: a capitalised title (« Defence Minister Jane
 * Doe »), an apposition before (« la ministre de la Défense, X », « Norland's chief spokesperson,
 * X ») or after (« X, chef d'état-major de … », « X, an expert on … »), or a role noun right before
 * the name with no comma (« Finance minister X », « le ministre de la Santé X »).
 */
import { isPersonDescription, npGender } from "./entities.js";
import { allNameWords, NAME_WORDS } from "./lang/names.js";
import { isPlaceName } from "./lang/places.js";
import { CALENDAR, monthForms } from "./lang/calendar.js";
import { COUNTRIES, DOCUMENT_NOUNS, INSTITUTION_NOUNS, RELATION_NOUNS, ROLE_NOUNS, TITLES } from "./lexicon.js";
import type { NameSpan } from "./names.js";
import { fold, memoShort, stripArticle } from "./text.js";
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
/** Linking words inside a body's name (« Union for the Coast », « Office of Roads »), not « and »: the name goes on over them. */
const BODY_LINKS: ReadonlySet<string> = new Set([...LINKERS].filter((w) => !["and", "et", "&"].includes(w)));
const CLAUSE_OPENERS = allNameWords((w) => w.clauseOpeners);
const PERSON_RELATIVES = allNameWords((w) => w.personRelatives);
/** Relative pronouns that do not stand for the person named before them (« which », « dont »). */
const OTHER_RELATIVES: ReadonlySet<string> = new Set([...allNameWords((w) => w.relatives)].filter((w) => !PERSON_RELATIVES.has(w)));
const COPULAS = allNameWords((w) => w.copulas);
const CIRCUMSTANCE = allNameWords((w) => w.circumstancePrepositions);
const ORGANISATION_ENDS = allNameWords((w) => w.organisationEnds);
const NAMED_THINGS = allNameWords((w) => w.namedThings);
const IRREGULAR_PAST = allNameWords((w) => w.irregularPast);
const VERB_STOPS = allNameWords((w) => w.verbStops);
const ROLE_TIME_ENDS = allNameWords((w) => w.roleTimeEnds);
const DATE_PREPOSITIONS = allNameWords((w) => w.datePrepositions);
const TIME_DEICTICS = allNameWords((w) => w.timeDeictics);
const TIME_UNITS = allNameWords((w) => w.timeUnits);
const APPOSITION_NOUNS = allNameWords((w) => w.appositionNouns);
const APPOINTED = allNameWords((w) => w.appointmentParticiples);
/** Markers after a participle of appointment, as word lists (« au poste de » → three words), longest first. */
const APPOINTMENT_MARKERS = [...allNameWords((w) => w.appointmentMarkers)].map((m) => m.split(" ")).sort((a, b) => b.length - a.length);
/** Phrases of function (« à la tête de »), folded, as word lists, longest first. */
const ROLE_PHRASES = [...allNameWords((w) => w.rolePhrases)].map((m) => m.split(" ")).sort((a, b) => b.length - a.length);
/** Words before a participle of appointment in a relative or an apposition (« who was », « qui a été », "has since been"). */
const APPOINTMENT_AUX = new Set([...allNameWords((w) => w.auxiliaries), ...allNameWords((w) => w.copulas), "been", "a", "ete", "fut", "avait", "since", "recently", "recemment", "just", "vient", "d'etre", "later", "then", "newly"]);
/** Months of every language: « en mai », "in May" after a role dates it. */
const MONTHS = new Set(Object.values(CALENDAR).flatMap(monthForms).map((m) => fold(m)));
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
/** The words that tie a noun to its complement (« du », "of"): a role after them is the complement's. */
const OF_WORDS = new Set(["of", "de", "du", "des", "d'"]);
const OCCUPATION_ENDINGS = [...allNameWords((w) => w.occupationEndings)];
const AUXILIARIES = allNameWords((w) => w.auxiliaries);
const SENTENCE_ADVERBS = allNameWords((w) => w.sentenceAdverbs);
/** Words after which a role names the complement of a verb (« au préfet », « du maire »): « of », « de » and the contractions. */
const DATIVES: ReadonlySet<string> = new Set([...OF_WORDS, ...Object.values(NAME_WORDS).flatMap((w) => w.contractions.map(([, c]) => c))]);
/**
 * A role noun: listed, or one whose ending names a trade (« toxicologue », « biologiste »,
 * "pharmacologist", "technician"), singular or plural, long enough not to be a short common word.
 */
const isRoleWord = (w: string): boolean => {
  const key = w.replace(/[^a-z'-]/g, "");
  if (ROLE_NOUNS.has(key)) return true;
  const stem = key.replace(/s$/, "");
  return stem.length >= 7 && OCCUPATION_ENDINGS.some((e) => stem.endsWith(e));
};

/**
 * « son homologue » and the like: a relation, not a role; a real role on the other side wins.
 * `gender`, when known, picks the form of a role said by a verb (« qui dirige » → « directrice de »).
 */
export function roleAround(text: string, tokens: Token[], n: NameSpan, gender: "m" | "f" | null = null): Role | null {
  if (n.organisation) return null;
  const titled = n.role ? { text: n.role, np: n.title ?? n.role, gender: npGender(n.role) } : null;
  // A title that is only a rank (« Rear Admiral X ») yields to an apposition saying what the person does.
  if (titled && !RANKS.has(fold(n.role!.split(/\s+/).pop() ?? ""))) {
    // "NATO Secretary-General X", "UN envoy X": the acronym of the body right before the title is the role's.
    const body = tokens[n.mentionStart - 1];
    if (body && /^\p{Lu}{2,6}$/u.test(body.text) && text.slice(body.end, tokens[n.mentionStart]!.start) === " ") return { ...titled, text: `${body.text} ${titled.text}` };
    return titled;
  }
  const start = tokens[n.mentionStart]!.start;
  const end = tokens[n.last]!.end;
  // « …», juge Mme X »: a courtesy title opens the mention, so a role noun before it is a verb or another's.
  const courtesy = n.title !== null && COURTESY.has(fold(n.title.split(/\s+/)[0] ?? ""));
  // « le Premier ministre X », "United States President X": a title that is a function is read with
  // the words before it, up to the name.
  const functionTitle = !titled && !courtesy && n.title !== null && isFunctionTitle(n.title);
  // (A title that is only a rank, « Brigadier General X », leaves the role to the words before it.)
  const found = roleBefore(text, start, /^\s*,/.test(text.slice(end, end + 3))) ?? (courtesy ? null : roleRightBefore(text, functionTitle ? tokens[n.first]!.start : start));
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
const ELIDED_WORD = /^([ldLD]['’])(\p{L}.*)$/u;
function splitElided(raw: readonly string[]): string[] {
  return raw.flatMap((w) => {
    const m = ELIDED_WORD.exec(w);
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
  for (let k = 1; k < ws.length; k++) {
    const w = fold(ws[k]!);
    // « depuis 2018 », "since May": what dates the role is no part of it.
    if (ROLE_TIME_ENDS.has(w) || ROLE_TIME_ENDS.has(w.replace(/'.*$/, "'"))) return k;
    // « en 2019 », "in May 2021", « le 21 juin »: a preposition before a year, a month or a day dates it.
    const next = fold(ws[k + 1] ?? "").replace(/[^\p{L}\d]/gu, "");
    const third = fold(ws[k + 2] ?? "").replace(/[^\p{L}\d]/gu, "");
    if (DATE_PREPOSITIONS.has(w) && (/^(?:1[89]|20)\d\d$/.test(next) || MONTHS.has(next) || (/^(?:[1-9]|[12]\d|3[01])(?:er)?$/.test(next) && MONTHS.has(third)))) return k;
    // "last year", « cette semaine ».
    if (TIME_DEICTICS.has(w) && TIME_UNITS.has(next)) return k;
  }
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

/**
 * The comma-segment ending right before the mention: « la ministre de la Défense, X ». Not a fronted
 * phrase of circumstance, whose noun is another's (« Répondant aux questions de la maire, X a promis »,
 * "Speaking alongside the president, X said"): one opened by a participle, or by a preposition when
 * the name goes straight on to its verb (« Selon la porte-parole, Anne Roy, … » is an apposition).
 */
function roleBefore(text: string, start: number, closed: boolean): Role | null {
  // A backward scan, not /,\s*$/ on the text before: that regex tries every offset of a run-on sentence.
  let comma = start - 1;
  while (comma >= 0 && /\s/.test(text[comma]!)) comma--;
  if (comma < 0 || text[comma] !== ",") return null;
  const floor = Math.max(0, comma - 200);
  let before = text.slice(floor, comma);
  // « la cheffe des élus de Y (ABC), X »: a body's acronym in brackets closes the role and stays with it.
  const bracket = /\s*\(([^()]{1,40})\)\s*$/u.exec(before);
  if (bracket) before = before.slice(0, bracket.index);
  const segStart = Math.max(before.lastIndexOf(","), before.lastIndexOf("«"), before.lastIndexOf("(")) + 1;
  const seg = before.slice(segStart).trim();
  if (frontedCircumstance(seg, closed)) return null;
  const role = roleOfSegment(seg);
  return role && bracket ? { ...role, text: `${role.text} (${bracket[1]!.trim()})` } : role;
}

/** Whether a comma-segment is a fronted phrase of circumstance (see roleBefore). */
function frontedCircumstance(seg: string, closed: boolean): boolean {
  const first = fold(seg.split(/[\s'’]+/)[0] ?? "");
  if (!closed && FRONTED_PREPOSITIONS.has(first)) return true;
  // (« Dirigeant du parti, X », « Représentant de Y, X »: a role noun shaped like a participle is a role.)
  return first.length > 4 && PARTICIPLE_ENDINGS.some((e) => first.endsWith(e)) && !isRoleWord(first) && /^\p{Lu}/u.test(seg) && seg.split(/\s+/).length > 1;
}
const FRONTED_PREPOSITIONS = allNameWords((w) => w.frontedPrepositions);
const PARTICIPLE_ENDINGS = [...allNameWords((w) => w.participleEndings)];

/**
 * A role phrase: an optional determiner or possessor (« la », « an », « Norland's »), then words
 * with a role noun among them (« chief military spokesperson », « ministre de la Défense »).
 */
// A segment's role and an apposition's are read from the phrase and the fixed word lists alone:
// remembered by phrase (the same « , la directrice du port, » follows each mention of a name),
// each caller given its own copy.
const roleOfSegmentMemo = memoShort(roleOfSegmentNow);
function roleOfSegment(seg: string): Role | null {
  const r = roleOfSegmentMemo(seg);
  return r && { ...r };
}

function roleOfSegmentNow(seg: string): Role | null {
  let raw = splitElided(seg.split(/\s+/).filter(Boolean));
  raw = raw.slice(0, cutCircumstance(raw));
  const ws = raw.map((w) => fold(w));
  if (!ws.length || ws.length > MAX_ROLE_WORDS + 2) return null;
  const firstRole = ws.findIndex((w) => isRoleWord(w) || APPOSITION_NOUNS.has(w));
  if (firstRole < 0) return null;
  // « la rectrice a confié la mission au directeur des écoles de Y, X »: a verb after the first role noun
  // makes the segment a clause; the role is the one its last complement names, never the clause.
  const verb = ws.findIndex((w, k) => k > firstRole && /^\p{Ll}/u.test(raw[k]!) && (AUXILIARIES.has(w) || ((w === "a" || COPULAS.has(w)) && FRENCH_VERB_SHAPE.test((raw[k + 1] ?? "").toLowerCase()))));
  if (verb > 0) {
    const rest = raw.slice(verb + 1);
    const noun = rest.findLastIndex((w) => isRoleWord(fold(w)));
    const at = rest.findLastIndex((w, k) => k < noun && DATIVES.has(fold(w)));
    return at >= 0 ? roleOfSegment(rest.slice(at + 1).join(" ")) : null;
  }
  // The phrase starts at its last determiner before the role noun, else at the segment's start,
  // with at most three modifiers before the noun (« Norland's chief naval spokesperson »), counted
  // after a possessor (« the agency's chief trial lawyer »).
  let from = 0;
  let base = 0;
  for (let k = 0; k < firstRole; k++) {
    if (DETERMINERS.has(ws[k]!)) from = base = k;
    // « la mort du chef de Y, X », "the death of the leader of Y, X": the role is the complement's.
    else if (OF_WORDS.has(ws[k]!) && k > 0) from = base = k + 1;
    // « But », « Mais », « Also »: a conjunction or an adverb opening the sentence is no part of the role.
    else if (k === from && CLAUSE_OPENERS.has(ws[k]!)) from = base = k + 1;
    else if (/\p{L}(?:'s|s')$/u.test(ws[k]!)) {
      // "X also clarified Y's daughter": lower-case words before a possessor, with no determiner, are a clause's.
      if (ws.slice(from, k).some((w, j) => /^\p{Ll}/u.test(raw[from + j]!) && !DETERMINERS.has(w))) from = k;
      base = k;
    }
  }
  if (firstRole - base > 3) return null;
  const np = joinWords(raw.slice(from));
  // « her husband, X », « sa sœur, X »: a relation keeps whose it is.
  const relation = RELATION_NOUNS.has(ws[firstRole]!.replace(/[^\p{L}'-]/gu, ""));
  const text = stripArticle(np)
    .replace(relation ? /^(?:an?|une?|the)\s+/i : /^(?:son|sa|leur|his|her|their|its|an?|une?|the)\s+/i, "")
    .replace(/^\p{Lu}(?=\p{Ll}*\s)/u, (c) => (relation && DETERMINERS.has(fold(np.split(/\s+/)[0] ?? "")) ? c.toLowerCase() : c));
  return { text, np, gender: npGender(np) };
}

/** Words after which a lower-case noun is a role's complement: « de », « à l' », « du ». */
const COMPLEMENT_LINKS = new Set(["de", "du", "des", "d'", "l'", "la", "a", "au", "aux", "of"]);
/** Articles contracted with a preposition (« du », « au »): « du milliardaire X ». */
const CONTRACTED_ARTICLES: ReadonlySet<string> = new Set(Object.values(NAME_WORDS).flatMap((w) => w.contractions.map(([, c]) => c)));
/** Endings of adjectives that follow a role noun (« socialiste », « sortant », « fédéral »). */
const ADJECTIVE_ENDINGS = ["iste", "ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "ique", "al", "ale", "el", "elle", "if", "ive", "ant", "ante", "ent", "ente", "aire"];
const DOER_ENDINGS = [...allNameWords((w) => w.agentEndings), ...allNameWords((w) => w.occupationEndings)];
const NOT_DOER_ENDINGS = [...allNameWords((w) => w.thingEndings)];
/** A singular noun shaped like a doer's (« chirurgien », « milliardaire », "welder"), not a thing's (« gouvernement »). */
const isDoerNoun = (w: string): boolean => !/s$/.test(w) && !NOT_DOER_ENDINGS.some((e) => w.endsWith(e)) && DOER_ENDINGS.some((e) => w.endsWith(e)) && !COUNTRIES.has(w);

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
  // « le neurochirurgien X », « du milliardaire X »: a doer's noun no list holds, between an article
  // and the name, is the person's occupation (an adjective there has no doer's ending).
  const last = ws.length - 1;
  if (last >= 1 && !isRoleWord(ws[last]!) && /^\p{Ll}/u.test(raw[last]!) && ws[last]!.length >= 6 && (DETERMINERS.has(ws[last - 1]!) || CONTRACTED_ARTICLES.has(ws[last - 1]!)) && isDoerNoun(ws[last]!)) {
    const np = joinWords(raw.slice(last - 1));
    return { text: raw[last]!, np, gender: npGender(np) };
  }
  // The role noun closes the phrase (« Finance minister ») or heads it with a complement of
  // prepositions and capitalised words (« ministre de la Santé », « ministre de l'Intérieur »).
  let head = -1;
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 8); k--) {
    if (isRoleWord(ws[k]!)) {
      head = k;
      break;
    }
    // « le commissaire à l'économie X », « le préfet de police X »: a lower-case noun after a
    // preposition or an article is the complement of the role noun further back; « le Premier
    // ministre socialiste X »: an adjective right after the role noun qualifies it.
    // (« à » with its accent only: « a » is the verb of « la ministre a reçu X ».)
    if (/^\p{Ll}/u.test(raw[k]!) && k > 0 && ((COMPLEMENT_LINKS.has(ws[k - 1]!) && raw[k - 1] !== "a") || (isRoleWord(ws[k - 1]!) && ADJECTIVE_ENDINGS.some((e) => ws[k]!.endsWith(e))))) continue;
    // « ministre de la Mer et du Littoral X »: « et » between two capitalised departments.
    if ((ws[k] === "et" || ws[k] === "and") && k > 0 && /^\p{Lu}/u.test(raw[k - 1]!)) continue;
    // (« le président russe X »: a nationality after the noun.)
    // (« le ministre des Affaires étrangères X »: a department's adjective after its capitalised noun.)
    const departmentAdjective = k > 1 && /^\p{Lu}/u.test(raw[k - 1]!) && OF_WORDS.has(ws[k - 2]!.replace(/'.*$/, "'"));
    if (!/^(?:de|du|des|d'|la|l'|of|the|for|au|aux)$/.test(ws[k]!) && raw[k] !== "à" && !/^\p{Lu}/u.test(raw[k]!) && !COUNTRIES.has(ws[k]!) && !departmentAdjective) return null;
  }
  if (head < 0) return null;
  // Up to three modifiers before the noun, back to a determiner: « le nouveau ministre », « chief military spokesperson ».
  let from = head;
  // A preposition stops it (« un discours du président X »), unless it links a body's capitalised
  // name (« Department of Fisheries spokesman X »).
  const linking = (k: number) => (CLAUSE_OPENERS.has(ws[k]!) || LINKERS.has(ws[k]!)) && !(/^(?:of|for|de|du|des|d')$/.test(ws[k]!) && k > 0 && /^\p{Lu}/u.test(raw[k - 1]!) && /^\p{Lu}/u.test(raw[k + 1] ?? ""));
  while (from > 0 && head - from < 3 && !DETERMINERS.has(ws[from - 1]!) && /^[\p{L}'’.-]+$/u.test(raw[from - 1]!) && !linking(from - 1) && !/^(?:a|ont|est|has|have|had|is|was|were|told|said|met|called|asked)$/.test(ws[from - 1]!)) from--;
  // « Green Union for the Coast leader X »: a body's capitalised name, written over one or two of
  // its linking words (« for the », « of »), runs back from the role's first capital to its own first.
  while (from > 2 && /^\p{Lu}/u.test(raw[from]!)) {
    let j = from - 1;
    while (j >= from - 2 && j > 0 && BODY_LINKS.has(ws[j]!) && /^\p{Ll}/u.test(raw[j]!)) j--;
    if (j === from - 1 || !/^\p{Lu}/u.test(raw[j]!)) break;
    while (j > 0 && /^\p{Lu}/u.test(raw[j - 1]!) && !DETERMINERS.has(ws[j - 1]!)) j--;
    from = j;
  }
  // « Constitutional Green Party of Norland leader X »: a body's name with its own complement (a
  // linking word between capitals inside the phrase) keeps the capitalised words it opens with.
  if (/^\p{Lu}/u.test(raw[from]!) && raw.slice(from + 1, head).some((w, k) => BODY_LINKS.has(ws[from + 1 + k]!) && /^\p{Ll}/u.test(w) && /^\p{Lu}/u.test(raw[from + k]!))) {
    while (from > 0 && /^\p{Lu}/u.test(raw[from - 1]!) && !DETERMINERS.has(ws[from - 1]!) && !CLAUSE_OPENERS.has(ws[from - 1]!) && !SENTENCE_ADVERBS.has(ws[from - 1]!)) from--;
  }
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
  // (« de l'union … »: the elided article is glued to its noun.)
  const tie = /^\s+((?:(?:of|from|du|de\s+la|des)\s+|de\s+l['’]\s*)[^,;()«»"“”.]+)/iu.exec(after);
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
const appositionMemo = memoShort(appositionRoleNow);
function appositionRole(seg: string): RoleAfter | null {
  const r = appositionMemo(seg);
  return r && { ...r };
}

function appositionRoleNow(seg0: string): RoleAfter | null {
  let seg = seg0.trim();
  // « X, a rocket expert at Y said … »: an apposition left unclosed ends at its clause's verb.
  let raw = seg.split(/\s+/);
  // (Written in lower case: « the Will Foundation » holds no verb.)
  // So does a verb in -ed right after a body's capitalised name (« … at the Y Institute raised doubts »).
  const verb = raw.findIndex((w, k) => k > 1 && LOWER_FIRST.test(w) && (APPOSITION_ENDS.has(fold(w)) || (LOWER_ED.test(w) && UPPER_FIRST.test(raw[k - 1]!) && !/['’]s?$/u.test(raw[k - 1]!))));
  if (verb > 1) raw = raw.slice(0, verb);
  // « X, elected mayor in 2019, … », « X, nommée à la tête de Y en mai »: the function taken.
  const appointed = appointedRole(raw);
  if (appointed !== undefined) return appointed;
  raw = raw.slice(0, cutCircumstance(raw));
  // « président du groupe … du parti Y et proche conseiller du Premier ministre Z »: a long apposition
  // coordinating two roles keeps the first (an « and » inside a body's name, between capitals, is the name's).
  if (spanWords(raw) > MAX_ROLE_WORDS) {
    const and = raw.findIndex((w, k) => k > 1 && /^(?:et|and)$/i.test(w) && !(/^\p{Lu}/u.test(raw[k - 1]!) && /^\p{Lu}/u.test(raw[k + 1] ?? "")));
    if (and > 1) raw = raw.slice(0, and);
  }
  // « présidente de la plus ancienne ligue de protection des rivières et des lacs du pays »: a
  // role still too long loses its last complements (from its last « de », "of") until it fits.
  for (let guard = 0; spanWords(raw) > MAX_ROLE_WORDS && raw.length <= 2 * MAX_ROLE_WORDS && guard < MAX_ROLE_WORDS; guard++) {
    const of = raw.findLastIndex((w, k) => k > 1 && OF_WORDS.has(fold(w).replace(/'.*$/, "'")));
    if (of <= 1) break;
    raw = raw.slice(0, of);
  }
  seg = raw.join(" ");
  const ws = words(seg);
  if (!ws.length || spanWords(raw) > MAX_ROLE_WORDS || raw.length > 2 * MAX_ROLE_WORDS) return null;
  // « X, in which a soldier … », « X, dont le frère … »: a relative clause on a thing or another, not what X is
  if (ws.slice(0, 2).some((w) => OTHER_RELATIVES.has(w))) return null;
  // « X, 58, told Y … »: a clause after the name, opened by its verb, is no apposition.
  if (/^\p{Ll}/u.test(raw[0]!) && (APPOSITION_ENDS.has(ws[0]!) || IRREGULAR_PAST.has(ws[0]!) || VERB_STOPS.has(ws[0]!))) return null;
  // « à la tête de la fédération », "at the helm of Y": a phrase of function and its body.
  if (rolePhraseAt(ws, 0) > 0 && rolePhraseAt(ws, 0) < ws.length) return { text: seg, np: seg, gender: null };
  const lead = DETERMINERS.has(ws[0]!) || /^[ld]'/.test(ws[0]!) ? 1 : 0;
  // The role noun opens the apposition, after its determiner and up to three modifiers (« a senior fellow »).
  let head = -1;
  for (let k = lead === 1 && /^[ld]'/.test(ws[0]!) ? 0 : lead; k < Math.min(ws.length, lead + 4); k++) {
    const w = ws[k]!.replace(/^[ld]'/, "");
    if (isRoleWord(w) || APPOSITION_NOUNS.has(w.replace(/[^a-z'-]/g, ""))) {
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

/**
 * How long a role phrase reads: a body's capitalised name counts as one word, its inner linkers
 * none (« head of the Institute for Peace and Security Studies » is five).
 */
/**
 * (Module-level, and the expression built once: asked for every word of every apposition, a closure
 * made per word and a literal with « \p{…} », a new RegExp at each evaluation where tsx runs the
 * code as the bench and `npm start` do, were a large part of reading them.)
 */
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_ED = /^\p{Ll}+ed$/u;
const capAt = (raw: readonly string[], j: number): boolean => UPPER_FIRST.test(raw[j] ?? "");
const linkerAt = (raw: readonly string[], j: number): boolean => LINKERS.has(fold(raw[j] ?? ""));

function spanWords(raw: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < raw.length; k++) {
    const inName = k > 0 && ((capAt(raw, k) && (capAt(raw, k - 1) || (linkerAt(raw, k - 1) && capAt(raw, k - 2)))) || (linkerAt(raw, k) && capAt(raw, k - 1) && capAt(raw, k + 1)));
    if (!inName) n++;
  }
  return n;
}

/** The number of words of a phrase of function starting at `k` (« à la tête du … » → 4), 0 when none. */
function rolePhraseAt(ws: readonly string[], k: number): number {
  for (const p of ROLE_PHRASES) {
    const ok = p.every((w, j) => {
      const at = ws[k + j] ?? "";
      // The phrase's last preposition takes the article it contracts with (« de » in « du », « des », « d' »).
      return at === w || (j === p.length - 1 && (w === "de" ? /^(?:du|des|d'.*)$/.test(at) : false));
    });
    if (ok) return p.length;
  }
  return 0;
}

/**
 * The role after a participle of appointment, the auxiliaries before it skipped: « elected in 2019
 * as mayor of Y » → « mayor of Y », « nommée à la tête de Y en mai » → « à la tête de Y ». Undefined
 * when the words open with no such participle, null when they say no role after it.
 */
function appointedRole(raw: readonly string[]): RoleAfter | null | undefined {
  const ws = raw.map((w) => fold(w));
  let p = 0;
  while (p < 3 && p < ws.length && APPOINTMENT_AUX.has(ws[p]!)) p++;
  if (!APPOINTED.has(ws[p] ?? "")) return undefined;
  const rest = raw.slice(p + 1);
  const low = ws.slice(p + 1);
  // « as mayor », « comme directrice », « au poste de ministre »: the role follows the marker.
  for (let k = 0; k < Math.min(low.length, 7); k++) {
    const m = APPOINTMENT_MARKERS.find((mk) => mk.every((w, j) => low[k + j] === w));
    if (m) return appositionRole(rest.slice(k + m.length).join(" "));
  }
  // « elected mayor », « élue à la tête de Y »: the role right after the participle.
  if (!low.length || !(isRoleWord(low[0]!) || DETERMINERS.has(low[0]!) || rolePhraseAt(low, 0) > 0)) return null;
  return appositionRole(rest.join(" "));
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
  const verb = raw.findIndex((w, k) => k > 1 && ((/^\p{Ll}/u.test(w) && APPOSITION_ENDS.has(fold(w))) || /^\p{Ll}+(?:ed|s)$/u.test(w) && k > 0 && /^\p{Lu}/u.test(raw[k - 1]!)));
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
  // « who was elected in 2019 as mayor of Y », « qui a été nommée à la tête de Y »: the function taken.
  const appointed = appointedRole(ws0);
  if (appointed !== undefined) return appointed;
  // « qui est à la tête de Y depuis … », "who is in charge of Y": a phrase of function after the copula.
  if (COPULAS.has(folded[0]!) && rolePhraseAt(folded, 1) > 0) return appositionRole(ws0.slice(1).join(" "));
  // « who is the head of Y », « qui est la directrice de Y »: the role itself.
  if (COPULAS.has(folded[0]!) && ws0.length > 1 && DETERMINERS.has(folded[1]!.replace(/^[ld]'.*/, (m) => m.slice(0, 2)))) return appositionRole(ws0.slice(1).join(" "));
  const joined = folded.join(" ");
  const rv = ROLE_VERBS.find((v) => joined === v.verb || joined.startsWith(`${v.verb} `));
  if (!rv) return null;
  let obj = ws0.slice(rv.verb.split(" ").length);
  const verb = obj.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w) && APPOSITION_ENDS.has(fold(w)));
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

/** Definite articles a description of someone already named opens with (« Le chef de l'État », "The lawyer"). */
const DEFINITE = new Set(["le", "la", "l'", "the"]);
/** The most words a description opening a sentence runs to before its verb. */
const MAX_DESCRIPTION_WORDS = 7;

/**
 * The description a sentence opens with, up to its verb (« Le chef de l'État souhaitait … » → « Le
 * chef de l'État »), when it is one of a person: a definite article, a role noun, then a lower-case
 * word that continues no noun phrase. Null otherwise.
 */
export function openingDescription(sentence: string): string | null {
  // The article first, before the sentence is split: most sentences open on something else.
  const first = /^\s*([^\s'’]+['’]?)/u.exec(sentence)?.[1] ?? "";
  if (!DEFINITE.has(fold(first)) && !DEFINITE.has(fold(first.replace(/['’]$/u, "'")))) return null;
  const raw = splitElided(sentence.slice(0, 160).split(/\s+/).filter(Boolean));
  if (raw.length < 3 || !DEFINITE.has(fold(raw[0]!))) return null;
  for (let k = 2; k <= Math.min(raw.length - 1, MAX_DESCRIPTION_WORDS); k++) {
    const next = raw[k]!;
    const prev = raw[k - 1]!;
    if (/[,;:«»"“”()]/.test(prev)) return null;
    // The phrase ends on a word, not on a linking word, and the verb follows in lower case: a
    // nationality or a word before a complement (« le ministre russe des … ») still belongs to it.
    if (!/^\p{Ll}/u.test(next) || LINKERS.has(fold(next)) || DETERMINERS.has(fold(next)) || /['’]$/.test(next) || /['’]$/.test(prev)) continue;
    if (COUNTRIES.has(fold(next)) || /^(?:of|de|du|des|d['’])$/i.test(raw[k + 1] ?? "")) continue;
    const np = joinWords(raw.slice(0, k));
    if (!/^[\p{L}\d'’ -]+$/u.test(np) || !isPersonDescription(np)) continue;
    return np;
  }
  return null;
}

/** What rolesFromDescriptions reads of an entity. */
export interface Described {
  name: string;
  role: string | null;
  kind: string;
  gender: "m" | "f" | null;
  mentions: Set<number>;
  aliases?: ReadonlySet<string>;
}

/**
 * « X a reçu Y, la secrétaire générale de Z. Le chef de l'État souhaitait … », "X filed the appeal.
 * The 40-year-old lawyer argued …": a sentence opening on a bare description of a person gives its
 * role to the one person of the sentence before who has none, when no one else holds that role.
 * Applied once per sentence after reading, so linear in the story.
 */
export function rolesFromDescriptions<E extends Described>(sentences: readonly string[], entities: readonly E[], setRole: (e: E, role: string, gender: "m" | "f" | null) => void): void {
  // People named by a name, not a description the reading kept as one (« chef de l'État »).
  const people = entities.filter((e) => e.kind === "person" && /^\p{Lu}/u.test(e.name));
  const bySentence = new Map<number, E[]>();
  for (const e of people) for (const m of e.mentions) (bySentence.get(m) ?? bySentence.set(m, []).get(m)!).push(e);
  // The words of the roles already held, kept as roles are given (a walk over every person per sentence made ingest slow).
  const held = new Set<string>();
  const hold = (role: string | null): void => {
    if (role !== null) for (const w of words(role)) held.add(w);
  };
  for (const e of people) hold(e.role);
  for (let i = 1; i < sentences.length; i++) {
    const np = openingDescription(sentences[i]!);
    if (!np) continue;
    // The description names no one of this sentence: a person named in it is someone else.
    if ((bySentence.get(i) ?? []).some((e) => !e.mentions.has(i - 1))) continue;
    const role = roleOfDescription(np);
    if (!role) continue;
    const head = words(role.text).find(isRoleWord) ?? "";
    // Someone already holds that role: the description is theirs.
    if (held.has(head)) continue;
    const gender = npGender(np);
    const free = (bySentence.get(i - 1) ?? []).filter((e) => e.role === null && (gender === null || e.gender === null || e.gender === gender));
    if (free.length !== 1) continue;
    setRole(free[0]!, role.text, role.gender ?? gender);
    hold(free[0]!.role ?? role.text);
  }
  namedAfterDescription(entities, people, held, setRole);
  rolesAfterLoneNames(sentences, people, setRole);
}

/** How many of a person's first mentions are searched for an apposition after their name. */
const APPOSITION_LOOKUPS = 3;

/**
 * « glisse Inès, étudiante en droit », "said Okafor, a nurse": a person the reading met by one
 * name, where no name finder read the apposition after it, takes the role it gives. Only people
 * still without a role, in their first few sentences: linear in the story.
 */
function rolesAfterLoneNames<E extends Described>(sentences: readonly string[], people: readonly E[], setRole: (e: E, role: string, gender: "m" | "f" | null) => void): void {
  for (const e of people) {
    if (e.role !== null || /\s/.test(e.name.trim())) continue;
    const seen = [...e.mentions].sort((a, b) => a - b).slice(0, APPOSITION_LOOKUPS);
    for (const i of seen) {
      const text = sentences[i] ?? "";
      let at = text.indexOf(e.name);
      while (at >= 0 && (/\p{L}/u.test(text[at - 1] ?? "") || /\p{L}/u.test(text[at + e.name.length] ?? ""))) at = text.indexOf(e.name, at + 1);
      if (at < 0) continue;
      const end = at + e.name.length + (/^[*†]/u.test(text.slice(at + e.name.length)) ? 1 : 0);
      const role = roleAfterName(text, end, e.gender);
      if (!role) continue;
      setRole(e, role.text, role.gender);
      break;
    }
  }
}

/** How many sentences after a description the copy names the person it described. */
const NAMING_REACH = 2;

/**
 * « L'ambassadrice de Y a déploré … « … », a assuré Anna Vik. », "The head of the agency warned …
 * Tom Reid said": a lead that describes someone before naming them. A person the story knows only
 * by a definite description (a role no named person holds) gives that role to the one person first
 * named in the next sentences without a role of their own, of a gender that fits.
 */
function namedAfterDescription<E extends Described>(entities: readonly E[], people: readonly E[], held: ReadonlySet<string>, setRole: (e: E, role: string, gender: "m" | "f" | null) => void): void {
  const firstNamed = new Map<number, E[]>();
  for (const e of people) {
    const first = Math.min(...e.mentions);
    (firstNamed.get(first) ?? firstNamed.set(first, []).get(first)!).push(e);
  }
  for (const d of entities) {
    if (d.kind !== "person" || /^\p{Lu}/u.test(d.name) || !d.role || !d.mentions.size) continue;
    if (![...(d.aliases ?? [])].some((a) => DEFINITE.has(fold(a).split(/\s+/)[0]!.replace(/^l'.*/, "l'")))) continue;
    const head = words(d.role).find(isRoleWord) ?? "";
    if (!head || held.has(head)) continue;
    const at = Math.min(...d.mentions);
    const named: E[] = [];
    for (let i = at + 1; i <= at + NAMING_REACH; i++) named.push(...(firstNamed.get(i) ?? []));
    const free = named.filter((e) => e.role === null && (d.gender === null || e.gender === null || e.gender === d.gender));
    if (named.length !== 1 || free.length !== 1) continue;
    setRole(free[0]!, d.role, d.gender);
  }
}
