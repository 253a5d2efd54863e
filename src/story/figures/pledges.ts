/**
 * Who gives a figure no quote carries: the subject of a verb of commitment or announcement whose
 * object holds the figure (« X committed to deploying 2,000 troops », « X a promis d'envoyer
 * 300 soldats »). Wire copy states such a figure on the committer's word. Language-neutral code
 * fed by one list per language; every form is folded (lower case, no accents, ASCII apostrophe).
 */
import { allNameWords } from "../lang/names.js";
import { fold } from "../text.js";
import { FIGURE_WORDS } from "./lang/index.js";

/** A pronoun subject points back to someone; this rule names only who is written out. */
const PRONOUNS = allNameWords((w) => w.pronounStarts);

/** Words that open a new clause or mark its subject's edge, per language: the subject never reaches past them. */
const SUBJECT_EDGE: Readonly<Record<"fr" | "en", ReadonlySet<string>>> = {
  fr: new Set(FIGURE_WORDS.fr.subjectEdge),
  en: new Set(FIGURE_WORDS.en.subjectEdge),
};

/** Characters read back from a figure: room for a subject, a verb and the gap. */
const WINDOW = 240;
/** How many words at most between the verb and the figure (« committed to deploying up to »). */
const MAX_GAP_WORDS = 6;
/** How many words at most a subject runs over (« the Defence Ministry of Ruritania »). */
const MAX_SUBJECT_WORDS = 6;

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** An initial and its period (« J. »). Built once: a literal with « \p{…} » is a new RegExp at each evaluation where tsx runs the code. */
const INITIAL = /^\p{Lu}\.$/u;

/** The words of `text`, their offsets counted from `offset` (where `text` starts in its sentence). */
function wordsOf(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*|[,;:()«»"“”—–]/gu)) {
    // A sentence's full stop is no part of a word; an initial's (« J. ») is.
    const raw = INITIAL.test(m[0]) ? m[0] : m[0].replace(/\.$/, "");
    out.push({ text: raw, folded: fold(raw), start: m.index + offset, end: m.index + offset + raw.length });
  }
  return out;
}

/** Each verb form as its words, split once (asked for every figure no quote carries). */
const VERB_FORMS: Readonly<Record<"fr" | "en", readonly string[][]>> = {
  fr: FIGURE_WORDS.fr.pledgeVerbs.map((v) => v.split(" ")),
  en: FIGURE_WORDS.en.pledgeVerbs.map((v) => v.split(" ")),
};
const verbForms = (lang: "fr" | "en"): readonly string[][] => VERB_FORMS[lang];

/**
 * The subject, as written, of the commitment verb that governs the figure starting at `figureStart`
 * in `sentence`, or null when no such verb stands close before it in the same clause.
 */
export function pledgerBefore(sentence: string, figureStart: number, lang: "fr" | "en"): string | null {
  // A verb and its subject stand a few words before the figure: a bounded window keeps a run-on
  // sentence with many figures linear.
  const from = Math.max(0, figureStart - WINDOW);
  const words = wordsOf(sentence.slice(from, figureStart), from);
  const forms = verbForms(lang);
  const edge = SUBJECT_EDGE[lang];
  // The nearest verb before the figure, within the gap and with no punctuation in between.
  for (let end = words.length; end > 0 && words.length - end <= MAX_GAP_WORDS; end--) {
    const w = words[end - 1] as Word;
    if (/^[,;:()«»"“”—–]$/.test(w.text)) return null;
    const form = forms.find((f) => f.length <= end && f.every((p, k) => words[end - f.length + k]?.folded === p));
    if (!form) continue;
    const verbStart = end - form.length;
    // The subject: capitalised or determined words right before the verb, back to a clause edge.
    const subject: Word[] = [];
    for (let i = verbStart - 1; i >= 0 && subject.length < MAX_SUBJECT_WORDS; i--) {
      const s = words[i] as Word;
      if (/^[,;:()«»"“”—–]$/.test(s.text) || edge.has(s.folded) || /^\p{N}/u.test(s.text)) break;
      subject.unshift(s);
    }
    if (!subject.some((s) => /^\p{Lu}/u.test(s.text)) || PRONOUNS.has((subject[0] as Word).folded)) return null;
    return sentence.slice((subject[0] as Word).start, (subject[subject.length - 1] as Word).end);
  }
  return null;
}
