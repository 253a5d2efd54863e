import { keysOf, type KeySet, type StoryIndex } from "../index.js";
import { fold } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { clauseWords } from "../lexicon-clauses.js";
import { perSentence } from "../sentence-memo.js";

/**
 * The words of a sentence as the general reader reads them (answers/reader.ts), taken once per story
 * and sentence, and the elements an answer is cut from (a number, a date, a place: answers/times.ts,
 * answers/places.ts), with the word classes all of them test.
 */

/** One word of a sentence, where it is and its comparison keys. */
export interface Tok {
  text: string;
  start: number;
  end: number;
  keys: KeySet;
  /** Index of the clause (cut at , ; : ( ) and quotation marks). */
  clause: number;
  /** Opens a clause: after punctuation that cuts one, or a conjunction or relative pronoun of the story's language. */
  opens: boolean;
  /** Index of the whitespace-separated word of the sentence the token starts in, and ends in (a span's length as read, « » included). */
  w0: number;
  w1: number;
  /** Folded, cut at an apostrophe (« qu'il » → « qu »): how the cue tables read the word; kept with the story's tokens, not refolded per question. */
  bare: string;
}

export const toks = perSentence((index: StoryIndex, i: number): Tok[] => {
  const text = index.story.sentences[i]?.text ?? "";
  const en = index.story.lang === "en";
  const out: Tok[] = [];
  const opens = clauseWords(en ? "en" : "fr").opens;
  let clause = 0;
  let last = 0;
  let word = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*%?/gu)) {
    const start = m.index ?? 0;
    const gap = text.slice(last, start);
    const cut = /[,;:()«»"“”—–]/.test(gap);
    if (cut) clause++;
    word += (gap.match(/\s+/g) ?? []).length;
    const w0 = word;
    word += (m[0].match(/\s+/g) ?? []).length;
    const f = fold(m[0]).replace(/['’].*$/, "");
    out.push({ text: m[0], start, end: start + m[0].length, keys: keysOf(m[0], false, en), clause, opens: out.length === 0 || cut || opens.has(f), w0, w1: word, bare: f });
    last = start + m[0].length;
  }
  return out;
});

/** An answer element of a sentence: a span of its words and what kind of thing it is. */
export interface Element {
  /** Token span [from, to) of the element. */
  from: number;
  to: number;
  text: string;
  kind: "number" | "date" | "place" | "person" | "clause";
  /** A clause whose bounds are the answer's (a cause written before its verb of causing), not a start to read on from. */
  exact?: boolean;
  /** A time written from the moment of writing (lexicon-time.ts), and which kind. */
  relative?: "period" | "daypart" | "season" | "ago";
  /** A place tied to a word of the question by the preposition right after it (« caché dans X », "posted on X"). */
  attached?: boolean;
}

export const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|centaine|centaines|mille|millier|milliers|million|millions|milliard|milliards|douzaine|dizaine|dizaines|trentaine|vingtaine|quarantaine|cinquantaine|third|fourth|fifth|deuxieme|troisieme|quatrieme|cinquieme|decade|decennie)$/;
export const QUALIFIER = /^(?:more|over|nearly|almost|about|around|some|up|at|least|than|roughly|approximately|plus|pres|presque|environ|quelque|quelques|au|moins|jusqu'a|jusqu|a|de|d'|less|fewer|under|only|seulement|just|exactly|precisely|overall|total|some)$/;

/**
 * A number as news writes it: digits (« 1,200 », « R4bn », « 23.1% », « 83e »), digits joined to their
 * unit as English writes an age or a span ("53-year-old", "a 20-year sentence", "the 3-day visit"), or a
 * number word; never « Covid-19 ».
 */
export function isNumberTok(t: string): boolean {
  const f = fold(t);
  return /^(?:r|us|c|a)?\d[\d.,]*(?:bn|m|k|%|e|er|eme|th|st|nd|rd|h\d*)?$/.test(f) || UNIT_JOINED.test(f) || NUMBER_WORD.test(f);
}
const UNIT_JOINED = /^\d[\d.,]*-(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|km|kilometres?|kilometers?|miles?|metres?|meters?)(?:-olds?|-long)?$/;

export const YEAR = /^(?:1[89]|20)\d\d$/;
export const MONTHS = new RegExp(`^(?:${[...FR_CALENDAR.months, ...EN_CALENDAR.months, ...EN_CALENDAR.monthAbbreviations].join("|")})$`);
export const DAYS = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|aujourd'hui|hier|demain|tonight|midi|soir|matin|morning|evening|afternoon|noon)$/;
