import type { Ctx } from "../../context.js";
import type { KeySet } from "../../index.js";
import { keysOf } from "../../index.js";
import { COUNT_CLASSES, NATIONALITY_KEYS } from "../../lexicon.js";
import { countsAnyone, standardWord } from "../../registers.js";
import { fold, frKeys, words } from "../../text.js";
import { countedPhrase, verbAfterCue } from "../../counted-phrase.js";
import { casualtyNoun } from "../../figure-fit.js";
import { BARE_CUE_JOINERS, BARE_CUES, COUNT_CUE, VERB_CUES } from "../../figure-words/index.js";

// (years too: « the trial has dragged on for three years », « depuis neuf ans »; an age or a date is never a span)
export const DURATION_KEYS = new Set(["jour", "jours", "heur", "heure", "heures", "semain", "semaine", "semaines", "mois", "minut", "minute", "minutes", "ans", "annee", "annees", "decennie", "decennies"].flatMap(frKeys));

export interface CountClass {
  name: string;
  category: "troops" | "equipment" | "other";
  keys: KeySet;
}
// the English words too, as written (a French stem of « planes » is « plan »): an English story's figures say « five aircraft »
const CLASSES: CountClass[] = COUNT_CLASSES.map((c) => ({ name: c.name, category: c.category, keys: new Set([...c.fr.flatMap((w) => [...keysOf(w, true)]), ...c.en.map((w) => fold(w))]) }));
const CLASS_BY_EN = new Map<string, CountClass>();
COUNT_CLASSES.forEach((c, i) => c.en.forEach((w) => CLASS_BY_EN.set(w, CLASSES[i]!)));

const THERE_IS = /^(?:en )?(?:il )?y (?:en )?(?:a|avait|aura|aurait)(?:-t-il)? (?=de |d'|des )/;
// « how many died », « how many are still missing », « how many will that make »: a verb, not a noun, after the cue
const VERB_AFTER = /^(?:are|were|is|was|did|do|does|have|has|had|will|would|can|could|should|may|might|died|die|got|get|remain|remained|still|of them|of those|in all|in total|altogether|sont|ont|est|etaient|seront|y a|y en a)\b/;
const RATE_PERIOD = /\b(?:par|per|each|every|chaque|a|an) (?:day|week|month|year|hour|jour|semaine|mois|an|annee|heure)s?\b.*$/;
// where a French noun phrase ends (« combien de soldats sont déployés en Estonie »)
const FR_PHRASE_END = /^(?:sont|ont|est|a|y|en|dans|au|aux|pour|par|qui|que|sur|avec|chez|vers|depuis|pendant|lors|ete|etaient|seront|seraient|va|vont|ont-ils|sont-ils|a-t-il|a-t-elle)$/;
// where an English noun phrase ends: a verb, a preposition, a participle, an adverb
export const EN_PHRASE_END = /^(?:are|were|is|was|did|do|does|have|has|had|will|would|can|could|should|may|might|been|be|being|get|got|in|on|at|of|for|to|from|by|with|that|which|who|whom|there|than|per|and|or|this|these|those|last|since|during|over|under|into|out|so|still|now|each|every|ever|already|total|overall|altogether|\w+ed|\w+ing|\w+ly)$/;
const FORCE_NOUN = /^(?:forces?|contingents?|brigades?|army|armies|armee|armees|troupes?|missions?|deployments?|deploiements?|units?|unites?|corps|battalions?|bataillons?|divisions?|regiments?|fleet|flotte|navy|marine|presence|dispositif)$/;
const SIZE_CUE = /\b(?:how large|how big|how strong|what size|size of|taille|effectif|effectifs)\b/;

/** What the question counts: a known class (troops, tanks…) or, failing that, the noun after « how many ». */
export function countedIn(ctx: Ctx, only: string | null = null): { cls: CountClass | null; noun: string | null } {
  const f = ctx.query.folded;
  const cue = COUNT_CUE.exec(f);
  // « combien d'enterrements par jour »: the period of a rate is not what is counted
  // « combien il y a de bureaux de vote », « combien y a-t-il de morts »: the noun comes after the existential
  const after = only ?? (cue ? f.slice(cue.index + cue[0].length) : f).replace(RATE_PERIOD, " ").replace(THERE_IS, "");
  // « combien sont tombés », « how many died », « c'était combien avant »: what is counted is not named
  // (a bare « combien », not « combien de », names nothing counted after it)
  const said = cue ? cue[0].trim().replace(/\s+/g, " ") : "";
  if (!only && cue && BARE_CUES.has(said) && !BARE_CUE_JOINERS.some((j) => after.startsWith(j))) return { cls: null, noun: null };
  if (!only && cue && VERB_CUES.has(said) && VERB_AFTER.test(after)) return { cls: null, noun: null };
  const ws = after.match(/[a-z0-9-]+/g) ?? [];
  // the counted thing is in the noun phrase after the cue: « how many bus fires in the United States » counts no states
  let nouns = 0;
  // (« combien de Portugais habitent le canton »: a verb ends the phrase, « habitent » is no inhabitant)
  const phraseEnd = only || !cue ? ws.length : countedPhrase(ws, ctx.lang).end;
  for (const [i, raw] of ws.slice(0, 6).entries()) {
    if (nouns > 0 && ((ctx.lang === "en" ? EN_PHRASE_END : FR_PHRASE_END).test(raw) || i >= phraseEnd)) break;
    nouns++;
    const w = standardWord(raw, ctx.lang);
    // « how many people »: read as a noun, so that passengers, residents or victims may answer
    if (countsAnyone(w)) break;
    const byEn = CLASS_BY_EN.get(w);
    if (byEn) return { cls: byEn, noun: raw };
    const keys = [...keysOf(w, true)];
    const byFr = CLASSES.find((c) => keys.some((k) => c.keys.has(k)));
    if (byFr) return { cls: byFr, noun: raw };
  }
  // « how many British people »: a nationality qualifies the noun, it is not what is counted
  const nationality = (w: string) => ctx.query.terms.some((t) => t.word === w && t.keys.some((k) => NATIONALITY_KEYS.has(k)));
  // « NATO's new force », « Port Alder »: a name says whose, not what is counted
  const rawWords = words(ctx.query.raw).slice(1);
  const named = (w: string) => rawWords.some((r) => fold(r) === w && /^\p{Lu}/u.test(r)) || ctx.index.entities.some((e) => e.nameWords.some((n) => fold(n) === w));
  // (« what number do they give », « quel chiffre »: a word for a number names nothing counted)
  const nounLike = (w: string) => w.length > 2 && !nationality(w) && !named(w) && !/^(?:de|des|du|the|of|are|is|were|was|did|do|does|will|a|an|new|more|other|autres?|nouveaux?|nouvelles?|large|big|strong|size|how|what|est|la|le|les|quelle|quel|taille|effectifs?|numbers?|figures?|chiffres?|nombres?|counts?|totals?|estimates?|estimations?)$/.test(w);
  // the counted noun is in the phrase right after the cue, never in what the question then says of it
  // (« how many Italians were stranded » counts no « stranded »); read whole when one noun is given (`only`)
  const { start, end } = only || !cue ? { start: 0, end: ws.length } : countedPhrase(ws, ctx.lang);
  const inPhrase = (i: number) => i >= start && i < end;
  let first = ws.findIndex((w, i) => inPhrase(i) && nounLike(w));
  // « how many Italians », « combien d'Italiens »: a people named by its nationality alone is what is counted
  // (a people's name the lexicon does not hold as a nationality is a capitalised plural no entity of the story bears)
  const demonym = (w: string) => nationality(w) || (rawWords.some((r) => fold(r) === w && /^\p{Lu}/u.test(r)) && !ctx.index.entities.some((e) => e.nameWords.some((n) => fold(n) === w)) && !verbAfterCue(w, ctx.lang));
  if (first < 0 && !only && cue) first = ws.findIndex((w, i) => inPhrase(i) && demonym(w) && !ws.slice(i + 1, end).some(nounLike));
  let noun = first >= 0 ? ws[first]! : null;
  // « how many end up in hospital », « how many turned up »: a verb right after the cue, nothing counted is named
  // (a word the story counts by, « how many dead », is its noun)
  if (!only && cue && noun && first === start && end - start <= 2 && verbAfterCue(noun, ctx.lang) && casualtyNoun(noun) === null && (end - start === 1 || !nounLike(ws[start + 1]!))) return { cls: null, noun: null };
  // English puts the head last: « ferry crossings », « bus drivers » count crossings and drivers
  // (« knife or sword attacks »: the coordinated modifiers are passed over)
  if (ctx.lang === "en" && noun && !only)
    for (let i = first + 1; i < Math.min(end, first + 5); i++) {
      const w = ws[i]!;
      if ((w === "or" || w === "and") && i + 2 < ws.length && nounLike(ws[i + 1]!) && nounLike(ws[i + 2]!) && !EN_PHRASE_END.test(ws[i + 2]!)) continue;
      if (!nounLike(w) || EN_PHRASE_END.test(w)) break;
      // a plural is the head (« protesters took part », « officials spoke »): what follows is its verb
      if ((/[^su]s$/.test(noun) && noun.length > 3) || countsAnyone(standardWord(noun, ctx.lang))) break;
      noun = w;
    }
  // « how big is the force » sizes a body of troops; « how big is the loan plan » sizes the plan
  if (SIZE_CUE.test(f) && (!noun || FORCE_NOUN.test(noun) || ws.some((w) => FORCE_NOUN.test(w)))) return { cls: CLASSES[0]!, noun: null };
  return { cls: null, noun };
}
