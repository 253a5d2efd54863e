import type { Draft } from "../compose.js";
import { pick } from "../compose.js";
import type { Ctx } from "../context.js";
import { coverage, questionTerms, rankEvidence } from "../evidence.js";
import type { StoryIndex } from "../index.js";
import { entitiesIn } from "../mentions.js";
import type { Term } from "../query.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { EN_CALENDAR, FR_CALENDAR } from "../../story/lang/calendar.js";
import { roleIn } from "../labels.js";
import { foldKeepLength } from "../../story/tokens.js";
import { wordsOf } from "./anchor.js";
import { insideQuote } from "./times.js";
import { phraseFrom, subjectFrom } from "./doer-phrase.js";

/*
 * « Who was arrested? », « qui a été blessé ? », "who got fired?": the question asks to whom an
 * act was done, not who did it nor who spoke of it. News writing gives the one it befell as the
 * subject of a passive (« deux hommes ont été arrêtés »), the complement of the act's noun (« the
 * arrest of two men », « l'arrestation de X »), or the object of the active verb (« police arrested
 * X »); when that is a description (« two men »), the next sentence often names them as its
 * subject (« X and Y were charged … »). The answer is that, from the sentence that tells the act;
 * null when no sentence does (the other answers are tried).
 */

interface PatientWords {
  /** The question: « who » and a passive, the participle captured (folded). */
  asks: RegExp;
  /** Right before a participle in the story (folded, offsets kept): a passive's auxiliary. */
  passive: RegExp;
  /** Right after the act's noun: the preposition of its complement. */
  of: RegExp;
  /** Subject pronouns and little words a patient phrase is not (« il », "they"). */
  pronoun: RegExp;
  /** Words that end an object phrase read forward: prepositions, conjunctions, relatives (folded). */
  stop: RegExp;
  /** After the names a sentence opens with: a passive (« were charged », « ont été mis en examen »), folded. */
  named: RegExp;
  /** Joins names at the head of a sentence (« X et Y », "X and Y"). */
  and: string;
  /** A participle that follows its noun with no auxiliary (« un chef tué par … »): French only; English writes its past tense so. */
  reduced: RegExp | null;
  /** Right before an active verb in the past (folded): its auxiliary (« a interpellé »); English needs none. */
  active: RegExp;
  /** Words right before such a participle that make it a verb of a clause (auxiliaries, pronouns), not a noun's. */
  notNoun: RegExp;
}

const WORDS: Record<Lang, PatientWords> = {
  en: {
    asks: /^(?:and |so |but )?who (?:was|were|has been|have been|had been|got|gets|is|are|will be) (?:(?:also|then|later|first|just|reportedly|allegedly) )?(\p{L}{3,}(?:ed|en|t|wn))\b/u,
    passive: /\b(?:was|were|been|is|are|be|being|got|get)\s+(?:(?:also|then|later|first|just|reportedly|allegedly|subsequently)\s+)?$/,
    of: /^\s+of\s+/,
    pronoun: /^(?:he|she|it|they|we|who|which|that|this|these|those|him|her|them)$/,
    and: "and",
    named: /^\s*(?:,[^,]{0,60},\s*)?(?:were|was|have been|has been|had been|are|is|will be)\s+(?:(?:both|also|later|then|each|allegedly)\s+)?\p{L}+(?:ed|en)\b/u,
    stop: /^(?:in|on|at|after|before|during|since|until|when|while|where|who|whom|which|that|whose|and|or|but|because|as|to|for|with|from|into|over|under|about|against|between|through|by|near|outside|inside|last|on|for|accused|suspected)$/,
    reduced: null,
    active: /\b(?:has|have|had)\s+(?:(?:also|then|later|first|just|reportedly|allegedly)\s+)?$/,
    // a determiner or possessive before an -ed word makes it an adjective (« the arrested men »)
    notNoun: /^(?:the|a|an|his|her|its|their|our|this|that|these|those|was|were|been|be|is|are|being|got|get)$/,
  },
  fr: {
    asks: /^(?:et |alors |mais )?qui (?:a|ont|avait|avaient|aurait|va|sera) (?:(?:deja|aussi|egalement|ensuite|d'abord) )?(?:ete|etre) (\p{L}{3,})/u,
    passive: /\b(?:ete|etait|etaient|sont|est|fut|furent|sera|seront)\s+(?:(?:deja|aussi|egalement|ensuite|notamment)\s+)?$/,
    of: /^\s+(?:de|du|des|d['’])\s*/,
    pronoun: /^(?:il|elle|ils|elles|on|qui|lequel|laquelle|lesquels|celui-ci|celle-ci|ceux-ci)$/,
    and: "et",
    named: /^\s*(?:,[^,]{0,60},\s*)?(?:ont|a|avaient|avait)\s+(?:(?:tous deux|ensuite|aussi|egalement)\s+)?ete\s/u,
    stop: /^(?:a|au|aux|en|dans|sur|sous|apres|avant|pendant|depuis|jusqu|lors|quand|lorsque|alors|que|qui|dont|ou|et|mais|car|pour|avec|contre|entre|vers|chez|par|pres|soupconnes?|accuses?)$/,
    active: /\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\s+(?:(?:deja|aussi|egalement|ensuite|notamment)\s+)?$/,
    reduced: /^\p{L}{2,}(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|it|ite|its|ites)$/u,
    notNoun: /^(?:a|ont|avait|avaient|aura|auront|est|sont|etait|etaient|ete|etre|fut|il|elle|ils|elles|on|s|se|n|ne|pas|l|le|la|les|qui|que|y|en)$/,
  },
};

/** The participle the question asks about, as a term of the question; null when it asks no passive. */
function askedParticiple(ctx: Ctx): Term | null {
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  for (const lang of [ctx.query.lang, ctx.query.lang === "fr" ? "en" : "fr"] as Lang[]) {
    const m = WORDS[lang].asks.exec(f);
    if (!m?.[1]) continue;
    const word = m[1];
    return ctx.query.terms.find((t) => t.word === word) ?? null;
  }
  return null;
}

/**
 * The noun phrase that starts at `from` as an object (« trois manifestants », "two dockworkers"):
 * up to six words, ended by a break, a preposition or link word, a day or a month; a name the
 * story knows is read whole. null when it is a pronoun or empty.
 */
function objectAt(index: StoryIndex, text: string, from: number, w: PatientWords): { text: string } | null {
  const out: string[] = [];
  const re = /[^\s]+/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.length < 6) {
    const raw = m[0];
    const word = raw.replace(/^[«"“(]+/u, "").replace(/[»"”).,;:!?]+$/u, "");
    const f = fold(word);
    if (out.length > 0 && (w.stop.test(f) || isTimeWord(f))) break;
    out.push(word);
    if (/[,;:.!?)»"”]$/u.test(raw)) break;
  }
  const phrase = out.join(" ").trim();
  if (!phrase || w.pronoun.test(fold(phrase))) return null;
  // a name cut by the six words is read whole from the story's entities
  const person = entitiesIn(index, phrase, true)[0];
  return { text: person && !phrase.includes(person.entity.name) && text.includes(person.entity.name) ? `${phrase.slice(0, phrase.indexOf(person.entity.nameWords[0] ?? "\u0000"))}${person.entity.name}`.trim() : phrase };
}

const TIME_WORDS: ReadonlySet<string> = new Set([...FR_CALENDAR.weekdays, ...FR_CALENDAR.months, ...EN_CALENDAR.weekdays, ...EN_CALENDAR.months].map(fold));
const isTimeWord = (f: string): boolean => TIME_WORDS.has(f) || /^(?:yesterday|today|hier|aujourd'hui|lors|during|last|dernier|derniere)$/.test(f);

/** The people a phrase names, else the names a sentence opens with (« X and Y were charged »), else none. */
function namesIn(index: StoryIndex, phrase: string): string[] {
  return entitiesIn(index, phrase, true).map((p) => p.entity.name);
}

/** Names the sentence opens with as its subject, joined by « and »/« et »: the people a description before it stood for. */
function openingNames(index: StoryIndex, i: number, lang: Lang): string[] {
  const text = index.story.sentences[i]?.text ?? "";
  const placed = entitiesIn(index, text, true);
  const out: string[] = [];
  let end = 0;
  for (const p of placed) {
    const between = fold(text.slice(end, p.at)).trim();
    if (out.length === 0 ? p.at > 1 : !(between === "," || between === WORDS[lang].and || between === `, ${WORDS[lang].and}`)) break;
    out.push(p.entity.name);
    const last = p.entity.nameWords.at(-1) ?? p.entity.name;
    const at = fold(text).indexOf(fold(last), p.at);
    end = at < 0 ? p.at + p.entity.name.length : at + last.length;
  }
  // the names are the subject of a passive or a verb of the same affair (« X and Y were charged »), not of someone's reaction
  return out.length && WORDS[lang].named.test(fold(text.slice(end))) ? out : [];
}

/**
 * To whom the act asked was done: the names (or the story's description) and the sentence; null
 * when the question asks no passive « who », or no sentence tells that act with its patient.
 */
export function patient(ctx: Ctx): Draft | null {
  const verb = askedParticiple(ctx);
  if (!verb) return null;
  const { index } = ctx;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  const terms = questionTerms(ctx);
  const others = terms.filter((t) => t !== verb);
  let best: { sentence: number; names: string[]; phrase: string; score: number } | null = null;
  for (const ev of rankEvidence(ctx, terms, 8)) {
    const i = ev.sentence;
    const text = index.story.sentences[i]!.text;
    const f = foldKeepLength(text).toLowerCase();
    const around = others.length ? coverage(ctx, index.sentences[i]!.keys, others) : null;
    const rest = around ? around.share : 1;
    // the act the question names, with something of what it says of it (« in the strike », « à New York »): a telling of the verb with none of it is another event
    if (around && !around.found.length) continue;
    for (const x of wordsOf(index, i)) {
      if (!ctx.m.has(x.keys, verb) || insideQuote(text, x.at)) continue;
      let found: { text: string } | null = null;
      const after = text.slice(x.end);
      const of = w.of.exec(after);
      if (w.passive.test(f.slice(Math.max(0, x.at - 40), x.at))) {
        // « deux hommes ont été arrêtés », "two men were arrested": the passive's subject, before its auxiliary
        const aux = w.passive.exec(f.slice(0, x.at));
        const auxAt = aux?.index ?? x.at;
        found = subjectFrom(index, i, text, auxAt, storyLang);
        // « Le directeur du port, Yves Le Gall, a été limogé »: the name in apposition right before the verb
        if (!found) {
          const near = entitiesIn(index, text.slice(Math.max(0, auxAt - 60), auxAt), true).at(-1);
          if (near && /,\s*(?:\S+\s+)?$/u.test(text.slice(0, auxAt))) found = { text: near.entity.name };
        }
      } else if (w.reduced && w.reduced.test(text.slice(x.at, x.end)) && /^\p{L}+$/u.test(text.slice(Math.max(0, x.at - 2), x.at).trim()) && !w.notNoun.test(fold(/(\S+)\s+$/u.exec(text.slice(0, x.at))?.[1] ?? ""))) {
        // « un chef de la milice tué par une frappe »: a participle right after its noun phrase, as headlines and leads write it
        found = subjectFrom(index, i, text, x.at, storyLang);
      } else if (w.active.test(f.slice(Math.max(0, x.at - 30), x.at)) || (storyLang === "en" && /ed$/.test(f.slice(x.at, x.end)) && !w.notNoun.test(fold(/(\S+)\s+$/u.exec(text.slice(0, x.at))?.[1] ?? "")))) {
        // « la police a interpellé trois manifestants », "police arrested two men": the active verb's object, unless a « by » makes it a passive's
        if (!/^\s*(?:by|par)\b/.test(after)) found = objectAt(index, text, x.end, w);
      } else if (of) {
        // « l'arrestation de X », "the arrests of two men": the complement of the act's noun
        found = objectAt(index, text, x.end + of[0].length, w);
      }
      if (!found || w.pronoun.test(fold(found.text))) continue;
      let names = namesIn(index, found.text);
      // « two New Yorkers … . X and Y were charged »: a description the next sentence names
      if (!names.length && i + 1 < index.story.sentences.length) names = openingNames(index, i + 1, storyLang);
      const score = ev.coverage + rest + (names.length ? 0.2 : 0);
      if (!best || score > best.score) best = { sentence: i, names, phrase: found.text, score };
    }
  }
  if (!best) return null;
  const joined = best.names.join(pick(ctx.lang, " et ", " and "));
  // the story's description beside the names it stands for (« two men »), not the names said twice
  const described = best.names.length && !best.names.every((n) => best!.phrase.includes(n));
  // the description in the reader's language where the lexicons give it, else as the story writes it, in « »
  const phrase = storyLang === "fr" && ctx.lang === "en" ? roleIn(best.phrase, storyLang, ctx.lang) : `« ${best.phrase} »`;
  const who = !best.names.length ? phrase : described ? `${joined} (${phrase})` : joined;
  const cites = best.names.length && !namesIn(index, best.phrase).length ? [best.sentence, best.sentence + 1] : [best.sentence];
  return { answered: true, intent: "who", parts: [`${who}.`], cites, focus: null, confidence: Math.min(1, best.score / 2) };
}
