import type { Figure } from "../../story/schema.js";
import type { IndexedFigure, StoryIndex } from "../index.js";
import { TIME_UNITS, WHOLE_FIRST } from "../figure-words/index.js";
import { fold } from "../text.js";
import { FIGURE_WORDS } from "../../story/figures/lang/index.js";
import { parseNumberAt } from "../../story/figures/numbers.js";
import { speechLexicon } from "../../story/lang/index.js";
import { isCount } from "./is-count.js";

/** Whether `whole` opens its clause as the whole (« Of the city's 200 buses, ») that the bare number `part` right after its comma is a part of. */
export function wholeFirst(text: string, whole: { f: Figure; start: number }, part: { f: Figure; start: number }, lang: "fr" | "en"): boolean {
  if (whole.f.counted === null || !isCount(whole.f) || isTimeUnit(whole.f.unit) || !barePart(part.f, lang)) return false;
  if (!WHOLE_FIRST.test(fold(text.slice(0, whole.start)))) return false;
  // (the phrase of the whole runs to one comma, with a qualifier at most one word before the part: « only », « seules »)
  return /^[^,;:.]{0,40},\s*(?:\p{L}+\s+)?$/u.test(text.slice(whole.start + whole.f.text.length, part.start));
}

/**
 * A number that counts nothing of its own: bare, or followed by its verb in the simple past, which the figure reader
 * took for what it counts (« 4 reopened »; the story language's simple past, none in French, where an auxiliary comes first).
 */
function barePart(f: Figure, lang: "fr" | "en"): boolean {
  if (f.counted === null && f.unit === null) return f.category === "other";
  const verb = /^[\d\s.,]+\s+(\p{L}+)$/u.exec(f.text)?.[1];
  return f.category === "other" && verb !== undefined && (speechLexicon(lang).simplePast?.test(verb) ?? false);
}

/** The words that link a ratio's two numbers (« out of », « sur »), every language, longest first, folded. */
const RATIO_LINK = new RegExp(`^\\s+(?:${[...FIGURE_WORDS.en.shares.ratioLinks, ...FIGURE_WORDS.fr.shares.ratioLinks].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /g, "\\s+")).join("|")})\\s+`);

/**
 * « Only 4 out of 30 stations reopened », « 12 gares sur 30 »: a ratio written with what it counts, its whole no round
 * base (« one in five voters », « huit sur dix » are shares of people at large), is also a count: its first number is
 * how many of the whole the verb is said of. That number, or null.
 */
export function ratioPart(f: Figure): number | null {
  if (f.category !== "percent" || f.counted === null) return null;
  const num = parseNumberAt(f.text, 0);
  if (!num) return null;
  const link = RATIO_LINK.exec(fold(f.text.slice(num.end)));
  if (!link) return null;
  const den = parseNumberAt(f.text, num.end + link[0].length);
  if (!den || den.value <= num.value || /^10*$/.test(String(den.value)) || den.value <= 5) return null;
  return num.value;
}

/** Whether a unit is one of time (« trois jours », "10 years"): a span, not a whole that parts are counted from. */
function isTimeUnit(unit: string | null): boolean {
  const u = fold(unit ?? "");
  return u !== "" && (TIME_UNITS.en.has(u) || TIME_UNITS.fr.has(u));
}

// part → the count it is a part of (« Eight » of « 10 questions »)
export const wholes = new WeakMap<Figure, Figure>();

export const RANGE_GAP = /^\s*(?:to|a|-|–|and|et)\s*$/;
export const ANAPHOR = /(?:^|[\s,])(?:dont|parmi lesquel\w*|of which|of whom|including|among them|soit)\s*(?:\S+\s*){0,2}$/;
// figure → the figure it counts within (« dont 41 concernant le stationnement »)
export const parents = new WeakMap<Figure, Figure>();
