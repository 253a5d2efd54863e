import type { Figure } from "../../story/schema.js";
import type { IndexedFigure, KeySet, StoryIndex } from "../index.js";
import { continuation, keysOf } from "../index.js";
import { NATIONALITY_KEYS } from "../lexicon.js";
import { EARLIER_BEFORE, FATES, FATE_WORDS, INITIAL, SOURCE_AFTER, SOURCE_BEFORE, SOURCE_NOUNS } from "../figure-words/index.js";
import { fold, words } from "../text.js";
import { isCount } from "./is-count.js";
import { PAST, YEAR } from "./periods.js";
import { at, leadIn, ownStretch, segmentOf } from "./segments.js";
import type { PartOfYear } from "./time.js";
import { RATE_AFTER, nearestMonth, nearestPart } from "./time.js";

/*
 * Whether a figure answers the count a question asks, beyond its topic: the thing it counts
 * (« trois conseillers municipaux » counts councillors, not troops), the time it holds for (last
 * year's figure does not answer for the new exercise), the part of the sentence it belongs to
 * (« 120 drones launched, 95 shot down »), and whether it is a share or a count. Rules of news
 * writing, in both languages; nothing here names a story.
 */

export const memo = new WeakMap<IndexedFigure, FigureFacts>();

export interface FigureFacts {
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

// A period marker right after these words says when the figure was given, not what it counts.
const GIVEN_VERB = /(?:communique\w*|annonce\w*|publie\w*|donne\w*|fourni\w*|avance\w*|promis\w*|publishe?d?|announced|released|given|reported|disclosed|said|stated)\s*$/;

function perUnitAfter(sentence: string, f: Figure): boolean {
  const i = at(sentence, f.text);
  if (i < 0) return false;
  const after = fold(sentence.slice(i + f.text.length, i + f.text.length + 30)).trim();
  return /^(?:par (?:unite|piece|exemplaire|personne|tete|soldat|habitant|militaire|systeme|appareil|avion|char|drone)|piece|chacun|chacune|each|apiece|a piece|per (?:unit|piece|person|head|capita|soldier|system|aircraft|plane|tank|drone)|l'unite|unitaire)\b/.test(after) || /\b(?:l'unite|piece|chacun|chacune|unitaire|each|apiece)\b/.test(fold(f.text));
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
