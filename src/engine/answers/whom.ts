import type { Draft } from "../compose.js";
import type { Ctx } from "../context.js";
import { questionTerms, rankEvidence } from "../evidence.js";
import type { Entity } from "../index.js";
import type { Term } from "../query.js";
import type { Lang } from "../reply.js";
import { fold } from "../text.js";
import { describedIn } from "../labels.js";
import { wordsOf } from "./anchor.js";
import { insideQuote } from "./times.js";
import { roleOf } from "./roles.js";
import { subjectFrom } from "./doer-phrase.js";
import { isAskedVerb } from "./asked-verb.js";
import { entitiesIn } from "../mentions.js";
import { wordSet } from "../word-set.js";

/*
 * « Who did X thank? », « elle soutient qui ? », « qui X a-t-il remplacé ? »: the question names the one who
 * acted and asks whom the act was done to. The answer is the object of that verb in the sentence
 * that tells it with that subject (« X a remercié des bénévoles » → des bénévoles), not its subject
 * nor whoever else the sentence names.
 */

interface WhomWords {
  /** The question: who, the auxiliary, the subject (1), the verb (2); folded. */
  asks: RegExp[];
  /** Subject pronouns of a question (« il », "he"): they stand for the one the conversation is about. */
  pronouns: ReadonlySet<string>;
  /** Personal subject pronouns of a story's sentence (« il », "he"; not "it"): right before the verb, or one word before it, a subject the question's « he » may stand for. */
  personPronouns: ReadonlySet<string>;
  /** Words between a verb and its object that are not the object (adverbs, « déjà »). */
  skip: ReadonlySet<string>;
  /** Partitive and plural indefinite articles (« des bénévoles »): no object by themselves. */
  partitive: RegExp;
  /** Right before a participle, a passive's auxiliary: the subject then is the one the act befell, not its doer. */
  passive: RegExp;
  /** Words that end the object's noun phrase: prepositions, conjunctions, relatives (folded). */
  stop: ReadonlySet<string>;
  /** Links inside a noun phrase (« de », "of"): kept before a name or a determiner, an end before an infinitive (« de retarder »). */
  of: ReadonlySet<string>;
  /** Determiners: after a link, one goes on with the noun phrase. */
  determiners: ReadonlySet<string>;
  /** Openings of the verbs whose object is no person acted on: saying and calling are read by the speech and call answers. */
  notActs: RegExp;
  /** Forms of « être », "be" read as the question's subject: « qui est … », "who is the …" ask who someone is, not whom an act was done to. */
  copulas: ReadonlySet<string>;
}


const WORDS: Record<Lang, WhomWords> = {
  en: {
    asks: [
      /^(?:and |so |but |then )?(?:who|whom) (?:did|does|do|has|have|had|will|would|could|can|should) ((?:\S+ ){0,3}?\S+) (?:(?:first|also|then|just|really|actually|initially|later|now|still) )?(\p{L}{3,})\b/u,
      // "who is she suing": a progressive, never « who is X »
      /^(?:and |so |but |then )?(?:who|whom) (?:is|are|was|were) ((?:\S+ ){0,3}?\S+) (?:(?:also|now|still) )?(\p{L}{3,}ing)\b/u,
    ],
    pronouns: wordSet("he she they it"),
    personPronouns: wordSet("he she they"),
    skip: wordSet("first also then just really actually initially later now still directly publicly repeatedly"),
    partitive: /^$/u,
    passive: /\b(?:was|were|been|is|are|be|being)\s+$/,
    stop: wordSet("in on at after before during since until when while where who whom which that whose and or but because as to for with from into over under about against between through by than if so"),
    of: wordSet("of"),
    determiners: wordSet("the a an his her its their this that these those"),
    notActs: /^(?:say|said|says|tell|told|talk|speak|spoke|call|called|phone|meet|met)/,
    copulas: wordSet("is are was were"),
  },
  fr: {
    asks: [
      // « qui X a-t-il remplacé », « qui a-t-elle soutenu »
      /^(?:et |alors |mais )?qui ((?:\S+ ){0,3}?)(?:a|ont|avait|avaient|va|vont|veut|doit)-t-(?:il|elle|ils|elles|on) (?:(?:d'abord|aussi|deja|ensuite|vraiment) )?(\p{L}{3,})/u,
      // « elle soutient qui », « X a remercié qui d'abord »
      /^(?:et |alors |mais )?((?:\S+ ){0,3}?\S+) (?:a |ont |avait |avaient |va |vont )?(?:(?:d'abord|aussi|deja|ensuite|vraiment) )?(\p{L}{3,}) qui\b/u,
      // « qui est-ce qu'il a remplacé »
      /^(?:et |alors |mais )?qui est-ce (?:qu'|que )((?:\S+ ){0,3}?\S+) (?:a |ont |avait |avaient )?(?:(?:d'abord|aussi|deja|ensuite|vraiment) )?(\p{L}{3,})/u,
    ],
    pronouns: wordSet("il elle ils elles"),
    personPronouns: wordSet("il elle ils elles"),
    skip: wordSet("d'abord aussi deja ensuite vraiment egalement publiquement directement notamment alors"),
    partitive: /^(?:des|du|d')$/,
    passive: /\b(?:ete|est|sont|etait|etaient|sera|seront|fut)\s+$/,
    stop: wordSet("a au aux en dans sur sous apres avant pendant depuis jusqu lors quand lorsque alors que qu qui dont ou et mais car pour avec contre entre vers chez par comme si"),
    of: wordSet("de d du des"),
    determiners: wordSet("le la les l un une son sa ses leur leurs ce cet cette ces"),
    notActs: /^(?:dit|dire|parl|appel|telephon|rencontr|qualifi)/,
    copulas: wordSet("est sont etait c'est"),
  },
};

/** The subject's place in the patterns of `asks`, filled with each length in turn. */
const SUBJECT = "((?:\\S+ ){0,3}?\\S+)";

/** The patterns of `asks` with the subject's length fixed, shortest first; built once. */
const ASKS: Record<Lang, RegExp[]> = {
  en: bySubjectLength(WORDS.en.asks),
  fr: bySubjectLength(WORDS.fr.asks),
};
function bySubjectLength(asks: RegExp[]): RegExp[] {
  return asks.flatMap((r) => [1, 2, 3, 4].map((n) => new RegExp(r.source.replace(SUBJECT, `((?:\\S+ ){${n - 1}}\\S+)`), "u")));
}

interface Asked {
  subject: string;
  verb: string;
  verbTerms: Term[];
}

function askedWhom(ctx: Ctx): Asked | null {
  const f = ctx.query.folded.replace(/[?!.\s]+$/, "").replace(/\s+/g, " ").trim();
  // the subject is one to four words (« he », "Mara Velt"): each length is tried, the verb is the word after it that names no one
  for (const re of ASKS[ctx.query.lang]) {
    const m = re.exec(f);
    if (!m) continue;
    const subject = m[1]!.trim();
    const verb = m[2]!;
    if (ctx.hits.some((h) => h.entity.nameWords.some((n) => fold(n) === verb) || fold(h.entity.name).split(/\s+/).includes(verb))) continue;
    // « qui est … », "who is the …": who someone is, not whom an act was done to
    const w = WORDS[ctx.query.lang];
    if (!subject || w.notActs.test(verb) || w.copulas.has(subject)) return null;
    const verbTerms = ctx.query.terms.filter((t) => t.word === verb || (verb.length >= 5 && t.word.length >= 5 && (t.word.startsWith(verb.slice(0, 5)) || verb.startsWith(t.word.slice(0, 5)))));
    if (!verbTerms.length) return null;
    return { subject, verb, verbTerms };
  }
  return null;
}

/**
 * « who did X VERB? »: the object of VERB in the sentence whose subject is X (or, for « he », the
 * one the conversation is about, or a subject no other name contradicts); null when the question
 * is not of that form or no sentence tells the act so.
 */
export function whom(ctx: Ctx): Draft | null {
  if (ctx.query.fragment || ctx.reading.intent === "call") return null;
  const asked = askedWhom(ctx);
  if (!asked) return null;
  const { index, lang } = ctx;
  const storyLang: Lang = index.story.lang === "en" ? "en" : "fr";
  const w = WORDS[storyLang];
  const byPronoun = WORDS[ctx.query.lang].pronouns.has(asked.subject);
  const target: Entity | null = ctx.entity;
  // a subject the question names must be someone of the story
  if (!byPronoun && !target) return null;
  const terms = questionTerms(ctx);
  let best: { sentence: number; text: string; entity: Entity | null; score: number } | null = null;
  for (const ev of rankEvidence(ctx, terms, 8)) {
    const text = index.story.sentences[ev.sentence]?.text ?? "";
    for (const v of wordsOf(index, ev.sentence)) {
      if (!isAskedVerb(ctx, text.slice(v.at, v.end), v.keys, asked.verb, asked.verbTerms) || insideQuote(text, v.at)) continue;
      const before = fold(text.slice(Math.max(0, v.at - 20), v.at));
      if (w.passive.test(before)) continue;
      const subject = subjectFrom(index, ev.sentence, text, v.at, storyLang);
      const subjectText = fold(text.slice(Math.max(0, v.at - 40), v.at));
      const isTarget = target !== null && (subject?.entity === target || target.nameWords.some((n) => n.length > 2 && subjectText.split(/[^\p{L}'-]+/u).includes(fold(n))));
      const pronounSubject = !subject && pronounBefore(subjectText, w.personPronouns);
      // (« he » of the question and a subject that names someone else than the one the conversation is about: another act)
      if (!isTarget && !(byPronoun && (target === null || pronounSubject || (subject !== null && subject.entity === null)))) continue;
      const object = objectAfter(ctx, text, v.end, w);
      if (!object) continue;
      const score = ev.coverage + (isTarget ? 0.2 : 0) + (object.entity ? 0.1 : 0);
      if (!best || score > best.score) best = { sentence: ev.sentence, ...object, score };
    }
  }
  if (!best) return null;
  // (a noun phrase no one is named in stays in the story's words across languages: a word-for-word gloss of it misleads)
  const shown = best.entity ? describedIn({ ...best.entity, role: roleOf(index, best.entity) }, storyLang, lang) : lang === storyLang ? best.text : `« ${best.text} »`;
  return { answered: true, intent: "who", parts: [`${shown[0]!.toUpperCase()}${shown.slice(1)}.`], cites: [best.sentence], focus: best.entity?.name ?? null, confidence: Math.min(1, best.score) };
}

/** Whether the last word of `before` (text ending in a space), or the word before it, is one of `pronouns`. */
function pronounBefore(before: string, pronouns: ReadonlySet<string>): boolean {
  if (!/\s$/.test(before)) return false;
  const ws = before.trim().split(/\s+/);
  return pronouns.has(ws.at(-1) ?? "") || pronouns.has(ws.at(-2) ?? "");
}

/** At most this many words make the object's noun phrase. */
const OBJECT_MAX = 7;

/**
 * The noun phrase right after a verb, past its adverbs (« des bénévoles », "the harbour board"): up to a
 * break, a preposition, a conjunction or a link that opens an infinitive (« a prié le préfet de venir »).
 */
function objectAfter(ctx: Ctx, text: string, end: number, w: WhomWords): { text: string; entity: Entity | null } | null {
  const re = /\s*([^\s]+)/y;
  re.lastIndex = end;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.length < OBJECT_MAX) {
    const raw = m[1]!;
    const word = raw.replace(/[»"”).,;:!?]+$/u, "");
    const f = fold(word).replace(/’/g, "'");
    const elided = /^([a-z])'/.exec(f)?.[1];
    if (!out.length && w.skip.has(f)) continue;
    if (/^[«"“(]/u.test(raw) || (out.length > 0 && w.stop.has(f)) || (!out.length && w.stop.has(f) && !w.of.has(f))) break;
    // « de retarder », "of disrupting": a link before a word that opens no noun phrase ends the object
    const link = w.of.has(f) || (elided !== undefined && w.of.has(elided));
    if (link && out.length > 0) {
      const next = /^\s*([^\s]+)/.exec(text.slice(m.index + m[0].length))?.[1] ?? "";
      const nf = fold(next).replace(/’/g, "'");
      if (!/^\p{Lu}/u.test(next) && !w.determiners.has(nf) && !/^[a-z]'/.test(nf) && !w.determiners.has(nf.split("'")[0]!)) break;
    }
    out.push(word);
    if (word !== raw) break;
  }
  while (out.length && (w.of.has(fold(out.at(-1)!)) || w.determiners.has(fold(out.at(-1)!)))) out.pop();
  if (!out.join("").trim()) return null;
  if (!out.length || out.every((x) => w.determiners.has(fold(x)) || w.partitive.test(fold(x)))) return null;
  const phrase = out.join(" ");
  const e = entitiesIn(ctx.index, phrase)[0];
  const last = fold(e?.entity.name.split(/\s+/).at(-1) ?? "\u0000");
  return e && fold(phrase).endsWith(last) ? { text: phrase, entity: e.entity } : { text: phrase, entity: null };
}
