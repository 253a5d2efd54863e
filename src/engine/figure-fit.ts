import type { Figure } from "../story/schema.js";
import type { Ctx } from "./context.js";
import type { IndexedFigure, KeySet, StoryIndex } from "./index.js";
import { continuation, keysOf } from "./index.js";
import { NATIONALITY_GROUPS, NATIONALITY_KEYS } from "./lexicon.js";
import { ABBREVIATION_NATIONALITY, COUNTRY_NAMES, NAME_NATIONALITY, CASUALTIES, CONCESSION, CONDITION, COUNTRY_ABBREVIATIONS, EARLIER_BEFORE, FATES, FATE_WORDS, INITIAL, ASKED_EARLIER, LOCATIVE, PARTS_OF_YEAR, PART_GAP, PER_UNIT, TIME_UNITS, WHOLE_FIRST, MEASURES, NOT_PLACES, SOURCE_AFTER, SOURCE_BEFORE, SOURCE_NOUNS, WORLD } from "./figure-words/index.js";
import type { MeasureKind } from "./figure-words/types.js";
import { nationalityIn, nationalityTerms } from "./qualifiers.js";
import { askedNationalities } from "./agreement.js";
import type { Term } from "./query.js";
import { fold, words } from "./text.js";
import { CALENDAR } from "../story/lang/calendar.js";
import { FIGURE_WORDS } from "../story/figures/lang/index.js";
import { parseNumberAt } from "../story/figures/numbers.js";
import { speechLexicon } from "../story/lang/index.js";
import { QuestionMemo } from "./question-memo.js";

/*
 * Whether a figure answers the count a question asks, beyond its topic: the thing it counts
 * (« trois conseillers municipaux » counts councillors, not troops), the time it holds for (last
 * year's figure does not answer for the new exercise), the part of the sentence it belongs to
 * (« 120 drones launched, 95 shot down »), and whether it is a share or a count. Rules of news
 * writing, in both languages; nothing here names a story.
 */

const memo = new WeakMap<IndexedFigure, FigureFacts>();

interface FigureFacts {
  /** Keys of the head noun the figure counts (« conseillers » in « trois conseillers municipaux »). */
  head: KeySet;
  /** Nationality keys written on the counted noun itself (« militaires russes »). */
  countedNationalities: string[];
  /** The year the figure holds for, when one is written next to it. */
  year: number | null;
  /** The month written nearest the figure in its own stretch (« en juin »), when one is. */
  month: number | null;
  /** The part of a year written nearest the figure (« au premier semestre », "in Q3"), when one is. */
  part: PartOfYear | null;
  /** A past period is written on the figure (« l'an dernier », « last year »): an earlier edition's count. */
  past: boolean;
  /** Keys of the stretch of its sentence that belongs to this figure, the shared opening included. */
  segment: KeySet;
  /** Keys of that stretch without the shared opening: what only this figure has. */
  own: KeySet;
  /** Per unit: « 4 millions d'euros pièce », « $300 each », « par soldat ». */
  perUnit: boolean;
  /** A rate over time: « 24 burials a day », « 3 milliards par an »: no total, and what « per day » asks. */
  rate: boolean;
  /** What the sentence says happened to those counted, right after them (« two protesters were injured »). */
  fate: "killed" | "wounded" | null;
  /** Every fate its own stretch of the sentence says (« 40 people were arrested », « the evacuation of 300 residents »). */
  fates: string[];
  /** People counted as the source of what is reported (« two officials said », « selon deux responsables »). */
  source: boolean;
}

/** The figure's own noun: French puts the head first (« militaires russes »), English last (« Ruritanian fighter jets »). */
function headOf(f: Figure, lang: string): string {
  if (f.unit) return f.unit;
  const ws = words(f.counted ?? "");
  return (lang === "en" ? ws.at(-1) : ws[0]) ?? "";
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

// Periods before the one the story is about. Folded text (no accents, ASCII apostrophes).
const PAST =
  /\b(?:l'an (?:dernier|passe|precedent)|l'annee (?:derniere|passee|precedente)|le mois dernier|la semaine derniere|(?:l'|la )?(?:edition|session|campagne|saison) precedente|(?:lors de )?la precedente (?:edition|session)|last (?:year|month|week|season|time|summer|winter|spring|autumn)|(?:the |a )?(?:previous|prior|preceding) (?:year|edition|exercise|drill|session|season|round)|a year (?:ago|earlier|before)|(?:en|l'an|l'annee) precedent\w*|il y a (?:un|deux|trois|\d+) ans?)\b/;
// A period marker right after these words says when the figure was given, not what it counts.
const GIVEN_VERB = /(?:communique\w*|annonce\w*|publie\w*|donne\w*|fourni\w*|avance\w*|promis\w*|publishe?d?|announced|released|given|reported|disclosed|said|stated)\s*$/;
// A question about the event at hand, not an earlier one.
const CURRENT = /\b(?:new|this (?:year|time|week|month|exercise|edition|drill|season|round)|current|currently|now|nowadays|cette (?:annee|fois|semaine|edition|saison)|ce mois|cet exercice|actuel\w*|nouvel\w*|nouveaux?|en cours|maintenant|aujourd'hui|today)\b/;

/** Where `inner` sits in `text`, folded, or -1. */
function at(text: string, inner: string): number {
  return fold(text).indexOf(fold(inner));
}

function perUnitAfter(sentence: string, f: Figure): boolean {
  const i = at(sentence, f.text);
  if (i < 0) return false;
  const after = fold(sentence.slice(i + f.text.length, i + f.text.length + 30)).trim();
  return /^(?:par (?:unite|piece|exemplaire|personne|tete|soldat|habitant|militaire|systeme|appareil|avion|char|drone)|piece|chacun|chacune|each|apiece|a piece|per (?:unit|piece|person|head|capita|soldier|system|aircraft|plane|tank|drone)|l'unite|unitaire)\b/.test(after) || /\b(?:l'unite|piece|chacun|chacune|unitaire|each|apiece)\b/.test(fold(f.text));
}

/**
 * The sentence cut between its figures: each figure keeps the words from itself up to a comma or
 * conjunction before the next one; what comes before the first figure (subject, verb) is shared.
 */
function segments(index: StoryIndex, sentence: number): Map<Figure, string> {
  const text = index.story.sentences[sentence]?.text ?? "";
  const own = index.figures
    .map((f) => f.figure)
    .filter((f) => f.sentence === sentence && f.category !== "date")
    .map((f) => ({ f, start: at(text, f.text) }))
    .filter((x) => x.start >= 0)
    .sort((a, b) => a.start - b.start);
  const out = new Map<Figure, string>();
  const prefix = own.length ? text.slice(0, own[0]!.start) : "";
  own.forEach((x, i) => {
    const next = own[i + 1];
    let to = text.length;
    if (next) {
      const gapStart = x.start + x.f.text.length;
      const gap = text.slice(gapStart, next.start);
      // the boundary: the first comma, semicolon or conjunction between the two figures, else the middle
      const m = /[,;:()—–]|\s(?:dont|et|mais|tandis que|alors que|contre|and|but|while|whereas|of which|including|against)\s/i.exec(gap);
      to = m ? gapStart + m.index : gapStart + Math.floor(gap.length / 2);
    }
    const from = i === 0 ? x.start : Math.max(x.start, 0);
    // the words between the previous boundary and this figure belong to it (« dont 95 ont été abattus »)
    const prev = own[i - 1];
    let start = from;
    if (prev) {
      const gapStart = prev.start + prev.f.text.length;
      const gap = text.slice(gapStart, x.start);
      const m = /[,;:()—–]|\s(?:dont|et|mais|tandis que|alors que|contre|and|but|while|whereas|of which|including|against)\s/i.exec(gap);
      start = m ? gapStart + m.index : gapStart + Math.floor(gap.length / 2);
    }
    out.set(x.f, `${prefix} ${text.slice(start, to)}`);
  });
  // « 365 000 trajets, dont 61 % en trottinette »: after « dont », « of which », the figure counts
  // within what the figure before it counts, and shares its words
  own.forEach((x, i) => {
    const prev = own[i - 1];
    if (!prev) return;
    const gap = fold(text.slice(prev.start + prev.f.text.length, x.start));
    if (ANAPHOR.test(gap)) {
      out.set(x.f, `${out.get(x.f) ?? ""} ${fold(text.slice(prev.start, prev.start + prev.f.text.length))}`);
      parents.set(x.f, prev.f);
    }
    // « from 3% to 5% »: the two ends of a range say the same thing
    if (RANGE_GAP.test(gap)) out.set(x.f, `${out.get(x.f) ?? ""} ${out.get(prev.f) ?? ""}`);
    // « Three of the five judges sided with the city », « cinq des 19 élus se sont abstenus »: a bare number before
    // « of the » and a count is a part of that count, and what the sentence then says is said of the part
    if (prev.f.counted === null && prev.f.unit === null && x.f.counted !== null && PART_GAP.test(gap)) {
      out.set(prev.f, `${out.get(prev.f) ?? ""} ${out.get(x.f) ?? ""}`);
      wholes.set(prev.f, x.f);
    }
    // « Sur les 200 autobus de la ville, 45 circulaient encore », "Of the 30 stations, only 4 reopened": a clause that opens
    // on a count names the whole, and the bare number after the comma that closes it is the part the verb is said of
    // (a span, « Sur trois jours, 120 … », is no whole of what follows)
    if (wholeFirst(text, prev, x, index.story.lang === "en" ? "en" : "fr")) {
      out.set(x.f, `${out.get(x.f) ?? ""} ${out.get(prev.f) ?? ""}`);
      wholes.set(x.f, prev.f);
    }
  });
  return out;
}

/** Whether `whole` opens its clause as the whole (« Of the city's 200 buses, ») that the bare number `part` right after its comma is a part of. */
function wholeFirst(text: string, whole: { f: Figure; start: number }, part: { f: Figure; start: number }, lang: "fr" | "en"): boolean {
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
const wholes = new WeakMap<Figure, Figure>();

/** The count a bare number is written as a part of (« Three of the five judges »), or null. */
export function wholeOf(index: StoryIndex, f: IndexedFigure): IndexedFigure | null {
  segmentOf(index, f.figure);
  const w = wholes.get(f.figure);
  return w ? (index.figures.find((g) => g.figure === w) ?? null) : null;
}

const RANGE_GAP = /^\s*(?:to|a|-|–|and|et)\s*$/;
const ANAPHOR = /(?:^|[\s,])(?:dont|parmi lesquel\w*|of which|of whom|including|among them|soit)\s*(?:\S+\s*){0,2}$/;
// figure → the figure it counts within (« dont 41 concernant le stationnement »)
const parents = new WeakMap<Figure, Figure>();

/** The figure that `f` counts a part of, when the sentence says so with « dont », « of which ». */
export function parentOf(index: StoryIndex, f: IndexedFigure): IndexedFigure | null {
  segmentOf(index, f.figure);
  const p = parents.get(f.figure);
  return p ? (index.figures.find((g) => g.figure === p) ?? null) : null;
}

/** The words of the figure's stretch before the figure itself (« Chaque drone coûte » 80 000 euros). */
function leadIn(index: StoryIndex, f: Figure): string {
  const text = index.story.sentences[f.sentence]?.text ?? "";
  const seg = ownStretch(index, f);
  const i = at(seg, f.text);
  if (i > 0 && seg.slice(0, i).trim()) return seg.slice(0, i);
  // the first figure's lead-in is the sentence's opening
  const first = index.figures.filter((g) => g.figure.sentence === f.sentence && g.figure.category !== "date").map((g) => at(text, g.figure.text)).filter((j) => j >= 0);
  const mine = at(text, f.text);
  return first.length && Math.min(...first) === mine ? text.slice(Math.max(0, mine - 40), mine) : "";
}

/** The figure's own stretch without the shared opening: what tells it from its siblings. */
function ownStretch(index: StoryIndex, f: Figure): string {
  const text = index.story.sentences[f.sentence]?.text ?? "";
  const first = index.figures.filter((g) => g.figure.sentence === f.sentence && g.figure.category !== "date").map((g) => at(text, g.figure.text)).filter((i) => i >= 0);
  const cut = first.length ? Math.min(...first) : 0;
  const seg = segmentOf(index, f);
  const prefix = text.slice(0, cut);
  return seg.startsWith(prefix) ? seg.slice(prefix.length) : seg;
}

const segMemo = new WeakMap<StoryIndex, Map<number, Map<Figure, string>>>();

function segmentOf(index: StoryIndex, f: Figure): string {
  let bySentence = segMemo.get(index);
  if (!bySentence) {
    bySentence = new Map();
    segMemo.set(index, bySentence);
  }
  let m = bySentence.get(f.sentence);
  if (!m) {
    m = segments(index, f.sentence);
    bySentence.set(f.sentence, m);
  }
  return m.get(f) ?? f.text;
}

/** What the figure holds for, read once per figure of a story. */
export function factsOf(index: StoryIndex, f: IndexedFigure): FigureFacts {
  const hit = memo.get(f);
  if (hit) return hit;
  const fig = f.figure;
  const sentence = index.story.sentences[fig.sentence]?.text ?? fig.text;
  // the nearest year written in the figure's own stretch (« 37 % en 2017, après 31 % en 2016 »)
  const stretch = segmentOf(index, fig);
  const folded = fold(stretch);
  const pos = at(stretch, fig.text);
  let year: number | null = null;
  let best = Infinity;
  if (pos >= 0 && fig.category !== "date") {
    for (const m of folded.matchAll(YEAR)) {
      const i = m.index ?? 0;
      const d = i >= pos + fig.text.length ? i - (pos + fig.text.length) : pos - (i + m[0].length);
      if (d >= 0 && d < best && d <= 60) {
        best = d;
        year = Number(m[1]);
      }
    }
  }
  // a period marker in the figure's own stretch of the sentence, not one saying when it was announced
  const seg = segmentOf(index, fig);
  const segFolded = fold(seg);
  const pm = PAST.exec(segFolded);
  // « up from 41 », « contre 41 », « initially planned 2,000 »: an earlier value set beside the current one
  const lead = fold(leadIn(index, fig));
  const past = (pm !== null && !GIVEN_VERB.test(segFolded.slice(0, pm.index))) || (fig.category !== "date" && (EARLIER_BEFORE.test(lead) || INITIAL.test(lead)));
  const head = headOf(fig, index.story.lang);
  const counted = keysOf(fig.counted ?? "");
  const facts: FigureFacts = {
    head: keysOf(head, true),
    countedNationalities: [...counted].filter((k) => NATIONALITY_KEYS.has(k)),
    year,
    past,
    // an English story's words also under their English stem, as its sentences are indexed (« killed » ~ « kill »)
    segment: keysOf(seg, false, index.story.lang === "en"),
    own: keysOf(ownStretch(index, fig), false, index.story.lang === "en"),
    perUnit: perUnitAfter(sentence, fig) || /\b(?:chaque|chacun|chacune|each|every|per|par)\b/.test(fold(leadIn(index, fig))),
    month: fig.category === "date" || pos < 0 ? null : nearestMonth(folded, pos, fig.text.length),
    part: fig.category === "date" || pos < 0 ? null : nearestPart(folded, pos, fig.text.length),
    rate: fig.category !== "date" && fig.category !== "age" && fig.category !== "percent" && RATE_AFTER.test(fold(continuation(sentence, fig.text)).trim()),
    fate: fateOf(sentence, fig),
    fates: FATE_WORDS.filter((k) => k.words.test(segFolded)).map((k) => k.kind),
    source: isSourceCount(sentence, fig),
  };
  memo.set(f, facts);
  return facts;
}

/** « two protesters were injured », « trois manifestants ont été blessés »: what happened to those counted, said right after them. */
function fateOf(sentence: string, f: Figure): "killed" | "wounded" | null {
  if (f.category === "date" || f.category === "age" || f.category === "money" || f.category === "percent" || f.category === "distance") return null;
  const after = fold(continuation(sentence, f.text));
  return FATES.find((c) => c.after.test(after))?.kind ?? null;
}

/** The figure as written with the fate said right after it (« 1,200 service members were wounded »), or null when none is. */
export function fateSaid(index: StoryIndex, f: IndexedFigure): string | null {
  const sentence = index.story.sentences[f.figure.sentence]?.text ?? "";
  const at = sentence.indexOf(f.figure.text);
  if (at < 0) return null;
  const rest = sentence.slice(at + f.figure.text.length);
  const folded = fold(rest);
  // (folding keeps the length of a text without ligatures: the match's end is the same offset in the written text)
  if (folded.length !== rest.length) return null;
  for (const c of FATES) {
    const m = c.after.exec(folded);
    if (m) return sentence.slice(at, at + f.figure.text.length + m[0].length);
  }
  return null;
}

/**
 * « Two officials said », « three people familiar with the plan », « selon deux responsables »:
 * people counted as the source of what is reported, not a count a reader asks for. The noun is the
 * figure's own or, when a name split it (« two US officials »), one of the next three words.
 */
function isSourceCount(sentence: string, f: Figure): boolean {
  if (!isCount(f) || f.value > 20) return false;
  const at = fold(sentence).indexOf(fold(f.text));
  if (at < 0) return false;
  const ownHead = words(f.counted ?? "").map(fold);
  const rest = fold(continuation(sentence, f.text));
  const next = words(rest).slice(0, 3).map(fold);
  const noun = f.counted ? ownHead.find((w) => SOURCE_NOUNS.has(w)) : next.find((w) => SOURCE_NOUNS.has(w));
  if (!noun) return false;
  if (SOURCE_BEFORE.test(fold(sentence).slice(0, at))) return true;
  // the words after the noun: « said », « familiar with », « ont indiqué »
  const tail = f.counted ? rest : rest.slice(rest.indexOf(noun) + noun.length);
  return SOURCE_AFTER.test(tail);
}

// « 15 deliveries each day », « 3 milliards par an », « five days a week »: the words after a figure that make it a rate over time
const PERIOD = "(?:day|days|week|weeks|month|months|year|years|hour|hours|annum|jour|jours|semaine|semaines|mois|an|annee|heure|heures)";
const RATE_AFTER = new RegExp(`^(?:[\\p{L}'-]+ ){0,3}(?:(?:a|an|per|each|every|par|chaque|by) ${PERIOD}\\b|daily|weekly|monthly|annually|yearly|quotidien\\w*|hebdomadaire\\w*|mensuel\\w*|annuel\\w*|(?:a|en) moyenne par ${PERIOD}\\b)`, "u");
// the question asks a rate (« how many a day », « combien par jour ») or a total (« in all », « au total »)
const RATE_Q = new RegExp(`\\b(?:(?:a|per|each|every|par|chaque) ${PERIOD}|daily|weekly|monthly|annually|yearly|par an)\\b`);
const TOTAL_Q = /\b(?:in total|in all|altogether|all told|overall|total|au total|en tout|au cumul|cumul\w*|en tout et pour tout)\b/;

/** Whether the question asks a count per period (« a day », « par jour »), a total (« in all »), or neither. */
export function askedRate(ctx: Ctx): "rate" | "total" | null {
  const f = ctx.query.folded;
  if (RATE_Q.test(f)) return "rate";
  return TOTAL_Q.test(f) ? "total" : null;
}

/** The month named nearest a figure in its stretch, within 60 characters. */
function nearestMonth(folded: string, pos: number, len: number): number | null {
  let best = Infinity;
  let out: number | null = null;
  for (const m of monthsIn(folded)) {
    const d = m.at >= pos + len ? m.at - (pos + len) : pos - m.at;
    if (d >= 0 && d < best && d <= 60) {
      best = d;
      out = m.month;
    }
  }
  return out;
}

type PartOfYear = "half" | "quarter";

/** The part of a year named nearest a figure, within 60 characters (as its month). */
function nearestPart(folded: string, pos: number, len: number): PartOfYear | null {
  let best = Infinity;
  let out: PartOfYear | null = null;
  for (const { kind, words } of PARTS_OF_YEAR) {
    for (const m of folded.matchAll(words)) {
      const at = m.index ?? 0;
      const d = at >= pos + len ? at - (pos + len) : pos - (at + m[0].length);
      if (d >= 0 && d < best && d <= 60) {
        best = d;
        out = kind;
      }
    }
  }
  return out;
}

/** What the question says of time: years it names, months, a past period, or the event at hand. */
export interface AskedTime {
  years: number[];
  months: number[];
  /** « over the first half », « au premier trimestre »: the part of a year asked. */
  part: PartOfYear | null;
  past: boolean;
  current: boolean;
}

// month names of both languages, folded, with their number; « may », « march » are months only after « in », « en », « last »
const MONTHS = new Map<string, number>(Object.values(CALENDAR).flatMap((c) => c.months.map((m, i) => [fold(m), i + 1] as [string, number])));
const AMBIGUOUS_MONTHS = new Set(Object.values(CALENDAR).flatMap((c) => c.ambiguousMonths.map(fold)));
const MONTH_WORD = new RegExp(`(?:^|[^\\p{L}])(in |en |last |since |until |from |by |before |after |depuis |of |de |d'|des |avant |apres |early |late |mid-|debut |fin )?(${[...MONTHS.keys()].join("|")})(?![\\p{L}])`, "gu");
// « en novembre dernier », « last November »: a month of the year before
const MONTH_PAST = new RegExp(`\\b(?:(?:${[...MONTHS.keys()].join("|")}) (?:dernier|derniere|last year|of last year)|last (?:${[...MONTHS.keys()].join("|")}))\\b`);

/** The months a folded text names (« juin », « in May »). */
function monthsIn(folded: string): { month: number; at: number }[] {
  const out: { month: number; at: number }[] = [];
  for (const m of folded.matchAll(MONTH_WORD)) {
    const name = m[2]!;
    if (AMBIGUOUS_MONTHS.has(name) && !m[1]) continue;
    out.push({ month: MONTHS.get(name)!, at: (m.index ?? 0) + m[0].length - name.length });
  }
  return out;
}

export function askedTime(ctx: Ctx): AskedTime {
  const f = ctx.query.folded;
  const years = [...f.matchAll(YEAR)].map((m) => Number(m[1]));
  // « how many seats did they have before », « c'était combien avant la coupe »: the earlier value
  const part = PARTS_OF_YEAR.find((p) => p.words.test(f));
  PARTS_OF_YEAR.forEach((p) => (p.words.lastIndex = 0));
  return { years, months: monthsIn(f).map((m) => m.month), part: part?.kind ?? null, past: PAST.test(f) || MONTH_PAST.test(f) || ASKED_EARLIER.test(f), current: CURRENT.test(f) };
}

export type TimeFit = "agrees" | "neutral" | "earlier" | "disagrees";

/**
 * Whether a figure holds for the time the question asks: a named year must be the figure's year;
 * « last year » wants a past-marked figure; a question about the event at hand is not answered
 * by an earlier edition's count (« earlier » when the question says nothing of time: usable only
 * when nothing else fits, and said so).
 */
export function timeFit(facts: FigureFacts, asked: AskedTime): TimeFit {
  // « in November »: a figure written with another month holds for another time
  if (asked.months.length && facts.month !== null && !asked.months.includes(facts.month)) return "disagrees";
  // « over the first half »: a figure written for a month (« +4 % in June ») or for another part of the year holds for
  // another span; one written for that part agrees
  if (asked.part && !asked.months.length) {
    if (facts.part === asked.part) return yearFit(facts, asked) === "disagrees" ? "disagrees" : "agrees";
    if (facts.part !== null || facts.month !== null) return "disagrees";
  }
  const fit = yearFit(facts, asked);
  return fit === "neutral" && asked.months.length && facts.month !== null ? "agrees" : fit;
}

function yearFit(facts: FigureFacts, asked: AskedTime): TimeFit {
  if (asked.years.length) {
    if (facts.year !== null) return asked.years.includes(facts.year) ? "agrees" : "disagrees";
    return facts.past ? "disagrees" : "neutral";
  }
  if (asked.past) return facts.past ? "agrees" : "neutral";
  if (facts.past) return asked.current ? "disagrees" : "earlier";
  return "neutral";
}

/** The question's nationality words (« Russian troops ») disagree with a nationality written on the counted noun itself (« militaires biélorusses »). */
export function countedNationalityFits(ctx: Ctx, facts: FigureFacts): boolean {
  if (!facts.countedNationalities.length) return true;
  const asked = askedNationalities(ctx);
  if (!asked.length) return true;
  const keys = new Set(facts.countedNationalities);
  return asked.some((t) => nationalityIn(keys, t, ctx.m));
}

/**
 * « 120 drones launched, 95 shot down »: when the question's words for what happened (`predicates`)
 * sit in another figure's stretch of the same sentence and not in this one's, this figure counts
 * something else.
 */
export function segmentFits(ctx: Ctx, f: IndexedFigure, siblings: IndexedFigure[], predicates: Term[]): boolean {
  if (!predicates.length) return true;
  const mine = factsOf(ctx.index, f).segment;
  const others = siblings.filter((s) => s !== f && s.figure.sentence === f.figure.sentence);
  if (!others.length) return true;
  for (const t of predicates) {
    if (ctx.m.found(mine, [t]).length) continue;
    if (others.some((o) => ctx.m.found(factsOf(ctx.index, o).own, [t]).length)) return false;
  }
  return true;
}

// « how much will each collector be paid », « le prix d'un système »: a unit price, not a total.
const EACH_Q = /\b(?:each|per|apiece|a piece|chaque|chacun|chacune|par (?:personne|tete|unite|piece|exemplaire|soldat|habitant)|(?:prix|cout|valeur) (?:d'un|d'une|unitaire)|(?:cost|price|worth) of (?:a|an|one|a single)|how much (?:does|do|is|are) (?:a|an|one) |l'unite)\b(?! (?:year|day|week|month|annee|an|jour|semaine|mois)\b)/;

/** Whether the question asks a figure per unit (each, per head, « par élève ») rather than a total. */
export function asksPerUnit(ctx: Ctx): boolean {
  return EACH_Q.test(ctx.query.folded) || askedUnit(ctx) !== null;
}

/** The noun of the unit a question asks an amount per (« par élève » → « eleve »), in the question's language. */
export function askedUnit(ctx: Ctx): string | null {
  return PER_UNIT[ctx.query.lang === "en" ? "en" : "fr"].exec(ctx.query.folded)?.[1] ?? null;
}

/** Whether `f` is a count at all (not a share, a date or an age), for « how many ». */
export function isCount(f: Figure): boolean {
  return f.category !== "percent" && f.category !== "date" && f.category !== "age" && f.category !== "money" && f.category !== "distance";
}

/** A few words on what a figure holds for, when it is not what the question asks: « l'an dernier », « en 2021 », « Zenda ». */
export function forWhat(ctx: Ctx, f: IndexedFigure, sameKind = false): string {
  const facts = factsOf(ctx.index, f);
  if (facts.past) {
    const m = PAST.exec(fold(segmentOf(ctx.index, f.figure)));
    if (m) return m[0];
  }
  if (facts.year !== null) return ctx.lang === "fr" ? `en ${facts.year}` : `in ${facts.year}`;
  // asked about one place, a figure of the same kind for another says where it holds
  const asked = askedPlace(ctx);
  if (sameKind && (asked.places.length || asked.world)) return placeOf(ctx.index, f.figure.sentence) ?? "";
  return "";
}

/*
 * Where a count holds. « How many died in Ruritania's capital » is not answered by the national
 * toll, nor « worldwide » by one country's: a figure whose own sentence names another place (a
 * place the story marks, a country, the whole world) and not the one asked counts elsewhere.
 */

interface StoryPlaces {
  /** Keys of every place the story marks. */
  all: KeySet;
  /** Per sentence: whether it names a place, a country or the whole world. */
  names: Map<number, boolean>;
  /** Per sentence: whether it speaks of the whole world. */
  world: Map<number, boolean>;
  /** Sentences that put something in a named place (« in the capital Zenda ») the story's place list may lack, with the first such name. */
  located: Map<number, string>;
}
const placesMemo = new WeakMap<StoryIndex, StoryPlaces>();

function storyPlaces(index: StoryIndex): StoryPlaces {
  const hit = placesMemo.get(index);
  if (hit) return hit;
  // a person's name after « à » (« a écrit à Jean Dupont ») is no place, whatever the place list says
  // (the name itself: a person's aliases may hold a description, « Port City Mayor Ann Vale »)
  const personal = new Set(index.entities.filter((e) => e.kind === "person").flatMap((e) => words(e.name).filter((w) => /^\p{Lu}/u.test(w)).map(fold)));
  const all: KeySet = new Set();
  const marked = index.story.places.filter((p) => !words(p.text).some((w) => personal.has(fold(w))));
  for (const p of marked) for (const k of keysOf(p.text)) all.add(k);
  const located = new Map<number, string>();
  for (const s of index.story.sentences) {
    for (const m of s.text.matchAll(LOCATIVE)) {
      const name = words(m[1] ?? "").filter((w) => !NOT_PLACES.has(fold(w)) && !personal.has(fold(w)));
      if (!name.length) continue;
      if (!located.has(s.index)) located.set(s.index, name.join(" "));
      for (const k of keysOf(name.join(" "))) all.add(k);
    }
  }
  for (const p of marked) if (!located.has(p.sentence)) located.set(p.sentence, p.text);
  const out: StoryPlaces = { all, names: new Map(), world: new Map(), located };
  placesMemo.set(index, out);
  return out;
}

function sentenceWorld(index: StoryIndex, i: number): boolean {
  const p = storyPlaces(index);
  let w = p.world.get(i);
  if (w === undefined) p.world.set(i, (w = WORLD.test(fold(index.story.sentences[i]?.text ?? ""))));
  return w;
}

/** Whether sentence `i` names a place of its own: one the story marks or puts after « in », « à », the whole world. */
function namesPlace(index: StoryIndex, i: number): boolean {
  const p = storyPlaces(index);
  const hit = p.names.get(i);
  if (hit !== undefined) return hit;
  const text = index.story.sentences[i]?.text ?? "";
  const named =
    p.located.has(i) ||
    sentenceWorld(index, i) ||
    // « Portugal as a whole »: a country as the subject (a nationality adjective, « Palestinian tallies », says whose, not where)
    abbreviatesCountry(text);
  p.names.set(i, named);
  return named;
}

export interface AskedPlace {
  /** The question's words naming places the story marks (« à Londres »), nationalities aside (they agree on their own). */
  places: Term[];
  /** The question asks over the whole world. */
  world: boolean;
}
const askedPlaceMemo = new QuestionMemo<object, AskedPlace>();

export function askedPlace(ctx: Ctx): AskedPlace {
  const hit = askedPlaceMemo.get(ctx);
  if (hit) return hit;
  const { all } = storyPlaces(ctx.index);
  const nat = nationalityTerms(ctx.query);
  // a word of the name of the entity asked about says whose count it is (« the Ossel Island fund »), unless that entity is itself a place;
  // a word of its role (« the New York mayor ») still says where
  const isPlace = (name: string) => ctx.index.story.places.some((p) => fold(p.text) === fold(name));
  const own = ctx.entity && ctx.named && ![ctx.entity.name, ...ctx.entity.aliases].some(isPlace) ? new Set(words(ctx.entity.name).map(fold)) : null;
  const places = ctx.query.terms.filter((t) => !nat.includes(t) && ctx.m.has(all, t) && !own?.has(t.word));
  const out = { places, world: WORLD.test(ctx.query.folded) };
  askedPlaceMemo.set(ctx, out);
  return out;
}

/** The place a figure's sentence names (« Zenda », « globally »), to say where a figure that does not fit holds. */
export function placeOf(index: StoryIndex, sentence: number): string | null {
  const named = storyPlaces(index).located.get(sentence);
  if (named) return named;
  if (!sentenceWorld(index, sentence)) return null;
  const text = index.story.sentences[sentence]?.text ?? "";
  const m = WORLD.exec(fold(text));
  return m ? text.slice(m.index, m.index + m[0].length).replace(/^[^\p{L}]+/u, "").toLowerCase() : null;
}

/**
 * Whether a figure holds where the question asks: when its own sentence names a place, that place
 * must be the one asked; a sentence that names none holds for whatever place the text before it
 * set, and is no evidence either way. Asked over the
 * world, its own sentence says so or names no place.
 */
export function placeFits(ctx: Ctx, sentence: number): boolean {
  const asked = askedPlace(ctx);
  if (asked.world) return sentenceWorld(ctx.index, sentence) || !namesPlace(ctx.index, sentence);
  if (!asked.places.length) return true;
  // a sentence that names no place holds where the story has set the scene for it: the dateline, the lead, its
  // paragraph so far; a place named only elsewhere in the story is not where this count holds
  // (a place the reader names, as names are written: a common word the story happens to mark is no scene of its own)
  if (!namesPlace(ctx.index, sentence)) {
    const named = asked.places.filter((t) => words(ctx.query.raw).some((w) => fold(w) === t.word && /^\p{Lu}/u.test(w)));
    return ctx.m.found(sceneKeys(ctx.index, sentence), named).length === named.length;
  }
  const own = ctx.index.sentences[sentence]?.keys ?? new Set<string>();
  return ctx.m.found(own, asked.places).length === asked.places.length;
}

const sceneMemo = new WeakMap<StoryIndex, Map<number, KeySet>>();

/** The keys of where a sentence's story stands: the dateline, the headline and lead, the sentence before and its paragraph's earlier sentences. */
function sceneKeys(index: StoryIndex, i: number): KeySet {
  let memo = sceneMemo.get(index);
  if (!memo) sceneMemo.set(index, (memo = new Map()));
  const hit = memo.get(i);
  if (hit) return hit;
  const keys = new Set<string>(index.sentences[i]?.keys ?? []);
  const add = (j: number) => {
    for (const k of index.sentences[j]?.keys ?? []) keys.add(k);
  };
  for (const k of keysOf(index.story.dateline?.place ?? "")) keys.add(k);
  add(0);
  add(1);
  add(i - 1);
  const paragraph = index.story.sentences[i]?.paragraph;
  for (let j = i - 2; j >= 0 && index.story.sentences[j]?.paragraph === paragraph; j--) add(j);
  memo.set(i, keys);
  return keys;
}

/** Whether the figure's own stretch puts it on a condition (« a $3m fee if the deal fails »): it answers a question that asks on that condition. */
export function conditional(index: StoryIndex, f: IndexedFigure): boolean {
  // a fact of the story's figure, the same on every question that ranks it
  let hit = conditionalMemo.get(f);
  // (« even if many postpone it » concedes: the figure holds all the same)
  if (hit === undefined) conditionalMemo.set(f, (hit = CONDITION.test(fold(segmentOf(index, f.figure)).replace(CONCESSION, " "))));
  return hit;
}

const conditionalMemo = new WeakMap<IndexedFigure, boolean>();

/** Whether the question asks on a condition (« if the deal fails, how much »). */
export function asksConditional(ctx: Ctx): boolean {
  return CONDITION.test(ctx.query.folded);
}

const casualtyMemo = new WeakMap<IndexedFigure, "killed" | "wounded" | null>();

/** « which killed 1,200 », « tuant 40 »: a bare number right after a verb of killing or wounding counts the dead or the wounded. */
export function casualtyOf(index: StoryIndex, f: IndexedFigure): "killed" | "wounded" | null {
  const hit = casualtyMemo.get(f);
  if (hit !== undefined) return hit;
  const kind = f.figure.counted === null && f.figure.category === "other" ? (casualtyVerb(index.story.sentences[f.figure.sentence]?.text ?? "", f.figure.text)?.kind ?? null) : null;
  casualtyMemo.set(f, kind);
  return kind;
}

/** The verb of killing or wounding right before a bare number in its sentence, as written (« killed » 41). */
export function casualtyVerb(sentence: string, text: string): { kind: "killed" | "wounded"; verb: string } | null {
  const i = at(sentence, text);
  if (i <= 0) return null;
  const raw = sentence.slice(Math.max(0, i - 40), i);
  const before = fold(raw);
  for (const c of CASUALTIES) {
    const m = c.before.exec(before);
    // folding keeps lengths for these words, so the match's place in the folded text is its place in the raw one
    if (m) return { kind: c.kind, verb: raw.slice(m.index, m.index + m[0].length).trim().replace(/^[^\p{L}]+/u, "") };
  }
  return null;
}

// « a 64-page opinion », « a 12-member council », « a 300-strong force »: a number with its unit glued on, before the noun it measures
const GLUED_UNIT = /(?:^|[^\p{L}\p{N}])(?:\d[\d.,]*|\p{L}+)-(\p{L}{3,})\s+\p{L}/u;

/** The unit glued to a figure's number before the noun it measures (« page » of « a 64-page opinion »), folded, or null. */
export function gluedUnit(f: Figure): string | null {
  const m = GLUED_UNIT.exec(f.text);
  return m ? fold(m[1]!) : null;
}

/** The casualty kind a question noun counts (« morts », « injured »), if any. */
export function casualtyNoun(noun: string): "killed" | "wounded" | null {
  return CASUALTIES.find((c) => c.nouns.has(fold(noun)))?.kind ?? null;
}

/** The casualty kind the question asks about (« how many did the attack kill », « combien de blessés »), if any. */
export function askedCasualty(ctx: Ctx): "killed" | "wounded" | null {
  for (const w of ctx.query.words) {
    const kind = casualtyNoun(w);
    if (kind) return kind;
  }
  return null;
}

/**
 * What happened to those counted, when the question names one fate (« combien ont été arrêtés », "how many were
 * evacuated"): a count answers it only if its own clause says that fate. null when it names none, or several.
 */
export function askedFate(folded: string): string | null {
  const kinds = FATE_WORDS.filter((k) => k.words.test(folded)).map((k) => k.kind);
  return kinds.length === 1 ? kinds[0]! : null;
}

/** Whether a clause (folded text) says the fate asked. */
export function saysFate(folded: string, kind: string): boolean {
  return FATE_WORDS.find((k) => k.kind === kind)?.words.test(folded) ?? false;
}

/** « the US », « the UK »: a country written as its abbreviation, which the lexicon's words do not hold. */
export function abbreviatesCountry(text: string): boolean {
  return words(text).some((w) => COUNTRY_ABBREVIATIONS.has(w));
}

/** Whether a clause names a country or nationality of its own (« Portugal overall has counted … »). */
export function namesCountry(text: string, keys: KeySet): boolean {
  for (const k of keys) if (NATIONALITY_KEYS.has(k)) return true;
  return abbreviatesCountry(text);
}

const measureMemo = new WeakMap<IndexedFigure, MeasureKind | null>();

/**
 * What a figure measures, from the words after its number (« 40 tonnes » a weight, « 300 km/h » a
 * speed, « 828 mètres » a height or a length): for « how heavy », « how tall », « how fast ».
 */
export function measureOf(index: StoryIndex, f: IndexedFigure): MeasureKind | null {
  const hit = measureMemo.get(f);
  if (hit !== undefined) return hit;
  let out: MeasureKind | null = null;
  const g = f.figure;
  if (g.category !== "money" && g.category !== "percent" && g.category !== "date" && g.category !== "age") {
    const t = fold(g.text);
    const num = /\d[\d\s.,]*/.exec(t);
    // the words after the number, and the rest of its clause (« 300 km » then « /h »)
    const after = `${(num ? t.slice(num.index + num[0].length) : t.split(/\s+/).slice(1).join(" ")).trim()}${fold(continuation(index.story.sentences[g.sentence]?.text ?? "", g.text))}`.replace(/\s+/g, " ").trim();
    for (const kind of ["speed", "weight", "height"] as const) {
      for (const w of MEASURES[kind]) {
        if (after === w || after.startsWith(`${w} `) || after.startsWith(`${w},`) || (kind === "speed" && after.startsWith(w))) {
          out = kind;
          break;
        }
      }
      if (out) break;
    }
  }
  measureMemo.set(f, out);
  return out;
}

const abbreviationMemo = new Map<string, string[]>();
// a preposition of place or direction right before a country's name (folded text, « the » between)
const TOWARDS = /(?:^|[^\p{L}])(?:to|from|with|against|into|toward|towards|across|in|at|inside|vers|avec|contre|aux|en|dans)\s+(?:the\s+)?$/u;

/**
 * The nationality keys of the countries a text writes as abbreviations (« The UK in total »),
 * which the lexicon's words do not hold: « US » is « américain », « états-unis ».
 */
export function abbreviationKeys(text: string): string[] {
  const out: string[] = [];
  const abbreviated = [...text.matchAll(/(?<![\p{L}.])(?:[A-Z]\.){2,}|(?<![\p{L}])[A-Z]{2,3}(?![\p{L}])/gu)].map((m) => ABBREVIATION_NATIONALITY.get(m[0]) ?? ABBREVIATION_NATIONALITY.get(m[0].replace(/\.$/, "")));
  // « The United States has … », « le Royaume-Uni »: a formal name of several words, which the lexicon's words do not hold either
  // (not after a preposition: « shipments to the United States », « aux États-Unis » say where, not whose)
  const folded = fold(text);
  const named = [...folded.matchAll(COUNTRY_NAMES)].filter((m) => !TOWARDS.test(folded.slice(Math.max(0, m.index - 20), m.index + m[0].length - m[1]!.length))).map((m) => NAME_NATIONALITY.get(m[1]!));
  for (const en of [...abbreviated, ...named]) {
    if (!en) continue;
    let keys = abbreviationMemo.get(en);
    if (!keys) {
      keys = NATIONALITY_GROUPS.filter((grp) => grp.has(en)).flatMap((grp) => [...grp]);
      abbreviationMemo.set(en, keys);
    }
    out.push(...keys);
  }
  return out;
}
