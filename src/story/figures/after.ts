import { foldWord } from "./chars.js";
import { CURRENCY_SYMBOLS, type Core } from "./core.js";
import { extendCounted, isModelName, isNoun } from "./counted.js";
import type { Token } from "./tokens.js";
import { ONE_OF_UNIT } from "./numbers.js";
import { type UnitInfo, isForceMembers, isTwoWordUnit, refineUnit, unitOf } from "./units.js";
import { PARTITIVE_DETS, isMonth } from "./words.js";

/** Abbreviated scales glued to a currency: « 2 M€ », « 3 Md$ », « 5 k€ ». */
const SYMBOL_SCALES = new Map([["k", 1e3], ["m", 1e6], ["md", 1e9], ["mds", 1e9], ["mrd", 1e9], ["bn", 1e9]]);
const NOMBRE = new Set(["nombre", "total", "effectif"]);
const DIRECT_ROUND = new Set(["hundred", "thousand", "million", "dozen"]);
/**
 * Words that go before a counted noun: French « nouveaux », « autres », English adjectives
 * (« 3,000 additional troops »). Capitalised words count too (« 300 British soldiers »,
 * « US troops ») but only when a known unit noun follows.
 */
const PRE_MODIFIERS = new Set([
  "nouveaux", "nouvelles", "autres", "premiers", "premieres", "derniers", "dernieres", "jeunes", "anciens", "anciennes",
  "additional", "more", "extra", "other", "new", "allied", "combat", "ground", "active", "elite", "foreign", "western",
  "fresh", "further", "armed", "regular", "reserve", "special",
  // « 350 U.K. naval personnel », « 120 army troops »: the service a troop noun belongs to
  "military", "army", "naval", "navy",
]);
// (« some 40 U.K. army engineers »: an abbreviation with its dots takes four tokens before the service word)
const MAX_MODIFIERS = 6;
/** The pre-modifiers that add to a count or set it apart (« autres », "other", « nouveaux »): kept with any noun they open. */
const ADDITION = new Set(["autres", "nouveaux", "nouvelles", "other", "additional", "new", "more", "extra", "further"]);

/** Units are plural, as lexicon units are: « 1 membre » counts « membres ». French rules, English falls under the last. */
function plural(noun: string, value: number): string {
  if (value >= 2 || /[sxz]$/.test(noun) || noun.includes(" ")) return noun;
  if (noun.endsWith("al")) return `${noun.slice(0, -2)}aux`;
  if (noun.endsWith("eau") || noun.endsWith("eu")) return `${noun}x`;
  return `${noun}s`;
}

export interface AfterNumber {
  unit: UnitInfo | null;
  unitName: string | null;
  counted: [number, number] | null;
  month: boolean;
  value: number;
  last: number;
}

interface Seen {
  value: number;
  valueMax: number | undefined;
  last: number;
  rangeScaled: boolean;
}

/** After « le nombre de » / « le total de » (and a possessive), the head noun's index, else -1. */
function countedByNombre(text: string, toks: readonly Token[], j: number): number {
  if (toks[j]?.norm !== "le" || !NOMBRE.has(toks[j + 1]?.norm ?? "") || toks[j + 2]?.norm !== "de") return -1;
  const det = PARTITIVE_DETS.has(toks[j + 3]?.norm ?? "") ? 1 : 0;
  return isNoun(text, toks[j + 3 + det]) ? j + 3 + det : -1;
}

const isCapitalToken = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && t.text[0] !== t.text[0]?.toLowerCase();

/** A troop or equipment noun reached through pre-noun modifiers from token j, else -1. */
function modifiedHead(toks: readonly Token[], j: number): number {
  for (let h = j; h < j + MAX_MODIFIERS && h < toks.length; h++) {
    const t = toks[h] as Token;
    const u = unitOf(t.norm);
    if (h > j && u && (u.category === "troops" || u.category === "equipment")) return h;
    const capital = t.kind === "word" && t.text[0] !== t.text[0]?.toLowerCase();
    // « U.S. »: capital letters joined by dots.
    const dot = t.norm === "." && h > j && toks[h - 1]?.end === t.start && toks[h - 1]?.text.length === 1;
    const model = t.kind === "mixed";
    // « Dutch and Belgian troops »: two peoples joined before the noun.
    const joined = (t.norm === "and" || t.norm === "et") && h > j && isCapitalToken(toks[h + 1]);
    if (!(t.kind === "word" && (PRE_MODIFIERS.has(t.norm) || capital)) && !dot && !model && !joined) return -1;
  }
  return -1;
}

/** Determiners after which a word ending like a participle opens a phrase (« concernant le port », « regarding the »). */
const PHRASE_DETERMINERS = new Set(["le", "la", "les", "un", "une", "des", "du", "leur", "leurs", "son", "sa", "ses", "the", "a", "an", "their", "its", "his", "her"]);
/** A present participle or a preposition in -ant/-ing right after the number: it counts nothing (« dont 57 concernant la … »). */
function participleOpening(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  return t !== undefined && unitOf(t.norm) === null && /(?:ant|ing)$/.test(t.norm) && PHRASE_DETERMINERS.has(toks[j + 1]?.norm ?? "");
}
/** A singular lower-case noun right before a plural one, as in a noun compound (« aid workers »). */
function compoundHead(text: string, toks: readonly Token[], j: number): boolean {
  const a = toks[j];
  const b = toks[j + 1];
  if (!a || !b || b.start === a.end || unitOf(a.norm) !== null || /[sx]$/.test(a.norm) || a.text[0] !== a.text[0]?.toLowerCase()) return false;
  return b.kind === "word" && /[a-z]s$/.test(b.norm) && b.text[0] === b.text[0]?.toLowerCase() && isNoun(text, b);
}

/** Adjectives English puts before a counted noun: participles and a few of place, age and rank. */
const PRE_NOUN_ADJECTIVES = new Set(["top", "young", "old", "senior", "junior", "key", "major", "main", "fellow", "former", "small", "large", "big", "rural", "local", "swing"]);
function englishAdjective(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.text[0] === t.text[0]?.toLowerCase() && unitOf(t.norm) === null &&
    (PRE_NOUN_ADJECTIVES.has(t.norm) || /[a-z]{3,}(?:ed|ing)$/.test(t.norm));
}

/** A whole number of millions: a figure written in words that is scaled (« two million »). */
function bigRound(v: number): boolean {
  return v >= 1e6 && v % 1e6 === 0;
}

/** What follows a number: a percent or currency sign, a month, or the counted noun phrase. */
export function readAfter(text: string, toks: readonly Token[], core: Core, seen: Seen): AfterNumber {
  let unit: UnitInfo | null = core.unit;
  let value = seen.value;
  let last = seen.last;
  const valueMax = seen.valueMax;
  let unitName: string | null = unit?.unit ?? null;
  let counted: [number, number] | null = null;
  let month = false;
  const j = last + 1;
  const u = toks[j];
  const next = toks[j + 1];
  const scaledCore =
    core.form === "round" || (core.span?.scaled ?? false) || seen.rangeScaled ||
    (core.form === "words" && bigRound(valueMax ?? value));
  if (!unit && u) {
    if (u.norm === "%") {
      unit = unitOf("%");
      last = j;
    } else if ((u.norm === "pour" || u.norm === "per") && next?.norm === "cent") {
      unit = unitOf("%");
      last = j + 1;
    } else if (u.kind === "punct" && CURRENCY_SYMBOLS.has(u.text)) {
      unit = unitOf(u.text);
      last = j;
    } else if (u.kind === "word" && SYMBOL_SCALES.has(u.norm) && next && CURRENCY_SYMBOLS.has(next.text) && next.start === u.end) {
      value *= SYMBOL_SCALES.get(u.norm) ?? 1;
      unit = unitOf(next.text);
      last = j + 1;
    } else if (isMonth(u.text, u.norm) && core.form !== "round" && Number.isInteger(value) && value >= 1 && (valueMax ?? value) <= 31) {
      month = true;
      last = j;
      const year = toks[j + 1];
      if (year?.kind === "num" && year.text.length === 4) last = j + 1;
    } else {
      // « 3,000 additional US troops », « 2 000 nouveaux soldats »: modifiers before a known noun.
      const modified = core.form !== "round" ? modifiedHead(toks, j) : -1;
      // English keeps the scale singular and the noun direct: « several hundred marines ».
      const directRound = core.form === "round" && DIRECT_ROUND.has(toks[core.last]?.norm ?? "");
      // (« un an »: « an » is a noun here, not the English article)
      const nounHere = isNoun(text, u) || (next !== undefined && isTwoWordUnit(u.norm, next.norm)) || (core.form === "words" && value === 1 && ONE_OF_UNIT.has(u.norm));
      const isDe = u.norm === "de" || u.norm === "of";
      let head = -1;
      let countedFrom = -1;
      if (isModelName(u)) {
        // « 12 Su-35 »: a number of a named model is a count of equipment.
        unit = { unit: u.text, category: "equipment" };
        unitName = u.text;
        counted = [j, j];
        last = j;
      } else if (modified >= 0) head = modified;
      // « deux autres juges », "two other judges", « trois nouveaux sites »: a word of addition before any noun
      else if (core.form !== "round" && ADDITION.has(u.norm) && isNoun(text, next) && !participleOpening(toks, j + 1)) {
        head = j + 1;
        countedFrom = j;
      }
      else if (nounHere && (core.form !== "round" || directRound) && !participleOpening(toks, j)) {
        head = j;
        // « 100 dedicated offices », « seven top states »: English adjectives before the noun are skipped.
        let h = j;
        while (h < j + 2 && englishAdjective(toks[h]) && isNoun(text, toks[h + 1]) && toks[h + 1]!.text[0] === toks[h + 1]!.text[0]?.toLowerCase()) h++;
        // « 1,000 parking wardens »: a singular noun before a plural one qualifies it; the plural is counted.
        // (« 10,000 blue helmets » is one unit of two words, not a compound.)
        if (compoundHead(text, toks, h) && !isTwoWordUnit(toks[h]!.norm, toks[h + 1]!.norm)) h++;
        if (h > j) {
          head = h;
          countedFrom = j;
        }
      }
      else if (isDe && scaledCore && modifiedHead(toks, j + 1) >= 0) {
        // « des milliers d'autres soldats », « 2 millions de nouveaux réservistes »
        head = modifiedHead(toks, j + 1);
        countedFrom = j + 1;
      } else if (isDe && scaledCore && isNoun(text, next)) {
        // « dozens of police officers »: a compound's plural is counted.
        head = compoundHead(text, toks, j + 1) ? j + 2 : j + 1;
        countedFrom = j + 1;
      }
      else if (isDe && core.form !== "round" && next && PARTITIVE_DETS.has(next.norm) && isNoun(text, toks[j + 2])) head = j + 2;
      // « portant à 12 500 le nombre de ses militaires »: the count comes before what it counts.
      else if (core.form !== "round") head = countedByNombre(text, toks, j);
      // « five fighter jets »: a singular troop noun before an equipment noun only qualifies it
      // (« hommes armés » is plural: men who are armed).
      const modifier = head >= 0 ? unitOf(toks[head]?.norm ?? "") : null;
      if (modifier?.category === "troops" && foldWord(modifier.unit) !== toks[head]?.norm && unitOf(toks[head + 1]?.norm ?? "")?.category === "equipment") head++;
      if (head >= 0) {
        const h = toks[head] as Token;
        const h2 = toks[head + 1];
        let headLast = head;
        if (h2 && isTwoWordUnit(h.norm, h2.norm)) headLast = head + 1;
        unit = unitOf(headLast > head && h2 ? `${h.norm} ${h2.norm}` : h.norm);
        unitName = unit?.unit ?? plural(text.slice(h.start, (toks[headLast] as Token).end).toLowerCase(), value);
        const following = [1, 2, 3].map((d) => toks[headLast + d]?.norm ?? "");
        const measure = unit && unit.category !== "troops" && unit.category !== "equipment";
        unit = refineUnit(unit, following);
        let end = measure ? headLast : extendCounted(text, toks, headLast);
        const force = !unit ? isForceMembers(h.norm, following) : 0;
        if (force > 0) {
          unit = { unit: unitName ?? h.norm, category: "troops" };
          end = extendCounted(text, toks, headLast + force);
        }
        counted = [modified >= 0 ? j : countedFrom >= 0 ? countedFrom : head, end];
        last = end;
      }
    }
  }
  if (unit && !counted) unitName = unit.unit;
  return { unit, unitName, counted, month, value, last };
}
