import type { StoryIndex } from "../index.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { perSentence } from "../sentence-memo.js";
import { speechLexicon } from "../../story/lang/index.js";
import { schedulingWords } from "../lexicon-time.js";
import { irregularBase } from "../lexicon-irregular.js";

/*
 * Which event a date or place phrase belongs to. News writing puts the date or place of an event
 * right after its verb group (« ont repris vendredi », "crashed in X province", « a été jugé lundi à
 * Y »), or fronts it before the clause (« Lundi, le tribunal a jugé … », "On Monday, the plane …").
 * So a phrase belongs to the event told between the last verb group before it and itself; a
 * phrase that opens its sentence belongs to the first verb group after it. A verb group that only
 * schedules (« prévue », "set for", "due") hands the phrase to the noun before it (« the hearing,
 * set for June »). A question's word of the event that stands on the other side of another verb
 * group tells another event: its date or place is not that one.
 */

/** A stretch of a sentence, by character offsets. */
export interface Stretch {
  at: number;
  end: number;
}

/** How many words may stand before a phrase that opens its sentence (« Dès lundi, », "Early on Monday,"). */
const FRONTED_WORDS = 3;
/** How far (characters) the verb group of the clause a fronted phrase opens may stand: a subject's length. */
const FRONTED_REACH = 80;

/** The verb groups of a sentence: auxiliaries and the word after them, finite verbs, English simple pasts. Once per story and sentence. */
export const verbGroups = perSentence((index: StoryIndex, i: number): Stretch[] => {
  const lang: Lang = index.story.lang === "en" ? "en" : "fr";
  const lex = speechLexicon(lang);
  const schedule = schedulingWords(lang);
  const text = index.story.sentences[i]?.text ?? "";
  const words = [...text.matchAll(/[\p{L}]+(?:['’-][\p{L}]+)*/gu)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, raw: m[0], low: fold(m[0]).replace(/’/g, "'") }));
  const out: Stretch[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // a capitalised word is a name or the sentence's first word, which is not read as a verb here; « à » is no « a »
    if (/^\p{Lu}/u.test(w.raw) || w.raw === "à" || schedule.has(w.low)) continue;
    const aux = lex.auxiliaries.has(w.low) || lex.finite.has(w.low);
    // (« said », « told »: a reporting verb's irregular past, which the simple pasts' shape does not catch)
    if (!aux && !lex.simplePast?.test(w.low) && !(lex.sayWords.has(w.low) && irregularBase(w.low, lang) !== null)) continue;
    let end = w.end;
    // the group runs over its auxiliaries to the first other word, the verb itself (« se sont retirés », "has been sent")
    if (aux) {
      let j = k + 1;
      while (j < words.length && (lex.auxiliaries.has(words[j]!.low) || lex.finite.has(words[j]!.low) || lex.adverbs.has(words[j]!.low)) && words[j]!.at - words[j - 1]!.end <= 2) j++;
      if (j < words.length && words[j]!.at - words[j - 1]!.end <= 2 && !schedule.has(words[j]!.low)) end = words[j]!.end;
      else if (j < words.length && schedule.has(words[j]!.low)) continue;
      k = j;
    }
    const last = out.at(-1);
    if (last && w.at - last.end <= 2) last.end = end;
    else out.push({ at: w.at, end });
  }
  return out;
});

/**
 * Whether the phrase `spot` of sentence `i` belongs to the event a word at `hit` tells: the hit
 * stands in the stretch from the last verb group before the phrase to the phrase (its verb, or a
 * complement of it), or, for a phrase that opens the sentence, between the phrase and the end of the first verb group after it.
 */
export function attachedTo(index: StoryIndex, i: number, spot: Stretch, hit: Stretch): boolean {
  const groups = verbGroups(index, i);
  const before = clefted(index, i, spot) ? undefined : groups.filter((g) => g.end <= spot.at).at(-1);
  if (before) return hit.at >= before.at && hit.end <= spot.at;
  const after = fronted(index, i, spot) ? groups.find((g) => g.at >= spot.end) : undefined;
  return after !== undefined && hit.at >= spot.end && hit.end <= after.end;
}

/**
 * Whether a word after the phrase tells another event than the phrase's: a verb group stands
 * between them (« partit lundi et sombra … » for « sombra »), and the phrase does not open the
 * sentence. Its nearness says nothing of which event the phrase dates or places.
 */
export function pastAnotherVerb(index: StoryIndex, i: number, spot: Stretch, hit: Stretch): boolean {
  if (hit.at < spot.end) return false;
  const groups = verbGroups(index, i);
  if ((clefted(index, i, spot) || !groups.some((g) => g.end <= spot.at)) && fronted(index, i, spot)) return false;
  return groups.some((g) => g.at >= spot.end && g.at <= hit.at);
}

/**
 * The cleft's opening and close around the phrase it sets in front, per language (folded): « c'est à X
 * que … », "it was in X that …". The phrase belongs to the event of the clause after « que », "that",
 * however many words its subject takes, not to « est », "was".
 */
const CLEFT: Record<Lang, { open: RegExp; close: RegExp }> = {
  fr: { open: /(?:^|[\s,;])c'(?:est|etait)\s+[^,;:.!?]{0,80}$/, close: /^\s*qu(?:e\b|')/ },
  en: { open: /(?:^|[\s,;])it (?:is|was)\s+[^,;:.!?]{0,80}$/, close: /^\s*(?:that|where)\b/ },
};

/** Whether a phrase is the one a cleft sets in front (« C'est à X qu'une passante a été blessée »). */
export function clefted(index: StoryIndex, i: number, spot: Stretch): boolean {
  const text = index.story.sentences[i]?.text ?? "";
  const cleft = CLEFT[index.story.lang === "en" ? "en" : "fr"];
  return cleft.open.test(fold(text.slice(0, spot.at)).replace(/’/g, "'")) && cleft.close.test(fold(text.slice(spot.end)).replace(/’/g, "'"));
}

/**
 * A phrase that opens its clause before any verb group: set off by a comma, or with at most a few
 * words before it, the verb group of that clause soon after it (with none read there, nothing says
 * which event it dates).
 */
function fronted(index: StoryIndex, i: number, spot: Stretch): boolean {
  const text = index.story.sentences[i]?.text ?? "";
  if (clefted(index, i, spot)) {
    const after = verbGroups(index, i).find((g) => g.at >= spot.end);
    return after !== undefined && after.at - spot.end <= FRONTED_REACH;
  }
  if (verbGroups(index, i).some((g) => g.end <= spot.at)) return false;
  if (!/^\s*,/.test(text.slice(spot.end)) && text.slice(0, spot.at).split(/\s+/).filter(Boolean).length > FRONTED_WORDS) return false;
  const after = verbGroups(index, i).find((g) => g.at >= spot.end);
  return after !== undefined && after.at - spot.end <= FRONTED_REACH;
}
